/**
 * A measure's values by period (quarters, months, years) laid out as performance reports print them,
 * read into a measure with its `values`. Either down the sheet, a period per row:
 *
 *   Period,Value,Status,Note
 *   Q1 2023/24,64.7%,Green,
 *   Q2 2023/24,61.2%,Amber,after the new system went live
 *
 * (headings Period, Quarter, Month or Year; Value, Figure, Actual or Result; optional Status, RAG or
 * Rating; optional Note or Comment), or across, the quarters as column headings and one row of values
 * whose first cell is the measure's title:
 *
 *   Measure,Q1 2023/24,Q2 2023/24,Q3 2023/24
 *   Calls answered in 10 seconds,64.7%,61.2%,70.0%
 *
 * Periods are kept as printed, and so are figures: numbers when every value is a plain number, else each
 * the text printed ("64.7%", "183,000"). A status is the status id made from its name ("In progress" → in-progress),
 * checked later, as every status is, against the built-in ones and the plan's own scale.
 */
import type { Measure } from '../schema/plan.js';
import { cellText, isBlankRow, slugify, type ImportProblem, type Table } from './table.js';
import { parseFigure } from './values.js';

export interface MeasureValuesOptions {
  id?: string | undefined;
  title?: string | undefined;
}

export interface MeasureValuesImport {
  measure: (Pick<Measure, 'id' | 'title'> & { values: NonNullable<Measure['values']> }) | undefined;
  problems: ImportProblem[];
}

const HEADINGS = {
  period: /^(?:period|quarter|month|year|financial year|date)$/,
  figure: /^(?:value|values|figure|actual|result)$/,
  status: /^(?:status|rag|rag status|rating)$/,
  note: /^(?:notes?|comments?)$/,
} as const;
type Heading = keyof typeof HEADINGS;

/** A heading that names a quarter or a month with its year: "Q1 2023/24", "Quarter 2 2023-24", "Apr-Jun 2023", "June 2024". */
const PERIOD_HEADING = /^(?:q[1-4]\b|quarter [1-4]\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s*[-\u2013]\s*[a-z]+\.?)?\s+\d{4}\b)/i;

function headingOf(text: string): Heading | undefined {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return (Object.keys(HEADINGS) as Heading[]).find((key) => HEADINGS[key].test(normal));
}

/** The row of headings of a table laid out down the sheet: it has a period heading and a value heading. */
function headingRowDown(table: Table): number {
  return table.cells.findIndex((row) => {
    const headings = row.map(headingOf);
    return headings.includes('period') && headings.includes('figure');
  });
}

/** The row of headings of a table laid out across: at least two of its cells name quarters or months. */
function headingRowAcross(table: Table): number {
  return table.cells.findIndex((row) => row.filter((value) => PERIOD_HEADING.test(value)).length >= 2);
}

/** Whether cells look like a measure's values by period, down or across (see the module comment). */
export function looksLikeMeasureValues(table: Table): boolean {
  return headingRowDown(table) >= 0 || headingRowAcross(table) >= 0;
}

type Point = NonNullable<Measure['values']>[number];

export function importMeasureValues(table: Table, options: MeasureValuesOptions = {}): MeasureValuesImport {
  const problems: ImportProblem[] = [];
  const rows = table.cells;
  const points: { period: string; figure: string; status: string; note: string }[] = [];
  let title = options.title?.trim() || undefined;
  const down = headingRowDown(table);
  const across = down >= 0 ? -1 : headingRowAcross(table);

  if (down >= 0) {
    const header = rows[down]!;
    const columns = new Map<Heading, number>();
    header.forEach((heading, column) => {
      const key = headingOf(heading);
      if (key && !columns.has(key)) columns.set(key, column);
      else if (heading !== '') problems.push({ row: down + 1, column: column + 1, message: `the heading "${heading}" is not Period, Value, Status or Note, so this column cannot be read` });
    });
    title ??= rows.slice(0, down).map((row) => row.find((value) => value !== '')).find((value) => value !== undefined);
    const at = (row: string[], key: Heading) => (columns.has(key) ? cellText(row[columns.get(key)!] ?? '') : '');
    for (let index = down + 1; index < rows.length; index += 1) {
      const row = rows[index]!;
      if (isBlankRow(row)) continue;
      const period = at(row, 'period');
      const figure = at(row, 'figure');
      if (period === '') {
        problems.push({ row: index + 1, column: columns.get('period')! + 1, message: 'this row has no period' });
        continue;
      }
      // A period the report leaves blank has no value to show: it is left out, not made zero.
      if (figure === '') continue;
      points.push({ period, figure, status: at(row, 'status'), note: at(row, 'note') });
    }
  } else if (across >= 0) {
    const header = rows[across]!;
    const periodColumns = header.map((heading, column) => ({ heading: cellText(heading), column })).filter(({ heading }) => PERIOD_HEADING.test(heading));
    header.forEach((heading, column) => {
      if (column > 0 && heading !== '' && !PERIOD_HEADING.test(heading)) problems.push({ row: across + 1, column: column + 1, message: `the heading "${heading}" is not a quarter or a month (such as Q1 2023/24 or June 2024), so this column cannot be read` });
    });
    const body = rows.map((row, index) => ({ row, index })).filter(({ row, index }) => index > across && !isBlankRow(row));
    if (body.length > 1) problems.push({ row: body[1]!.index + 1, message: 'only one measure can be read at a time: this is a second row of values' });
    const only = body[0];
    if (only) {
      title ??= cellText(only.row[0] ?? '') || undefined;
      for (const { heading, column } of periodColumns) {
        const figure = cellText(only.row[column] ?? '');
        if (figure !== '') points.push({ period: heading, figure, status: '', note: '' });
      }
    }
  } else {
    problems.push({ message: 'no row has the headings Period and Value, or quarters (such as Q1 2023/24) as column headings' });
  }

  // Numbers only when every value is a plain number: "64.7%", "183,000" and "61" in one series all stay as printed.
  const numeric = points.every((entry) => typeof parseFigure(entry.figure) === 'number');
  const values: Point[] = points.map(({ period, figure, status, note }) => ({
    period,
    figure: numeric ? (parseFigure(figure) as number) : figure,
    ...(status ? { status: slugify(status) } : {}),
    ...(note ? { note } : {}),
  }));
  if (values.length === 0 && problems.length === 0) problems.push({ message: 'no values were found under the headings' });
  if (!title) problems.push({ message: 'the measure needs a title: give one with --title "…" or put it in a row above the headings' });
  const id = options.id ?? slugify(title ?? '');
  if (title && id === '') problems.push({ message: `the title "${title}" has no letters or digits to make an id from: give one with --id` });
  if (problems.length > 0 || !title) return { measure: undefined, problems };
  return { measure: { id, title, values }, problems };
}
