import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import { sharedBlobUrl } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { SelectionController } from '../base/selection-controller.js';
import { LiveRegionController } from '../charts/live-region.js';
import { paletteStyles } from '../charts/palette-styles.js';
import { MarkKeysController } from '../charts/mark-keys.js';
import { renderActions } from '../objectives/render-actions.js';
import type { Plan } from '../schema/plan.js';
import { actionListStyles } from '../styles/action-list-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import { buttonStyles } from '../styles/button-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { approximateWidth, type FittedLabel, type Measure } from './fit-label.js';
import { wheelSize } from './wheel-layout.js';
import {
  priorityWheelView,
  wheelCsv,
  type WheelCell,
  type WheelChartView,
  type WheelDetailView,
  type WheelSegmentView,
  type WheelTable,
} from './priority-wheel-view.js';
import { patternStyles, renderPatterns } from '../charts/ring-patterns.js';
import { wheelStyles } from './wheel-styles.js';

let instances = 0;

const measures = new Map<string, Measure>();

/** The wheels on the page, to fit their labels again when a web font arrives. */
const connectedWheels = new Set<PcpPriorityWheel>();

// A web font that finishes loading after a wheel has measured its labels (in the fallback font the
// canvas used meanwhile) changes every width: forget them, and fit every wheel's labels again.
if (!isServer && typeof document !== 'undefined' && document.fonts) {
  document.fonts.addEventListener('loadingdone', () => {
    measures.clear();
    for (const wheel of connectedWheels) wheel.requestUpdate();
  });
}

/**
 * Width of text in px, measured with the element's own font (a canvas, so it works under a strict
 * CSP). One cache per font family, shared by every wheel on the page and kept across resizes, until a
 * web font finishes loading.
 */
