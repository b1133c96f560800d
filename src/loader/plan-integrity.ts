/**
 * Rules the schema cannot express because they relate one part of the feed to another. Each one,
 * broken, would make an element break or show the wrong thing, so they are errors with paths. Those
 * an element survives (an action-plan row id used twice, a reference to an objective that is not there) are
 * warnings instead: see plan-warnings.ts.
 */
import type { PlanFeed } from '../schema/plan.js';
import type { PlanIssue } from './plan-error.js';

function duplicateIds(items: ReadonlyArray<{ id?: string | undefined }>, base: string, what: string): PlanIssue[] {
  const seen = new Set<string>();
  const issues: PlanIssue[] = [];
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (seen.has(item.id)) issues.push({ path: `${base}/${index}/id`, message: `${what} id "${item.id}" is used twice; ids must be unique` });
    seen.add(item.id);
  });
  return issues;
}

export function checkPlanIntegrity(plan: PlanFeed): PlanIssue[] {
  // Objectives are selected, deep-linked (#id) and drawn on the wheel by id: two with one id open,
  // highlight and link together, so a duplicate misleads and stays an error.
  const issues: PlanIssue[] = [...duplicateIds(plan.objectives, '/objectives', 'objective')];

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
