/**
 * What <pcp-budget-table> shows, decided in one place: which budget and years, every cell's text as
 * the reader sees and hears it, the flags on stated totals its lines do not add up to, and the CSV.
 *
 * The table and its "Download CSV" come from one model. The CSV has every year and the total the plan
 * prints, whatever the page shows: a column for a year the page did not ask for, or a total row left
 * out with `total="none"`, is in the model marked `shown: false`, and the changes on the year before
 * are reader-only columns (`csv: false`). `shownTable` is the same model without what only the CSV has.
 */
import { fileSlug } from '../format/csv.js';
import { csvFigure, figureNumber, figureParts, type FigureValue } from '../format/figure.js';
import { formatMoneyChange, spokenChange, spokenMoney } from '../format/money-change.js';
import { formatMoney, formatPercent, type MoneyFormat, type MoneyOptions } from '../format/money.js';
import type { Messages } from '../i18n/catalogues.js';
import { change, findTotalMismatches, pickPeriods, type TotalMismatch } from '../model/budget.js';
import type { Budget, Plan } from '../schema/plan.js';
import { pickItems } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import { tableCsv, type TableCell, type TableColumn, type TableModel, type TableRow } from '../view/table-model.js';
import '../i18n/messages/en/budget.js';

/** How the total row is drawn: in bold under a rule, like the other rows, or not at all. */
export type BudgetTotalStyle = 'highlight' | 'plain' | 'none';

/** The element's attributes. */
export interface BudgetTableOptions {
  /** The budget to show (by id, number or title, see pickItems); the first when not given. */
  readonly budget?: string | undefined;
  readonly format?: MoneyFormat;
  /** Adds the change on the previous year shown. */
  readonly change?: boolean;
  /** The years to show, by id or label, separated by spaces or commas. */
  readonly years?: string | undefined;
  readonly total?: BudgetTotalStyle;
}

/** A budget cell: a table cell with what the budget table draws besides its text. */
export interface BudgetCell extends TableCell {
  /** A change on the year before (smaller, muted). */
  readonly change?: boolean;
  /** After a line's label: "(illustrative)". */
  readonly illustrative?: string;
  /** On a stated total its lines do not add up to: "Lines add up to £140,308,869". */
  readonly flag?: string;
}

/** A budget column header. */
export interface BudgetColumn extends TableColumn {
  /** Words before the header's text: "Change on" before the year it is a change on. */
  readonly lead?: string;
  /** In brackets after the header's text: the unit the plan gives amounts in ("£m"). */
  readonly unit?: PlanText;
  /** A change on the year before (smaller, muted). */
  readonly change?: boolean;
}

/** A budget row; `shown: false` for a row only the CSV has (the stated total with `total="none"`). */
export type BudgetRow = TableRow<BudgetCell>;

export interface BudgetTableModel extends TableModel<BudgetCell> {
  readonly columns: readonly BudgetColumn[];
  readonly rows: readonly BudgetRow[];
  readonly foot: readonly BudgetRow[];
}

/** A budget to show, everything decided. */
export interface BudgetTableShown {
  /** The budget's position in the feed's `budgets` (for warnings' paths). */
  readonly index: number;
  readonly budget: Budget;
  readonly title: PlanText;
  readonly description: readonly PlanText[];
  readonly total: BudgetTotalStyle;
  /** The one model: every year and the printed total, for the CSV. */
  readonly table: BudgetTableModel;
  /** The same model as the reader sees it: the years asked for, changes between them, the total row unless `none`. */
  readonly shownTable: BudgetTableModel;
  /** Stated totals (of the years shown) that the lines do not add up to, said in words after the table. */
  readonly mismatches?: { readonly lead: string; readonly items: readonly { readonly period: PlanText; readonly text: string }[] };
  readonly notes: readonly PlanText[];
  readonly source: Budget['source'];
  /** `tableCsv(table)`. */
  readonly csv: string;
  readonly downloadText: string;
}

