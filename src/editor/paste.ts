/**
 * Spreadsheet ranges pasted into the editor (cells copied from Excel, LibreOffice or Google Sheets arrive
 * as tab-separated text), recognised as the part of the feed they are, and read with the rules of
 * `pcp import` (src/import/): a budget has financial years as column headings; an action plan has the
 * headings Priority and Aims (with Baseline Data, Agency, Actions, Review Date); a measure's values have the
 * headings Period and Value, or quarters as column headings; anything else is read as a printed table.
 */
import { importActionPlan, type ActionPlan } from '../import/action-plan.js';
import { importBudget } from '../import/budget.js';
import { importMeasureValues, looksLikeMeasureValues, type MeasureValuesImport } from '../import/measure-values.js';
import { importPrintedTable } from '../import/printed-table.js';
import { readTable, type ImportProblem, type Table } from '../import/table.js';
import { parseFinancialYear } from '../import/values.js';
import { localizePlan } from '../i18n/localize-plan.js';
import { findTotalMismatches, totalMismatchMessage } from '../model/budget.js';
import type { Budget, PlanFeed, Table as FeedTable } from '../schema/plan.js';

export type PastedMeasure = NonNullable<MeasureValuesImport['measure']>;
export type PastedPart = { part: 'budget'; budget: Budget } | { part: 'actionPlan'; actionPlan: ActionPlan } | { part: 'measure'; measure: PastedMeasure } | { part: 'table'; table: FeedTable };
export type PasteKind = PastedPart['part'];

/** What each kind of pasted range is called in the editor's messages. */
export const KIND_NAMES: Record<PasteKind, string> = { budget: 'a budget', actionPlan: 'an action plan', measure: 'a measure’s values', table: 'a table' };

export interface PasteResult {
  /** What the range was read as, when it could be read. */
  result: PastedPart | undefined;
  /** What kind of table it looked like, even when it could not be read. */
  kind: PasteKind | undefined;
  /** Why it could not be read, each naming its spreadsheet row and column where there is one. */
  problems: string[];
  /** Read, but worth a look: stated totals that differ from the sum of the lines (kept as stated). */
  warnings: string[];
}

const ACTION_PLAN_HEADING = /^(?:priority|priorities|theme|aims?)$/;

/** What kind of range the cells are: an action plan, a measure's values, a budget, or (any other) a table. */
export function recognise(table: Table): PasteKind {
  const isActionPlan = table.cells.some((row) => row.filter((cell) => ACTION_PLAN_HEADING.test(cell.toLowerCase().replace(/\s+/g, ' ').trim())).length >= 2);
  if (isActionPlan) return 'actionPlan';
  // Before budgets: a measure's yearly values ("Year | Value", a row per 2021/22) hold financial years too.
  if (looksLikeMeasureValues(table)) return 'measure';
  if (table.cells.some((row) => row.some((cell) => parseFinancialYear(cell) !== undefined))) return 'budget';
  return 'table';
}