function measureFor(fontFamily: string): Measure {
  const existing = measures.get(fontFamily);
  if (existing) return existing;
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  const measure = (text: string, fontSize: number) => {
    const key = `${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `700 ${fontSize}px ${fontFamily}`;
        width = context.measureText(text).width;
      } else {
        width = approximateWidth(text, fontSize);
      }
      cache.set(key, width);
    }
    return width;
  };
  measures.set(fontFamily, measure);
  return measure;
}

/**
 * The plan at a glance: its strapline (or vision, or title) at the centre and its objectives as
 * segments around it, drawn with d3; `rings="2"` adds each objective's actions as an outer ring.
 *
 * Every segment is reachable from the keyboard: Tab enters the wheel, the arrow keys move round it,
 * Home and End jump to the first and last, Enter or Space selects, Escape leaves to the controls.
 * Selecting shows the objective in the detail panel, fires `pcp-select` and, inside a `<pcp-plan>`,
 * selects it in the other elements too. A summary for screen readers names the chart, each
 * segment is named "3 A focus on victims, 9 actions" (its position, "3 of 7", from `aria-posinset`),
 * the selection is announced, and "Show as table" (which moves focus to the table) and "Download CSV"
 * give the same content as text and data.
 *
 * @summary The plan's objectives round its strapline, as an accessible radial chart.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart chart - The box holding the SVG.
 * @csspart ring-note - Under a two-ring chart: what the outer ring and its figures are (hidden from screen readers, which hear it in the summary and the segments' names).
 * @csspart key - The key below the chart: the objectives whose titles do not fit their segments (swatch, number where the plan gives one, title).
 * @csspart centre-text - The strapline or vision, in full below the chart, when it is too long for the centre.
 * @csspart detail - The panel showing the selected objective.
 * @csspart actions - The selected objective's actions in the panel (nested lists too).
 * @csspart status - The status tag of an action ("Delivered", "Planned").
 * @csspart controls - The "Show as table" button and "Download CSV" link.
 * @csspart table - The table shown instead of the chart.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no objectives.
 *
 * @cssproperty --pcp-chart-1 - Segment colours 1 to 6 (`--pcp-chart-1` … `--pcp-chart-6`), repeated past six.
 * @cssproperty --pcp-chart-text - Labels on the segments.
 * @cssproperty --pcp-chart-selected - The selected segment.
 * @cssproperty --pcp-color-surface-alt - The centre circle.
 * @cssproperty --pcp-color-focus - The focus ring round a segment.
 *
 * @event pcp-select - A reader selected an objective. `detail: { objectiveId }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-priority-wheel src="/feeds/plan.json"></pcp-priority-wheel>
 */
export class PcpPriorityWheel extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, buttonStyles, actionListStyles, tableStyles, paletteStyles, wheelStyles, patternStyles];

  /** `1`: the objectives; `2`: also each objective's actions as an outer ring (larger values mean 2). */
  @property({ type: Number, reflect: true }) rings: 1 | 2 = 1;

  /** `panel` (default) shows the selected objective beside or below the wheel; `none` leaves that to other elements. */
  @property({ reflect: true }) detail: 'panel' | 'none' = 'panel';

  /** `chart` (default) or `table`: the same content as a table. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /** Width of the chart box in px, as the ResizeObserver last reported a change of layout size; 0 before. */
  @state() private chartWidth = 0;
  /** The layout size the chart was last drawn at (`wheelSize`): a resize within it draws nothing again. */
  private drawnSize = 0;
  /** True while a segment has keyboard focus (:focus-visible): the drawn focus ring shows then only. */
  @state() private focusVisible = false;

  private readonly selection = new SelectionController(this);
  private readonly chartRef = createRef<HTMLDivElement>();
  private readonly viewButtonRef = createRef<HTMLButtonElement>();
  private readonly uid = `pcp-wheel-${(instances += 1)}`;
  private observed: Element | undefined;
  private readonly resizeObserver = isServer
    ? undefined
    : new ResizeObserver((entries) => {
        const width = Math.floor(entries[0]?.contentRect.width ?? 0);
        // The layout is made for a few sizes (the SVG scales between them): draw again only for another one.
        if (width > 0 && wheelSize(width) !== this.drawnSize) this.chartWidth = width;
      });
  /** The keyboard model (charts/mark-keys.ts); its focusKey is the segment with focus: "o3" (objective 3) or "a3.2" (its action 2). */
  private readonly keys = new MarkKeysController(this, { escapeTo: () => this.viewButtonRef.value });
  private readonly live = new LiveRegionController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    connectedWheels.add(this);
    // Moved in the page: render again, so the chart is observed and measured in its new box.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedWheels.delete(this);
    this.resizeObserver?.disconnect();
    this.observed = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.rings !== 1 && this.rings !== 2) this.rings = Number(this.rings) > 1 ? 2 : 1;
    if (this.view !== 'chart' && this.view !== 'table') this.view = 'chart';
    if (this.detail !== 'panel' && this.detail !== 'none') this.detail = 'panel';
    // A focus position the plan no longer has (fewer objectives) would leave no tab stop.
    const plan = this.loadedPlan;
    const focusKey = this.keys.focusKey;
    if (focusKey && plan) {
      const [objective, action] = focusKey.slice(1).split('.').map(Number) as [number, number | undefined];
      const exists = focusKey.startsWith('o')
        ? objective < plan.objectives.length
        : objective < plan.objectives.length && (action ?? 0) < (plan.objectives[objective]!.actions?.length ?? 0) && this.rings === 2;
      if (!exists) this.keys.focusKey = undefined;
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated with the server's approximate label fitting: fit the labels again with the page's fonts.
    if (this.serverRendered) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const chart = this.chartRef.value;
    if (chart && chart !== this.observed) {
      this.resizeObserver?.disconnect();
      this.resizeObserver?.observe(chart);
      this.observed = chart;
    }
  }

  /**
   * How the labels' text is measured: with the page's fonts, except on the server and while hydrating
   * server-rendered HTML, whose first layout must match the server's approximate one.
   */
  private labelMeasure(): Measure {
    return this.asServer() ? approximateWidth : measureFor(getComputedStyle(this).fontFamily);
  }

  /**
   * The chart box's width: as last reported, else (the first draw, before the box exists) worked out
   * from the element's own width as the styles lay it out (the chart takes the whole width up to 36rem,
   * or its column beside the panel from 44rem), so the chart is drawn once, at its size, not again
   * when the ResizeObserver first reports. 0 on the server and while hydrating.
   */
  private chartBoxWidth(): number {
    if (this.chartWidth) return this.chartWidth;
    if (this.asServer()) return 0;
    const width = this.clientWidth;
    if (!width) return 0;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const column = this.detail === 'panel' && width >= 44 * rem ? ((width - rem) * 1.1) / 2.1 : width;
    return Math.min(column, 36 * rem);
  }

  /** True on the server, and while hydrating what the server rendered (whose first render must match it). */
  private asServer(): boolean {
    return isServer || (this.serverRendered && !this.hasUpdated);
  }

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = priorityWheelView(ctx, {
      rings: this.rings,
      detail: this.detail,
      view: this.view,
      selectedId: this.selection.objectiveId,
      focusKey: this.keys.focusKey,
      width: this.view === 'chart' ? this.chartBoxWidth() : 0,
      // Only the chart measures text (the table view reads no fonts).
      measure: this.view === 'chart' ? this.labelMeasure() : undefined,
    });
    if (view.kind === 'empty') return this.renderEmpty(view.message);
    const { chart, table } = view;
    if (chart) this.drawnSize = chart.size;
    // Server-rendered HTML is read before (or without) script: it keeps what works without it. The
    // wheel is a plain list of its segments, not a list box nobody can operate, and the "Show as
    // table" button and keyboard instructions come with the script (firstUpdated renders again).
    const live = !this.asServer();
    // The summary is read once: in the flow before the table, or as the chart's name (then hidden from
    // the flow, which would read it a second time).
    return html`
      <p class="visually-hidden" id="${this.uid}-summary" aria-hidden=${chart ? 'true' : nothing}>${txt(view.summary)}</p>
      <div class="layout ${view.detail ? 'has-detail' : ''}">
        <div>
          ${chart ? this.renderChart(chart, live) : this.renderTable(table, ctx.t.common.scrollHint)}
          ${chart?.actionRing ? html`<p class="ring-note" part="ring-note" aria-hidden="true">${chart.actionRing.note}</p>` : nothing}
          ${chart && chart.key.length ? this.renderKey(chart.key) : nothing}
          ${view.centreBelow ? html`<p class="centre-text" part="centre-text">${txt(view.centreBelow)}</p>` : nothing}
          <div class="controls" part="controls">
            ${live
              ? html`<button type="button" class="pcp-button" aria-pressed=${view.showTable} ${ref(this.viewButtonRef)} @click=${this.toggleView}>
                  ${view.controls.showAsTable}
                </button>`
              : nothing}
            ${downloadLink(sharedBlobUrl(table, () => wheelCsv(table)), table, view.controls.downloadCsv)}
          </div>
          ${chart && live
            ? html`<p class="instructions">${chart.instructions}</p>`
            : nothing}
        </div>
        ${view.detail ? this.renderDetail(view.detail, ctx) : nothing}
      </div>
      ${this.live.render()}
    `;
  }

  /**
   * The chart. `live` (the script is running): each ring a list box of options, one tab stop per ring.
   * Otherwise (server-rendered, before or without script) the same drawing with static roles: the
   * objectives a list, the actions a group of lists, one per objective; nothing focusable or selectable.
   */
  private renderChart(chart: WheelChartView, live: boolean): TemplateResult {
    const half = chart.size / 2;
    const actionRing = chart.actionRing;
    return html`<div class="chart" part="chart" ${ref(this.chartRef)}>
      <svg
        tabindex="-1"
        viewBox="0 0 ${chart.size} ${chart.size}"
        width=${chart.size}
        height=${chart.size}
        role="group"
        aria-labelledby="${this.uid}-summary"
        @focusout=${() => (this.focusVisible = false)}
      >
        ${renderPatterns(this.uid)}
        <g transform="translate(${half} ${half})">
          ${this.renderCentre(chart.centre)}
          <g role=${live ? 'listbox' : 'list'} aria-label=${chart.objectivesLabel} aria-orientation=${live ? 'horizontal' : nothing}>
            ${chart.objectives.map((segment) => this.renderSegment(segment, chart.objectives, live))}
          </g>
          ${actionRing
            ? svg`<g role=${live ? 'listbox' : 'group'} aria-label=${actionRing.label} aria-orientation=${live ? 'horizontal' : nothing}>
                ${actionRing.groups.map(
                  (group) => svg`<g role=${live ? 'group' : 'list'} aria-label=${group.label}>
                    ${group.segments.map((segment) => this.renderSegment(segment, actionRing.segments, live))}
                  </g>`,
                )}
              </g>
              <g class="action-groups" aria-hidden="true">
                ${actionRing.groups.map((group) =>
                  group.outline
                    ? svg`<path class="group-edge" d=${group.outline}></path>${group.count ? this.renderLines(group.count, false) : nothing}`
                    : nothing,
                )}
              </g>`
            : nothing}
          ${chart.selected
            ? svg`<path class="selected-ring" aria-hidden="true" d=${chart.selected.path}></path>`
            : nothing}
          ${chart.focused && this.focusVisible
            ? svg`<g class="focus-ring" aria-hidden="true"><path class="outer" d=${chart.focused.path}></path><path class="inner" d=${chart.focused.path}></path></g>`
            : nothing}
        </g>
      </svg>
    </div>`;
  }

  private renderCentre(centre: WheelChartView['centre']) {
    const label = centre.label;
    return svg`<g class="centre" aria-hidden="true">
      <circle r=${centre.radius}></circle>
      ${label ? this.renderLines(label, false) : nothing}
    </g>`;
  }

  private renderLines(label: FittedLabel, numbered: boolean) {
    const { lines, x, y, fontSize, lineHeight } = label;
    const top = y - (lines.length * lineHeight) / 2 + lineHeight / 2;
    // Each line but the last ends in a space, so the text reads as words ("1 A focus on…"), not "1A focus".
    return svg`<text class="label" text-anchor="middle" dominant-baseline="central" font-size=${fontSize}>${lines.map(
      (line, index) =>
        svg`<tspan class=${numbered && index === 0 ? 'number' : ''} x=${x} y=${top + index * lineHeight}>${line}${index < lines.length - 1 ? ' ' : ''}</tspan>`,
    )}</text>`;
  }

  /**
   * A segment; `ring` is the segments the arrow keys move between (its own ring, in order). Not `live`:
   * a list item, with no tab stop and no selected state (see renderChart).
   */
  private renderSegment(segment: WheelSegmentView, ring: readonly WheelSegmentView[], live: boolean) {
    const { key, sector, label } = segment;
    return svg`<g
      class="mark ${segment.selected ? 'is-selected' : ''}"
      role=${live ? 'option' : 'listitem'}
      data-key=${key}
      data-objective=${segment.objectiveId}
      data-sector=${`${sector.startAngle} ${sector.endAngle} ${sector.innerRadius} ${sector.outerRadius}`}
      tabindex=${live ? (segment.tabStop ? 0 : -1) : nothing}
      aria-label=${segment.name}
      aria-selected=${live ? (segment.ariaSelected ? 'true' : 'false') : nothing}
      aria-posinset=${segment.position ? segment.position.index : nothing}
      aria-setsize=${segment.position ? segment.position.of : nothing}
      @click=${() => this.choose(segment)}
      @keydown=${(event: KeyboardEvent) => this.keys.keydown(event, ring, segment, this.choose)}
      @focus=${(event: FocusEvent) => {
        this.keys.focused(key);
        this.focusVisible = (event.target as Element).matches(':focus-visible');
      }}
    >
      <path class="segment c${segment.colour} ${segment.actionIndex === undefined ? '' : 'action'}" d=${segment.path}></path>
      <path class="band" d=${segment.bandPath} fill=${segment.selected ? 'var(--_surface)' : `url(#${this.uid}-${segment.pattern})`}></path>
      ${label ? svg`<g aria-hidden="true">${this.renderLines(label, label.numbered)}</g>` : nothing}
    </g>`;
  }

  /**
   * The objectives whose titles do not fit their segments: a swatch like the segment's (colour and
   * pattern), the plan's number if it gives one, and the title. Hidden from screen readers: each
   * segment's name already begins with its title, and the key would read them all a second time.
   */
  private renderKey(key: WheelChartView['key']): TemplateResult {
    return html`<ul class="key" part="key" aria-hidden="true">
      ${key.map(
        (entry) => html`<li data-objective=${entry.objectiveId}>
          <svg class="swatch" viewBox="0 0 16 16" width="16" height="16"><rect class="fill c${entry.colour}" width="16" height="16"></rect><rect class="band" width="16" height="16" fill="url(#${this.uid}-${entry.pattern})"></rect></svg>
          <span>${entry.number !== undefined ? html`<b>${entry.number}</b> ` : nothing}${txt(entry.title)}</span>
        </li>`,
      )}
    </ul>`;
  }

  /** Selects a segment's objective (a second press on the selected one keeps it: selection is not a toggle). */
  private readonly choose = (segment: WheelSegmentView): void => {
    this.selection.select(segment.objectiveId);
    this.live.announce(segment.announcement);
  };

  /** The "Show as table" button: to the table, focus goes to it, so a screen reader says where it is (its caption names it). */
  private readonly toggleView = () => {
    this.view = this.view === 'table' ? 'chart' : 'table';
    if (this.view === 'table') void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTableElement>('table[part="table"]')?.focus());
  };

  private renderDetail(detail: WheelDetailView, ctx: ViewContext): TemplateResult {
    if (detail.kind === 'prompt') {
      return html`<div class="detail" part="detail">
        <p class="prompt">${detail.prompt}</p>
      </div>`;
    }
    return html`<div class="detail" part="detail">
      ${heading(this.level, html`${detail.number !== undefined ? `${detail.number} ` : ''}${txt(detail.title)}`, { className: 'detail-title' })}
      ${detail.summary.map((text) => html`<p>${txt(text)}</p>`)}
      ${detail.intro ? html`<p class="intro">${txt(detail.intro)}</p>` : nothing}
      ${detail.actions.length ? renderActions(detail.actions, ctx) : nothing}
    </div>`;
  }

  /** The table model drawn as the element always drew it: the number first, the title heading its row; CSV-only columns left out. */
  private renderTable(table: WheelTable, hint: string): TemplateResult {
    const shown = table.columns.map((column) => column.shown !== false);
    const content = (cell: WheelCell) =>
      cell.parts ? cell.parts.map((part, index) => html`${index ? ' ' : ''}${txt(part)}`) : txt(cell.text);
    // Cells are parted by a space, as they always were, so the element's text keeps its words apart.
    return tableRegion(
      html`<table part="table" tabindex="-1">
      <caption id="${this.uid}-caption">
        ${table.captionParts.map((part) => txt(part))}
      </caption>
      <thead>
        <tr>
          ${table.columns
            .filter((_, index) => shown[index])
            .map((column, index) => html`${index ? ' ' : ''}<th scope="col" class=${column.numeric ? 'numeric' : nothing}>${txt(column.text)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr>
            ${row.cells
              .filter((_, index) => shown[index])
              .map(
                (cell, index) =>
                  html`${index ? ' ' : ''}${cell.rowHeader
                    ? html`<th scope="row">${content(cell)}</th>`
                    : html`<td class=${cell.numeric ? 'numeric' : nothing}>${content(cell)}</td>`}`,
              )}
          </tr>`,
        )}
      </tbody>
    </table>`,
      { labelledBy: `${this.uid}-caption`, hint },
    );
  }
}
