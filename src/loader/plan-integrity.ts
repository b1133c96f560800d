/**
 * Rules the schema cannot express because they relate one part of the feed to another. Each one,
 * broken, would make an element break or show the wrong thing, so they are errors with paths. Those
 * an element survives (an action-plan row id used twice, a reference to an objective that is not there) are
 * warnings instead: see plan-warnings.ts.
 */
import { repeatedIds } from '../model/ids.js';
import { allowedStatuses, type StatusPlace } from '../model/statuses.js';
import type { PlanFeed } from '../schema/plan.js';
import type { PlanIssue } from './plan-error.js';

function duplicateIds(items: ReadonlyArray<{ id?: string | undefined }>, base: string, what: string): PlanIssue[] {
  return repeatedIds(items).map(({ index, id }) => ({ path: `${base}/${index}/id`, message: duplicateMessage(what, id) }));
}

const duplicateMessage = (what: string, id: string) => `${what} id "${id}" is used twice; ids must be unique`;

type ObjectiveFeed = PlanFeed['objectives'][number];

/** Every objective at every level, with its JSON path. */
function allObjectives(objectives: readonly ObjectiveFeed[], base: string): Array<{ objective: ObjectiveFeed; path: string }> {
  return objectives.flatMap((objective, index) => {
    const path = `${base}/${index}`;
    return [{ objective, path }, ...allObjectives(objective.children ?? [], `${path}/children`)];
  });
}

/**
 * Status ids used anywhere must be built in or on one of the plan's own scales (an element needs a
 * label for each). Actions take the action statuses, measures' `rag` the ratings, anything else either.
 */
function unknownStatuses(plan: PlanFeed): PlanIssue[] {
  const allowed = { action: allowedStatuses(plan, 'action'), rating: allowedStatuses(plan, 'rating'), any: allowedStatuses(plan, 'any') };
  const issues: PlanIssue[] = [];
  const check = (status: string, path: string, place: StatusPlace) => {
    if (!allowed[place].includes(status)) issues.push({ path, message: `expected one of ${allowed[place].map((id) => `"${id}"`).join(', ')} but got "${status}"` });
  };
  // Statuses sit on actions, objectives, measures, series points and figures: walk the whole feed for them.
  const walk = (value: unknown, path: string, depth: number, inActions: boolean): void => {
    if (depth > 200 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((item, index) => walk(item, `${path}/${index}`, depth + 1, inActions));
    for (const [key, item] of Object.entries(value)) {
      if (key === 'statusScales' || (path === '' && key === 'grants')) continue; // grants have their own picklist
      if ((key === 'status' || key === 'rag') && typeof item === 'string' && path !== '') {
        check(item, `${path}/${key}`, key === 'rag' ? 'rating' : inActions ? 'action' : 'any');
      } else walk(item, `${path}/${key}`, depth + 1, key === 'actions' || key === 'commitments' || (inActions && /^\d+$/.test(key)));
    }
  };
  walk(plan, '', 0, false);
  if (plan.statusScale !== undefined && !plan.statusScales?.some((scale) => scale.id === plan.statusScale)) {
    issues.push({ path: '/statusScale', message: `names scale "${plan.statusScale}", which is not in /statusScales` });
  }
  return issues;
}

export function checkPlanIntegrity(plan: PlanFeed): PlanIssue[] {
  // Objectives (at every level) are selected, deep-linked (#id) and drawn on the wheel by id: two with one id
  // open, highlight and link together, so a duplicate misleads and stays an error.
  const everyObjective = allObjectives(plan.objectives, '/objectives');
  const issues: PlanIssue[] = repeatedIds(everyObjective.map(({ objective }) => objective)).map(({ index, id }) => ({
    path: `${everyObjective[index]!.path}/id`,
    message: duplicateMessage('objective', id),
  }));
  issues.push(...unknownStatuses(plan));

  // An agency shows its partner's name and is filtered by it: a wrong or doubled partner id shows the wrong one.
  const partnerIds = new Set(plan.partners?.map((partner) => partner.id));
  issues.push(...duplicateIds(plan.partners ?? [], '/partners', 'partner'));
  plan.actionPlan?.rows.forEach((row, rowIndex) =>
    row.agencies.forEach((agency, agencyIndex) => {
      const base = `/actionPlan/rows/${rowIndex}/agencies/${agencyIndex}`;
      if (agency.partnerId !== undefined && !partnerIds.has(agency.partnerId)) {
        issues.push({ path: `${base}/partnerId`, message: `refers to partner "${agency.partnerId}", which is not in /partners` });
      }
      agency.partnerIds?.forEach((id, index) => {
        if (!partnerIds.has(id)) issues.push({ path: `${base}/partnerIds/${index}`, message: `refers to partner "${id}", which is not in /partners` });
      });
    }),
  );

  // An amount for a year the budget does not list is left out of its table and totals: an error.
  plan.budgets?.forEach((budget, budgetIndex) => {
    const periods = new Set(budget.periods.map((period) => period.id));
    const base = `/budgets/${budgetIndex}`;
    budget.lines.forEach((line, lineIndex) => {
      for (const period of Object.keys(line.values)) {
        if (!periods.has(period)) {
          issues.push({ path: `${base}/lines/${lineIndex}/values/${period}`, message: `period "${period}" is not in ${base}/periods` });
        }
      }
    });
    for (const period of Object.keys(budget.statedTotals ?? {})) {
      if (!periods.has(period)) issues.push({ path: `${base}/statedTotals/${period}`, message: `period "${period}" is not in ${base}/periods` });
    }
  });
  // <pcp-plan-document> shows each budget by its id: with two alike, the second table would show the first's figures.
  issues.push(...duplicateIds(plan.budgets ?? [], '/budgets', 'budget'));
  return issues;
}
