/// <reference types="node" />
/**
 * `pcp import <budget|action-plan|measure|table> <file.csv>`: turns a spreadsheet (saved as CSV or TSV) laid out as
 * plans print the table into the feed fragment for it, printed as JSON on stdout. Cells it cannot
 * read are reported as `file.csv: row R, column C: message` (spreadsheet numbering) with exit 1.
 */
import { localizePlan } from '../i18n/localize-plan.js';
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { planFromText } from '../loader/load-plan.js';
import { toPlanError } from '../loader/plan-error.js';
import { toPlanIssues } from '../loader/validate-plan.js';
import { findTotalMismatches, totalMismatchMessage } from '../model/budget.js';
import { importActionPlan } from '../import/action-plan.js';
import { importBudget } from '../import/budget.js';
import { importMeasureValues } from '../import/measure-values.js';
import { importPrintedTable } from '../import/printed-table.js';
import { readTable, type ImportProblem } from '../import/table.js';
import { Measure } from '../schema/content.js';
import { Budget, Table } from '../schema/finance.js';
import { ActionPlan } from '../schema/partnership.js';
import { problemLines, readFeed, type Output } from './validate-command.js';

export const IMPORT_USAGE = `Usage: pcp import budget <file.csv> [--id <id>] [--title <text>] [--description <text>]… [--note <text>]…
       pcp import action-plan <file.csv> [--title <text>] [--plan <feed file or URL>]
       pcp import measure <file.csv> [--id <id>] [--title <text>]
       pcp import table <file.csv> [--id <id>] [--title <caption>]

Prints the feed fragment for a table kept in a spreadsheet (saved as CSV, or TSV for .tsv files):
  budget        years as columns ("2021-22", "2021/22" or "2021-2022"), one line per row, an optional
                "Total" row (the stated totals) and an optional "Kind" column (expenditure or income;
                otherwise a line whose amounts are all negative is income). Prints one entry of "budgets".
  action-plan   columns Priority, Aims, Baseline Data, Agency, Actions, Review Date (and an optional Id),
                one agency per row; blank Priority and Aims cells carry down. Prints "actionPlan".
  measure       a measure's values by period: columns Period (or Quarter, Month, Year) and Value, with
                optional Status and Note, a period per row; or quarters ("Q1 2023/24") as column headings
                over one row of values. Periods and figures are kept as printed. Prints one entry of "measures".
  table         any other table: a row of headings, then its rows, kept as printed. Prints one entry of "tables".

  --id <id>            the budget's, measure's or table's id (default: made from the title)
  --title <text>       the title, or a table's caption (default: the first cell of a row above the headings)
  --description <text> a paragraph before the budget (repeat for more)
  --note <text>        a note under the budget (repeat for more)
  --plan <feed>        link agencies to the feed's partners and priorities to its objectives by name

Exit 0 with the JSON on stdout; 1 with "file.csv: row R, column C: message" lines when a cell cannot be read;
2 for a usage mistake.`;

interface ImportArguments {
  part: Part;
  file: string;
  id?: string;
  title?: string;
  description: string[];
  notes: string[];
  plan?: string;
}

const PARTS = ['budget', 'action-plan', 'measure', 'table'] as const;
type Part = (typeof PARTS)[number];
const OPTIONS: Record<Part, string[]> = {
  budget: ['--id', '--title', '--description', '--note'],
  'action-plan': ['--title', '--plan'],
  measure: ['--id', '--title'],
  table: ['--id', '--title'],
};

