/**
 * A figure as the reader sees it, the same way in every element: as printed (a bare number in the
 * element's format), then what the plan says about it: the period it belongs to, a note, where it
 * comes from, and whether it is illustrative.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { figureDetails, figureText, periodText, unitText, type FigureValue } from '../format/figure.js';
import { txt } from '../i18n/fallback-text.js';
import type { Messages } from '../i18n/messages/en.js';
import type { Plan } from '../schema/plan.js';
import { sourceLine } from './render-narrative.js';

/** The context the plan gives for a figure, after it: " (2023/24) Note. Source: …". Nothing for a bare figure. */
export function figureContext(figure: FigureValue, t: Messages, plan?: Plan): TemplateResult | typeof nothing {
  const details = figureDetails(figure);
  if (!details || !(details.period || details.note || details.source || details.illustrative)) return nothing;
  const period = periodText(details.period, t.locale);
  const source = sourceLine(details.source, t, plan);
  return html`<span class="figure-context">${period ? html` (${txt(period)})` : nothing}${details.note ? html` ${txt(details.note)}` : nothing}${source === nothing
    ? nothing
    : html` ${source}`}${details.illustrative ? html` ${t.document.illustrative}` : nothing}</span>`;
}

/** The figure as printed (or `format`ted when a bare number), with its context. */
export function renderFigure(figure: FigureValue, format: (value: number) => string, t: Messages, plan?: Plan): TemplateResult {
  return html`${txt(figureText(figure, format))}${figureContext(figure, t, plan)}`;
}

/** The figure with its context, a bare number formatted in `unit`: money ("£97,139,153"), a percentage, or a number. */
export function renderFigureIn(figure: FigureValue, unit: 'money' | 'percent' | 'number', t: Messages, plan?: Plan): TemplateResult {
  return renderFigure(figure, (value) => unitText(value, unit, t.locale), t, plan);
}
