/**
 * A Community Safety Partnership action plan laid out as plans print it: one spreadsheet row per
 * agency, under the headings Priority, Aims, Baseline Data, Agency, Actions, Review Date.
 *
 * - A blank Priority cell is a merged cell: the priority above carries down.
 * - A filled Aims cell (or a new priority) starts a new action-plan row; a blank one continues the row
 *   above. Several aims go in one cell, one per line; a line ending in ":" or starting with a bullet
 *   (•, -, *), and every line after it, are details under the aims.
 * - Each Baseline line is added to the row; each Agency starts an agency with its Actions (one per
 *   line) and Review Date. Actions or a review date with a blank Agency belong to the agency above.
 * - An optional Id column gives the row's id; without it the id is made from the priority and first aim.
 * - A row that repeats the headings (as plans print them over each priority) is skipped.
 */
import { normaliseName } from '../model/agencies.js';
import { isId } from '../model/ids.js';
import type { ActionPlanRow, Plan } from '../schema/plan.js';
import { cellLines, cellText, isBlankRow, slugify, uniqueIds, type ImportProblem, type Table } from './table.js';
import { parseDate } from './values.js';

export type ActionPlan = NonNullable<Plan['actionPlan']>;
type Agency = ActionPlanRow['agencies'][number];

export interface ActionPlanOptions {
  title?: string | undefined;
  /** The plan the action plan belongs to: its partners and objectives are linked by name. */
  plan?: Pick<Plan, 'partners' | 'objectives'> | undefined;
}

export interface ActionPlanImport {
  actionPlan: ActionPlan | undefined;
  problems: ImportProblem[];
}

const HEADINGS = {
  priority: /^(?:priority|priorities|theme)$/,
  aims: /^aims?$/,
  baseline: /^baseline(?: data)?$/,
  agency: /^(?:agency|agencies|lead agency|partner)$/,
  actions: /^actions?$/,
  reviewDate: /^review(?: date)?$/,
  id: /^id$/,
} as const;
type Heading = keyof typeof HEADINGS;

const BULLET = /^[•\u2022\u25CF\u25AA*-]\s*/;

function headingOf(text: string): Heading | undefined {
  const normal = text.toLowerCase().replace(/\s+/g, ' ').trim();
  return (Object.keys(HEADINGS) as Heading[]).find((key) => HEADINGS[key].test(normal));
}

/** Splits an Aims cell into the aims and the details under them. */
function splitAims(value: string): { aims: string[]; details: string[] } {
  const lines = cellLines(value);
  const start = lines.findIndex((line) => line.endsWith(':') || BULLET.test(line));
  if (start < 0) return { aims: lines, details: [] };
  return { aims: lines.slice(0, start), details: lines.slice(start).map((line) => line.replace(BULLET, '')) };
}

/** Links an agency to the plan's partners by name or alias; a joint entry "A / B" links each part. */
function linkPartners(name: string, plan: ActionPlanOptions['plan']): Pick<Agency, 'partnerId' | 'partnerIds'> {
  const partners = plan?.partners ?? [];
  const find = (text: string) =>
    partners.find((partner) => [partner.name, ...(partner.aliases ?? [])].some((alias) => normaliseName(alias) === normaliseName(text)));
  const whole = find(name);
  if (whole) return { partnerId: whole.id };
  const parts = name.split('/').map((part) => part.trim());
  if (parts.length < 2) return {};
  const found = parts.map(find);
  return found.every((partner) => partner !== undefined) ? { partnerIds: found.map((partner) => partner!.id) } : {};
}

/** The objective a priority is: same id, title or short title, else the one whose title the priority ends with ("Reduce Re-Offending"). */
function linkObjective(priority: string, plan: ActionPlanOptions['plan']): string | undefined {
  const objectives = plan?.objectives ?? [];
  const wanted = normaliseName(priority);
  const names = (objective: (typeof objectives)[number]) =>
    [objective.id.replace(/-/g, ' '), objective.title, objective.shortTitle ?? ''].map(normaliseName).filter(Boolean);
  const exact = objectives.find((objective) => names(objective).includes(wanted));
  if (exact) return exact.id;
  const within = objectives.filter((objective) => names(objective).some((name) => ` ${wanted} `.includes(` ${name} `)));
  return within.length === 1 ? within[0]!.id : undefined;
}