function parseArguments(args: string[]): ImportArguments | string {
  const [part, ...rest] = args;
  if (!PARTS.includes(part as Part)) {
    return part === undefined ? 'say what to import: budget, action-plan, measure or table' : `"${part}" cannot be imported: use budget, action-plan, measure or table`;
  }
  const parsed: Partial<ImportArguments> & { description: string[]; notes: string[] } = { part: part as Part, description: [], notes: [] };
  const allowed = OPTIONS[part as Part];
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index]!;
    if (argument.startsWith('--')) {
      const equals = argument.indexOf('=');
      const name = equals === -1 ? argument : argument.slice(0, equals);
      if (!allowed.includes(name)) return `${name} is not an option of pcp import ${part}`;
      const value = equals === -1 ? rest[(index += 1)] : argument.slice(equals + 1);
      if (value === undefined) return `${name} needs a value`;
      if (name === '--id') parsed.id = value;
      else if (name === '--title') parsed.title = value;
      else if (name === '--description') parsed.description.push(value);
      else if (name === '--note') parsed.notes.push(value);
      else parsed.plan = value;
    } else if (parsed.file === undefined) parsed.file = argument;
    else return `only one file can be imported at a time (got "${parsed.file}" and "${argument}")`;
  }
  if (parsed.file === undefined) return `name the spreadsheet file, such as pcp import ${part} ${part}.csv`;
  return parsed as ImportArguments;
}

function problemLine(file: string, problem: ImportProblem): string {
  const where = [problem.row !== undefined ? `row ${problem.row}` : '', problem.column !== undefined ? `column ${problem.column}` : ''].filter(Boolean);
  return `${file}: ${where.length ? `${where.join(', ')}: ` : ''}${problem.message}`;
}

/** Imports; returns the process exit code (0 done, 1 something could not be read, 2 a usage mistake). */
export async function importCommand(args: string[], output: Output): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    output.err(`pcp import: ${parsed}.`);
    output.err(IMPORT_USAGE);
    return 2;
  }
  const { file } = parsed;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    output.err(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message}`);
    return 1;
  }
  const table = readTable(text, file);

  let fragment: unknown;
  let problems: ImportProblem[];
  const warnings: string[] = [];
  if (parsed.part === 'budget') {
    const result = importBudget(table, { id: parsed.id, title: parsed.title, description: parsed.description, notes: parsed.notes });
    ({ problems } = result);
    fragment = result.budget;
    for (const mismatch of result.budget ? findTotalMismatches(result.budget) : []) {
      const at = result.totalCells.get(mismatch.period);
      warnings.push(
        problemLine(file, {
          ...at,
          message: `warning: ${mismatch.period}: ${totalMismatchMessage(mismatch)} (kept as stated)`,
        }),
      );
    }
  } else if (parsed.part === 'measure') {
    const result = importMeasureValues(table, { id: parsed.id, title: parsed.title });
    ({ problems } = result);
    fragment = result.measure;
  } else if (parsed.part === 'table') {
    const result = importPrintedTable(table, { id: parsed.id, title: parsed.title });
    ({ problems } = result);
    fragment = result.table;
  } else {
    let plan;
    if (parsed.plan !== undefined) {
      try {
        plan = planFromText(await readFeed(parsed.plan), parsed.plan);
      } catch (error) {
        for (const line of problemLines(parsed.plan, toPlanError(error, 'network', parsed.plan))) output.err(line);
        return 1;
      }
    }
    // Matched by the English names of partners and objectives.
    const result = importActionPlan(table, { title: parsed.title, plan: plan && localizePlan(plan, 'en').plan });
    ({ problems } = result);
    fragment = result.actionPlan;
  }
  if (problems.length > 0 || fragment === undefined) {
    for (const problem of problems) output.err(problemLine(file, problem));
    return 1;
  }
  // The fragment must be one the elements accept: check it with the feed's own schema.
  const schema = { budget: Budget, 'action-plan': ActionPlan, measure: Measure, table: Table }[parsed.part];
  const checked = v.safeParse(schema, fragment);
  if (!checked.success) {
    for (const issue of toPlanIssues(checked.issues)) output.err(`${file}: the imported ${parsed.part} would not be valid: ${issue.path}: ${issue.message}`);
    return 1;
  }
  for (const warning of warnings) output.err(warning);
  output.out(JSON.stringify(fragment, null, 2));
  return 0;
}
