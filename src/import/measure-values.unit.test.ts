/// <reference types="node" />
// A measure's values by period read from spreadsheet cells (pcp import measure, and the editor's paste),
// laid out down the sheet (a period per row) or across it (quarters as column headings).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importMeasureValues, looksLikeMeasureValues } from './measure-values.js';
import { readTable } from './table.js';
import { parseFigure } from './values.js';

const tsv = (text: string) => readTable(text, 'values.tsv');

describe('importMeasureValues', () => {
  test('down the sheet: period, value, status and note, with the title from the row above', () => {
    const read = importMeasureValues(tsv('Calls answered within 10 seconds\nQuarter\tValue\tStatus\tNote\nQ1 2023/24\t64.7%\tGreen\t\nQ2 2023/24\t\t\t\nQ3 2023/24\t61.2%\tAmber\tafter the new system went live\nQ4 2023/24\t70%\tIn progress\t'));
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.measure, {
      id: 'calls-answered-within-10-seconds',
      title: 'Calls answered within 10 seconds',
      values: [
        { period: 'Q1 2023/24', figure: '64.7%', status: 'green' },
        // Q2 has no value in the report: it is left out, not made zero.
        { period: 'Q3 2023/24', figure: '61.2%', status: 'amber', note: 'after the new system went live' },
        { period: 'Q4 2023/24', figure: '70%', status: 'in-progress' },
      ],
    });
  });

  test('reproduces the plain values of a sample measure (Gwent: figures kept as printed, a note)', () => {
    const gwent = JSON.parse(readFileSync(new URL('../../demo/feeds/gwent-2021-2025.json', import.meta.url), 'utf8')) as { measures: { id: string; title: string; values?: { period: unknown; figure: unknown; note?: string }[] }[] };
    const measure = gwent.measures.find((entry) => entry.values?.some((point) => point.note))!;
    const plain = measure.values!.filter((point) => typeof point.period === 'string' && typeof point.figure === 'string');
    assert.ok(plain.length >= 2);
    const text = ['Period\tFigure\tNote', ...plain.map((point) => `${point.period as string}\t"${point.figure as string}"\t${point.note ?? ''}`)].join('\n');
    const read = importMeasureValues(tsv(text), { id: measure.id, title: measure.title });
    assert.deepEqual(read.measure, { id: measure.id, title: measure.title, values: plain });
  });

  test('across the sheet: quarters as headings, the title in the first cell; plain numbers stay numbers', () => {
    const table = tsv('Measure\tQ1 2023/24\tQ2 2023/24\tQ3 2023/24\tQ4 2023/24\nOfficers in post\t3,400\t3,412\t\t3,450');
    assert.ok(looksLikeMeasureValues(table));
    assert.deepEqual(importMeasureValues(table).measure, {
      id: 'officers-in-post',
      title: 'Officers in post',
      values: [
        { period: 'Q1 2023/24', figure: '3,400' },
        { period: 'Q2 2023/24', figure: '3,412' },
        { period: 'Q4 2023/24', figure: '3,450' },
      ],
    });
    const numbers = importMeasureValues(tsv('\tApr-Jun 2024\tJul-Sep 2024\nRepeat victims\t120\t98.5'), { title: 'Repeat victims (%)', id: 'repeat-victims' });
    assert.deepEqual(numbers.measure?.values, [
      { period: 'Apr-Jun 2024', figure: 120 },
      { period: 'Jul-Sep 2024', figure: 98.5 },
    ]);
  });

  test('says what it cannot read, by row and column', () => {
    assert.deepEqual(importMeasureValues(tsv('Period\tValue\tTarget\n2023\t5\t6')).problems, [
      { row: 1, column: 3, message: 'the heading "Target" is not Period, Value, Status or Note, so this column cannot be read' },
      { message: 'the measure needs a title: give one with --title "…" or put it in a row above the headings' },
    ]);
    assert.deepEqual(importMeasureValues(tsv('Period\tValue\n\t5'), { title: 'Crimes' }).problems, [{ row: 2, column: 1, message: 'this row has no period' }]);
    assert.deepEqual(importMeasureValues(tsv('\tQ1 2024/25\tQ2 2024/25\nA\t1\t2\nB\t3\t4')).problems, [{ row: 3, message: 'only one measure can be read at a time: this is a second row of values' }]);
    assert.equal(looksLikeMeasureValues(tsv('\t2021-22\t2022-23\nPay\t1\t2')), false, 'years as headings are a budget');
    assert.match(importMeasureValues(tsv('Name\tEmail\nAlex\talex@example.org'), { title: 'x' }).problems[0]!.message, /^no row has the headings Period and Value/);
  });
});

describe('parseFigure', () => {
  test('a plain number is a number; anything else stays as printed', () => {
    assert.deepEqual(['42', '-3', '27.5', '0.25', '', '  ', '1.50', '007', '1,234', '£529.00', '64.7%', '3-5'].map(parseFigure), [42, -3, 27.5, 0.25, undefined, undefined, '1.50', '007', '1,234', '£529.00', '64.7%', '3-5']);
  });
});
