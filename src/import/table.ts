/**
 * Reading a spreadsheet saved as CSV or TSV into rows of trimmed cells, numbered as the spreadsheet
 * numbers them (row 1 is the first row; a quoted cell with line breaks stays one row).
 */
import { csvParseRows, tsvParseRows } from 'd3-dsv';
import { slug } from '../format/csv.js';

/** Something the import could not read, at a spreadsheet row and column (both 1-based) where there is one. */
export interface ImportProblem {
  row?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** A table: `cells[r][c]` is row r + 1, column c + 1, trimmed, with inner runs of spaces kept. */
export interface Table {
  cells: string[][];
}

/** Tab-separated when the file name says so, or when the first line has tabs and no commas. */
function isTabSeparated(text: string, fileName: string | undefined): boolean {
  if (fileName && /\.(tsv|tab)$/i.test(fileName)) return true;
  if (fileName && /\.csv$/i.test(fileName)) return false;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.includes('\t') && !firstLine.includes(',');
}

export function readTable(text: string, fileName?: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const rows = isTabSeparated(body, fileName) ? tsvParseRows(body) : csvParseRows(body);
  // Spreadsheets pad cells with spaces and non-breaking spaces; neither is part of the value.
  return { cells: rows.map((row) => row.map((cell) => cell.replace(/\u00a0/g, ' ').trim())) };
}

export function cell(table: Table, row: number, column: number): string {
  return table.cells[row]?.[column] ?? '';
}

export function isBlankRow(row: readonly string[] | undefined): boolean {
  return !row || row.every((value) => value === '');
}

/** The lines of a cell that holds several items (typed with Alt+Enter), without empty lines. */
export function cellLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** One line of text from a cell: inner line breaks and runs of spaces become one space. */
export function cellText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** An id from a label: "Police Officer Pay" → "police-officer-pay", "Derwent & Solway" → "derwent-and-solway" (the shared `slug` rule). */
export const slugify = slug;

/** Makes ids unique by adding -2, -3… to repeats. */
export function uniqueIds(): (id: string) => string {
  const used = new Map<string, number>();
  return (id) => {
    const count = (used.get(id) ?? 0) + 1;
    used.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  };
}
