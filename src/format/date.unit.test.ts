// Feed dates: what one is (one rule for the schema, the importer and the elements' attributes),
// whether one is past, and how it reads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { parseDate } from '../import/values.js';
import { DateString } from '../schema/primitives.js';
import { FEED_DATE_PATTERN, formatDate, isCalendarDay, isFeedDate } from './date.js';
import { endOf, isPast, startOf, today } from './date-range.js';

describe('isFeedDate', () => {
  test('a year, a month or a day, written YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const date of ['2021', '2012-01', '2021-04-01', '2021-12-31', '0999']) assert.equal(isFeedDate(date), true, date);
  });
  test('nothing else: other orders, one-digit parts, spaces, times', () => {
    for (const date of ['21', '2021-1', '2021-01-1', '01/04/2021', ' 2021', '2021-04-01T00:00', '2021-', '', 'April 2021']) {
      assert.equal(isFeedDate(date), false, JSON.stringify(date));
    }
  });
  test('months 01 to 12 and days that exist in the calendar', () => {
    assert.equal(isFeedDate('2021-13'), false);
    assert.equal(isFeedDate('2021-00'), false);
    assert.equal(isFeedDate('2021-04-00'), false);
    assert.equal(isFeedDate('2021-04-31'), false, 'April has 30 days');
    assert.equal(isFeedDate('2021-02-29'), false, '2021 is not a leap year');
    assert.equal(isFeedDate('2024-02-29'), true, '2024 is');
    assert.equal(isFeedDate('1900-02-29'), false, 'a century is not, unless divisible by 400');
    assert.equal(isFeedDate('2000-02-29'), true);
  });
  test('the pattern (what the JSON Schema says) is looser only about days in the month', () => {
    assert.equal(FEED_DATE_PATTERN.test('2021-02-31'), true);
    assert.equal(FEED_DATE_PATTERN.test('2021-13'), false);
  });
  test('isCalendarDay', () => {
    assert.equal(isCalendarDay(2024, 2, 29), true);
    assert.equal(isCalendarDay(2023, 2, 29), false);
    assert.equal(isCalendarDay(2023, 12, 31), true);
    assert.equal(isCalendarDay(2023, 13, 1), false);
    assert.equal(isCalendarDay(2023, 1, 1.5), false);
  });
});

describe('the same rule everywhere', () => {
  const cases = ['2021', '2012-01', '2021-04-01', '2024-02-29', '2021-02-29', '2021-04-31', '2021-13', '2021-1', '21'];
  test('the feed schema accepts exactly the feed dates', () => {
    for (const date of cases) assert.equal(v.safeParse(DateString, date).success, isFeedDate(date), date);
  });
  test('the schema reports a date in the wrong form once, by its form', () => {
    const result = v.safeParse(DateString, 'April 2021');
    assert.deepEqual(result.issues?.map((issue) => issue.message), ['must be a date written YYYY, YYYY-MM or YYYY-MM-DD, such as "2012-01"']);
  });
  test('the schema says what is wrong with a day that is not in the calendar', () => {
    const result = v.safeParse(DateString, '2021-02-30');
    assert.equal(result.success, false);
    assert.match(result.issues![0].message, /day in the calendar/);
  });
  test('pcp import keeps a date written as the feed writes it only when it is a feed date', () => {
    for (const date of cases.filter((date) => /^\d{4}(?:-\d{2}){0,2}$/.test(date))) {
      const parsed = parseDate(date);
      assert.equal(parsed instanceof Error ? false : parsed === date, isFeedDate(date), date);
    }
    assert.equal(parseDate('29/02/2021') instanceof Error, true);
    assert.equal(parseDate('29/02/2024'), '2024-02-29');
    assert.equal(parseDate('31 April 2021') instanceof Error, true);
  });
});

describe('isPast', () => {
  test('a date is past once the whole of it is before the as-of date', () => {
    assert.equal(isPast('2012-01', '2012-01-31'), false);
    assert.equal(isPast('2012-01', '2012-02-01'), true);
    assert.equal(isPast('2012', '2012-12-31'), false);
    assert.equal(isPast('2012', '2013-01-01'), true);
    assert.equal(isPast('2012-03-15', '2012-03-15'), false, 'not on the day itself');
    assert.equal(isPast('2012-03-15', '2012-03-16'), true);
  });
  test('an as-of year or month means its first day', () => {
    assert.equal(isPast('2012-12-31', '2013'), true);
    assert.equal(isPast('2013-01', '2013'), false);
    assert.equal(isPast('2012-02', '2012-03'), true);
  });
  test('a leap-year February ends on the 29th', () => {
    assert.equal(endOf('2024-02').toISOString().slice(0, 10), '2024-02-29');
    assert.equal(startOf('2024-02').toISOString().slice(0, 10), '2024-02-01');
    assert.equal(isPast('2024-02', '2024-02-29'), false);
  });
  test('today is the UTC date, written as the feed writes days', () => {
    assert.equal(today(new Date(Date.UTC(2025, 0, 31, 23, 59))), '2025-01-31');
    assert.equal(isFeedDate(today()), true);
  });
});

describe('formatDate', () => {
  test('as precise as the feed is', () => {
    assert.equal(formatDate('2021'), '2021');
    assert.equal(formatDate('2012-01'), 'January 2012');
    assert.equal(formatDate('2021-04-01'), '1 April 2021');
  });
  test('in Welsh', () => {
    assert.equal(formatDate('2021-04-01', 'cy-GB'), '1 Ebrill 2021');
  });
});
