/**
 * Figures as the feed gives them (a number, the text as printed, or an object with `printed`), read
 * two ways: the text a reader sees, always as printed when the feed printed it, and the number a chart
 * or a sum needs. See src/schema/figure.ts.
 */
import type { Plan } from '../schema/plan.js';
import { formatDate } from './date.js';
import { formatMoney, formatNumber, formatPercent } from './money.js';

/** A figure after localization: every text a string. */
export type FigureValue = NonNullable<NonNullable<Plan['measures']>[number]['current']>;
export type FigureDetails = Extract<FigureValue, { printed: string }>;
export type PeriodValue = NonNullable<NonNullable<Plan['measures']>[number]['period']>;

/** The object form of a figure, or undefined for a bare number or printed text. */
export function figureDetails(figure: FigureValue | undefined | null): FigureDetails | undefined {
  return typeof figure === 'object' && figure !== null ? figure : undefined;
}

const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/**
 * The number printed text stands for: "£1,234.56" → 1234.56, "(1,234)" and "−£5" → negative,
 * "£78m" → 78000000, "£1.2 billion" → 1200000000, "6.44%" → 6.44. Undefined when the text is not one
 * figure ("42nd of 43", "one hour 45 seconds").
 */
export function parsePrinted(text: string): number | undefined {
  const match = /^\s*([(\-\u2212–]?)\s*£?\s*([(\-\u2212–]?)\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|m|mn|bn|million|billion)?\s*(%|p)?\s*(\)?)\s*$/i.exec(text);
  if (!match) return undefined;
  const [, sign1, sign2, whole, fraction, multiplier, suffix, closing] = match;
  if ((sign1 === '(') !== (closing === ')') && !(sign2 === '(' && closing === ')')) return undefined;
  let value = Number(`${whole!.replace(/,/g, '')}${fraction ?? ''}`);
  if (multiplier) value *= MULTIPLIERS[multiplier.toLowerCase()]!;
  if (suffix?.toLowerCase() === 'p') value /= 100;
  const negative = [sign1, sign2].some((sign) => sign && sign !== '');
  return negative ? -value : value;
}

/** The number a figure stands for: the number itself, its `value`, or its printed text read as a number. */
export function figureNumber(figure: FigureValue | undefined | null): number | undefined {
  if (figure === undefined || figure === null) return undefined;
  if (typeof figure === 'number') return figure;
  if (typeof figure === 'string') return parsePrinted(figure);
  return figure.value ?? (figure.rank ? undefined : parsePrinted(figure.printed));
}

/**
 * The text a reader sees: printed text exactly as given; a bare number through `format` (the
 * element's formatting for its unit). An object's qualifier ("around") and basis ("on the year
 * before") are part of what the plan printed, so they are included.
 */
export function figureText(figure: FigureValue, format: (value: number) => string): string {
  return figureParts(figure, format).join(' ');
}

/**
 * The texts `figureText` joins with spaces, each as the feed gives it ("about", "six pence per week"),
 * so a view can mark each with its language.
 */
export function figureParts(figure: FigureValue, format: (value: number) => string): string[] {
  if (typeof figure === 'number') return [format(figure)];
  if (typeof figure === 'string') return [figure];
  return [figure.qualifier, figure.printed, figure.basis].filter((part): part is string => Boolean(part));
}

/** True when the feed gave the figure as printed text (so it is shown exactly, not formatted). */
export function isPrinted(figure: FigureValue | undefined | null): boolean {
  return typeof figure === 'string' || (typeof figure === 'object' && figure !== null);
}

/** A period as the plan printed it, or its dates formatted for the reader. */
export function periodText(period: PeriodValue | undefined, locale = 'en-GB'): string | undefined {
  if (period === undefined) return undefined;
  if (typeof period === 'string') return period;
  if (period.label) return period.label;
  if (period.date) return formatDate(period.date, locale);
  if (period.start && period.end) return `${formatDate(period.start, locale)} – ${formatDate(period.end, locale)}`;
  if (period.financialYear) return period.quarter ? `Q${period.quarter} ${period.financialYear}` : period.financialYear;
  return period.start ? formatDate(period.start, locale) : period.end ? formatDate(period.end, locale) : undefined;
}

/** A figure in a CSV cell: a bare number stays a number, printed text stays as printed. */
export function csvFigure(figure: FigureValue | undefined): string | number | undefined {
  return figure === undefined || typeof figure === 'number' ? figure : figureText(figure, String);
}

/** How a bare number in a unit is written: as pounds, as a percentage, or as a plain number. */
export type UnitKind = 'money' | 'percent' | 'number';

/**
 * THE unit names: the feed's own (`FIGURE_UNITS`, a scenario column's and a key figure's `unit`:
 * "money", "percent"…) and the symbols a measure's free-text unit uses for the same ("£", "%").
 * Any other unit ("officers", "percentage-points", "rank") is a plain number.
 */
export function unitKind(unit: string | undefined): UnitKind {
  if (unit === 'money' || unit === '£') return 'money';
  if (unit === 'percent' || unit === '%') return 'percent';
  return 'number';
}

export interface UnitOptions {
  /** Intl locale of the reader (en-GB by default). */
  locale?: string | undefined;
  /** Exactly this many decimal places for a percentage or a number ("1.0%"); money shows pence when it has them. */
  decimals?: number | undefined;
  /** Words after a plain number: a measure's unit ("1,234 officers"). */
  suffix?: string | undefined;
}

/**
 * THE rule for a bare number in a unit (see `unitKind`): "£97,139,153" (pence when the amount has
 * them), "27.5%", "1,234" (plus `suffix`), with every decimal it has unless `decimals` is given.
 */
export function formatInUnit(value: number, unit: string | undefined, options: UnitOptions = {}): string {
  const { locale = 'en-GB', decimals, suffix } = options;
  const kind = unitKind(unit);
  if (kind === 'money') return formatMoney(value, 'full', { locale });
  if (kind === 'percent') return formatPercent(value, { decimals, locale });
  return `${formatNumber(value, decimals, locale)}${suffix ? ` ${suffix}` : ''}`;
}

/**
 * A figure in its unit as the reader sees it: printed as given, or a bare number formatted with
 * every decimal it has (`formatInUnit`: "money" as pounds, "percent" with %, anything else as a number plus `suffix`).
 */
export function unitText(figure: FigureValue, unit: string | undefined, locale = 'en-GB', suffix?: string): string {
  return unitParts(figure, unit, locale, suffix).join(' ');
}

/**
 * The texts `unitText` joins with spaces: the figure's parts (see `figureParts`), and a bare number's
 * `suffix` apart from it ("1,234" "officers"), since the suffix is the feed's words and the number is not.
 */
export function unitParts(figure: FigureValue, unit: string | undefined, locale = 'en-GB', suffix?: string): string[] {
  if (typeof figure === 'number' && suffix && unitKind(unit) === 'number') return [formatInUnit(figure, unit, { locale }), suffix];
  return figureParts(figure, (value) => formatInUnit(value, unit, { locale, suffix }));
}
