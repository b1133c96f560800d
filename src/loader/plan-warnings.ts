/**
 * Things worth telling a feed's author that do not stop the plan from rendering: the elements show
 * the feed as it is, and the CLI and `pcp-warning` events report these.
 */
import { formatMoney } from '../format/money.js';
import { findTotalMismatches } from '../model/budget.js';
import { localizePlan } from '../i18n/localize-plan.js';
import type { PlanFeed } from '../schema/plan.js';
import type { PlanIssue } from './plan-error.js';

export function findPlanWarnings(feed: PlanFeed): PlanIssue[] {
  // Warnings are for the feed's author, in English (as the loader's errors are).
  const { plan } = localizePlan(feed, 'en');
  const warnings: PlanIssue[] = [];
  plan.budgets?.forEach((budget, index) => {
    for (const mismatch of findTotalMismatches(budget)) {
      const difference = mismatch.stated - mismatch.computed;
      warnings.push({
        path: `/budgets/${index}/statedTotals/${mismatch.period}`,
        message: `the stated total ${formatMoney(mismatch.stated)} differs from the sum of the lines ${formatMoney(mismatch.computed)} by ${formatMoney(difference)}`,
      });
    }
  });
  return warnings;
}
