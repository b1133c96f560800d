/**
 * Rules the schema cannot express because they relate one part of the feed to another. Each one,
 * broken, would make an element show the wrong thing, so they are errors with paths.
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
  const issues: PlanIssue[] = [...duplicateIds(plan.objectives, '/objectives', 'objective')];
  const objectiveIds = new Set(plan.objectives.map((objective) => objective.id));
  const unknownObjective = (id: string | undefined, path: string) => {
    if (id !== undefined && !objectiveIds.has(id)) {
      issues.push({ path, message: `refers to objective "${id}", which is not in /objectives` });
    }
  };

  plan.measures?.forEach((measure, index) => unknownObjective(measure.objectiveId, `/measures/${index}/objectiveId`));
  plan.actionPlan?.rows.forEach((row, index) => unknownObjective(row.objectiveId, `/actionPlan/rows/${index}/objectiveId`));
  plan.objectives.forEach((objective, index) =>
    objective.supports?.forEach((reference, refIndex) => {
      if (reference.planId === undefined || reference.planId === plan.id) {
        unknownObjective(reference.objectiveId, `/objectives/${index}/supports/${refIndex}/objectiveId`);
      }
    }),
  );

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
  issues.push(...duplicateIds(plan.budgets ?? [], '/budgets', 'budget'));
  return issues;
}
