/**
 * Dates as the feed writes them (YYYY, YYYY-MM, YYYY-MM-DD), for en-GB readers: "2021",
 * "January 2012", "1 April 2021". Parsed as UTC so no time zone moves a date.
 */
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
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
