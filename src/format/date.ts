/**
 * Dates as the feed writes them (YYYY, YYYY-MM, YYYY-MM-DD), for readers in a locale: "2021",
 * "January 2012", "1 April 2021". Parsed as UTC so no time zone moves a date.
 */
const formats = new Map<string, { monthYear: Intl.DateTimeFormat; dayMonthYear: Intl.DateTimeFormat }>();

function formatsFor(locale: string) {
  let made = formats.get(locale);
  if (!made) {
    made = {
      monthYear: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      dayMonthYear: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    formats.set(locale, made);
  }
  return made;
}

/**
 * Month names for a language a browser's Intl may lack: Chrome ships date names only for its own UI
 * languages, so there 'cy-GB' would get the browser's default ("April 1, 2021"). Day month year order.
 */
const MONTHS: Record<string, readonly string[]> = {
  cy: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
};
const supported = new Map<string, boolean>();
const intlKnows = (locale: string) => supported.get(locale) ?? supported.set(locale, Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0).get(locale)!;

/** A feed date for readers in `locale` (en-GB by default; "1 Ebrill 2021" in cy-GB). */
export function formatDate(value: string, locale = 'en-GB'): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return String(year);
  const names = intlKnows(locale) ? undefined : MONTHS[locale.split('-')[0]!.toLowerCase()];
  if (names) return `${day === undefined ? '' : `${day} `}${names[month - 1]} ${year}`;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  // A locale Intl lacks and we have no names for: en-GB rather than the browser's default.
  const { monthYear, dayMonthYear } = formatsFor(intlKnows(locale) ? locale : 'en-GB');
  return (day === undefined ? monthYear : dayMonthYear).format(date);
}

/** The last day a feed date covers ("2012-01" → 31 January 2012), for "is this review date past?". */
export function endOf(value: string): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return new Date(Date.UTC(year, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, month - 1, day));
}

/** The first day a feed date covers ("2012-03" → 1 March 2012). */
export function startOf(value: string): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** True when the whole of `date` lies before `asOf` ("2012-01" is past on "2012-02-01", not on "2012-01-31"). */
export function isPast(date: string, asOf: string): boolean {
  return endOf(date).getTime() < startOf(asOf).getTime();
}
