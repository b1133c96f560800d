/**
 * A budget laid out as plans print it: years as columns, lines as rows, a "Total" row for the
 * stated totals. Rows above the headings may hold the budget's title.
 *
 *   ,2021-2022,2022-2023
 *   Police Officer Pay,"97,139,153","97,777,271"
 *   Income,"- 5,260,984","- 5,106,493"
 *   Total,"136,972,658","136,308,869"
 */
import type { Budget } from '../schema/plan.js';
import { cellText, isBlankRow, slugify, uniqueIds, type ImportProblem, type Table } from './table.js';
import { parseFinancialYear, parseMoney } from './values.js';

export interface BudgetOptions {
  id?: string | undefined;
  title?: string | undefined;
  description?: string[] | undefined;
  notes?: string[] | undefined;
}

export interface BudgetImport {
  budget: Budget | undefined;
  problems: ImportProblem[];
  /** Where each stated total came from, so a total that does not add up can be pointed at. */
  totalCells: Map<string, { row: number; column: number }>;
}

const TOTAL_LABEL = /^(?:net |grand )?total(?: budget| funding)?:?$/i;
const KIND_HEADING = /^(?:kind|type)$/i;
const KINDS: Record<string, Budget['lines'][number]['kind']> = { expenditure: 'expenditure', income: 'income' };

interface YearColumn {
  column: number;
  id: string;
  heading: string;
}

export function importBudget(table: Table, options: BudgetOptions = {}): BudgetImport {
  const problems: ImportProblem[] = [];
  const totalCells = new Map<string, { row: number; column: number }>();
  const fail = (): BudgetImport => ({ budget: undefined, problems, totalCells });
  const rows = table.cells;

  const headerIndex = rows.findIndex((row) => row.some((value) => parseFinancialYear(value) !== undefined));
  if (headerIndex < 0) {
    problems.push({ message: 'no row has years as column headings (such as 2021-22, 2021/22 or 2021-2022)' });
    return fail();
  }
  const header = rows[headerIndex]!;
  const years: YearColumn[] = [];
  let kindColumn: number | undefined;
  header.forEach((heading, column) => {
    const id = parseFinancialYear(heading);
    if (id !== undefined) {
      const earlier = years.find((year) => year.id === id);
      if (earlier) problems.push({ row: headerIndex + 1, column: column + 1, message: `the year ${heading} is also the heading of column ${earlier.column + 1}` });
      else years.push({ column, id, heading });
    } else if (KIND_HEADING.test(heading)) kindColumn = column;
  });
  // The line labels are in the first column that is neither a year nor the kind.
  const labelColumn = header.findIndex((_, column) => column !== kindColumn && !years.some((year) => year.column === column));
  if (labelColumn < 0) {
    problems.push({ row: headerIndex + 1, message: 'no column is left for the line labels: put them in the first column' });
    return fail();
  }
  header.forEach((heading, column) => {
    if (heading !== '' && column !== labelColumn && column !== kindColumn && !years.some((year) => year.column === column)) {
      problems.push({ row: headerIndex + 1, column: column + 1, message: `the heading "${heading}" is not a year (such as 2021-22) or "Kind", so this column cannot be read` });
    }
  });

  const title = options.title ?? rows.slice(0, headerIndex).map((row) => row.find((value) => value !== '')).find((value) => value !== undefined);
  const lines: Budget['lines'] = [];
  const lineId = uniqueIds();
  let statedTotals: Record<string, number> | undefined;
  let sectionKind: string | undefined;

  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (isBlankRow(row)) continue;
    const rowNumber = index + 1;
    const label = cellText(row[labelColumn] ?? '');
    const values: Record<string, number> = {};
    const cellAt = new Map<string, number>();
    for (const year of years) {
      const amount = parseMoney(row[year.column] ?? '');
      if (amount instanceof Error) problems.push({ row: rowNumber, column: year.column + 1, message: `${amount.message}, under ${year.heading}` });
      else if (amount !== undefined) {
        values[year.id] = amount;
        cellAt.set(year.id, year.column + 1);
      }
    }
    row.forEach((value, column) => {
      if (value !== '' && column !== labelColumn && column !== kindColumn && (header[column] ?? '') === '') {
        problems.push({ row: rowNumber, column: column + 1, message: `"${value}" is in a column with no year heading` });
      }
    });
    const kindText = kindColumn === undefined ? '' : cellText(row[kindColumn] ?? '').toLowerCase();
    if (kindText !== '' && !KINDS[kindText]) {
      problems.push({ row: rowNumber, column: kindColumn! + 1, message: `the kind "${row[kindColumn!]}" must be expenditure or income` });
    }
    // A merged kind cell covers the rows below it; so does a heading row such as "Income".
    if (kindText !== '') sectionKind = kindText;
    if (label === '') {
      if (Object.keys(values).length > 0) problems.push({ row: rowNumber, column: labelColumn + 1, message: 'this row has amounts but no label' });
      continue;
    }
    if (Object.keys(values).length === 0) {
      if (KINDS[label.toLowerCase()]) sectionKind = label.toLowerCase();
      else problems.push({ row: rowNumber, column: labelColumn + 1, message: `"${label}" has no amounts under any year` });
      continue;
    }
    if (TOTAL_LABEL.test(label)) {
      if (statedTotals) problems.push({ row: rowNumber, column: labelColumn + 1, message: `a second total row ("${label}"): only one can be read` });
      statedTotals = values;
      for (const [period, column] of cellAt) totalCells.set(period, { row: rowNumber, column });
      continue;
    }
    const id = slugify(label);
    if (id === '') {
      problems.push({ row: rowNumber, column: labelColumn + 1, message: `the label "${label}" has no letters or digits to make an id from` });
      continue;
    }
    const amounts = Object.values(values);
    // Plans print income as negative amounts; a line that only takes money away is income.
    const inferred = amounts.every((amount) => amount <= 0) && amounts.some((amount) => amount < 0) ? 'income' : 'expenditure';
    lines.push({ id: lineId(id), label, kind: KINDS[sectionKind ?? ''] ?? inferred, values });
  }

  if (lines.length === 0 && problems.length === 0) problems.push({ message: 'no budget lines were found under the year headings' });
  if (!title) problems.push({ message: 'the budget needs a title: give one with --title "…" or put it in a row above the year headings' });
  const id = options.id ?? slugify(title ?? '');
  if (problems.length > 0 || !title) return fail();
  const budget: Budget = {
    id,
    title,
    ...(options.description?.length ? { description: options.description } : {}),
    periods: years.map((year) => (year.heading === year.id ? { id: year.id } : { id: year.id, label: year.heading })),
    lines,
    ...(statedTotals ? { statedTotals } : {}),
    ...(options.notes?.length ? { notes: options.notes } : {}),
  };
  return { budget, problems, totalCells };
}
