/**
 * Dates as the feed writes them (YYYY, YYYY-MM, YYYY-MM-DD): THE rule for what a feed date is
 * (`isFeedDate`, used by the schema, the importer and the elements' attributes), and how it reads in a
 * locale: "2021", "January 2012", "1 April 2021". Whether one is past is in date-range.ts. Parsed as
 * UTC so no time zone moves a date.
 */

/**
 * The shape of a feed date: a year, a month 01–12 and a day 01–31. `isFeedDate` also checks that
 * the day is in the month; this pattern is what the JSON Schema can say.
 */
export const FEED_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True when day `day` of month `month` (1–12) of `year` is in the calendar (29 February only in leap years). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when `value` is a feed date: "2021", "2012-01" or "2021-04-01", a real day of the calendar
 * ("2021-02-29" and "2021-04-31" are not).
 */
export function isFeedDate(value: string): boolean {
  if (!FEED_DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  return day === undefined || isCalendarDay(year, month!, day);
}

interface DateFormats {
  monthYear: { format(date: Date): string };
  dayMonthYear: { format(date: Date): string };
}
const formats = new Map<string, DateFormats>();

/**
 * Month names for languages a browser may have no date data for: Chrome's ICU has none for Welsh,
 * and would write "April 1, 2021" (its default locale) on a Welsh page; Node's has. They come from
 * each language's catalogue (i18n/messages), registered as it loads; used as "1 Ebrill 2021".
 */
const MONTHS = new Map<string, readonly string[]>();

/** Gives `locale`'s month names (January first) for browsers whose Intl lacks them. */
export function registerMonthNames(locale: string, months: readonly string[]): void {
  MONTHS.set(locale.split('-')[0]!.toLowerCase(), months);
  formats.delete(locale);
}

function formatsFor(locale: string): DateFormats {
  let made = formats.get(locale);
  if (!made) {
    const months = MONTHS.get(locale.split('-')[0]!.toLowerCase());
    const supported = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
    if (!supported && months) {
      made = {
        monthYear: { format: (date) => `${months[date.getUTCMonth()]} ${date.getUTCFullYear()}` },
        dayMonthYear: { format: (date) => `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}` },
      };
    } else {
      // A language with no date data at all reads en-GB dates, not the browser's default (en-US) order.
      const tag = supported ? locale : 'en-GB';
      made = {
        monthYear: new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
        dayMonthYear: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      };
    }
    formats.set(locale, made);
  }
  return made;
}

/** A feed date for readers in `locale` (en-GB by default; "1 Ebrill 2021" in cy-GB). */
export function formatDate(value: string, locale = 'en-GB'): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const { monthYear, dayMonthYear } = formatsFor(locale);
  return (day === undefined ? monthYear : dayMonthYear).format(date);
}
