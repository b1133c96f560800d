/**
 * What <pcp-scenario-table> shows, decided in one place: which of the plan's what-if tables, each as a
 * table model whose cells are formatted by their column's unit for the page's language (printed
 * figures kept as printed).
 */
import { csvFigure, figureParts, formatInUnit } from '../format/figure.js';
import type { ScenarioTable } from '../schema/plan.js';
import { pickItems } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import type { TableCell, TableModel } from '../view/table-model.js';
import '../i18n/messages/en/scenarios.js';

/** The element's attributes. */
export interface ScenarioTableOptions {
  /** One table to show (by id or title, see pickItems); every one when not given. */
  readonly scenario?: string | undefined;
}

/** One what-if table. */
export interface ScenarioTableShown {
  readonly id: string;
  readonly title: PlanText;
  readonly description: readonly PlanText[];
  /** Its first column heads each row. */
  readonly table: TableModel<TableCell>;
  readonly notes: readonly PlanText[];
  readonly source: ScenarioTable['source'];
}

/** The tables to show, or why there are none. */
export type ScenarioTablesView = { readonly tables: readonly ScenarioTableShown[] } | { readonly empty: string };

type Column = ScenarioTable['columns'][number];
type Value = ScenarioTable['rows'][number][string];

/** A value in its column's unit: per cent, money or a number with the column's decimals; printed text as printed. */
function scenarioCell(value: Value | undefined, column: Column, ctx: ViewContext): TableCell {
  const numeric = column.unit !== 'text';
  if (value === undefined) return { text: { text: '–' }, numeric };
  if (typeof value !== 'number') return { text: ctx.joined(figureParts(value, String)), csv: csvFigure(value), numeric, figure: value };
  const { locale } = ctx;
  return { text: { text: formatInUnit(value, column.unit, { decimals: column.decimals, locale }) }, csv: value, numeric };
}

/** One scenario table as shown. */
export function scenarioTableShown(table: ScenarioTable, ctx: ViewContext): ScenarioTableShown {
  const [first, ...rest] = table.columns as [Column, ...Column[]];
  return {
    id: table.id,
    title: ctx.text(table.title),
    description: (table.description ?? []).map((text) => ctx.text(text)),
    table: {
      caption: ctx.text(table.title),
      columns: table.columns.map((column) => ({ text: ctx.text(column.label), numeric: column.unit !== 'text' })),
      rows: table.rows.map((row) => ({ header: scenarioCell(row[first.id], first, ctx), cells: rest.map((column) => scenarioCell(row[column.id], column, ctx)) })),
      rowHeaders: true,
      // Ids are already safe in a file name (lower-case letters, digits and hyphens).
      fileName: `${ctx.plan.id}-${table.id}`,
    },
    notes: (table.notes ?? []).map((text) => ctx.text(text)),
    source: table.source,
  };
}

/** What <pcp-scenario-table> shows for these attributes. */
export function scenarioTablesView(ctx: ViewContext, options: ScenarioTableOptions = {}): ScenarioTablesView {
  const { t } = ctx;
  const shown = pickItems(ctx.plan.scenarios ?? [], options.scenario);
  if (shown.length === 0) return { empty: options.scenario ? t.scenarios.notFound(options.scenario) : t.scenarios.none };
  return { tables: shown.map((table) => scenarioTableShown(table, ctx)) };
}
