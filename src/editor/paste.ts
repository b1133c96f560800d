/**
 * Spreadsheet ranges pasted into the editor (cells copied from Excel, LibreOffice or Google Sheets arrive
 * as tab-separated text), recognised as the part of the feed they are, and read with the rules of
 * `pcp import` (src/import/): a budget has financial years as column headings; an action plan has the
 * headings Priority and Aims (with Baseline Data, Agency, Actions, Review Date).
 */
import { importActionPlan, type ActionPlan } from '../import/action-plan.js';
import { importBudget } from '../import/budget.js';
import { readTable, type ImportProblem, type Table } from '../import/table.js';
import { parseFinancialYear } from '../import/values.js';
import { localizePlan } from '../i18n/localize-plan.js';
import { findTotalMismatches, totalMismatchMessage } from '../model/budget.js';
import type { Budget, PlanFeed } from '../schema/plan.js';

export type PastedPart = { part: 'budget'; budget: Budget } | { part: 'actionPlan'; actionPlan: ActionPlan };

export interface PasteResult {
  /** What the range was read as, when it could be read. */
  result: PastedPart | undefined;
  /** What kind of table it looked like, even when it could not be read. */
  kind: 'budget' | 'actionPlan' | undefined;
  /** Why it could not be read, each naming its spreadsheet row and column where there is one. */
  problems: string[];
  /** Read, but worth a look: stated totals that differ from the sum of the lines (kept as stated). */
  warnings: string[];
}

const ACTION_PLAN_HEADING = /^(?:priority|priorities|theme|aims?)$/;

/** What kind of table the cells are: an action plan, a budget, or neither. */
export function recognise(table: Table): PasteResult['kind'] {
  const isActionPlan = table.cells.some((row) => row.filter((cell) => ACTION_PLAN_HEADING.test(cell.toLowerCase().replace(/\s+/g, ' ').trim())).length >= 2);
  if (isActionPlan) return 'actionPlan';
  if (table.cells.some((row) => row.some((cell) => parseFinancialYear(cell) !== undefined))) return 'budget';
  return undefined;
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
 * `title` is the title for a range pasted without one.
 */
export function readPaste(text: string, options: { plan?: PlanFeed | undefined; title?: string | undefined } = {}): PasteResult {
  if (text.trim() === '') return { result: undefined, kind: undefined, problems: ['Nothing was pasted.'], warnings: [] };
  // Spreadsheets put copied cells on the clipboard tab-separated, even when the first row is one cell.
  const table = readTable(text, text.includes('\t') ? 'pasted.tsv' : undefined);
  const kind = recognise(table);
  const title = options.title?.trim() || undefined;
  if (kind === 'actionPlan') {
    const read = importActionPlan(table, { title, plan: options.plan && localizePlan(options.plan, 'en').plan });
    const problems = read.problems.map(problemText);
    return { result: read.actionPlan && problems.length === 0 ? { part: 'actionPlan', actionPlan: read.actionPlan } : undefined, kind, problems, warnings: [] };
  }
  if (kind === 'budget') {
    const read = importBudget(table, { title });
    const problems = read.problems.map((problem) => problemText({ ...problem, message: problem.message.replace('give one with --title "…"', 'give one in the title box') }));
    const warnings = read.budget
      ? findTotalMismatches(read.budget).map((mismatch) => {
          const at = read.totalCells.get(mismatch.period);
          return problemText({ ...at, message: `${mismatch.period}: ${totalMismatchMessage(mismatch)} (kept as stated)` });
        })
      : [];
    return { result: read.budget && problems.length === 0 ? { part: 'budget', budget: read.budget } : undefined, kind, problems, warnings };
  }
  return {
    result: undefined,
    kind,
    problems: [
      'This does not look like a budget (a row of financial years, such as 2021-22, as column headings) or an action plan (columns headed Priority, Aims, Baseline Data, Agency, Actions, Review Date).',
    ],
    warnings: [],
  };
}

/**
 * The feed with a pasted part added: a budget joins the budgets (replacing one with the same id), an
 * action plan takes the place of the plan's action plan. Returns the new feed and the path of the part.
 */
export function addPasted(feed: Record<string, unknown>, pasted: PastedPart): { feed: Record<string, unknown>; path: (string | number)[] } {
  if (pasted.part === 'actionPlan') return { feed: { ...feed, actionPlan: pasted.actionPlan }, path: ['actionPlan'] };
  const budgets = Array.isArray(feed.budgets) ? [...(feed.budgets as { id?: unknown }[])] : [];
  const same = budgets.findIndex((budget) => budget?.id === pasted.budget.id);
  const index = same >= 0 ? same : budgets.length;
  budgets[index] = pasted.budget;
  return { feed: { ...feed, budgets }, path: ['budgets', index] };
}
