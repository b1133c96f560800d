// The totals check: one rule, one wording, one path, whoever reports it (pcp validate, pcp import,
// the budget element's pcp-warning).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findPlanWarnings } from '../loader/plan-warnings.js';
import { localizePlan } from '../i18n/localize-plan.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { computeTotals, findTotalMismatches, totalMismatchMessage, totalWarnings } from './budget.js';

const budget = (statedTotals: Record<string, number | string>, values = [1000.1, -200.05]) =>
  ({
    id: 'revenue',
    title: 'Revenue',
    periods: [{ id: '2025-26' }, { id: '2026-27' }],
    lines: [
      { id: 'pay', label: 'Pay', kind: 'expenditure', values: { '2025-26': values[0], '2026-27': 1100 } },
      { id: 'fees', label: 'Fees', kind: 'income', values: { '2025-26': values[1], '2026-27': -250 } },
    ],
    statedTotals,
  }) as const;

describe('findTotalMismatches', () => {
  test('sums in pence, so pennies do not drift', () => {
    const plan = localizePlan(makeFeed({ budgets: [budget({ '2025-26': 800.05, '2026-27': 850 })] }), 'en').plan;
    assert.equal(computeTotals(plan.budgets![0]!).get('2025-26'), 800.05);
    assert.deepEqual(findTotalMismatches(plan.budgets![0]!), []);
  });
  test('a total printed as words cannot be checked', () => {
    const plan = localizePlan(makeFeed({ budgets: [budget({ '2025-26': 'about eight hundred pounds', '2026-27': 900 })] }), 'en').plan;
    assert.deepEqual(findTotalMismatches(plan.budgets![0]!).map((mismatch) => mismatch.period), ['2026-27']);
  });
});

describe('totalWarnings', () => {
  test('the path of the stated total, and what differs by how much', () => {
    const plan = localizePlan(makeFeed({ budgets: [budget({ '2025-26': 800.05, '2026-27': 900 })] }), 'en').plan;
    assert.deepEqual(totalWarnings(plan.budgets![0]!, 3), [
      { path: '/budgets/3/statedTotals/2026-27', message: 'the stated total £900 differs from the sum of the lines £850 by £50' },
    ]);
  });
  test('a shortfall reads as negative, and pence differences round to pence', () => {
    const plan = localizePlan(makeFeed({ budgets: [budget({ '2025-26': 800 })] }), 'en').plan;
    const [mismatch] = findTotalMismatches(plan.budgets![0]!);
    assert.equal(totalMismatchMessage(mismatch!), 'the stated total £800 differs from the sum of the lines £800.05 by −£0.05');
  });
  test('pcp validate reports exactly these for a sample feed', () => {
    const feed = sampleFeed('cumbria-2021-2025');
    const plan = localizePlan(feed, 'en').plan;
    const expected = (plan.budgets ?? []).flatMap((entry, index) => totalWarnings(entry, index));
    assert.ok(expected.length > 0, 'the Cumbria plan prints a total that does not add up');
    assert.deepEqual(
      findPlanWarnings(feed).filter((warning) => warning.path.includes('/statedTotals/')),
      expected,
    );
    assert.deepEqual(expected[0], {
      path: '/budgets/0/statedTotals/2022-23',
      message: 'the stated total £136,308,869 differs from the sum of the lines £140,308,869 by −£4,000,000',
    });
  });
});
