import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { BlobLinkController } from '../base/blob-link.js';
import { fire, type PlanWarningDetail } from '../base/events.js';
import { en, type Messages } from '../i18n/messages/en.js';
import { fileSlug, toCsv } from '../format/csv.js';
import { formatMoney, formatMoneyChange, formatPercent, spokenChange, spokenMoney, type MoneyFormat, type MoneyOptions } from '../format/money.js';
import { csvFigure, figureNumber, type FigureValue } from '../format/figure.js';
import { renderFigure } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { change, findTotalMismatches, pickPeriods, type TotalMismatch } from '../model/budget.js';
import type { Budget, Plan } from '../schema/plan.js';
import { focusStyles } from '../styles/tokens.js';
import { tableStyles } from '../styles/table-styles.js';
import { budgetStyles } from './budget-styles.js';

let instances = 0;

/**
 * A multi-year budget as a real table: financial years as the plan writes them, money for the
 * page's language (en-GB, cy-GB; full or compact), income as negatives that a screen reader reads
 * as "minus" ("minws" in Welsh), and totals worked out from the lines. Where the plan states a
 * total that its lines do not add up to, the table shows the stated figure, flags the difference,
 * and fires `pcp-warning`.
 *
 * On narrow screens the table stays a table: the row headers stay in view and the figures scroll
 * inside a labelled region that the keyboard can reach. "Download CSV" gives the same figures.
 *
 * @summary A plan's multi-year budget, totals checked.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
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

  /** The id of the budget to show, when the feed has several. Default: the first. */
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
  private readonly csvLink = new BlobLinkController(this);

  /** The budget this element shows, if the plan has it. */
  private chosen(plan: Plan): { budget: Budget; index: number } | undefined {
    const budgets = plan.budgets ?? [];
    const index = this.budget ? budgets.findIndex((candidate) => candidate.id === this.budget) : 0;
    return index >= 0 && budgets[index] ? { budget: budgets[index], index } : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.loadedPlan;
    const chosen = plan && this.chosen(plan);
    // Warn once per budget shown, after it is on screen.
    if (chosen && chosen.budget !== this.warnedFor) {
      this.warnedFor = chosen.budget;
      for (const mismatch of findTotalMismatches(chosen.budget)) {
        fire<PlanWarningDetail>(this, 'pcp-warning', {
          path: `/budgets/${chosen.index}/statedTotals/${mismatch.period}`,
          // For developers, in English whatever the page's language.
          message: this.mismatchText(mismatch, en),
        });
      }
    }
  }

  private mismatchText(mismatch: TotalMismatch, t: Messages = this.t): string {
    const options = { locale: t.locale };
    return t.budget.mismatch(
      formatMoney(mismatch.statedValue, 'full', options),
      formatMoney(mismatch.computed, 'full', options),
      formatMoney(Math.abs(mismatch.statedValue - mismatch.computed), 'full', options),
    );
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const t = this.t;
    const chosen = this.chosen(plan);
    if (!chosen) {
      return this.renderEmpty(this.budget ? t.budget.notFound(this.budget) : t.budget.none);
    }
    const { budget } = chosen;
    const periods = pickPeriods(budget, this.years?.split(/[\s,]+/).filter(Boolean));
    if (periods.length === 0) return this.renderEmpty(t.budget.noYears(this.years ?? ''));
    const shown = new Set(periods.map((period) => period.id));
    const mismatches = new Map(
      findTotalMismatches(budget)
        .filter((mismatch) => shown.has(mismatch.period))
        .map((mismatch) => [mismatch.period, mismatch]),
    );
    const withChange = this.change && periods.length > 1;
    const captionId = `${this.uid}-caption`;
    // A column reads alike: pence everywhere when any amount has them.
    this.moneyOptions = {
      pence: budget.lines.some((line) => Object.values(line.values).some((value) => typeof value === 'number' && !Number.isInteger(value))),
      locale: this.i18n.locale,
      signs: { minus: this.t.common.minus, plus: this.t.common.plus },
    };

    const moneyCell = (amount: FigureValue | undefined) =>
      amount === undefined ? html`<td class="numeric">–</td>` : html`<td class="numeric">${this.figure(amount)}</td>`;
    const changeCell = (fromFigure: FigureValue | undefined, toFigure: FigureValue | undefined) => {
      const from = figureNumber(fromFigure);
      const to = figureNumber(toFigure);
      if (from === undefined || to === undefined) return html`<td class="numeric change">–</td>`;
      const { amount, percent } = change(from, to);
      const shownChange = `${formatMoneyChange(amount, this.format, this.moneyOptions)}${
        percent === undefined ? '' : ` (${formatPercent(percent, { signed: true, decimals: 1, locale: this.i18n.locale })})`
      }`;
      return html`<td class="numeric change">
        <span aria-hidden="true">${shownChange}</span><span class="visually-hidden spoken"
          >${spokenChange(amount, percent, this.format, this.moneyOptions)}</span
        >
      </td>`;
    };
    const row = (values: (period: string) => FigureValue | undefined) =>
      periods.map(
        (period, index) => html`${withChange && index > 0 ? changeCell(values(periods[index - 1]!.id), values(period.id)) : nothing}${moneyCell(
          values(period.id),
        )}`,
      );
    // Only totals the plan prints are shown: a sum of the lines is a check (a warning), never a figure.
    const total = (period: string) => budget.statedTotals?.[period];
    const showTotal = this.total !== 'none' && budget.statedTotals !== undefined;

    // The title is a heading above the table (it wraps at 320px, where a caption would scroll away
    // with the figures); the caption repeats it for screen readers and names the scrolling region.
    return html`
      ${heading(this.level, this.text(budget.title), { className: 'title', part: 'title' })}
      ${(budget.description ?? []).map((text) => html`<p class="description">${this.text(text)}</p>`)}
      <div class="table-region" part="region" role="region" aria-labelledby=${captionId} tabindex="0">
        <table part="table" class="sticky-first total-${this.total}">
          <caption id=${captionId} class="visually-hidden">${this.text(budget.title)}</caption>
          <thead>
            <tr>
              <th scope="col">${t.budget.line}${budget.unit ? html` <span class="unit">(${this.text(budget.unit)})</span>` : nothing}</th>
              ${periods.map(
                (period, index) =>
                  html`${withChange && index > 0
                    ? html`<th scope="col" class="numeric change">${t.budget.changeOn} ${this.text(periods[index - 1]!.label ?? periods[index - 1]!.id)}</th>`
                    : nothing}<th scope="col" class="numeric">${this.text(period.label ?? period.id)}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${budget.lines.map(
              (line, index) => html`${line.group && line.group !== budget.lines[index - 1]?.group
                ? html`<tr class="group"><th scope="rowgroup" colspan=${1 + periods.length + (withChange ? periods.length - 1 : 0)}>${this.text(line.group)}</th></tr>`
                : nothing}<tr class=${line.kind ?? nothing}>
                <th scope="row">${this.text(line.label)}${line.illustrative ? html` <span class="notes">${t.budget.illustrative}</span>` : nothing}${line.note
                  ? html`<span class="line-note">${this.text(line.note)}</span>`
                  : nothing}</th>
                ${row((period) => line.values[period])}
              </tr>`,
            )}
          </tbody>
          ${!showTotal
            ? nothing
            : html`<tfoot>
            <tr>
              <th scope="row">${budget.totalLabel ? this.text(budget.totalLabel) : t.budget.total}</th>
              ${periods.map((period, index) => {
                const mismatch = mismatches.get(period.id);
                const cell = moneyCell(total(period.id));
                return html`${withChange && index > 0 ? changeCell(total(periods[index - 1]!.id), total(period.id)) : nothing}${mismatch
                  ? html`<td class="numeric">
                      ${this.figure(mismatch.stated)}
                      <span class="flag">${t.budget.linesAddUpTo(formatMoney(mismatch.computed, this.format, { locale: this.i18n.locale }))}</span>
                    </td>`
                  : cell}`;
              })}
            </tr>
          </tfoot>`}
        </table>
      </div>
      ${mismatches.size
        ? html`<p class="notes">
            ${t.budget.asStated} ${[...mismatches.values()].map(
              (mismatch) =>
                html`${this.text(periods.find((period) => period.id === mismatch.period)?.label ?? mismatch.period)}: ${this.mismatchText(mismatch)} `,
            )}
          </p>`
        : nothing}
      ${(budget.notes ?? []).map((text) => html`<p class="notes">${this.text(text)}</p>`)} ${renderSource(budget.source, this.viewContext!)}
      <p class="download" part="download">
        <a href=${this.csvHref(budget)} download="${fileSlug(plan.id)}-${fileSlug(budget.id)}.csv">${t.common.downloadCsv}</a>
      </p>
    `;
  }

  /**
   * An amount; a negative one is also written out for screen readers, which may not read "−" as
   * minus. The spoken copy is left out of text selections, so copying the table copies the figures once.
   */
  private figure(figure: FigureValue): TemplateResult {
    // Printed figures are shown exactly as the plan printed them; bare numbers are formatted.
    if (typeof figure !== 'number') return html`${renderFigure(figure, String, this.viewContext!)}`;
    return this.money(figure);
  }

  private money(amount: number): TemplateResult {
    if (!(amount < 0)) return html`${formatMoney(amount, this.format, this.moneyOptions)}`;
    return html`<span aria-hidden="true">${formatMoney(amount, this.format, this.moneyOptions)}</span><span class="visually-hidden spoken"
        >${spokenMoney(amount, this.format, this.moneyOptions)}</span
      >`;
  }

  private moneyOptions: MoneyOptions = {};

  /** The figures as CSV (plain numbers, every year, stated and computed totals), made once per budget. */
  private csvHref(budget: Budget): string {
    return this.csvLink.href([budget, this.t], () => this.csv(budget));
  }

  private csv(budget: Budget): string {
    const t = this.t;
    const rows = [
      [t.budget.line, ...budget.periods.map((period) => period.label ?? period.id)],
      ...budget.lines.map((line) => [line.label, ...budget.periods.map((period) => csvFigure(line.values[period.id]))]),
      ...(budget.statedTotals ? [[budget.totalLabel ?? t.budget.csvTotalStated, ...budget.periods.map((period) => csvFigure(budget.statedTotals?.[period.id]))]] : []),
    ];
    return toCsv(rows);
  }
}
