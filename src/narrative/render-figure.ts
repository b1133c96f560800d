/**
 * A figure as the reader sees it, the same way in every element: as printed (a bare number in the
 * element's format), then what the plan says about it: the period it belongs to, a note, where it
 * comes from, and whether it is illustrative.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { figureDetails, figureText, periodText, unitText, type FigureValue } from '../format/figure.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { sourceLine } from './render-narrative.js';

/** The context the plan gives for a figure, after it: " (2023/24) Note. Source: …". Nothing for a bare figure. */
export function figureContext(figure: FigureValue, ctx: ViewContext): TemplateResult | typeof nothing {
  const details = figureDetails(figure);
  if (!details || !(details.period || details.note || details.source || details.illustrative)) return nothing;
  const period = periodText(details.period, ctx.locale);
  const source = sourceLine(details.source, ctx);
  return html`<span class="figure-context">${period ? html` (${txt(ctx.text(period))})` : nothing}${details.note ? html` ${txt(ctx.text(details.note))}` : nothing}${source === nothing
    ? nothing
    : html` ${source}`}${details.illustrative ? html` ${ctx.t.document.illustrative}` : nothing}</span>`;
}

/** The figure as printed (or `format`ted when a bare number), with its context. */
export function renderFigure(figure: FigureValue, format: (value: number) => string, ctx: ViewContext): TemplateResult {
  return html`${txt(ctx.text(figureText(figure, format)))}${figureContext(figure, ctx)}`;
}

/** The figure with its context, a bare number formatted in `unit`: money ("£97,139,153"), a percentage, or a number. */
export function renderFigureIn(figure: FigureValue, unit: 'money' | 'percent' | 'number', ctx: ViewContext): TemplateResult {
  return renderFigure(figure, (value) => unitText(value, unit, ctx.locale), ctx);
}
