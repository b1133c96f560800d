/**
 * Any other table a plan prints (a Band A–H table, a precept split by council, a contents list), read
 * into one of the feed's `tables` as printed: the first row that is not the caption is the heading row,
 * every row below it a row of cells.
 *
 *   2018/19 precept share (proposal)
 *   Council,2018/19 precept share (proposal)
 *   Blaenau Gwent,"£4,825,228"
 *
 * Cells are kept as printed: a column whose every filled cell is a plain number holds numbers; any other
 * cell is the text printed; a blank cell is null. Headings are text. When every row's first cell is a name
 * (text that is not a figure such as "£8"), those cells name their rows (`rowHeaders`).
 */
import type { Table as FeedTable } from '../schema/plan.js';
import { cellText, isBlankRow, slugify, type ImportProblem, type Table } from './table.js';
import { parseFigure } from './values.js';

export interface PrintedTableOptions {
  id?: string | undefined;
  /** The caption; without one, a row of one cell above the headings is the caption. */
  title?: string | undefined;
}

export interface PrintedTableImport {
  table: FeedTable | undefined;
  problems: ImportProblem[];
}

type Cell = FeedTable['rows'][number][number];

export function importPrintedTable(table: Table, options: PrintedTableOptions = {}): PrintedTableImport {
  const problems: ImportProblem[] = [];
  const rows = table.cells.map((row, index) => ({ row, index })).filter(({ row }) => !isBlankRow(row));
  let caption = options.title?.trim() || undefined;
  // A first row with one filled cell, above a table of rows and columns, is the caption as a spreadsheet title.
  const filled = (row: string[]) => row.filter((value) => value !== '').length;
  const first = rows[0];
  if (first && rows.length > 2 && filled(first.row) === 1 && rows.slice(1).some(({ row }) => filled(row) > 1)) {
    caption ??= cellText(first.row.find((value) => value !== '')!);
    rows.shift();
  }
  const [head, ...body] = rows;
  if (!head || body.length === 0) problems.push({ message: 'a table needs a row of headings and at least one row below it' });
  if (!caption) problems.push({ message: 'the table needs a caption: give one with --title "…" or put it in a row of its own above the headings' });
  const id = options.id ?? slugify(caption ?? '');
  if (caption && id === '') problems.push({ message: `the caption "${caption}" has no letters or digits to make an id from: give one with --id` });
  if (problems.length > 0 || !head || !caption) return { table: undefined, problems };

  // Spreadsheets copy every row as wide as the widest: trailing empty columns are not part of the table.
  const width = Math.max(...rows.map(({ row }) => row.reduce((last, value, column) => (value !== '' ? column + 1 : last), 0)));
  const texts = (row: string[]) => Array.from({ length: width }, (_, column) => cellText(row[column] ?? ''));
  const bodyTexts = body.map(({ row }) => texts(row));
  // A column is numbers only when every filled cell in it is a plain number: in a column of page ranges
  // ("3-5", "8") or of amounts printed with units ("19p", "26"), each cell stays as printed.
  const numeric = Array.from({ length: width }, (_, column) => bodyTexts.every((row) => row[column] === '' || typeof parseFigure(row[column]!) === 'number'));
  const bodyRows: Cell[][] = bodyTexts.map((row) => row.map((text, column) => (text === '' ? null : numeric[column] ? parseFigure(text)! : text)));
  // Row headers name their rows: text, not a figure ("£8" is a value under a heading, not a row's name).
  const rowHeaders = bodyRows.every((row) => typeof row[0] === 'string' && !/^[-\u2212£$€\d]/.test(row[0]));
  return {
    table: { id, caption, head: [texts(head.row).map((text) => (text === '' ? null : text))], rows: bodyRows, ...(rowHeaders ? { rowHeaders: true } : {}) },
    problems,
  };
}
