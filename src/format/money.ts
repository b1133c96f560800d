/**
 * Money, numbers and percentages for readers in en-GB (or the locale given), on Intl: "£97,139,153", "£97.1m",
 * "−£5,260,984" (a true minus sign), "27.5%". One module, so every element writes figures the same way;
 * changes and amounts as a screen reader says them are in money-change.ts.
 */
/** The true minus sign, as figures are written (not the hyphen). */
export const MINUS = '\u2212';

interface LocaleFormats {
  full: Intl.NumberFormat;
  penny: Intl.NumberFormat;
  compact: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  number: Intl.NumberFormat;
  fixed: Map<number, Intl.NumberFormat>;
}
const localeFormats = new Map<string, LocaleFormats>();

/** The formats of one locale ("en-GB", "cy-GB"), made once. */
function formatsFor(locale: string): LocaleFormats {
  let formats = localeFormats.get(locale);
  if (!formats) {
    formats = {
      full: new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }),
      penny: new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      // One decimal always ("£97.0m" beside "£97.1m"), so a column of compact figures lines up and reads alike.
      compact: new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      // A figure from the feed keeps every decimal it was given (6.44% stays 6.44%); computed shares pass `decimals`.
      percent: new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }),
      number: new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }),
      fixed: new Map<number, Intl.NumberFormat>(),
    };
    localeFormats.set(locale, formats);
  }
  return formats;
}

/** UK public-finance style for compact amounts: £97.1m, £1.2bn, £250.0k. */
const COMPACT_SUFFIXES: Record<string, string> = { K: 'k', M: 'm', B: 'bn', T: 'tn' };

export type MoneyFormat = 'full' | 'compact';

export interface MoneyOptions {
  /** Show pence (£1,234.50): for a column where any amount has them, so the column reads alike. */
  pence?: boolean;
  /** Intl locale of the reader ("cy-GB"); en-GB when not given. */
  locale?: string;
  /** The words a screen reader says for the signs, in the reader's language (the catalogue's); English when not given. */
  signs?: { minus: string; plus: string };
}

function withMinus(parts: Intl.NumberFormatPart[]): string {
  return parts
    .map((part) => {
      if (part.type === 'minusSign') return MINUS;
      if (part.type === 'compact') return COMPACT_SUFFIXES[part.value] ?? part.value;
      return part.value;
    })
    .join('');
}

function fixed(decimals: number, locale = 'en-GB'): Intl.NumberFormat {
  const cache = formatsFor(locale).fixed;
  let format = cache.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(decimals, format);
  }
  return format;
}

/** £97,139,153 (full, whole pounds unless `pence`) or £97.1m (compact; amounts under £1,000 in full). */
export function formatMoney(amount: number, format: MoneyFormat = 'full', options: MoneyOptions = {}): string {
  const value = amount === 0 ? 0 : amount; // no "−£0"
  const formats = formatsFor(options.locale ?? 'en-GB');
  if (format === 'compact' && Math.abs(value) >= 1000) return withMinus(formats.compact.formatToParts(value));
  const formatter = options.pence || !Number.isInteger(value) ? formats.penny : formats.full;
  return withMinus(formatter.formatToParts(value));
}

/** A number for readers in `locale` (en-GB by default), with exactly `decimals` places when given ("1.0"). */
export function formatNumber(value: number, decimals?: number, locale = 'en-GB'): string {
  return (decimals === undefined ? formatsFor(locale).number : fixed(decimals, locale)).format(value === 0 ? 0 : value).replace('-', MINUS);
}

/** 27.5% ; with `signed`, +1.2% and −0.4% for changes; with `decimals`, exactly that many places ("1.0%"). */
export function formatPercent(value: number, options: { signed?: boolean; decimals?: number | undefined; locale?: string } = {}): string {
  const formatter = options.decimals === undefined ? formatsFor(options.locale ?? 'en-GB').percent : fixed(options.decimals, options.locale);
  const digits = formatter.format(Math.abs(value));
  // The sign follows what is shown: a change that rounds to 0.0% has none.
  const shownZero = Number(digits.replace(/,/g, '')) === 0;
  if (value < 0 && !shownZero) return `${MINUS}${digits}%`;
  return options.signed && value > 0 && !shownZero ? `+${digits}%` : `${digits}%`;
}
