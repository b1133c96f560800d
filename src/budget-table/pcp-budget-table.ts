import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import { BlobLinkController } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { fire, type PlanWarningDetail } from '../base/events.js';
import type { MoneyFormat } from '../format/money.js';
import { figureContext } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { totalWarnings } from '../model/budget.js';
import type { Budget, Plan } from '../schema/plan.js';
import { focusStyles } from '../styles/tokens.js';
import { tableStyles } from '../styles/table-styles.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { budgetStyles } from './budget-styles.js';
import { budgetTableView, pickBudget, type BudgetCell, type BudgetColumn, type BudgetRow } from './budget-table-view.js';

let instances = 0;

/**
 * A multi-year budget as a real table: financial years as the plan writes them, money for the
 * page's language (en-GB, cy-GB; full or compact), income as negatives that a screen reader reads
 * as "minus" ("minws" in Welsh), and the totals the plan prints, checked against its lines. Where
 * the plan states a total that its lines do not add up to, the table shows the stated figure, flags
 * the difference, and fires `pcp-warning`; a total the plan does not print is never shown.
 *
 * On narrow screens the table stays a table: the row headers stay in view and the figures scroll
 * inside a labelled region that the keyboard can reach. "Download CSV" gives the same figures, for
 * every year of the budget.
 *
 * @summary A plan's multi-year budget, totals checked.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The budget's title, as a heading above its introduction (otherwise it is the table's caption).
 * @csspart table - The table.
 * @csspart region - The scrolling region around it.
 * @csspart download - The "Download CSV" paragraph.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no budget.
 *
 * @cssproperty --pcp-color-error - The flag on a total that does not add up.
 * @cssproperty --pcp-color-border - Row rules.
 *
 * @event pcp-warning - A stated total differs from the sum of its lines. `detail: { path, message }`; one event per total.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-budget-table src="/feeds/plan.json" format="compact" change></pcp-budget-table>
 */
export class PcpBudgetTable extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, tableStyles, budgetStyles];

  /** The budget to show, when the feed has several: its id (or its title). Default: the first. */
  @property({ reflect: true }) budget?: string;

  /** `full` (£97,139,153, default) or `compact` (£97.1m). */
  @property({ reflect: true }) format: MoneyFormat = 'full';

  /** Adds the change on the previous year (amount and per cent) after each year. */
  @property({ type: Boolean, reflect: true }) change = false;

  /** The years to show, by id or as the plan heads them, separated by spaces or commas: "2021-22 2022-23". Default: all. */
  @property({ reflect: true }) years?: string;

  /** `highlight` (default): the total row in bold under a rule; `plain`: like the other rows; `none`: no total row. */
  @property({ reflect: true }) total: 'highlight' | 'plain' | 'none' = 'highlight';

  private readonly uid = `pcp-budget-${(instances += 1)}`;
  private warnedFor: Budget | undefined;
  /** The download's blob, keyed by the CSV's text: made again only when the download would differ. */
  private readonly csvLink = new BlobLinkController(this);

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.loadedPlan;
    const chosen = plan && pickBudget(plan, this.budget);
    // Warn once per budget shown, after it is on screen.
    if (chosen && chosen.budget !== this.warnedFor) {
      this.warnedFor = chosen.budget;
      // The loader's warning for the same JSON path, in the same words (model/budget.ts).
      for (const warning of totalWarnings(chosen.budget, chosen.index)) fire<PlanWarningDetail>(this, 'pcp-warning', warning);
    }
  }

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = budgetTableView(ctx, { budget: this.budget, format: this.format, change: this.change, years: this.years, total: this.total });
    if ('empty' in view) return this.renderEmpty(view.empty);
    const table = view.shownTable;
    const captionId = `${this.uid}-caption`;
    const row = (entry: BudgetRow) => html`${entry.group
        ? html`<tr class="group"><th scope="rowgroup" colspan=${table.columns.length}>${txt(entry.group)}</th></tr>`
        : nothing}<tr class=${entry.kind ?? nothing}>
        ${entry.header ? this.rowHeader(entry.header) : nothing} ${entry.cells.map((cell) => this.cell(cell, ctx))}
      </tr>`;

    // The title is a heading above the table (it wraps at 320px, where a caption would scroll away
    // with the figures); the caption repeats it for screen readers and names the scrolling region.
    return html`
      ${heading(this.level, txt(view.title), { className: 'title', part: 'title' })}
      ${view.description.map((text) => html`<p class="description">${txt(text)}</p>`)}
      ${tableRegion(
        html`<table part="table" class="sticky-first total-${view.total}">
          <caption id=${captionId} class="visually-hidden">${txt(table.caption)}</caption>
          <thead>
            <tr>
              ${table.columns.map((column) => this.columnHeader(column))}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(row)}
          </tbody>
          ${table.foot.length ? html`<tfoot>${table.foot.map(row)}</tfoot>` : nothing}
        </table>`,
        { labelledBy: captionId, hint: ctx.t.common.scrollHint, part: 'region' },
      )}
      ${view.mismatches
        ? html`<p class="notes">
            ${view.mismatches.lead} ${view.mismatches.items.map((item) => html`${txt(item.period)}: ${item.text} `)}
          </p>`
        : nothing}
      ${view.notes.map((text) => html`<p class="notes">${txt(text)}</p>`)} ${renderSource(view.source, ctx)}
      <p class="download" part="download">
        ${downloadLink(this.csvLink.href([view.csv], () => view.csv), table, view.downloadText)}
      </p>
    `;
  }

  private columnHeader(column: BudgetColumn): TemplateResult {
    if (!column.numeric) {
      return html`<th scope="col">${txt(column.text)}${column.unit ? html` <span class="unit">(${txt(column.unit)})</span>` : nothing}</th>`;
    }
    return column.change
      ? html`<th scope="col" class="numeric change">${column.lead} ${txt(column.text)}</th>`
      : html`<th scope="col" class="numeric">${txt(column.text)}</th>`;
  }

  private rowHeader(cell: BudgetCell): TemplateResult {
    return html`<th scope="row">${txt(cell.text)}${cell.illustrative ? html` <span class="notes">${cell.illustrative}</span>` : nothing}${(cell.notes ?? []).map(
      (note) => html`<span class="line-note">${txt(note)}</span>`,
    )}</th>`;
  }

  /**
   * An amount or a change. A negative amount and every change are also written out for screen readers,
   * which may not read "−" as minus; the spoken copy is left out of text selections, so copying the
   * table copies the figures once. The space between them shows nothing (the spoken copy is out of the
   * flow) but keeps them apart where a CMS has stripped the styles ("−£5,260,984 minus £5,260,984").
   */
  private cell(cell: BudgetCell, ctx: ViewContext): TemplateResult {
    const shown = cell.spoken
      ? html`<span aria-hidden="true">${txt(cell.text)}</span> <span class="visually-hidden spoken">${cell.spoken}</span>`
      : txt(cell.text);
    return html`<td class=${cell.change ? 'numeric change' : 'numeric'}>${shown}${cell.figure ? figureContext(cell.figure, ctx) : nothing}${cell.flag
      ? html` <span class="flag">${cell.flag}</span>`
      : nothing}</td>`;
  }
}