/** "Row 3, column 2: …" as `pcp import` says it. */
export function problemText(problem: ImportProblem): string {
  const where = [problem.row !== undefined ? `row ${problem.row}` : '', problem.column !== undefined ? `column ${problem.column}` : ''].filter(Boolean).join(', ');
  const text = where ? `${where}: ${problem.message}` : problem.message;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * Reads pasted cells. `plan`, the feed being edited when it is valid, links an action plan's agencies
 * and priorities to its partners and objectives by their English names, as `pcp import --plan` does.
 * `title` is the title (a table's caption) for a range pasted without one; `as` reads the range as that kind
 * instead of the kind it looks like (a budget kept as a plain table, say).
 */
export function readPaste(text: string, options: { plan?: PlanFeed | undefined; title?: string | undefined; as?: PasteKind | undefined } = {}): PasteResult {
  if (text.trim() === '') return { result: undefined, kind: undefined, problems: ['Nothing was pasted.'], warnings: [] };
  // Spreadsheets put copied cells on the clipboard tab-separated, even when the first row is one cell.
  const table = readTable(text, text.includes('\t') ? 'pasted.tsv' : undefined);
  const kind = options.as ?? recognise(table);
  const title = options.title?.trim() || undefined;
  const withTitleBox = (problem: ImportProblem) => problemText({ ...problem, message: problem.message.replace(/give one with --title "…"/, 'give one in the title box').replace(/give one with --id/, 'give it another title') });
  if (kind === 'actionPlan') {
    const read = importActionPlan(table, { title, plan: options.plan && localizePlan(options.plan, 'en').plan });
    const problems = read.problems.map(problemText);
    return { result: read.actionPlan && problems.length === 0 ? { part: 'actionPlan', actionPlan: read.actionPlan } : undefined, kind, problems, warnings: [] };
  }
  if (kind === 'budget') {
    const read = importBudget(table, { title });
    const problems = read.problems.map(withTitleBox);
    const warnings = read.budget
      ? findTotalMismatches(read.budget).map((mismatch) => {
          const at = read.totalCells.get(mismatch.period);
          return problemText({ ...at, message: `${mismatch.period}: ${totalMismatchMessage(mismatch)} (kept as stated)` });
        })
      : [];
    return { result: read.budget && problems.length === 0 ? { part: 'budget', budget: read.budget } : undefined, kind, problems, warnings };
  }
  if (kind === 'measure') {
    const read = importMeasureValues(table, { title });
    const problems = read.problems.map(withTitleBox);
    return { result: read.measure && problems.length === 0 ? { part: 'measure', measure: read.measure } : undefined, kind, problems, warnings: [] };
  }
  const read = importPrintedTable(table, { title });
  const problems = read.problems.map(withTitleBox);
  return { result: read.table && problems.length === 0 ? { part: 'table', table: read.table } : undefined, kind, problems, warnings: [] };
}

/** A title's English, or its only text: how a pasted measure finds the plan's measure of the same name. */
function titleText(title: unknown): string | undefined {
  if (typeof title === 'string') return title.trim().toLowerCase();
  if (title && typeof title === 'object') {
    const texts = title as Record<string, unknown>;
    const text = texts.en ?? Object.values(texts)[0];
    return typeof text === 'string' ? text.trim().toLowerCase() : undefined;
  }
  return undefined;
}

/** The list at `key` with `item` at `index` (the end when -1), and that index. */
function placeIn(feed: Record<string, unknown>, key: string, index: number, item: unknown): { feed: Record<string, unknown>; path: (string | number)[] } {
  const list = Array.isArray(feed[key]) ? [...(feed[key] as unknown[])] : [];
  const at = index >= 0 ? index : list.length;
  list[at] = item;
  return { feed: { ...feed, [key]: list }, path: [key, at] };
}

/**
 * The feed with a pasted part added: a budget or a table joins the budgets or tables (replacing one with the
 * same id); an action plan takes the place of the plan's action plan; a measure's values go to the plan's
 * measure with the same id or title (its other fields kept), or make a new measure. Returns the new feed, the
 * path of the part, and whether it replaced (or, for a measure, updated) one already there.
 */
export function addPasted(feed: Record<string, unknown>, pasted: PastedPart): { feed: Record<string, unknown>; path: (string | number)[]; replaced: boolean } {
  if (pasted.part === 'actionPlan') return { feed: { ...feed, actionPlan: pasted.actionPlan }, path: ['actionPlan'], replaced: feed.actionPlan !== undefined };
  const listOf = (key: string) => (Array.isArray(feed[key]) ? (feed[key] as ({ id?: unknown; title?: unknown } | null)[]) : []);
  if (pasted.part === 'measure') {
    const measures = listOf('measures');
    const wanted = titleText(pasted.measure.title);
    const same = measures.findIndex((measure) => measure?.id === pasted.measure.id || (wanted !== undefined && titleText(measure?.title) === wanted));
    const item = same >= 0 ? { ...measures[same], values: pasted.measure.values } : pasted.measure;
    return { ...placeIn(feed, 'measures', same, item), replaced: same >= 0 };
  }
  const [key, part] = pasted.part === 'budget' ? ['budgets', pasted.budget] : ['tables', pasted.table];
  const same = listOf(key).findIndex((entry) => entry?.id === part.id);
  return { ...placeIn(feed, key, same, part), replaced: same >= 0 };
}
