/**
 * Figures as plans print them. One type is used for every number a plan states (measures, key
 * figures, money, table cells, precepts), so a figure keeps its precision ("6.44%", "£529.00"),
 * its words ("around", "just over"), the period it belongs to and where it came from.
 *
 * A figure is one of:
 * - a number (`97139153`, `27.5`): the element formats it for the reader, with every decimal given;
 * - text as printed (`"£529.00"`, `"£78m"`, `"42nd of 43 forces"`): shown exactly so;
 * - an object whose `printed` text is shown exactly so, with facts about it for charts, sorting and
 *   screen readers (`value`, `total`, `rank`, `direction`) and context shown beside it (`qualifier`,
 *   `basis`, `period`, `source`, `note`).
 */
import * as v from 'valibot';
import { DateString, FinancialYear, FiniteNumber, Id, Illustrative, registerObjectForm, SourceRef, Text, type Typed } from './primitives.js';

export { SourceRef };

/** What a figure counts, so a bare number is formatted right and charts know what they add up. */
export const FIGURE_UNITS = ['money', 'percent', 'percentage-points', 'number', 'duration', 'rank', 'text'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * When a figure or a part of the plan applies: as printed (`"Q3 2023/24"`, `"12 months to March 2024"`)
 * or as dates. A `label` is shown as it is; without one the dates are formatted for the reader.
 */
const PeriodObject = v.object({
      /** The period as the document writes it: "2023/24", "Q3 2023/24", "12 months to February 2023". */
      label: v.optional(Text),
      /** One day, month or year. */
      date: v.optional(DateString),
      start: v.optional(DateString),
      end: v.optional(DateString),
      financialYear: v.optional(FinancialYear),
      /** Quarter of the financial year, 1 (April–June) to 4. */
      quarter: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 to 4'), v.maxValue(4, 'must be 1 to 4'))),
});

const PeriodRefSchema = v.union(
  [Text, PeriodObject],
  registerObjectForm('must be the period as printed ("Q3 2023/24"), or an object with label, date, start, end, financialYear or quarter', PeriodObject),
);
export const PeriodRef: Typed<typeof PeriodRefSchema> = PeriodRefSchema;

/** A position among others: "42nd of 43 forces", "fourth lowest". */
export const Rank = v.object({
  position: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  of: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more'))),
  /** Which end is better, only when the document says: "first" (1st is best) or "last". */
  best: v.optional(v.picklist(['first', 'last'] as const)),
});

export const CHANGE_DIRECTIONS = ['up', 'down', 'unchanged'] as const;
export const BETTER = ['higher', 'lower'] as const;

const figureEntries = {
  /** The figure exactly as printed: "£529.00", "6.44%", "£78m", "42nd of 43 forces", "70 of 2,500 reports". */
  printed: Text,
  /** The number it stands for, in `unit`s (78000000 for "£78m"), for charts and sorting. */
  value: v.optional(FiniteNumber),
  unit: v.optional(v.picklist(FIGURE_UNITS)),
  /** The words printed before it: "around", "just over", "almost", "more than", "down". */
  qualifier: v.optional(Text),
  /** For a change: which way it went (the words stay in `qualifier` and `printed`). */
  direction: v.optional(v.picklist(CHANGE_DIRECTIONS)),
  /** What a change or comparison is measured against, as printed: "on the year before", "v. Most Similar Group". */
  basis: v.optional(Text),
  /** For a count out of a total ("70 of 2,500 reports"): the total. */
  total: v.optional(FiniteNumber),
  rank: v.optional(Rank),
  period: v.optional(PeriodRef),
  /** Whether higher or lower is better, only when the plan says so. */
  better: v.optional(v.picklist(BETTER)),
  /** A status from the plan's status scale (or the built-in one). */
  status: v.optional(Id),
  source: v.optional(SourceRef),
  note: v.optional(Text),
  illustrative: Illustrative,
};

/** A figure with its facts (see the module comment). */
const FigureObjectSchema = v.object(figureEntries);
export const FigureObject: Typed<typeof FigureObjectSchema> = FigureObjectSchema;

/** A figure: a number, the text as printed, or an object with `printed` and its facts. */
const FigureSchema = v.union(
  [FiniteNumber, Text, FigureObject],
  registerObjectForm('must be a number, the figure as printed ("£529.00"), or an object with "printed"', FigureObject),
);
export const Figure: Typed<typeof FigureSchema> = FigureSchema;

/** One value of a series: a figure for a period, with its status there. */
export const SeriesPoint = v.object({
  period: PeriodRef,
  figure: Figure,
  status: v.optional(Id),
  note: v.optional(Text),
});
