import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fire } from '../base/events.js';
import type { PlanSelectDetail } from '../base/selection-context.js';
import { styleProps } from '../base/style-props.js';
import { BlobLinkController } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { SelectionController } from '../base/selection-controller.js';
import { LiveRegionController } from '../charts/live-region.js';
import { MarkKeysController } from '../charts/mark-keys.js';
import { figureContext } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { renderTable, type CellView } from '../narrative/render-table.js';
import { buttonStyles } from '../styles/button-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import type { Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { tableCsv } from '../view/table-model.js';
import { progressView, type FigureView, type MeasureView, type ProgressShown, type RowView, type SeriesCell, type SeriesChart, type SeriesColumn, type SeriesTable, type Swatch } from './progress-view.js';
import { resolveScale } from './status-scale.js';
import { progressStyles } from './progress-styles.js';
import { focusStyles } from '../styles/tokens.js';
import '../i18n/messages/en/progress.js';

/** The id of the note under a column chart that describes its column `index` (`id` is the chart's). */
const columnNoteId = (id: string, index: number) => `${id}-note-${index}`;

let instances = 0;

/**
 * Progress against the plan, live from the feed: a bar per objective showing how many of its
 * commitments are delivered, in progress, at risk, not started or planned, with the counts as text
 * ("6 of 9 delivered"); a bar per measure from its baseline towards its target; a summary line for
 * the whole plan; the "as of" date; and a legend. Each status has a label and a pattern as well as a
 * colour, and the scale's labels and colours can be changed to a force's own (`scale`).
 *
 * Commitments are an objective's top-level actions (sub-actions are their details). Measures use
 * ARIA `meter` semantics with the value written out as text. A measure's values by period (two or more
 * numbers) are a column chart, each column showing its figure as printed and its period, in its
 * status's pattern; they are in the CSV too.
 *
 * With script, each column chart is a list box with one tab stop, like the bars: the arrow keys move
 * from column to column (Home and End to the first and last), Enter or Space selects one (fires
 * `pcp-select` with `measure: { id, period }`; announced once), Escape leaves for the chart's "Show as
 * table" button. Each column is named by its period, its figure as printed and its status, its place
 * from `aria-posinset`; the chart is named by a summary (kind, what, how many periods, the first and
 * the last). The table of the same values is shown when asked for, in the chart's place, and focus
 * moves to it (its caption names it), as the priority wheel's is. Why a toggle and not both at once:
 * the columns already show every figure, and a table always there would read every value twice. A
 * measure with one value, or with figures that are not numbers, has its table alone.
 *
 * Without script (server-rendered HTML) a measure's columns are a drawing screen readers skip, their
 * figures as printed on them, and the table is always shown: no list box, no button, nothing focusable.
 *
 * With script, the commitments' bars are one list box with one tab stop: the arrow keys move from
 * bar to bar (Home and End to the first and last), Enter or Space selects the bar's objective (fires
 * `pcp-select` and, inside a `<pcp-plan>`, selects it in the other elements too; announced once),
 * Escape leaves for "Download CSV". Each bar is named by what its row shows ("1 Investing in Our
 * Police, 4 of 11 delivered, 7 planned"), its place ("2 of 5") from `aria-posinset`. Without script
 * (server-rendered HTML) the rows are a plain list with their headings, and nothing is focusable.
 *
 * @summary Progress bars for commitments and measures, with a status scale.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart summary - The line for the whole plan.
 * @csspart legend - The key to the statuses.
 * @csspart row - One objective's bar and counts.
 * @csspart bar - A stacked bar.
 * @csspart counts - The counts as text.
 * @csspart measure - One measure.
 * @csspart meter - A measure's bar.
 * @csspart series - A measure's values by period as columns.
 * @csspart column - One column (a period's value) of `series`.
 * @csspart series-controls - The "Show as table" button after a measure's columns.
 * @csspart series-notes - The plan's notes against a measure's values, each after its period, under the columns.
 * @csspart table - A measure's values by period as a table.
 * @csspart download - The "Download CSV" paragraph.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when there is no progress to show.
 *
 * @cssproperty --pcp-status-delivered - Colour of "Delivered" (each status has one: `--pcp-status-<status>`). Default #00703c.
 * @cssproperty --pcp-status-in-progress - Colour of "In progress". Default #1d70b8.
 * @cssproperty --pcp-status-at-risk - Colour of "At risk". Default #b3261e.
 * @cssproperty --pcp-status-not-started - Colour of "Not started". Default #505a5f.
 * @cssproperty --pcp-status-planned - Colour of "Planned". Default #4c2c92.
 * @cssproperty --pcp-status-not-rated - Colour of "Not rated". Default #6f777b.
 * @cssproperty --pcp-status-red - Colour of "Red". Default #b3261e.
 * @cssproperty --pcp-status-amber - Colour of "Amber". Default #a35a00.
 * @cssproperty --pcp-status-green - Colour of "Green". Default #00703c.
 * @cssproperty --pcp-status-complete - Colour of "Complete". Default #1d70b8.
 *
 * @event pcp-select - A reader selected an objective's bar, or a column of a measure's values by period (Enter, Space or a click). A bar: `detail: { objectiveId }`, undefined for the whole plan's own commitments. A column: `detail: { objectiveId: undefined, measure: { id, period } }`, the measure's id and the period as the plan gives it.
 * @event pcp-warning - The `scale` attribute has a mistake (the defaults are used for it). `detail: { path, message }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-progress src="/feeds/plan.json" scale='{"delivered": {"label": "Done", "color": "#1d70b8"}}'></pcp-progress>
 */