/** Either a budget to show, or why there is none ("This plan has no budget."). */
export type BudgetTableView = BudgetTableShown | { readonly empty: string };

/** The budget `query` names (the first one when the query is empty), with its position in the feed. */
export function pickBudget(plan: Plan, query: string | undefined): { budget: Budget; index: number } | undefined {
  const budgets = plan.budgets ?? [];
  const budget = pickItems(budgets, query)[0];
  return budget ? { budget, index: budgets.indexOf(budget) } : undefined;
}

/** A stated total the lines do not add up to, in words: "The plan states £136,308,869 but the lines add up to …". */
export function mismatchText(mismatch: TotalMismatch, t: Messages): string {
  const options = { locale: t.locale };
  return t.budget.mismatch(
    formatMoney(mismatch.statedValue, 'full', options),
    formatMoney(mismatch.computed, 'full', options),
    formatMoney(Math.abs(mismatch.statedValue - mismatch.computed), 'full', options),
  );
}

const DASH: PlanText = { text: '–' };

/** What <pcp-budget-table> shows for these attributes. */
export function budgetTableView(ctx: ViewContext, options: BudgetTableOptions = {}): BudgetTableView {
  const { plan, t, locale } = ctx;
  const format = options.format ?? 'full';
  const totalStyle = options.total ?? 'highlight';
  const picked = pickBudget(plan, options.budget);
  if (!picked) return { empty: options.budget ? t.budget.notFound(options.budget) : t.budget.none };
  const { budget, index } = picked;
  const periods = pickPeriods(budget, options.years?.split(/[\s,]+/).filter(Boolean));
  if (periods.length === 0) return { empty: t.budget.noYears(options.years ?? '') };
  const shown = new Set(periods.map((period) => period.id));
  const mismatches = new Map(findTotalMismatches(budget).filter((mismatch) => shown.has(mismatch.period)).map((mismatch) => [mismatch.period, mismatch]));
  const withChange = Boolean(options.change) && periods.length > 1;
  // A column reads alike: pence everywhere when any amount has them.
  const money: MoneyOptions = {
    pence: budget.lines.some((line) => Object.values(line.values).some((value) => typeof value === 'number' && !Number.isInteger(value))),
    locale,
    signs: { minus: t.common.minus, plus: t.common.plus },
  };

  // Printed figures exactly as printed; bare numbers formatted, and a negative one also said in words
  // for screen readers, which may not read "−" as minus.
  const amountCell = (figure: FigureValue | undefined): BudgetCell => {
    if (figure === undefined) return { text: DASH, numeric: true };
    if (typeof figure !== 'number') return { text: ctx.joined(figureParts(figure, String)), csv: csvFigure(figure), numeric: true, figure };
    const text = { text: formatMoney(figure, format, money) };
    return figure < 0 ? { text, csv: figure, numeric: true, spoken: spokenMoney(figure, format, money) } : { text, csv: figure, numeric: true };
  };
  const changeCell = (fromFigure: FigureValue | undefined, toFigure: FigureValue | undefined): BudgetCell => {
    const from = figureNumber(fromFigure);
    const to = figureNumber(toFigure);
    if (from === undefined || to === undefined) return { text: DASH, numeric: true, change: true };
    const { amount, percent } = change(from, to);
    const shownPercent = percent === undefined ? '' : ` (${formatPercent(percent, { signed: true, decimals: 1, locale })})`;
    return { text: { text: `${formatMoneyChange(amount, format, money)}${shownPercent}` }, numeric: true, change: true, spoken: spokenChange(amount, percent, format, money) };
  };

  // Every year in the budget's order (the CSV has them all); a change column before each year shown but the first.
  type Values = (period: string) => FigureValue | undefined;
  const label = (period: Budget['periods'][number]) => period.label ?? period.id;
  const first: BudgetColumn = { text: { text: t.budget.line }, ...(budget.unit ? { unit: ctx.text(budget.unit) } : {}) };
  /** Each column after the first: its header, its cell in a row, and the year of an amount column. */
  const slots: { column: BudgetColumn; cell: (values: Values) => BudgetCell; period?: string }[] = [];
  let previous: Budget['periods'][number] | undefined;
  for (const period of budget.periods) {
    const isShown = shown.has(period.id);
    if (isShown && withChange && previous) {
      const from = previous;
      slots.push({
        column: { text: ctx.text(label(from)), lead: t.budget.changeOn, numeric: true, change: true, csv: false },
        cell: (values) => changeCell(values(from.id), values(period.id)),
      });
    }
    slots.push({
      column: { text: ctx.text(label(period)), numeric: true, ...(isShown ? {} : { shown: false }) },
      cell: (values) => amountCell(values(period.id)),
      period: period.id,
    });
    if (isShown) previous = period;
  }
  const columns = [first, ...slots.map((slot) => slot.column)];
  const cells = (values: Values) => slots.map((slot) => slot.cell(values));

  const rows: BudgetRow[] = budget.lines.map((line, lineIndex) => {
    const header: BudgetCell = {
      text: ctx.text(line.label),
      csv: line.label,
      ...(line.illustrative ? { illustrative: t.budget.illustrative } : {}),
      ...(line.note ? { notes: [ctx.text(line.note)] } : {}),
    };
    const startsGroup = line.group && line.group !== budget.lines[lineIndex - 1]?.group;
    return { header, cells: cells((period) => line.values[period]), ...(startsGroup ? { group: ctx.text(line.group) } : {}), ...(line.kind ? { kind: line.kind } : {}) };
  });

  // Only totals the plan prints: a sum of the lines is a check (a flag and a warning), never a figure.
  const stated = budget.statedTotals;
  const foot: BudgetRow[] = stated
    ? [
        {
          header: { text: budget.totalLabel ? ctx.text(budget.totalLabel) : { text: t.budget.total }, csv: budget.totalLabel ?? t.budget.csvTotalStated },
          cells: cells((period) => stated[period]).map((cell, column) => {
            const period = slots[column]!.period;
            const mismatch = period === undefined ? undefined : mismatches.get(period);
            return mismatch ? { ...cell, flag: t.budget.linesAddUpTo(formatMoney(mismatch.computed, format, { locale })) } : cell;
          }),
          ...(totalStyle === 'none' ? { shown: false } : {}),
        },
      ]
    : [];

  const table: BudgetTableModel = {
    caption: ctx.text(budget.title),
    columns,
    rows,
    foot,
    rowHeaders: true,
    fileName: `${fileSlug(plan.id)}-${fileSlug(budget.id)}`,
  };
  return {
    index,
    budget,
    title: ctx.text(budget.title),
    description: (budget.description ?? []).map((text) => ctx.text(text)),
    total: totalStyle,
    table,
    shownTable: shownTable(table),
    ...(mismatches.size
      ? {
          mismatches: {
            lead: t.budget.asStated,
            items: [...mismatches.values()].map((mismatch) => ({
              period: ctx.text(periods.find((period) => period.id === mismatch.period)?.label ?? mismatch.period),
              text: mismatchText(mismatch, t),
            })),
          },
        }
      : {}),
    notes: (budget.notes ?? []).map((text) => ctx.text(text)),
    source: budget.source,
    csv: tableCsv(table),
    downloadText: t.common.downloadCsv,
  };
}

/** The table as the reader sees it: the model without the columns and rows only the CSV has. */
export function shownTable(model: BudgetTableModel): BudgetTableModel {
  const keep = model.columns.map((column) => column.shown !== false);
  const offset = model.rowHeaders ? 1 : 0;
  const row = (entry: BudgetRow): BudgetRow => ({ ...entry, cells: entry.cells.filter((_, index) => keep[index + offset]) });
  return {
    ...model,
    columns: model.columns.filter((_, index) => keep[index]),
    rows: model.rows.filter((entry) => entry.shown !== false).map(row),
    foot: model.foot.filter((entry) => entry.shown !== false).map(row),
  };
}
