/**
 * One model for a table and its "Download CSV": what the reader sees and what the spreadsheet gets
 * come from the same rows, so they cannot drift. Pure (no Lit): each element draws its `<table>` from
 * the model (its markup differs: groups, change columns, bars), and its CSV is `tableCsv` of the same model.
 */
import { toCsv, type CsvCell } from '../format/csv.js';
import type { FigureValue } from '../format/figure.js';
import type { PlanText } from './plan-text.js';

/** One cell: what the reader sees, and what the CSV gets. */
export interface TableCell {
  /** The cell as shown (a figure as printed, or formatted from a bare number). */
  readonly text: PlanText;
  /** The CSV value: a plain number where the plan gives one, else the text. Undefined leaves the CSV cell empty. */
  readonly csv?: CsvCell;
  /** Right-aligned, tabular figures. */
  readonly numeric?: boolean;
  /** What a screen reader says instead, when the figure reads badly ("minus £3m" for "−£3m"). */
  readonly spoken?: string;
  /** Further text after the value, smaller: a line's note, a figure's period. */
  readonly notes?: readonly PlanText[];
  /** The figure as the plan gives it, when it is printed: its context (period, note, source) is drawn after it. */
  readonly figure?: FigureValue;
  readonly colspan?: number;
  readonly rowspan?: number;
}

/** A column header. `csv: false` keeps a column that is only for the reader (a computed change) out of the CSV. */
export interface TableColumn {
  readonly text: PlanText;
  readonly numeric?: boolean;
  readonly csv?: boolean;
  /** The CSV header, when it differs from the text shown (a unit in brackets, say). */
  readonly csvText?: string;
  /** False for a column only the CSV has (a year the page did not ask for, a list too long for a cell). */
  readonly shown?: boolean;
}

/** A row: its header cell (a line's label) and its cells, in the columns' order after the header column. */
export interface TableRow<C extends TableCell = TableCell> {
  readonly header?: C;
  readonly cells: readonly C[];
  /** A group heading drawn as a row of its own before this row ("Operational policing"). */
  readonly group?: PlanText;
  /** A class for the row, for emphasis the plan prints (a subtotal). */
  readonly kind?: string;
  /** False for a row only the CSV has (a stated total the page was asked not to show). */
  readonly shown?: boolean;
}

export interface TableModel<C extends TableCell = TableCell> {
  readonly caption: PlanText;
  /** Column headers; with row headers, the first heads the header column. */
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow<C>[];
  /** Rows after the body: totals the plan prints. */
  readonly foot?: readonly TableRow<C>[];
  /** True when each row's first cell heads its row. */
  readonly rowHeaders: boolean;
  /** The download's file name, without ".csv". */
  readonly fileName: string;
}

/** The table's rows as CSV cells: headers, then body and foot rows, without reader-only columns. */
export function tableRows(model: TableModel): CsvCell[][] {
  const keep = model.columns.map((column) => column.csv !== false);
  const header = model.columns.filter((_, index) => keep[index]).map((column) => column.csvText ?? column.text.text);
  const offset = model.rowHeaders ? 1 : 0;
  const line = (row: TableRow): CsvCell[] => [
    ...(model.rowHeaders ? [row.header?.csv] : []),
    ...row.cells.filter((_, index) => keep[index + offset]).map((cell) => cell.csv),
  ];
  return [header, ...model.rows.map(line), ...(model.foot ?? []).map(line)];
}

/** The table as CSV text (see format/csv.ts: quoting, formula guard, byte-order mark). */
export function tableCsv(model: TableModel): string {
  return toCsv(tableRows(model));
}
