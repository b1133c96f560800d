/**
 * Money: budgets over several years, funding shares, scenario tables, grants and headline figures.
 * Amounts are in pounds as plain numbers; the elements format them for the reader.
 */
import * as v from 'valibot';
import { Figure, FigureObject, PeriodRef } from './figure.js';
import { DateString, FinancialYear, FiniteNumber, Id, Illustrative, ListItemSchema, Paragraphs, registerObjectForm, SourceRef, Text, Url } from './primitives.js';
import { GRANT_STATUSES } from './statuses.js';

export const BudgetPeriod = v.object({
  id: FinancialYear,
  /** The heading as the plan prints it, such as "2021-2022". Defaults to the id. */
  label: v.optional(Text),
});

export const BUDGET_LINE_KINDS = ['expenditure', 'income'] as const;

export const BudgetLine = v.object({
  id: Id,
  label: Text,
  /** Whether the line is spending or income. Amounts keep the sign the plan printed them with. */
  kind: v.optional(v.picklist(BUDGET_LINE_KINDS)),
  /** The heading of the group of lines it belongs to, as printed: "Funding", "Spending by area". */
  group: v.optional(Text),
  /** Amount per period, keyed by the period id, as printed: { "2021-22": 97139153 } or { "2024-25": "£1.2m" }. */
  values: v.record(FinancialYear, Figure),
  note: v.optional(Text),
  illustrative: Illustrative,
});

export const Budget = v.object({
  id: Id,
  title: Text,
  description: v.optional(Paragraphs),
  periods: v.pipe(v.array(BudgetPeriod), v.minLength(1, 'must list at least one period')),
  lines: v.pipe(v.array(BudgetLine), v.minLength(1, 'must list at least one line')),
  /** What the amounts are in, as printed: "£", "£000", "£m". Bare numbers are pounds when omitted. */
  unit: v.optional(Text),
  /** Totals as the document prints them, keyed by period id. Only these are shown; a sum that differs is a warning. */
  statedTotals: v.optional(v.record(FinancialYear, Figure)),
  /** The total row's label as printed: "Net budget requirement". */
  totalLabel: v.optional(Text),
  notes: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});

/** One share of a whole: "27.5 % from the local precept". */
export const FundingShare = v.object({
  label: Text,
  /** The share as a percentage: a number (27.5) or as printed ("27.5%", "just over half" with a value). */
  percent: Figure,
  amount: v.optional(Figure),
  illustrative: Illustrative,
});

/** A set of shares of one whole (the shares need not add up to 100: a document may state one share only). */
export const FundingShares = v.object({
  id: Id,
  title: Text,
  description: v.optional(Paragraphs),
  /** What the shares are shares of: "Funding", "The police and crime budget". */
  of: v.optional(Text),
  /** The whole, as printed: "£173 million". */
  total: v.optional(Figure),
  shares: v.pipe(v.array(FundingShare), v.minLength(1, 'must list at least one share')),
  /** What the rest is, when the shares do not add up to 100 and the document says ("the policing part of your council tax"). */
  remainderLabel: v.optional(Text),
  period: v.optional(PeriodRef),
  source: v.optional(SourceRef),
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
  rows: v.array(v.record(Id, v.union([FiniteNumber, v.string(), FigureObject], registerObjectForm('must be a number, text, or a figure with "printed"', FigureObject)))),
  notes: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});

export const GrantAward = v.object({
  recipient: Text,
  project: v.optional(Text),
  amount: v.optional(Figure),
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
  amount: v.optional(Figure),
  period: v.optional(PeriodRef),
  status: v.optional(v.picklist(GRANT_STATUSES)),
  url: v.optional(Url),
  awards: v.optional(v.array(GrantAward)),
});

export const KEY_FIGURE_UNITS = ['money', 'percent', 'number'] as const;

/** A headline figure the document states: savings made, a cut in funding, officers recruited, a rank. */
export const KeyFigure = v.object({
  id: Id,
  label: Text,
  value: Figure,
  /** How to format `value` when it is a bare number. */
  unit: v.optional(v.picklist(KEY_FIGURE_UNITS)),
  period: v.optional(PeriodRef),
  note: v.optional(Text),
  objectiveId: v.optional(Id),
  source: v.optional(SourceRef),
  illustrative: Illustrative,
});