export class PcpProgress extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, buttonStyles, tableStyles, progressStyles];

  /** One objective alone, by id, number or title. */
  @property({ reflect: true }) objective?: string;

  /** Only objectives with commitments in this status, and measures with this rating (e.g. "at-risk", "red"). */
  @property({ reflect: true }) status?: string;

  /** JSON: a label and/or colour per status, e.g. `{"delivered": {"label": "Done", "color": "#1d70b8"}}`. */
  @property() scale?: string;

  private readonly uid = `pcp-progress-${(instances += 1)}`;
  private readonly csvLink = new BlobLinkController(this);
  private readonly selection = new SelectionController(this);
  private readonly keys = new MarkKeysController(this, { escapeTo: () => this.renderRoot.querySelector<HTMLElement>('[part="download"] a') });
  /** The measures' columns: Escape leaves a chart for its own "Show as table" button. */
  private readonly columnKeys = new MarkKeysController(this, {
    escapeTo: () => this.markByKey(this.columnKeys.focusKey)?.closest('.measure')?.querySelector<HTMLElement>('[part="series-controls"] button'),
  });
  private readonly live = new LiveRegionController(this);

  /** The selected column's key ("m:<measure id>:<index>"). */
  @state() private selectedColumn: string | undefined;

  /** The measures whose values by period are shown as a table, by id. */
  @state() private seriesAsTable: ReadonlySet<string> = new Set();

  private markByKey(key: string | undefined): HTMLElement | null {
    return key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  /** Selects a column: `pcp-select` names the measure and its period; the objective selection is left as it is. */
  private readonly chooseColumn = (measure: MeasureView, column: SeriesColumn): void => {
    this.selectedColumn = column.key;
    fire<PlanSelectDetail>(this, 'pcp-select', { objectiveId: undefined, measure: { id: measure.id, period: column.period.text } });
    this.live.announce(column.announcement);
  };

  /** A measure's "Show as table" button: to the table, focus goes to it, so a screen reader says where it is (its caption names it). */
  private toggleSeries(measureId: string): void {
    const shown = new Set(this.seriesAsTable);
    const toTable = !shown.delete(measureId);
    if (toTable) shown.add(measureId);
    this.seriesAsTable = shown;
    if (toTable) {
      void this.updateComplete.then(() => this.renderRoot.querySelector(`#${CSS.escape(this.seriesId(measureId))}`)?.closest('table')?.focus());
    }
  }

  private seriesId(measureId: string): string {
    return `${this.uid}-s-${measureId}`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated as the server rendered it (no live controls): render again with them.
    if (this.serverRendered) this.requestUpdate();
  }

  /** True on the server, and while hydrating what the server rendered (whose first render must match it). */
  private asServer(): boolean {
    return isServer || (this.serverRendered && !this.hasUpdated);
  }

  private readonly choose = (row: RowView): void => {
    this.selection.select(row.objectiveId);
    this.live.announce(row.announcement);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Reported when the attribute changes, not again when only the plan or the page's language does.
    if (changed.has('scale')) {
      for (const message of resolveScale(this.scale, this.t.common.statuses, this.loadedPlan).problems) {
        this.dispatchEvent(new CustomEvent('pcp-warning', { detail: { path: 'scale', message }, bubbles: true, composed: true }));
      }
    }
  }

  protected renderPlan(plan: Plan, ctx: ViewContext): TemplateResult {
    const view = progressView(ctx, { objective: this.objective, status: this.status, scale: this.scale });
    if (view.kind === 'empty') return this.renderEmpty(view.message);
    const live = !this.asServer();
    const commitments = view.commitments;
    const bars = commitments ? [...commitments.rows, ...(commitments.wholePlan ? [commitments.wholePlan] : [])] : [];
    const selectedKey = bars.find((row) => row.objectiveId !== undefined && row.objectiveId === this.selection.objectiveId)?.key;
    const tabStop = this.keys.tabStop(
      bars.map((row) => row.key),
      selectedKey,
    );
    const chartNameId = `${this.uid}-bars`;
    return html`
      <p class="as-of">${view.asOf.map(txt)}</p>
      ${view.summary !== undefined ? html`<p class="summary" part="summary">${txt(view.summary)}</p>` : nothing}
      ${view.legend.length ? this.renderLegend(view) : nothing}
      ${commitments
        ? html`${heading(this.level, commitments.heading, { className: 'section-title' })}
            ${live ? html`<p class="visually-hidden" id=${chartNameId} aria-hidden="true">${commitments.chartName}</p>` : nothing}
            <ol
              class="rows"
              role=${live ? 'listbox' : 'list'}
              aria-labelledby=${live ? chartNameId : nothing}
              aria-orientation=${live ? 'vertical' : nothing}
            >
              ${bars.map((row, index) =>
                this.renderRow(row, live ? { bars, index, tabStop: row.key === tabStop, selected: row.key === selectedKey } : undefined),
              )}
            </ol>`
        : nothing}
      ${view.measures
        ? html`${heading(this.level, view.measures.heading, { className: 'section-title' })}
            <ul class="measures" role="list">
              ${view.measures.items.map((measure) => this.renderMeasure(measure, ctx, live))}
            </ul>`
        : nothing}
      ${live ? this.renderInstructions(bars.length > 0, view.measures?.items.some((measure) => measure.series?.chart) ?? false) : nothing}
      <p class="download" part="download">
        ${downloadLink(
          this.csvLink.href([plan, ctx.t, this.objective, this.status, this.scale], () => tableCsv(view.download)),
          view.download,
          ctx.t.common.downloadCsv,
        )}
      </p>
      ${this.live.render()}
    `;
  }

  private renderLegend(view: ProgressShown): TemplateResult {
    // Hidden from screen readers: it explains the bars' colours and patterns, which they skip (each
    // count, rating and status is written out beside its swatch).
    return html`<ul class="legend" part="legend" aria-hidden="true">
      ${view.legend.map(
        (entry) => html`<li>
          ${swatch(entry.swatch)}${txt(entry.label)}
        </li>`,
      )}
    </ul>`;
  }

  /**
   * An objective's row. `mark` (the script runs): the row is an option of the bars' list box, named by
   * what it shows (its heading and counts, so they are read once, as its name).
   */
  private renderRow(row: RowView, mark?: { bars: readonly RowView[]; index: number; tabStop: boolean; selected: boolean }): TemplateResult {
    if (mark) {
      return html`<li
        class="row mark"
        part="row"
        role="option"
        data-key=${row.key}
        tabindex=${mark.tabStop ? 0 : -1}
        aria-label=${row.label}
        aria-selected=${mark.selected ? 'true' : 'false'}
        aria-posinset=${mark.index + 1}
        aria-setsize=${mark.bars.length}
        @click=${() => this.choose(row)}
        @focus=${() => this.keys.focused(row.key)}
        @keydown=${(event: KeyboardEvent) => this.keys.keydown(event, mark.bars, row, this.choose)}
      >
        ${this.renderRowContent(row, 'none')}
      </li>`;
    }
    return html`<li class="row" part="row">${this.renderRowContent(row)}</li>`;
  }

  /** The row's heading, bar and counts; `role` "none" inside an option, whose name (heading and counts) says them once. */
  private renderRowContent(row: RowView, role?: 'none'): TemplateResult {
    return html`
      ${heading(this.level + 1, row.name.map(txt), { className: 'name', ...(role ? { role } : {}) })}
      <div class="bar" part="bar" aria-hidden="true">
        ${row.segments.map(
          (segment) => html`<span
            class="segment p${segment.swatch.pattern}"
            data-status=${segment.status}
            style=${styleProps({ '--c': segment.swatch.color, flexGrow: String(segment.count) })}
          ></span>`,
        )}
      </div>
      <p class="counts" part="counts" role=${role ?? nothing}>${txt(row.counts)}</p>`;
  }

  /**
   * A measure's values by period. `live` (the script runs): the column chart, a list box, and a "Show as
   * table" button that puts the table in its place. Otherwise the columns as a drawing screen readers
   * skip (their figures are in the table after them), then the table.
   */
  private renderSeries(measure: MeasureView, series: NonNullable<MeasureView['series']>, ctx: ViewContext, live: boolean): TemplateResult {
    const id = this.seriesId(measure.id);
    const chart = series.chart;
    if (!chart) return renderSeriesTable(id, series.table, ctx);
    if (!live) return html`${this.renderColumns(measure, chart)}${renderSeriesTable(id, series.table, ctx)}`;
    const asTable = this.seriesAsTable.has(measure.id);
    return html`${asTable ? renderSeriesTable(id, series.table, ctx, true) : this.renderColumns(measure, chart, id)}
      <div class="series-controls" part="series-controls">
        <button type="button" class="pcp-button" aria-pressed=${asTable ? 'true' : 'false'} @click=${() => this.toggleSeries(measure.id)}>
          ${ctx.t.progress.showAsTable}
        </button>
      </div>`;
  }

  /**
   * The columns, each with its period and its figure as printed. `id` (the script runs): a list box
   * named by the chart's summary, one option per column; otherwise hidden from screen readers.
   */
  private renderColumns(measure: MeasureView, chart: SeriesChart, id?: string): TemplateResult {
    const live = id !== undefined;
    const columns = chart.columns;
    const tabStop = live ? this.columnKeys.tabStop(columns.map((column) => column.key), columns.find((column) => column.key === this.selectedColumn)?.key) : undefined;
    const summaryId = `${id}-summary`;
    return html`${live ? html`<p class="visually-hidden" id=${summaryId} aria-hidden="true">${chart.summary}</p>` : nothing}
      <div
        class="series"
        part="series"
        role=${live ? 'listbox' : nothing}
        aria-labelledby=${live ? summaryId : nothing}
        aria-orientation=${live ? 'horizontal' : nothing}
        aria-hidden=${live ? nothing : 'true'}
      >
        ${columns.map((column, index) => {
          // A space between the period and the figure, so their text reads as two words, as the name does.
          const content = html`<span class="period">${txt(column.period)}</span>${' '}<span class="value">${txt(column.value)}</span
            ><span class="plot"
              ><span
                class="segment ${column.swatch ? `p${column.swatch.pattern}` : ''}"
                style=${styleProps({ '--c': column.swatch?.color ?? 'var(--_accent)', height: `${column.height}%` })}
              ></span
            ></span>`;
          if (!live) return html`<span class="column" part="column">${content}</span>`;
          const noteId = column.note ? columnNoteId(id, index) : undefined;
          return html`<span
            class="column mark"
            part="column"
            role="option"
            data-key=${column.key}
            tabindex=${column.key === tabStop ? 0 : -1}
            aria-label=${column.label}
            aria-describedby=${noteId ?? nothing}
            aria-selected=${column.key === this.selectedColumn ? 'true' : 'false'}
            aria-posinset=${index + 1}
            aria-setsize=${columns.length}
            @click=${() => this.chooseColumn(measure, column)}
            @focus=${() => this.columnKeys.focused(column.key)}
            @keydown=${(event: KeyboardEvent) => this.columnKeys.keydown(event, columns, column, (chosen) => this.chooseColumn(measure, chosen))}
            >${content}</span
          >`;
        })}
      </div>
      ${live ? this.renderColumnNotes(chart, id) : nothing}`;
  }

  /**
   * The plan's notes against values ("2020/21: at the height of the pandemic"), under the columns, each
   * the description of its column. Without script the table under the chart has them in its Note column.
   */
  private renderColumnNotes(chart: SeriesChart, id: string): TemplateResult | typeof nothing {
    const noted = chart.columns.flatMap((column, index) => (column.note ? [{ column, index, note: column.note }] : []));
    if (noted.length === 0) return nothing;
    // role="list": Safari drops a list's semantics with its bullets. The description is the note alone: the
    // column's name has already said its period.
    return html`<ul class="series-notes" part="series-notes" role="list">
      ${noted.map(({ column, index, note }) => html`<li><span class="period">${txt(column.period)}:</span> <span id=${columnNoteId(id, index)}>${txt(note)}</span></li>`)}
    </ul>`;
  }

  /** With script: how to use the bars and the columns, for those there are. */
  private renderInstructions(bars: boolean, columns: boolean): TemplateResult | typeof nothing {
    const words = this.t.progress;
    const instructions = bars && columns ? words.bothInstructions : bars ? words.instructions : columns ? words.seriesInstructions : undefined;
    return instructions ? html`<p class="instructions">${instructions}</p>` : nothing;
  }

  private renderMeasure(measure: MeasureView, ctx: ViewContext, live: boolean): TemplateResult {
    const words = this.t.progress;
    const titleId = `${this.uid}-m-${measure.id}`;
    const percent = measure.percent;
    return html`<li class="measure" part="measure">
      ${heading(this.level + 1, html`${measure.number !== undefined ? html`${txt(measure.number)} ` : nothing}${txt(measure.title)}`, { className: 'name', id: titleId })}
      ${percent !== undefined
        ? html`<div
            class="meter"
            part="meter"
            role="meter"
            aria-label=${words.meter}
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=${percent}
            aria-valuetext=${measure.reading}
          >
            <span class="segment fill" style=${styleProps({ flexBasis: `${percent}%` })}></span>
          </div>`
        : nothing}
      <p class="figures">
        ${measure.reading ? html`<span aria-hidden=${percent !== undefined ? 'true' : nothing}>${measure.reading}. </span>` : nothing}${measure.sentences.map(
          (sentence, index) => html`${index ? ' ' : ''}${sentence.figure ? html`${sentence.lead} ${renderFigureView(sentence.figure, ctx)}${sentence.after}` : sentence.lead}`,
        )}${measure.after}
      </p>
      ${measure.rating
        ? html`<span class="tag"
            >${measure.rating.swatch ? swatch(measure.rating.swatch, '') : nothing}<span class="visually-hidden">${words.rating} </span>${txt(measure.rating.label)}</span
          >`
        : nothing}
      ${measure.period ? html`<p class="figures">${txt(measure.period)}</p>` : nothing}
      ${measure.series ? this.renderSeries(measure, measure.series, ctx, live) : nothing}
      ${measure.note ? html`<p class="figures">${txt(measure.note)}</p>` : nothing}
      ${measure.source?.kind === 'text'
        ? html`<p class="figures">${measure.source.label} ${txt(measure.source.text)}</p>`
        : measure.source
          ? html`<div class="figures">${renderSource(measure.source.source, ctx)}</div>`
          : nothing}
    </li>`;
  }
}