export function importActionPlan(table: Table, options: ActionPlanOptions = {}): ActionPlanImport {
  const problems: ImportProblem[] = [];
  const rows = table.cells;
  const headerIndex = rows.findIndex((row) => {
    const headings = row.map(headingOf);
    return headings.includes('priority') && headings.includes('aims');
  });
  if (headerIndex < 0) {
    problems.push({ message: 'no row has the headings Priority and Aims (with Baseline Data, Agency, Actions, Review Date)' });
    return { actionPlan: undefined, problems };
  }
  const header = rows[headerIndex]!;
  const columns = new Map<Heading, number>();
  header.forEach((text, column) => {
    const heading = headingOf(text);
    if (heading && !columns.has(heading)) columns.set(heading, column);
    else if (text !== '') {
      problems.push({ row: headerIndex + 1, column: column + 1, message: `the heading "${text}" is not one of Priority, Aims, Baseline Data, Agency, Actions, Review Date, Id` });
    }
  });
  if (!columns.has('agency')) problems.push({ row: headerIndex + 1, message: 'no column is headed Agency' });
  const headerKey = header.map((text) => text.toLowerCase()).join('\t');

  const title = options.title ?? rows.slice(0, headerIndex).map((row) => row.find((value) => value !== '')).find((value) => value !== undefined);
  const result: ActionPlanRow[] = [];
  const givenIds = new Map<ActionPlanRow, string>();
  let priority: string | undefined;
  let current: ActionPlanRow | undefined;

  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index]!;
    const rowNumber = index + 1;
    if (isBlankRow(row) || row.map((text) => text.toLowerCase()).join('\t') === headerKey) continue;
    const at = (heading: Heading) => {
      const column = columns.get(heading);
      return column === undefined ? '' : (row[column] ?? '');
    };
    const where = (heading: Heading) => ({ row: rowNumber, column: (columns.get(heading) ?? 0) + 1 });
    row.forEach((value, column) => {
      if (value !== '' && (header[column] ?? '') === '') problems.push({ row: rowNumber, column: column + 1, message: `"${cellText(value)}" is in a column with no heading` });
    });

    const priorityText = cellText(at('priority'));
    const aimsText = at('aims');
    const newPriority = priorityText !== '' && priorityText !== priority;
    if (priorityText !== '') priority = priorityText;
    if (newPriority || aimsText !== '') {
      if (priority === undefined) {
        problems.push({ ...where('priority'), message: 'this aim has no priority: fill in the Priority cell on the first row' });
        continue;
      }
      const { aims, details } = splitAims(aimsText);
      current = {
        priority,
        aims,
        ...(details.length ? { aimDetails: details } : {}),
        agencies: [],
      };
      result.push(current);
    }
    if (!current) {
      problems.push({ ...where('priority'), message: 'this row comes before any priority: fill in the Priority cell' });
      continue;
    }
    const id = cellText(at('id'));
    if (id !== '') {
      const before = givenIds.get(current);
      if (before !== undefined && before !== id) problems.push({ ...where('id'), message: `the id "${id}" is on a row that continues the aim with id "${before}"` });
      else if (!isId(id)) problems.push({ ...where('id'), message: `the id "${id}" must be lower-case letters, digits and hyphens, such as "${slugify(id) || 'reduce-crime'}"` });
      else givenIds.set(current, id);
    }
    const baseline = cellLines(at('baseline'));
    if (baseline.length) current.baseline = [...(current.baseline ?? []), ...baseline];

    const agencyNames = cellLines(at('agency'));
    const actions = cellLines(at('actions'));
    const date = parseDate(at('reviewDate'));
    if (date instanceof Error) problems.push({ ...where('reviewDate'), message: date.message });
    const reviewDate = date instanceof Error ? undefined : date;
    if (agencyNames.length > 1 && (actions.length || reviewDate)) {
      problems.push({ ...where('agency'), message: 'this cell names several agencies beside actions or a review date: put each agency on its own row' });
      continue;
    }
    if (agencyNames.length) {
      for (const name of agencyNames) {
        current.agencies.push({
          agency: name,
          ...linkPartners(name, options.plan),
          ...(actions.length ? { actions } : {}),
          ...(reviewDate ? { reviewDate } : {}),
        });
      }
      continue;
    }
    if (actions.length || reviewDate) {
      const agency = current.agencies.at(-1);
      if (!agency) {
        problems.push({ ...where('agency'), message: 'these actions have no agency: fill in the Agency cell' });
        continue;
      }
      if (actions.length) agency.actions = [...(agency.actions ?? []), ...actions];
      if (reviewDate) {
        if (agency.reviewDate && agency.reviewDate !== reviewDate) problems.push({ ...where('reviewDate'), message: `${agency.agency} already has the review date ${agency.reviewDate}` });
        else agency.reviewDate = reviewDate;
      }
    }
  }

  if (result.length === 0 && problems.length === 0) problems.push({ message: 'no aims were found under the headings' });
  if (problems.length > 0) return { actionPlan: undefined, problems };

  const rowId = uniqueIds();
  const actionPlan: ActionPlan = {
    ...(title ? { title } : {}),
    rows: result.map((row) => {
      const objectiveId = linkObjective(row.priority, options.plan);
      const made = `${objectiveId ?? slugify(row.priority)}${row.aims[0] ? `-${slugify(row.aims[0]).split('-').slice(0, 6).join('-')}` : ''}`;
      const { priority, aims, aimDetails, baseline, agencies } = row;
      // Keys in the order the feed writes them.
      return {
        id: rowId(givenIds.get(row) ?? made),
        priority,
        ...(objectiveId ? { objectiveId } : {}),
        aims,
        ...(aimDetails ? { aimDetails } : {}),
        ...(baseline ? { baseline } : {}),
        agencies,
      };
    }),
  };
  return { actionPlan, problems };
}
