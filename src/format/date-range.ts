/**
 * The days a feed date (YYYY, YYYY-MM, YYYY-MM-DD) covers, and whether it is past: for review dates
 * ("overdue") and the feed checker's warnings. Apart from date.ts, which the schema puts in every
 * element's core, because only the action plan asks. Parsed as UTC so no time zone moves a date.
 */

/** Today in UTC as a feed date (YYYY-MM-DD), the default "as of" for past dates. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
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

/**
 * True when the whole of `date` lies before `asOf`, both feed dates: "2012-01" is past on "2012-02-01",
 * not on "2012-01-31"; `asOf` "2012" means 1 January 2012.
 */
export function isPast(date: string, asOf: string): boolean {
  return endOf(date).getTime() < startOf(asOf).getTime();
}
