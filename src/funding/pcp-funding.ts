import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { BlobLinkController } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { PcpElement } from '../base/pcp-element.js';
import { figureContext } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { PATTERN_COUNT, patternStyles, renderPatterns } from '../priority-wheel/wheel-patterns.js';
import { focusStyles } from '../styles/tokens.js';
import type { Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { fundingView, SIZE, type FundingSetShown } from './funding-view.js';
import type { TableCell } from '../view/table-model.js';

let instances = 0;

/**
 * Where the money comes from, or where it goes, as the plan states it: each set of shares as a
 * donut (d3) beside the same figures as text — "Local precept: 27.5%". Shares that do not add up to
 * 100% (a plan may state only "56% comes from the police grant") leave a grey "not broken down"
 * remainder, and say so, rather than inventing a split.
 *
 * The text list is the content; the donut repeats it for the eye (hidden from screen readers, so
 * nothing is read twice). Each share has its own colour and pattern.
 *
 * @summary Funding shares as a donut with the figures as text.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart set - One set of shares (a figure).
 * @csspart title - A set's heading.
 * @csspart summary - What kind of chart it is and how many slices it has: the set's accessible name (visually hidden).
 * @csspart chart - The donut.
 * @csspart list - The shares as text.
 * @csspart download - The "Download CSV" paragraph.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan states no funding shares.
 *
 * @cssproperty --pcp-chart-1 - Share colours 1 to 6 (`--pcp-chart-1` … `--pcp-chart-6`).
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-funding src="/feeds/plan.json"></pcp-funding>
 */
export class PcpFunding extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    focusStyles,
    patternStyles,
    css`
      :host {
        line-height: 1.5;
      }
      .defs {
        position: absolute;
        width: 0;
        height: 0;
      }
      .set {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        margin: 0 0 var(--_space-l);
      }
      .title {
        flex-basis: 100%;
        margin: 0;
      }
      .description,
      .source {
        flex-basis: 100%;
        margin: 0;
        overflow-wrap: anywhere;
      }
      .source {
        font-size: var(--_font-small);
      }
      svg {
        flex: none;
        width: 10rem;
        max-width: 100%;
        height: auto;
      }
      .slice {
        stroke: var(--_surface);
        stroke-width: 2;
      }
      .c0 { fill: var(--_chart-1); }
      .c1 { fill: var(--_chart-2); }
      .c2 { fill: var(--_chart-3); }
      .c3 { fill: var(--_chart-4); }
      .c4 { fill: var(--_chart-5); }
      .c5 { fill: var(--_chart-6); }
      .rest {
        fill: var(--_surface-alt);
        stroke: var(--_border);
        stroke-width: 1;
        stroke-dasharray: 4 3;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        flex: 1 1 12rem;
        min-width: 0;
      }
      li {
        display: flex;
        gap: 0.5em;
        align-items: baseline;
        margin: 0 0 0.35em;
        overflow-wrap: anywhere;
      }
      .swatch {
        flex: none;
        width: 1em;
        height: 1em;
        align-self: center;
      }
      .figure {
        font-weight: 700;
      }
      .download a {
        color: var(--_link);
      }
      .rest-text,
      .period,
      .source {
        color: var(--_muted);
      }
      /* Forced colours: every slice is Canvas, so its pattern is all that tells it from its neighbours.
         The marks are drawn in CanvasText (the chart's text colour would be white on a white Canvas). */
      @media (forced-colors: active) {
        .slice {
          fill: Canvas;
          stroke: CanvasText;
        }
        .patterns line {
          stroke: CanvasText;
        }
        .patterns circle,
        .patterns rect {
          fill: CanvasText;
        }
        .rest {
          fill: Canvas;
          stroke: CanvasText;
        }
      }
    `,
  ];

  /** One set of shares to show: its id (or its title). Default: every set in the feed. */
  @property({ reflect: true }) shares?: string;

  private readonly uid = `pcp-funding-${(instances += 1)}`;
  /** The download's blob, keyed by the CSV's text: made again only when the download would differ. */
  private readonly csvLink = new BlobLinkController(this);

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = fundingView(ctx, { shares: this.shares });
    if ('empty' in view) return this.renderEmpty(view.empty);
    return html`<svg class="defs" aria-hidden="true">${renderPatterns(this.uid)}</svg>
      ${view.sets.map((set) => this.renderSet(set, ctx))}
      <p class="download" part="download">
        ${downloadLink(this.csvLink.href([view.csv], () => view.csv), view.table, view.downloadText)}
      </p>`;
  }

  private renderSet(set: FundingSetShown, ctx: ViewContext): TemplateResult {
    const half = SIZE / 2;
    const figure = (cell: TableCell) => html`${txt(cell.text)}${cell.figure ? figureContext(cell.figure, ctx) : nothing}`;
    // Each share's colour and pattern, the same in the donut and beside its figures in the list.
    const colour = (index: number) => `c${index % 6}`;
    const pattern = (index: number) => `url(#${this.uid}-${index % PATTERN_COUNT})`;
    const about = set.about;
    // The figure is named by its summary (what kind of chart, how many slices), not after its heading,
    // which is read next: the title would be heard twice. The summary is hidden from the flow, so it is read once.
    const summaryId = `${this.uid}-${set.id}-summary`;
    return html`<figure class="set" part="set" aria-labelledby=${summaryId}>
      <p class="visually-hidden" part="summary" id=${summaryId} aria-hidden="true">${set.summary}</p>
      ${heading(this.level, txt(set.title), { className: 'title', part: 'title', id: `${this.uid}-${set.id}` })}
      ${about
        ? html`<p class="description period">${about.of ? html`${about.of.lead} ${txt(about.of.text)}` : ''}${about.total
              ? html`${about.of ? ': ' : ''}<span class="figure">${figure(about.total)}</span>`
              : ''}${(about.of || about.total) && about.period ? ' · ' : ''}${txt(about.period)}</p>`
        : nothing}
      ${set.description.map((text) => html`<p class="description">${txt(text)}</p>`)}
      <svg viewBox="0 0 ${SIZE} ${SIZE}" part="chart" aria-hidden="true">
        <g transform="translate(${half} ${half})">
          ${set.slices.map((slice) =>
            slice.colour === undefined
              ? svg`<path class="rest" d=${slice.path}></path>`
              : svg`<path class="slice ${colour(slice.colour)}" d=${slice.path}></path>
                  <path d=${slice.path} fill=${pattern(slice.colour)} stroke="none"></path>`,
          )}
        </g>
      </svg>
      <ul part="list" role="list">
        ${set.items.map((item) =>
          item.rest
            ? html`<li class="rest-text">
                <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect class="rest" width="16" height="16"></rect></svg>
                <span>${item.rest.label ? html`${item.rest.before} ${txt(item.rest.label)} ${item.rest.after}` : item.rest.before}</span>
              </li>`
            : html`<li>
                <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                  <rect class="slice ${colour(item.colour!)}" width="16" height="16"></rect>
                  <rect width="16" height="16" fill=${pattern(item.colour!)}></rect>
                </svg>
                <span>${txt(item.label.text)}: <span class="figure">${figure(item.percent)}</span>${item.amount
                    ? html` (${figure(item.amount)})`
                    : nothing}${item.illustrative ? html` <span class="rest-text">${item.illustrative}</span>` : nothing}</span>
              </li>`,
        )}
      </ul>
      ${renderSource(set.source, ctx)}
    </figure>`;
  }
}
