/**
 * A made-up budget that the view-model tests (budget-table-view.unit.test.ts, through makeFeed) and
 * the element's browser tests (through minimalPlan) both use. Each call returns a fresh object, so a
 * test may change its copy. Test-only: excluded from the library build.
 */
import type { Budget } from '../schema/plan.js';

/** Two years of pay and fees whose stated totals are wrong in the second year (lines add up to £850, not £900). */
export function revenueBudget(): Budget {
  return {
    id: 'revenue',
    title: 'Revenue budget',
    periods: [{ id: '2025-26' }, { id: '2026-27' }],
    lines: [
      { id: 'pay', label: 'Pay', kind: 'expenditure', values: { '2025-26': 1000, '2026-27': 1100 } },
      { id: 'fees', label: 'Fees', kind: 'income', values: { '2025-26': -200, '2026-27': -250 } },
    ],
    statedTotals: { '2025-26': 800, '2026-27': 900 },
  };
}
