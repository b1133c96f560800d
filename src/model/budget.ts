/**
 * Budget arithmetic: totals computed from the lines, and whether the totals a document states agree
 * with them. Plans are typed up by hand, so a stated total is a claim to check, not a fact.
 */
import { figureNumber, type FigureValue } from '../format/figure.js';
import { formatMoney } from '../format/money.js';
import type { PlanIssue } from '../loader/plan-error.js';
import type { Budget } from '../schema/plan.js';

/** The sum of every line for each period (income lines are negative, so this is the net total). */
export function computeTotals(budget: Budget): Map<string, number> {
  const totals = new Map<string, number>();
  for (const period of budget.periods) {
    // Sum in pence to avoid floating-point drift on amounts with pennies.
    const pence = budget.lines.reduce((sum, line) => sum + Math.round((figureNumber(line.values[period.id]) ?? 0) * 100), 0);
    totals.set(period.id, pence / 100);
  }
  return totals;
}

export interface TotalMismatch {
  period: string;
  /** The total as the plan gives it. */
  stated: FigureValue;
  /** Its value as a number. */
  statedValue: number;
  computed: number;
}

/** Periods whose stated total differs from the sum of the lines. */
export function findTotalMismatches(budget: Budget): TotalMismatch[] {
  const computed = computeTotals(budget);
  return Object.entries(budget.statedTotals ?? {}).flatMap(([period, stated]) => {
    const statedValue = figureNumber(stated);
    // A total printed as words cannot be checked; a line printed as words leaves its period unchecked too.
    const unreadable = budget.lines.some((line) => line.values[period] !== undefined && figureNumber(line.values[period]) === undefined);
    if (statedValue === undefined || unreadable || !computed.has(period)) return [];
    return Math.round(statedValue * 100) !== Math.round(computed.get(period)! * 100) ? [{ period, stated, statedValue, computed: computed.get(period)! }] : [];
  });
}

/**
 * A total that does not add up, in words for the feed's author (in English, like the loader's other
 * warnings): "the stated total £136,308,869 differs from the sum of the lines £140,308,869 by
 * −£4,000,000". The same words whoever finds it: `pcp validate`, `pcp import` and the elements.
 */
export function totalMismatchMessage(mismatch: TotalMismatch): string {
  const money = (amount: number) => formatMoney(amount, 'full', { locale: 'en-GB' });
  return `the stated total ${money(mismatch.statedValue)} differs from the sum of the lines ${money(mismatch.computed)} by ${money(
    Math.round((mismatch.statedValue - mismatch.computed) * 100) / 100,
  )}`;
}

/**
 * THE totals check: a warning for each stated total of the plan's budget number `budgetIndex` that
 * differs from the sum of its lines, at its JSON path (`/budgets/0/statedTotals/2022-23`). The
 * validator reports these, and an element showing the budget fires them as `pcp-warning` events.
 */
export function totalWarnings(budget: Budget, budgetIndex: number): PlanIssue[] {
  return findTotalMismatches(budget).map((mismatch) => ({
    path: `/budgets/${budgetIndex}/statedTotals/${mismatch.period}`,
    message: totalMismatchMessage(mismatch),
  }));
}

/** The periods to show: those named in `years` (by id "2021-22" or label "2021-2022", in the budget's order), or all. */
export function pickPeriods(budget: Budget, years: readonly string[] | undefined): Budget['periods'] {
  if (!years || years.length === 0) return budget.periods;
  const wanted = new Set(years);
  return budget.periods.filter((period) => wanted.has(period.id) || (period.label !== undefined && wanted.has(period.label)));
}

/** Change from one amount to the next, absolute and as a percentage of the first (undefined from zero). */
export function change(from: number, to: number): { amount: number; percent: number | undefined } {
  const amount = Math.round((to - from) * 100) / 100;
  return { amount, percent: from === 0 ? undefined : (amount / Math.abs(from)) * 100 };
}