/** A status's swatch: its pattern and colour. */
function swatch(style: Swatch, after = ''): TemplateResult {
  return html`<span class="swatch p${style.pattern}" style=${styleProps({ '--c': style.color })}></span>${after}`;
}

/** A figure as printed, then what the plan says about it (period, note, source). */
function renderFigureView(figure: FigureView, ctx: ViewContext): TemplateResult {
  return html`${txt(figure.text)}${figureContext(figure.figure, ctx)}`;
}

/** A series cell: a figure with its details, a status with its swatch, or text. */
function seriesCell(cell: SeriesCell, ctx: ViewContext): unknown {
  if (cell.figure !== undefined) return renderFigureView({ text: cell.text, figure: cell.figure }, ctx);
  if (cell.swatch) return html`${swatch(cell.swatch)} ${txt(cell.text)}`;
  return txt(cell.text);
}

/** The series table model drawn as the plan's tables are, its caption in parts (the title may be in another language). */
function renderSeriesTable(id: string, table: SeriesTable, ctx: ViewContext, focusable = false): TemplateResult {
  const head: CellView[][] = [table.columns.map((column) => ({ content: txt(column.text), numeric: column.numeric ?? false }))];
  const rows: CellView[][] = table.rows.map((row) => [
    { content: row.header ? seriesCell(row.header, ctx) : '' },
    ...row.cells.map((cell) => ({ content: seriesCell(cell, ctx), numeric: cell.numeric ?? false })),
  ]);
  return renderTable({ id, caption: table.captionParts.map(txt), head, rows, rowHeaders: true, hint: ctx.t.common.scrollHint, focusable });
}
