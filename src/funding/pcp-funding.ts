import { css, html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { BlobLinkController } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { PcpElement } from '../base/pcp-element.js';
import { fire } from '../base/events.js';
import type { PlanSelectDetail } from '../base/selection-context.js';
import { LiveRegionController } from '../charts/live-region.js';
import { paletteStyles } from '../charts/palette-styles.js';
import { MarkKeysController } from '../charts/mark-keys.js';
import { figureContext } from '../narrative/render-figure.js';
import { figureDetails } from '../format/figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { patternStyles, renderPatterns } from '../charts/ring-patterns.js';
import { ringSwatches } from '../charts/ring-palette.js';
import { focusStyles } from '../styles/tokens.js';
import type { Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { fundingView, SIZE, type FundingSetShown, type FundingSlice } from './funding-view.js';
import '../i18n/messages/en/funding.js';
import type { TableCell } from '../view/table-model.js';

let instances = 0;

/** Whether a line of the list holds a link: a figure whose source has an address. */
function linksOut(item: FundingSetShown['items'][number] | undefined, ctx: ViewContext): boolean {
  return [item?.percent, item?.amount].some((cell) => {
    const source = figureDetails(cell?.figure)?.source;
    const named = source?.sourceId ? ctx.plan.sources?.find((candidate) => candidate.id === source.sourceId) : undefined;
    return Boolean(source?.url ?? named?.url);
  });
}

/**
 * Where the money comes from, or where it goes, as the plan states it: each set of shares as a
 * donut (d3) beside the same figures as text — "Local precept: 27.5%". Shares that do not add up to
 * 100% (a plan may state only "56% comes from the police grant") leave a grey "not broken down"
 * remainder, and say so, rather than inventing a split.
 *
 * Each share has its own colour and pattern, the same in the donut and in the list beside it. With
 * script, the slices are the content: one tab stop per donut, the arrow keys move from slice to slice
 * (Home and End to the first and last), Enter or Space selects (fires `pcp-select`, announced once),
 * Escape leaves for "Download CSV". Each slice is named by its line in the list ("Local Precept:
 * 27.5%"), with its place ("2 of 5") from `aria-posinset`; those lines are then hidden from screen
 * readers, so nothing is read twice. Without script (server-rendered HTML) the list is the content
 * and the donut is hidden: nothing there is focusable or pretends to be.
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
 * @event pcp-select - A reader selected a slice (Enter, Space or a click). `detail: { objectiveId: undefined, share: { set, index, label } }`: the set's id, the share's place in it (from 0) and its label; the rest the plan does not break down has `index` -1.
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
    paletteStyles,
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
      .mark {
        cursor: pointer;
      }
      .mark:focus-visible {
        outline-offset: 0;
      }
      .selected-ring {
        fill: none;
        stroke: var(--_text);
        stroke-width: 3;
        pointer-events: none;
      }
      .instructions {
        margin: 0;
        font-size: var(--_font-small);
        color: var(--_muted);
      }
      .rest-text,
      .period,
      .source {
        color: var(--_muted);
      }
      /* Forced colours: every slice is Canvas, so its pattern is all that tells it from its neighbours
         (patternStyles draws the marks in CanvasText). */
      @media (forced-colors: active) {
        .slice {
          fill: Canvas;
          stroke: CanvasText;
        }
        .rest {
          fill: Canvas;
          stroke: CanvasText;
        }
        .selected-ring {
          stroke: Highlight;
          stroke-width: 4;
        }
      }
    `,
  ];

  /** One set of shares to show: its id (or its title). Default: every set in the feed. */
  @property({ reflect: true }) shares?: string;

  private readonly uid = `pcp-funding-${(instances += 1)}`;
  /** The download's blob, keyed by the CSV's text: made again only when the download would differ. */
  private readonly csvLink = new BlobLinkController(this);
  private readonly keys = new MarkKeysController(this, { escapeTo: () => this.renderRoot.querySelector<HTMLElement>('[part="download"] a') });
  private readonly live = new LiveRegionController(this);
  /** The selected slice's key ("income:2"). */
  @state() private selectedKey: string | undefined;

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated as the server rendered it (no live controls): render again with them.
    if (this.serverRendered) this.requestUpdate();
  }

  /** True on the server, and while hydrating what the server rendered (whose first render must match it). */
  private asServer(): boolean {
    return isServer || (this.serverRendered && !this.hasUpdated);
  }

  private select(set: FundingSetShown, slice: FundingSlice): void {
    this.selectedKey = slice.key;
    const item = set.items[slice.item]!;
    fire<PlanSelectDetail>(this, 'pcp-select', {
      objectiveId: undefined,
      share: { set: set.id, index: item.colour ?? -1, label: String(item.label.csv ?? item.label.text.text) },
    });
    this.live.announce(slice.announcement);
  }

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = fundingView(ctx, { shares: this.shares });
    if ('empty' in view) return this.renderEmpty(view.empty);
    const live = !this.asServer();
    return html`<svg class="defs" aria-hidden="true">${renderPatterns(this.uid)}</svg>
      ${view.sets.map((set) => this.renderSet(set, ctx, live))}
      ${live && view.sets.some((set) => set.slices.length) ? html`<p class="instructions">${ctx.t.funding.instructions}</p>` : nothing}
      <p class="download" part="download">
        ${downloadLink(this.csvLink.href([view.csv], () => view.csv), view.table, view.downloadText)}
      </p>
      ${this.live.render()}`;
  }

  /**
   * A set. `live` (the script runs): the donut is a list box of its slices, each named by its line in
   * the list, and those lines are hidden (read once, as the names). Otherwise the donut is hidden and
   * the list is read.
   */
  private renderSet(set: FundingSetShown, ctx: ViewContext, live: boolean): TemplateResult {
    const half = SIZE / 2;
    const figure = (cell: TableCell) => html`${txt(cell.text)}${cell.figure ? figureContext(cell.figure, ctx) : nothing}`;
    // Each share's colour and pattern, the same in the donut and beside its figures in the list, chosen as
    // the wheel's are: unlike its neighbours', and no two shares alike up to twelve.
    const swatches = ringSwatches(set.items.length);
    const colour = (index: number) => `c${swatches[index]!.colour}`;
    const pattern = (index: number) => `url(#${this.uid}-${swatches[index]!.pattern})`;
    const about = set.about;
    // Named by its summary (what kind of chart, how many slices), not after its heading, which is read
    // just before: the title would be heard twice. The summary is hidden from the flow, so it is read
    // once, as the figure's name; with script the donut inside it is a list box of "Slices".
    const summaryId = `${this.uid}-${set.id}-summary`;
    const itemId = (index: number) => `${this.uid}-${set.id}-i${index}`;
    // A line whose figure links to its source stays in the list for everyone: a link inside hidden
    // content would be a tab stop screen readers cannot name. (Its slice is still named by it.)
    const marked = new Set(live ? set.slices.map((slice) => slice.item).filter((index) => !linksOut(set.items[index], ctx)) : []);
    // Hidden as a whole when every line names a slice (a list of no items is no list), else line by line:
    // a share printed in words without a figure has no slice, and is read in the list.
    const allMarked = marked.size === set.items.length;
    const hideLine = (index: number) => (!allMarked && marked.has(index) ? 'true' : nothing);
    const keys = set.slices;
    const tabStop = this.keys.tabStop(
      keys.map((slice) => slice.key),
      this.selectedKey,
    );
    const selected = set.slices.find((slice) => slice.key === this.selectedKey);
    // The list box is the <g> that holds the options directly, as in the wheel: with the <svg> as the
    // list box and a <g> between, Chromium exposed each option as a plain group (no state, no place).
    return html`<figure class="set" part="set" aria-labelledby=${summaryId}>
      <p class="visually-hidden" part="summary" id=${summaryId} aria-hidden="true">${live ? set.chartName : set.summary}</p>
      ${heading(this.level, txt(set.title), { className: 'title', part: 'title', id: `${this.uid}-${set.id}` })}
      ${about
        ? html`<p class="description period">${about.of ? html`${about.of.lead} ${txt(about.of.text)}` : ''}${about.total
              ? html`${about.of ? ': ' : ''}<span class="figure">${figure(about.total)}</span>`
              : ''}${(about.of || about.total) && about.period ? ' · ' : ''}${txt(about.period)}</p>`
        : nothing}
      ${set.description.map((text) => html`<p class="description">${txt(text)}</p>`)}
      <svg
        viewBox="0 0 ${SIZE} ${SIZE}"
        part="chart"
        role=${live && keys.length ? 'none' : nothing}
        aria-hidden=${live && keys.length ? nothing : 'true'}
      >
        <g
          transform="translate(${half} ${half})"
          role=${live && keys.length ? 'listbox' : nothing}
          aria-label=${live && keys.length ? ctx.t.funding.slices : nothing}
          aria-orientation=${live && keys.length ? 'horizontal' : nothing}
        >
          ${set.slices.map((slice) => {
            const shape =
              slice.colour === undefined
                ? svg`<path class="rest" d=${slice.path}></path>`
                : svg`<path class="slice ${colour(slice.colour)}" d=${slice.path}></path>
                  <path d=${slice.path} fill=${pattern(slice.colour)} stroke="none"></path>`;
            return live
              ? svg`<g
                  class="mark"
                  role="option"
                  data-key=${slice.key}
                  tabindex=${slice.key === tabStop ? 0 : -1}
                  aria-labelledby=${itemId(slice.item)}
                  aria-selected=${slice.key === this.selectedKey ? 'true' : 'false'}
                  aria-posinset=${slice.position.index}
                  aria-setsize=${slice.position.of}
                  @click=${() => this.select(set, slice)}
                  @focus=${() => this.keys.focused(slice.key)}
                  @keydown=${(event: KeyboardEvent) => this.keys.keydown(event, keys, slice, (mark) => this.select(set, mark))}
                >${shape}</g>`
              : shape;
          })}
          ${selected && live ? svg`<path class="selected-ring" aria-hidden="true" d=${selected.path}></path>` : nothing}
        </g>
      </svg>
      <ul part="list" role="list" aria-hidden=${allMarked ? 'true' : nothing}>
        ${set.items.map((item, index) =>
          item.rest
            ? html`<li class="rest-text" aria-hidden=${hideLine(index)}>
                <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true"><rect class="rest" width="16" height="16"></rect></svg>
                <span id=${itemId(index)}>${item.rest.label ? html`${item.rest.before} ${txt(item.rest.label)} ${item.rest.after}` : item.rest.before}</span>
              </li>`
            : html`<li aria-hidden=${hideLine(index)}>
                <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true">
                  <rect class="slice ${colour(item.colour!)}" width="16" height="16"></rect>
                  <rect width="16" height="16" fill=${pattern(item.colour!)}></rect>
                </svg>
                <span id=${itemId(index)}>${txt(item.label.text)}: <span class="figure">${figure(item.percent)}</span>${item.amount
                    ? html` (${figure(item.amount)})`
                    : nothing}${item.illustrative ? html` <span class="rest-text">${item.illustrative}</span>` : nothing}</span>
              </li>`,
        )}
      </ul>
      ${renderSource(set.source, ctx)}
    </figure>`;
  }
}
