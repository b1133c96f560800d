import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { arc, pie } from 'd3-shape';
import { heading } from '../base/heading.js';
import { BlobLinkController } from '../base/blob-link.js';
import { PcpElement } from '../base/pcp-element.js';
import { fileSlug, toCsv } from '../format/csv.js';
import { csvFigure, figureDetails, figureNumber, parsePrinted, periodText, type FigureValue } from '../format/figure.js';
import { renderFigureIn } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { formatPercent } from '../format/money.js';
import { PATTERN_COUNT, renderPatterns } from '../priority-wheel/wheel-patterns.js';
import { patternStyles } from '../priority-wheel/wheel-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { FundingShares, Plan } from '../schema/plan.js';

let instances = 0;

interface Slice {
  label: string;
  percent: number;
  /** The part of the whole the plan does not break down. */
  rest?: boolean;
  /** For the rest: true when every share is exact, so its size may be said. */
  exact?: boolean;
}

const SIZE = 160;
const drawArc = arc<{ startAngle: number; endAngle: number }>()
  .innerRadius(SIZE * 0.28)
  .outerRadius(SIZE / 2 - 2);
const layoutPie = pie<Slice>()
  .value((slice) => slice.percent)
  .sort(null);

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
 *
 * @csspart set - One set of shares (a figure).
 * @csspart title - A set's heading.
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
        font-size: var(--_font-heading);
        line-height: 1.25;
        overflow-wrap: anywhere;
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
      @media (forced-colors: active) {
        .slice {
          fill: Canvas;
          stroke: CanvasText;
        }
      }
    `,
  ];

  /** The id of one set of shares to show. Default: every set in the feed. */
  @property({ reflect: true }) shares?: string;

  private readonly uid = `pcp-funding-${(instances += 1)}`;
  private readonly csvLink = new BlobLinkController(this);

  protected renderPlan(plan: Plan): TemplateResult {
    const all = plan.fundingShares ?? [];
    const shown = this.shares ? all.filter((set) => set.id === this.shares) : all;
    if (shown.length === 0) {
      return this.renderEmpty(this.shares ? this.t.funding.notFound(this.shares) : this.t.funding.none);
    }
    return html`<svg class="defs" aria-hidden="true">${renderPatterns(this.uid)}</svg>
      ${shown.map((set) => this.renderSet(set))}
      <p class="download" part="download">
        <a href=${this.csvLink.href([plan, this.shares, this.t], () => this.csv(shown))} download="${fileSlug(plan.id)}-${this.t.funding.file}.csv"
          >${this.t.common.downloadCsv}</a
        >
      </p>`;
  }

  private csv(sets: FundingShares[]): string {
    const words = this.t.funding.csv;
    return toCsv([
      [words.set, words.share, words.percent, words.amount, words.period],
      ...sets.flatMap((set) => [
        ...set.shares.map((share) => [set.title, share.label, csvFigure(share.percent), csvFigure(share.amount), periodText(set.period, this.i18n.locale)]),
        ...this.slices(set)
          .filter((slice) => slice.rest)
          .map((rest) => [set.title, rest.label, rest.exact ? rest.percent : undefined, undefined, periodText(set.period, this.i18n.locale)]),
      ]),
    ]);
  }

  private slices(set: FundingShares): Slice[] {
    // A share printed in words without a value has no size to draw: it is listed, not drawn.
    const slices: Slice[] = set.shares.flatMap((share) => {
      const percent = figureNumber(share.percent);
      return percent === undefined ? [] : [{ label: share.label, percent }];
    });
    const total = slices.reduce((sum, slice) => sum + slice.percent, 0);
    // The rest is drawn; its size is said only when every share is exact (100 − "approximately 56%" is no figure).
    const exact = slices.length === set.shares.length && set.shares.every((share) => isExact(share.percent));
    if (total < 99.95) slices.push({ label: set.remainderLabel ?? this.t.funding.notBrokenDown, percent: Math.round((100 - total) * 1e6) / 1e6, rest: true, exact });
    return slices;
  }

  private renderSet(set: FundingShares): TemplateResult {
    const words = this.t.funding;
    const locale = this.i18n.locale;
    const percent = (value: number) => formatPercent(value, { locale });
    const slices = this.slices(set);
    const rest = slices.find((slice) => slice.rest);
    const arcs = layoutPie(slices);
    const half = SIZE / 2;
    return html`<figure class="set" part="set" aria-labelledby="${this.uid}-${set.id}">
      ${heading(this.level, this.text(set.title), { className: 'title', part: 'title', id: `${this.uid}-${set.id}` })}
      ${set.of || set.period || set.total !== undefined
        ? html`<p class="description period">${set.of ? html`${words.sharesOf} ${this.text(set.of)}` : ''}${set.total !== undefined
              ? html`${set.of ? ': ' : ''}<span class="figure">${renderFigureIn(set.total, 'money', this.viewContext!)}</span>`
              : ''}${(set.of || set.total !== undefined) && set.period ? ' · ' : ''}${this.text(periodText(set.period, locale))}</p>`
        : nothing}
      ${(set.description ?? []).map((text) => html`<p class="description">${this.text(text)}</p>`)}
      <svg viewBox="0 0 ${SIZE} ${SIZE}" part="chart" aria-hidden="true">
        <g transform="translate(${half} ${half})">
          ${arcs.map((slice, index) =>
            slice.data.rest
              ? svg`<path class="rest" d=${drawArc(slice) ?? ''}></path>`
              : svg`<path class="slice c${index % 6}" d=${drawArc(slice) ?? ''}></path>
                  <path d=${drawArc(slice) ?? ''} fill="url(#${this.uid}-${index % PATTERN_COUNT})" stroke="none"></path>`,
          )}
        </g>
      </svg>
      <ul part="list" role="list">
        ${set.shares.map(
          (share, index) => html`<li>
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
              <rect class="slice c${index % 6}" width="16" height="16"></rect>
              <rect width="16" height="16" fill="url(#${this.uid}-${index % PATTERN_COUNT})"></rect>
            </svg>
            <span>${this.text(share.label)}: <span class="figure">${renderFigureIn(share.percent, 'percent', this.viewContext!)}</span>${share.amount !== undefined
                ? html` (${renderFigureIn(share.amount, 'money', this.viewContext!)})`
                : nothing}${share.illustrative ? html` <span class="rest-text">${words.illustrative}</span>` : nothing}</span>
          </li>`,
        )}
        ${rest
          ? html`<li class="rest-text">
              <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect class="rest" width="16" height="16"></rect></svg>
              <span
                >${set.remainderLabel
                  ? html`${words.restNamed(rest.exact ? percent(rest.percent) : undefined)} ${this.text(set.remainderLabel)} ${words.noFigure}`
                  : words.restUnnamed(rest.exact ? percent(rest.percent) : undefined)}</span
              >
            </li>`
          : nothing}
      </ul>
      ${renderSource(set.source, this.viewContext!)}
    </figure>`;
  }
}


/** True for a share given exactly: a number, or printed text that is only a figure ("27.5%"), with no "around". */
function isExact(figure: FigureValue): boolean {
  if (typeof figure === 'number') return true;
  const details = figureDetails(figure);
  if (details?.qualifier) return false;
  return parsePrinted(details ? details.printed : (figure as string)) !== undefined;
}
