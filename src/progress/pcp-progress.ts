import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
import { tableStyles } from '../styles/table-styles.js';
import type { Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { tableCsv } from '../view/table-model.js';
import { progressView, type FigureView, type MeasureView, type ProgressShown, type RowView, type SeriesCell, type SeriesTable, type Swatch } from './progress-view.js';
import { resolveScale } from './status-scale.js';
import { progressStyles } from './progress-styles.js';
import { focusStyles } from '../styles/tokens.js';
import '../i18n/messages/en/progress.js';

let instances = 0;

/**
 * Progress against the plan, live from the feed: a bar per objective showing how many of its
 * commitments are delivered, in progress, at risk, not started or planned, with the counts as text
 * ("6 of 9 delivered"); a bar per measure from its baseline towards its target; a summary line for
 * the whole plan; the "as of" date; and a legend. Each status has a label and a pattern as well as a
 * colour, and the scale's labels and colours can be changed to a force's own (`scale`).
 *
 * Commitments are an objective's top-level actions (sub-actions are their details). Measures use
 * ARIA `meter` semantics with the value written out as text. A measure's values by period are a table
 * (figures as printed, each status with its label and pattern) after a small column chart that screen
 * readers skip, and are in the CSV.
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
 * @event pcp-select - A reader selected an objective's bar (Enter, Space or a click). `detail: { objectiveId }`; undefined for the whole plan's own commitments.
 * @event pcp-warning - The `scale` attribute has a mistake (the defaults are used for it). `detail: { path, message }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-progress src="/feeds/plan.json" scale='{"delivered": {"label": "Done", "color": "#1d70b8"}}'></pcp-progress>
 */
export class PcpProgress extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, tableStyles, progressStyles];

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
  private readonly live = new LiveRegionController(this);

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
              ${view.measures.items.map((measure) => this.renderMeasure(measure, ctx))}
            </ul>`
        : nothing}
      ${live && bars.length ? html`<p class="instructions">${ctx.t.progress.instructions}</p>` : nothing}
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

  /** A measure's values by period: the small column chart (hidden from screen readers), then the table. */
  private renderSeries(measure: MeasureView, series: NonNullable<MeasureView['series']>, ctx: ViewContext): TemplateResult {
    return html`${series.chart
        ? html`<div class="series" part="series" aria-hidden="true">
            ${series.chart.map(
              (column) => html`<span class="column"
                ><span
                  class="segment ${column.swatch ? `p${column.swatch.pattern}` : ''}"
                  style=${styleProps({ '--c': column.swatch?.color ?? 'var(--_accent)', height: `${column.height}%` })}
                ></span
              ></span>`,
            )}
          </div>`
        : nothing}
      ${renderSeriesTable(`${this.uid}-s-${measure.id}`, series.table, ctx)}`;
  }

  private renderMeasure(measure: MeasureView, ctx: ViewContext): TemplateResult {
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
      ${measure.series ? this.renderSeries(measure, measure.series, ctx) : nothing}
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
function renderSeriesTable(id: string, table: SeriesTable, ctx: ViewContext): TemplateResult {
  const head: CellView[][] = [table.columns.map((column) => ({ content: txt(column.text), numeric: column.numeric ?? false }))];
  const rows: CellView[][] = table.rows.map((row) => [
    { content: row.header ? seriesCell(row.header, ctx) : '' },
    ...row.cells.map((cell) => ({ content: seriesCell(cell, ctx), numeric: cell.numeric ?? false })),
  ]);
  return renderTable({ id, caption: table.captionParts.map(txt), head, rows, rowHeaders: true, hint: ctx.t.common.scrollHint });
}
