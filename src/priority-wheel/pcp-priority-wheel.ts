import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { BlobLinkController } from '../base/blob-link.js';
import { SelectionController } from '../base/selection-controller.js';
import { fileSlug, toCsv } from '../format/csv.js';
import { renderActions } from '../objectives/render-actions.js';
import type { Objective, Plan } from '../schema/plan.js';
import { actionListStyles } from '../styles/action-list-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import { buttonStyles, focusStyles } from '../styles/tokens.js';
import { labelText, layoutWheel, type WheelLayout, type WheelSegment } from './wheel-layout.js';
import { PATTERN_COUNT, renderPatterns } from './wheel-patterns.js';
import { patternStyles, wheelStyles } from './wheel-styles.js';

let instances = 0;

const measures = new Map<string, (text: string, fontSize: number) => number>();

/**
 * Text width by an average glyph width: the server (`pcp render`) has no fonts to measure with, and a
 * wheel hydrating server-rendered HTML must first lay out exactly as the server did.
 */
const approximateWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

/**
 * Width of text in px, measured with the element's own font (a canvas, so it works under a strict
 * CSP). One cache per font family, shared by every wheel on the page and kept across resizes.
 */
function measureFor(fontFamily: string): (text: string, fontSize: number) => number {
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
 * selects it in the other elements too. A summary for screen readers precedes the chart, each
 * segment is named "3 A focus on victims, objective 3 of 7, 9 actions", the selection is announced,
 * and "Show as table" and "Download CSV" give the same content as text and data.
 *
 * @summary The plan's objectives round its strapline, as an accessible radial chart.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 *
 * @csspart chart - The box holding the SVG.
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
  static override styles = [...(PcpElement.styles as []), focusStyles, buttonStyles, actionListStyles, tableStyles, wheelStyles, patternStyles];

  /** `1`: the objectives; `2`: also each objective's actions as an outer ring (larger values mean 2). */
  @property({ type: Number, reflect: true }) rings: 1 | 2 = 1;

  /** `panel` (default) shows the selected objective beside or below the wheel; `none` leaves that to other elements. */
  @property({ reflect: true }) detail: 'panel' | 'none' = 'panel';

  /** `chart` (default) or `table`: the same content as a table. */
  @property({ reflect: true }) view: 'chart' | 'table' = 'chart';

  /** Width of the chart box in px, measured. */
  @state() private chartWidth = 0;
  /** The segment with keyboard focus: "o3" (objective 3) or "a3.2" (its action 2). */
  @state() private focusKey: string | undefined;
  /** True while a segment has keyboard focus (:focus-visible): the drawn focus ring shows then only. */
  @state() private focusVisible = false;
  @state() private announcement = '';

  private readonly selection = new SelectionController(this);
  private readonly chartRef = createRef<HTMLDivElement>();
  private readonly viewButtonRef = createRef<HTMLButtonElement>();
  private readonly uid = `pcp-wheel-${(instances += 1)}`;
  private observed: Element | undefined;
  private readonly resizeObserver = isServer
    ? undefined
    : new ResizeObserver((entries) => {
        const width = Math.floor(entries[0]?.contentRect.width ?? 0);
        if (width > 0 && width !== this.chartWidth) this.chartWidth = width;
      });
  private layout: WheelLayout | undefined;
  private layoutKey: unknown[] = [];
  private readonly csvLink = new BlobLinkController(this);
  /** The nouns of the last render: the feed's own words are known in the page's language only while rendering. */
  private shownNouns: { one: string; other: string } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: render again, so the chart is observed and measured in its new box.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    if (this.focusKey && plan) {
      const [objective, action] = this.focusKey.slice(1).split('.').map(Number) as [number, number | undefined];
      const exists = this.focusKey.startsWith('o')
        ? objective < plan.objectives.length
        : objective < plan.objectives.length && (action ?? 0) < (plan.objectives[objective]!.actions?.length ?? 0) && this.rings === 2;
      if (!exists) this.focusKey = undefined;
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

  /** What the plan calls its objectives ("theme", "priority"), or the element's own word in the page's language. */
  private nouns(plan: Plan): { one: string; other: string } {
    const { common } = this.t;
    return { one: this.viewContext!.word(plan.levels?.[0]?.singular, common.objective), other: this.viewContext!.word(plan.levels?.[0]?.plural, common.objectives) };
  }

  private centreText(plan: Plan): string {
    return plan.strapline ?? plan.vision?.[0] ?? plan.title;
  }

  private wheelLayout(plan: Plan): WheelLayout {
    const size = Math.max(200, Math.min(this.chartWidth || 400, 1200));
    const asServer = isServer || (this.serverRendered && !this.hasUpdated);
    const font = asServer ? '' : getComputedStyle(this).fontFamily;
    const rings = this.rings === 2 ? 2 : 1;
    const key = [plan, size, rings, font, asServer];
    if (!this.layout || key.some((part, index) => part !== this.layoutKey[index])) {
      const measure = asServer ? approximateWidth : measureFor(font);
      this.layout = layoutWheel(plan.objectives, { size, rings, centreText: this.centreText(plan), measure });
      this.layoutKey = key;
    }
    return this.layout;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    if (plan.objectives.length === 0) return this.renderEmpty(this.t.wheel.none);
    const selected = plan.objectives.find((objective) => objective.id === this.selection.objectiveId);
    this.shownNouns = this.nouns(plan);
    const showDetail = this.detail !== 'none';
    return html`
      <p class="visually-hidden" id="${this.uid}-summary">${this.summary(plan)}</p>
      <div class="layout ${showDetail ? 'has-detail' : ''}">
        <div>
          ${this.view === 'table' ? this.renderTable(plan) : this.renderChart(plan, selected)}
          <div class="controls" part="controls">
            <button type="button" class="pcp-button" aria-pressed=${this.view === 'table'} ${ref(this.viewButtonRef)} @click=${this.toggleView}>
              ${this.t.wheel.showAsTable}
            </button>
            <a href=${this.csvHref(plan)} download="${fileSlug(plan.id)}-${fileSlug(this.nouns(plan).other)}.csv">${this.t.common.downloadCsv}</a>
          </div>
          ${this.view === 'chart'
            ? html`<p class="instructions">${this.t.wheel.instructions}</p>`
            : nothing}
        </div>
        ${showDetail ? this.renderDetail(plan, selected) : nothing}
      </div>
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  private summary(plan: Plan): string {
    const { one, other } = this.nouns(plan);
    const count = this.t.common.count(plan.objectives.length, one, other);
    return this.t.wheel.summary(plan.title, this.centreText(plan), count, this.rings === 2);
  }

  /**
   * "3 A focus on victims, objective 3 of 7, 9 actions": it begins with exactly what the segment
   * shows; when that is a short title or a number, the full title follows.
   */
  private segmentName(plan: Plan, segment: WheelSegment): string {
    const { objective, objectiveIndex } = segment;
    const { one } = this.nouns(plan);
    const visible = labelText(segment.label);
    const name = visible.endsWith(objective.title) ? visible : [visible, objective.title].filter(Boolean).join(', ');
    const actions = objective.actions?.length ?? 0;
    const { common } = this.t;
    return `${name}, ${this.t.wheel.position(one, objectiveIndex + 1, plan.objectives.length)}${actions ? `, ${common.count(actions, common.action, common.actions)}` : ''}`;
  }

  private renderChart(plan: Plan, selected: Objective | undefined): TemplateResult {
    const layout = this.wheelLayout(plan);
    const half = layout.size / 2;
    const { one, other } = this.nouns(plan);
    // One tab stop per ring (roving tabindex): the focused segment, else the selected one, else the first.
    const objectiveStop = this.focusKey?.startsWith('o') ? this.focusKey : `o${selected ? plan.objectives.indexOf(selected) : 0}`;
    const actionStop = this.focusKey?.startsWith('a')
      ? this.focusKey
      : this.key(layout.actions.find((segment) => segment.objective === selected) ?? layout.actions[0] ?? layout.objectives[0]!);
    const focused = [...layout.objectives, ...layout.actions].find((segment) => this.key(segment) === this.focusKey);
    const selectedSegment = layout.objectives.find((segment) => segment.objective === selected);
    return html`<div class="chart" part="chart" ${ref(this.chartRef)}>
      <svg
        tabindex="-1"
        viewBox="0 0 ${layout.size} ${layout.size}"
        width=${layout.size}
        height=${layout.size}
        role="group"
        aria-label=${this.t.wheel.chartLabel(this.centreText(plan))}
        aria-describedby="${this.uid}-summary"
        @focusout=${() => (this.focusVisible = false)}
      >
        ${renderPatterns(this.uid)}
        <g transform="translate(${half} ${half})">
          ${this.renderCentre(layout)}
          <g role="listbox" aria-label=${other} aria-orientation="horizontal">
            ${layout.objectives.map((segment) =>
              this.renderSegment(plan, segment, selected, objectiveStop, this.segmentName(plan, segment), true),
            )}
          </g>
          ${layout.actions.length
            ? svg`<g role="listbox" aria-label=${this.t.wheel.actionsOf(one)} aria-orientation="horizontal">
                ${plan.objectives.map(
                  (objective, index) => svg`<g role="group" aria-label=${objective.number !== undefined ? `${one} ${objective.number}` : objective.title}>
                    ${layout.actions
                      .filter((segment) => segment.objectiveIndex === index)
                      .map((segment) => this.renderSegment(plan, segment, selected, actionStop, this.actionName(plan, segment), false))}
                  </g>`,
                )}
              </g>`
            : nothing}
          ${selectedSegment
            ? svg`<path class="selected-ring" aria-hidden="true" d=${selectedSegment.path}></path>`
            : nothing}
          ${focused && this.focusVisible
            ? svg`<g class="focus-ring" aria-hidden="true"><path class="outer" d=${focused.path}></path><path class="inner" d=${focused.path}></path></g>`
            : nothing}
        </g>
      </svg>
    </div>`;
  }

  private renderCentre(layout: WheelLayout) {
    const label = layout.centre.label;
    return svg`<g class="centre" aria-hidden="true">
      <circle r=${layout.centre.radius}></circle>
      ${label ? this.renderLines(label.lines, label.x, label.y, label.fontSize, label.lineHeight, false) : nothing}
    </g>`;
  }

  private renderLines(lines: string[], x: number, y: number, fontSize: number, lineHeight: number, numbered: boolean) {
    const top = y - (lines.length * lineHeight) / 2 + lineHeight / 2;
    // Each line but the last ends in a space, so the text reads as words ("1 A focus on…"), not "1A focus".
    return svg`<text class="label" text-anchor="middle" dominant-baseline="central" font-size=${fontSize}>${lines.map(
      (line, index) =>
        svg`<tspan class=${numbered && index === 0 ? 'number' : ''} x=${x} y=${top + index * lineHeight}>${line}${index < lines.length - 1 ? ' ' : ''}</tspan>`,
    )}</text>`;
  }

  private key(segment: WheelSegment): string {
    return segment.action ? `a${segment.objectiveIndex}.${segment.actionIndex}` : `o${segment.objectiveIndex}`;
  }

  private actionName(plan: Plan, segment: WheelSegment): string {
    const actions = segment.objective.actions ?? [];
    const { one } = this.nouns(plan);
    // A plan that numbers nothing gets no number here either: the objective is named by its title.
    const number = segment.objective.number !== undefined ? String(segment.objective.number) : undefined;
    // Plans end list items with ";" or "." — drop it before the position is read.
    const text = segment.action!.text.replace(/[\s;,.:]+$/, '');
    return this.t.wheel.actionName(text, segment.actionIndex! + 1, actions.length, one, number, segment.objective.title);
  }

  private renderSegment(plan: Plan, segment: WheelSegment, selected: Objective | undefined, tabKey: string, name: string, labelled: boolean) {
    const key = this.key(segment);
    const colour = segment.objectiveIndex % 6;
    const isSelected = selected === segment.objective;
    const label = segment.label;
    const hasNumber = segment.objective.number !== undefined;
    return svg`<g
      class="mark ${isSelected ? 'is-selected' : ''}"
      role="option"
      data-key=${key}
      data-objective=${segment.objective.id}
      data-sector=${`${segment.sector.startAngle} ${segment.sector.endAngle} ${segment.sector.innerRadius} ${segment.sector.outerRadius}`}
      tabindex=${key === tabKey ? 0 : -1}
      aria-label=${name}
      aria-selected=${isSelected && !segment.action ? 'true' : 'false'}
      aria-posinset=${segment.action ? nothing : segment.objectiveIndex + 1}
      aria-setsize=${segment.action ? nothing : plan.objectives.length}
      @click=${() => this.choose(plan, segment.objective)}
      @keydown=${(event: KeyboardEvent) => this.onKeydown(event, plan, segment)}
      @focus=${(event: FocusEvent) => {
        this.focusKey = key;
        this.focusVisible = (event.target as Element).matches(':focus-visible');
      }}
    >
      <path class="segment c${colour}" d=${segment.path}></path>
      <path class="band" d=${segment.bandPath} fill=${isSelected ? 'var(--_surface)' : `url(#${this.uid}-${segment.objectiveIndex % PATTERN_COUNT})`}></path>
      ${labelled && label ? svg`<g aria-hidden="true">${this.renderLines(label.lines, label.x, label.y, label.fontSize, label.lineHeight, hasNumber)}</g>` : nothing}
    </g>`;
  }

  private onKeydown(event: KeyboardEvent, plan: Plan, segment: WheelSegment): void {
    const layout = this.layout;
    if (!layout) return;
    const ring = segment.action ? layout.actions : layout.objectives;
    const index = ring.indexOf(segment);
    let next: WheelSegment | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = ring[(index + 1) % ring.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = ring[(index - 1 + ring.length) % ring.length];
        break;
      case 'Home':
        next = ring[0];
        break;
      case 'End':
        next = ring[ring.length - 1];
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.choose(plan, segment.objective);
        return;
      case 'Escape':
        event.preventDefault();
        this.viewButtonRef.value?.focus();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.moveFocus(this.key(next));
  }

  private moveFocus(key: string): void {
    this.focusKey = key;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(`[data-key="${key}"]`)?.focus());
  }

  /** Selects an objective (a second press on the selected one keeps it: selection is not a toggle). */
  private choose(plan: Plan, objective: Objective): void {
    const { one } = this.shownNouns ?? this.nouns(plan);
    this.selection.select(objective.id);
    // Cleared first, so selecting the same objective again is announced again.
    this.announcement = '';
    const message = this.t.wheel.selected(one, objective.number !== undefined ? String(objective.number) : undefined, objective.title);
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private readonly toggleView = () => {
    this.view = this.view === 'table' ? 'chart' : 'table';
  };

  private renderDetail(plan: Plan, selected: Objective | undefined): TemplateResult {
    const { one, other } = this.nouns(plan);
    if (!selected) {
      return html`<div class="detail" part="detail">
        <p class="prompt">${this.t.wheel.prompt(one, other)}</p>
      </div>`;
    }
    return html`<div class="detail" part="detail">
      ${heading(this.level, html`${selected.number !== undefined ? `${selected.number} ` : ''}${this.text(selected.title)}`, { className: 'detail-title' })}
      ${(selected.summary ?? []).map((text) => html`<p>${this.text(text)}</p>`)}
      ${selected.intro ? html`<p class="intro">${this.text(selected.intro)}</p>` : nothing}
      ${selected.actions?.length ? renderActions(selected.actions, this.viewContext!) : nothing}
    </div>`;
  }

  private renderTable(plan: Plan): TemplateResult {
    const { other } = this.nouns(plan);
    const words = this.t.wheel;
    const summaryHeading = this.viewContext!.word(plan.labels?.summary, words.summaryHeading);
    return html`<div class="table-region" role="region" aria-labelledby="${this.uid}-caption" tabindex="0">
      <table part="table">
      <caption id="${this.uid}-caption">
        ${this.text(plan.title)}: ${other}
      </caption>
      <thead>
        <tr>
          <th scope="col">${words.number}</th>
          <th scope="col">${words.title}</th>
          <th scope="col">${summaryHeading}</th>
          <th scope="col" class="numeric">${words.actions}</th>
        </tr>
      </thead>
      <tbody>
        ${plan.objectives.map(
          (objective) => html`<tr>
            <td>${objective.number ?? ''}</td>
            <th scope="row">${this.text(objective.title)}</th>
            <td>${(objective.summary ?? []).map((text, index) => html`${index ? ' ' : ''}${this.text(text)}`)}</td>
            <td class="numeric">${objective.actions?.length ?? 0}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    </div>`;
  }

  /** A blob URL of the objectives as CSV, made once per plan. */
  private csvHref(plan: Plan): string {
    return this.csvLink.href([plan, this.t], () => this.csv(plan));
  }

  private csv(plan: Plan): string {
    const words = this.t.wheel;
    const rows = [
      [words.number, words.title, this.viewContext!.word(plan.labels?.summary, words.summaryHeading), words.actions, words.actionList],
      ...plan.objectives.map((objective) => [
        objective.number,
        objective.title,
        (objective.summary ?? []).join(' '),
        objective.actions?.length ?? 0,
        (objective.actions ?? []).map((action) => action.text).join(' | '),
      ]),
    ];
    return toCsv(rows);
  }
}