/** One council-tax band's charge for a year: Band D £256.30, up £13 (5.3%), £1.08 a month. */
export const PreceptCharge = v.object({
  /** The band as printed: "D", "A", "Band B". */
  band: Text,
  amount: v.optional(Figure),
  /** The increase on the year before, in pounds and in per cent, as printed. */
  increase: v.optional(Figure),
  increasePercent: v.optional(Figure),
  perMonth: v.optional(Figure),
  increasePerMonth: v.optional(Figure),
  perWeek: v.optional(Figure),
  increasePerWeek: v.optional(Figure),
  /** The most this band's charge could rise, as printed. */
  cap: v.optional(Figure),
  note: v.optional(Text),
});

/** A year of the precept: charges per band, the requirement, the cap, and what happened to the proposal. */
export const PreceptYear = v.object({
  /** The year as printed: "2024/25"; null when the document does not say which year. */
  period: v.nullable(Text),
  financialYear: v.optional(FinancialYear),
  /** Where the proposal stands, as printed: "proposed", "vetoed by the Panel", "set", "consultation". */
  stage: v.optional(Text),
  charges: v.optional(v.array(PreceptCharge)),
  /** The rise not tied to one band, as printed: "6.82 per cent", "£1.45 extra per month". */
  increase: v.optional(Figure),
  increasePercent: v.optional(Figure),
  /** The total precept requirement, as printed: "£222,183,670". */
  requirement: v.optional(Figure),
  /** The most it could rise without a referendum, as printed: "£14 per year for a Band D property". */
  cap: v.optional(Figure),
  /** Other figures of that year with their labels: revenue budget, capital budget, borrowing, total funding. */
  figures: v.optional(v.array(v.object({ label: Text, figure: Figure }))),
  /** What was decided, in order: panel recommendations, vetoes (with votes), the commissioner's decision. */
  decisions: v.optional(v.array(ListItemSchema)),
  /** What the money will pay for, as printed. */
  delivers: v.optional(v.array(ListItemSchema)),
  notes: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});

/** The policing (or fire) part of council tax over the years. */
export const Precept = v.object({
  id: Id,
  title: Text,
  /** The service it pays for, as printed: "Policing", "Fire and rescue". */
  service: v.optional(Text),
  description: v.optional(Paragraphs),
  /** Oldest first. */
  years: v.array(PreceptYear),
  notes: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});

/** A cell of a printed table: empty (null), text, a number, or a figure with "printed". */
export const TableCell = v.union([v.null(), FiniteNumber, Text, FigureObject], registerObjectForm('must be null, a number, text, or a figure with "printed"', FigureObject));

/** Any other table the plan prints, kept as printed (a Band A–H table, a breakdown by crime type). */
export const Table = v.object({
  id: Id,
  caption: Text,
  description: v.optional(Paragraphs),
  /** Header rows, each a list of cells. */
  head: v.optional(v.array(v.array(TableCell))),
  rows: v.array(v.array(TableCell)),
  /** True when each row's first cell names the row (it becomes a row header). */
  rowHeaders: v.optional(v.boolean()),
  /** Which part of the plan it belongs to. */
  objectiveId: v.optional(Id),
  notes: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});

/** A consultation: when it ran, who it asked, how many answered and what they said. */
export const Consultation = v.object({
  id: v.optional(Id),
  title: Text,
  description: v.optional(Paragraphs),
  opens: v.optional(DateString),
  closes: v.optional(DateString),
  /** When it ran, as printed ("Over summer 2021", "four and a half weeks"). */
  period: v.optional(PeriodRef),
  audiences: v.optional(v.array(Text)),
  questions: v.optional(v.array(Text)),
  /** How many responded, as printed: "More than 3,500". */
  respondents: v.optional(Figure),
  /** Results with their labels: "said the priorities set the right tone" 80%. */
  results: v.optional(v.array(v.object({ label: Text, figure: Figure }))),
  findings: v.optional(v.array(ListItemSchema)),
  url: v.optional(Url),
  source: v.optional(SourceRef),
});
