/**
 * What the plan says about a figure, drawn after it the same way in every element: the period it
 * belongs to, a note, where it comes from, and whether it is illustrative. The figure itself is
 * decided by the view models (format/figure.ts: as printed, or a bare number in its unit).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { figureDetails, periodText, type FigureValue } from '../format/figure.js';
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
    : html` ${source}`}${details.illustrative ? html` ${ctx.t.common.illustrativeTag}` : nothing}</span>`;
}
