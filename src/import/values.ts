/**
 * The values finance officers and partnership officers type into spreadsheets: amounts of money,
 * financial-year headings and review dates, each read strictly so that a typo is reported, not guessed.
 */
import { isCalendarDay, isFeedDate } from '../format/date.js';

/** Minus signs as typed or pasted: hyphen-minus, Unicode minus, en and em dashes. */
const MINUS = /^[-\u2212\u2013\u2014]/;

/**
 * An amount in pounds: "97,139,153", "£1,234.50", "(1,234)" and "-1,234" (also "- 1,234", "−1,234",
 * "-£1,234", "£-1,234") for negatives. `undefined` for a blank cell; a dash alone is zero, as
 * accounting formats print it. Returns an Error whose message says why for anything else.
 */
export function parseMoney(text: string): number | undefined | Error {
  let rest = text.replace(/\s+/g, ' ').trim();
  if (rest === '') return undefined;
  if (/^[-\u2212\u2013\u2014]$/.test(rest)) return 0;
  let negative = false;
  if (/^\(.*\)$/.test(rest)) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  const takeMinus = () => {
    if (MINUS.test(rest)) {
      if (negative) return false;
      negative = true;
      rest = rest.slice(1).trim();
    }
    return true;
  };
  if (!takeMinus()) return new Error(`"${text}" has two minus signs`);
  if (rest.startsWith('£')) rest = rest.slice(1).trim();
  if (!takeMinus()) return new Error(`"${text}" has two minus signs`);
  // Thousands separators must be in threes ("1,234,567"); pence are optional.
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/.test(rest)) {
    return new Error(`"${text}" is not an amount of money (write it like 1,234 or £1,234.50; negatives as -1,234 or (1,234))`);
  }
  const value = Number(rest.replace(/,/g, ''));
  return negative && value !== 0 ? -value : value;
}

/**
 * A financial-year heading: "2021/22", "2021-22", "2021-2022", "2021/2022", "2021–22", optionally
 * with "FY" before it. Returns the feed's id ("2021-22"), or undefined when the heading is not one.
 */
export function parseFinancialYear(text: string): string | undefined {
  const match = /^(?:FY\s*)?(\d{4})\s*[-/\u2013\u2014]\s*(\d{2}|\d{4})$/i.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  const follows = match[2]!.length === 2 ? (start + 1) % 100 === end : start + 1 === end;
  if (!follows) return undefined;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * A figure or a table cell as printed: a plain number ("42", "-3", "27.5") is a number; anything else
 * ("183,000", "64.7%", "£4,825,228", "1.50", "3-5") is kept as the text printed, so nothing is rounded or
 * reformatted (a number would print "1.5" and lose "£"). `undefined` for a blank cell.
 */
export function parseFigure(text: string): number | string | undefined {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '') return undefined;
  // No leading zeros ("007") and no trailing decimal zeros ("1.50"): a number would not print them.
  if (/^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(value)) return Number(value);
  return value;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTHS.findIndex((month) => month.startsWith(lower) || (lower === 'sept' && month === 'september'));
  return index < 0 ? undefined : index + 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date as precise as it is written, in the feed's form: "January 2012" and "Jan 2012" → "2012-01",
 * "15/01/2012" (UK order) and "15 January 2012" → "2012-01-15", "2012-01" and "2012" as they are.
 * `undefined` for a blank cell, an Error for anything else.
 */
export function parseDate(text: string): string | undefined | Error {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value === '') return undefined;
  const fail = new Error(`"${text}" is not a date (write it like January 2012, 15/01/2012 or 2012-01-15)`);
  // Already written as the feed writes dates: kept when it is one (see format/date.ts).
  if (/^\d{4}(?:-\d{2}){0,2}$/.test(value)) return isFeedDate(value) ? value : fail;
  let match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : fail;
  }
  match = /^(?:(\d{1,2})(?:st|nd|rd|th)? )?([A-Za-z]+\.?),? (\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[2]!);
    const year = Number(match[3]);
    if (month === undefined) return fail;
    if (match[1] === undefined) return `${year}-${pad(month)}`;
    const day = Number(match[1]);
    return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : fail;
  }
  return fail;
}
