/**
 * Money: budgets over several years, funding shares, scenario tables, grants and headline figures.
 * Amounts are in pounds as plain numbers; the elements format them for the reader.
 */
import * as v from 'valibot';
import { DateString, FiniteNumber, FinancialYear, Id, Illustrative, Money, Paragraphs, Percent, Text, Url } from './primitives.js';

export const BudgetPeriod = v.object({
  id: FinancialYear,
  /** The heading as the plan prints it, such as "2021-2022". Defaults to the id. */
  label: v.optional(Text),
});

export const BUDGET_LINE_KINDS = ['expenditure', 'income'] as const;

export const BudgetLine = v.object({
  id: Id,
  label: Text,
  /** Income lines are written as negative amounts, as plans print them. */
  kind: v.picklist(BUDGET_LINE_KINDS),
  /** Amount per period, keyed by the period id: { "2021-22": 97139153 }. */
  values: v.record(FinancialYear, Money),
  illustrative: Illustrative,
});

export const Budget = v.object({
  id: Id,
  title: Text,
  description: v.optional(Paragraphs),
  periods: v.pipe(v.array(BudgetPeriod), v.minLength(1, 'must list at least one period')),
  lines: v.pipe(v.array(BudgetLine), v.minLength(1, 'must list at least one line')),
  /** Totals as the document states them, keyed by period id. Elements check them against the lines. */
  statedTotals: v.optional(v.record(FinancialYear, Money)),
  notes: v.optional(Paragraphs),
});

/** One share of a whole: "27.5 % from the local precept". */
export const FundingShare = v.object({
  label: Text,
  percent: Percent,
  amount: v.optional(Money),
  illustrative: Illustrative,
});

/** A set of shares of one whole (the shares need not add up to 100: a document may state one share only). */
export const FundingShares = v.object({
  id: Id,
  title: Text,
  description: v.optional(Paragraphs),
  /** What the shares are shares of: "Funding", "The police and crime budget". */
  of: v.optional(Text),
  shares: v.pipe(v.array(FundingShare), v.minLength(1, 'must list at least one share')),
  /** What the rest is, when the shares do not add up to 100 and the document says ("the policing part of your council tax"). */
  remainderLabel: v.optional(Text),
  period: v.optional(Text),
});

export const SCENARIO_UNITS = ['percent', 'money', 'number', 'text'] as const;

export const ScenarioColumn = v.object({
  id: Id,
  label: Text,
  unit: v.picklist(SCENARIO_UNITS),
  /** Decimal places to print, as the document does ("1.0%"): 0 to 4. Default: as few as needed. */
  decimals: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be at least 0'), v.maxValue(4, 'must be at most 4'))),
});

/** A what-if table, such as Cleveland's government grant increase against precept increase. */
export const ScenarioTable = v.object({
  id: Id,
  title: Text,
  description: v.optional(Paragraphs),
  columns: v.pipe(v.array(ScenarioColumn), v.minLength(1, 'must list at least one column')),
  /** Each row gives a value per column id: { "grant": 1.0, "precept": 7.6 }. */
  rows: v.array(v.record(Id, v.union([FiniteNumber, v.string()]))),
  notes: v.optional(Paragraphs),
});

export const GrantAward = v.object({
  recipient: Text,
  project: v.optional(Text),
  amount: v.optional(Money),
  date: v.optional(DateString),
});

/** A grant scheme or a grant received. */
export const Grant = v.object({
  id: Id,
  name: Text,
  description: v.optional(Paragraphs),
  /** Who gives the money, for grants the body receives ("Home Office"). */
  funder: v.optional(Text),
  /** Who may apply. */
  eligibility: v.optional(Text),
  amount: v.optional(Money),
  period: v.optional(Text),
  status: v.optional(v.picklist(['open', 'closed', 'awarded'] as const)),
  url: v.optional(Url),
  awards: v.optional(v.array(GrantAward)),
});

export const KEY_FIGURE_UNITS = ['money', 'percent', 'number'] as const;

/** A headline figure the document states: savings made, a cut in funding, officers recruited. */
export const KeyFigure = v.object({
  id: Id,
  label: Text,
  value: FiniteNumber,
  unit: v.picklist(KEY_FIGURE_UNITS),
  period: v.optional(Text),
  note: v.optional(Text),
  illustrative: Illustrative,
});
