/// <reference types="node" />
// Cells pasted from a spreadsheet (tab-separated) are recognised and read with pcp import's own rules:
// the same budget and action plan as `pcp import` makes from the CSV fixtures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { csvParseRows, tsvFormatRows } from 'd3-dsv';
import { importActionPlan } from '../import/action-plan.js';
import { importBudget } from '../import/budget.js';
import { importMeasureValues } from '../import/measure-values.js';
import { importPrintedTable } from '../import/printed-table.js';
import { readTable } from '../import/table.js';
import { addPasted, readPaste, recognise } from './paste.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/csv/${name}`, import.meta.url), 'utf8');
const budgetCsv = fixture('cumbria-budget-2021-2025.csv');
const actionPlanCsv = fixture('west-cumbria-action-plan-2012-13.csv');
/** The cells as a spreadsheet puts them on the clipboard: tab-separated. */
const asPasted = (csv: string) => tsvFormatRows(csvParseRows(csv));

describe('readPaste', () => {
  test('a budget pasted from a spreadsheet is the budget pcp import reads from the same cells', () => {
    // The fixture has no title row: both are given one, as pcp import --title gives it.
    const pasted = readPaste(asPasted(budgetCsv), { title: 'Revenue budget' });
    assert.equal(pasted.kind, 'budget');
    assert.deepEqual(pasted.problems, []);
    assert.equal(pasted.result?.part, 'budget');
    assert.deepEqual(pasted.result?.part === 'budget' && pasted.result.budget, importBudget(readTable(budgetCsv, 'budget.csv'), { title: 'Revenue budget' }).budget);
  });

  test('an action plan pasted from a spreadsheet is the action plan pcp import reads', () => {
    const pasted = readPaste(asPasted(actionPlanCsv));
    assert.equal(pasted.kind, 'actionPlan');
    assert.deepEqual(pasted.problems, []);
    assert.deepEqual(pasted.result?.part === 'actionPlan' && pasted.result.actionPlan, importActionPlan(readTable(actionPlanCsv, 'plan.csv')).actionPlan);
  });

  test('a small budget typed by hand: the title comes from the title box when the cells have none', () => {
    const pasted = readPaste('\t2023-24\t2024-25\nPolice pay\t"1,000"\t"1,100"\nIncome\t-200\t-250\nTotal\t800\t850', { title: 'Revenue budget' });
    assert.deepEqual(pasted.problems, []);
    assert.equal(pasted.result?.part, 'budget');
    const budget = pasted.result?.part === 'budget' ? pasted.result.budget : undefined;
    assert.equal(budget?.title, 'Revenue budget');
    assert.deepEqual(budget?.lines.map((line) => [line.label, line.kind, line.values]), [
      ['Police pay', 'expenditure', { '2023-24': 1000, '2024-25': 1100 }],
      ['Income', 'income', { '2023-24': -200, '2024-25': -250 }],
    ]);
    assert.deepEqual(budget?.statedTotals, { '2023-24': 800, '2024-25': 850 });
  });

  test('totals that do not add up are read as stated, with a warning naming the cell', () => {
    const pasted = readPaste('Budget\n\t2023-24\nPay\t100\nTotal\t150');
    assert.equal(pasted.result?.part, 'budget');
    assert.equal(pasted.warnings.length, 1);
    assert.match(pasted.warnings[0]!, /^Row 4, column 2: 2023-24: .*kept as stated\)$/);
  });

  test('problems name the spreadsheet row and column, as pcp import does', () => {
    const pasted = readPaste('Budget\n\t2023-24\nPay\tlots');
    assert.equal(pasted.result, undefined);
    assert.equal(pasted.kind, 'budget');
    assert.match(pasted.problems[0]!, /^Row 3, column 2: /);
  });

  test('any other cells are a table: read as pcp import table reads them, and a caption is asked for', () => {
    const pasted = readPaste('Name\tEmail\nAlex\talex@example.org');
    assert.equal(pasted.kind, 'table');
    assert.equal(pasted.result, undefined);
    assert.deepEqual(pasted.problems, ['The table needs a caption: give one in the title box or put it in a row of its own above the headings']);
    const captioned = readPaste('Council\tShare\nBlaenau Gwent\t"£4,825,228"', { title: '2018/19 precept share' });
    assert.deepEqual(captioned.result?.part === 'table' && captioned.result.table, importPrintedTable(readTable('Council,Share\nBlaenau Gwent,"£4,825,228"', 'table.csv'), { title: '2018/19 precept share' }).table);
    assert.deepEqual(readPaste('  ').problems, ['Nothing was pasted.']);
  });

  test('a measure\'s values by quarter are read as pcp import measure reads them', () => {
    const text = 'Calls answered within 10 seconds\nQuarter\tValue\tStatus\nQ1 2023/24\t64.7%\tGreen\nQ2 2023/24\t61.2%\tAmber';
    const pasted = readPaste(text);
    assert.equal(pasted.kind, 'measure');
    assert.deepEqual(pasted.problems, []);
    assert.deepEqual(pasted.result?.part === 'measure' && pasted.result.measure, importMeasureValues(readTable(text, 'values.tsv')).measure);
    // Across the sheet, and yearly values down it (financial years, yet not a budget).
    assert.equal(readPaste('Measure\tQ1 2023/24\tQ2 2023/24\nOfficers\t3400\t3412').kind, 'measure');
    assert.equal(readPaste('Year\tValue\n2021/22\t5\n2022/23\t6', { title: 'Arrests' }).result?.part, 'measure');
  });

  test('"Read the cells as" reads a range as the kind chosen, not the one it looks like', () => {
    const budgetCells = 'Revenue budget\n\t2023-24\nPay\t100';
    assert.equal(readPaste(budgetCells).kind, 'budget');
    const asTable = readPaste(budgetCells, { as: 'table' });
    assert.deepEqual(asTable.result?.part === 'table' && asTable.result.table, { id: 'revenue-budget', caption: 'Revenue budget', head: [[null, '2023-24']], rows: [['Pay', 100]], rowHeaders: true });
    assert.equal(readPaste('Name\tEmail\nAlex\talex@example.org', { as: 'budget' }).problems[0], 'No row has years as column headings (such as 2021-22, 2021/22 or 2021-2022)');
  });

  test('recognise: headings Priority and Aims make an action plan even when a year appears in its cells', () => {
    assert.equal(recognise(readTable('Priority\tAims\tReview Date\nSafer roads\tFewer crashes\t2013-14')), 'actionPlan');
    assert.equal(recognise(readTable('\t2013-14\nPay\t1')), 'budget');
  });
});

describe('addPasted', () => {
  test('a budget joins the budgets, replacing one with the same id; an action plan takes the plan\'s place', () => {
    const pasted = readPaste('Revenue budget\n\t2023-24\nPay\t100');
    assert.equal(pasted.result?.part, 'budget');
    const first = addPasted({ budgets: [{ id: 'capital' }] }, pasted.result!);
    assert.deepEqual(first.path, ['budgets', 1]);
    const again = addPasted(first.feed, pasted.result!);
    assert.deepEqual(again.path, ['budgets', 1]);
    assert.equal((again.feed.budgets as unknown[]).length, 2);
    const plan = readPaste(asPasted(actionPlanCsv));
    const added = addPasted({ actionPlan: { rows: [] } }, plan.result!);
    assert.deepEqual(added.path, ['actionPlan']);
    assert.ok(((added.feed.actionPlan as { rows: unknown[] }).rows.length ?? 0) > 0);
    assert.equal(added.replaced, true);
  });

  test('a measure\'s values go to the plan\'s measure of the same title, keeping its other fields; else a new measure', () => {
    const pasted = readPaste('Quarter\tValue\nQ1 2023/24\t64.7%', { title: 'Calls answered' });
    assert.equal(pasted.result?.part, 'measure');
    const existing = { id: 'kpq-1', title: { en: 'Calls answered', cy: 'Galwadau a atebwyd' }, target: '90%', values: [{ period: '2022/23', figure: '50%' }] };
    const updated = addPasted({ measures: [{ id: 'other', title: 'Other' }, existing] }, pasted.result!);
    assert.deepEqual(updated.path, ['measures', 1]);
    assert.equal(updated.replaced, true);
    assert.deepEqual((updated.feed.measures as unknown[])[1], { ...existing, values: [{ period: 'Q1 2023/24', figure: '64.7%' }] });
    const added = addPasted({}, pasted.result!);
    assert.deepEqual(added, { feed: { measures: [{ id: 'calls-answered', title: 'Calls answered', values: [{ period: 'Q1 2023/24', figure: '64.7%' }] }] }, path: ['measures', 0], replaced: false });
  });

  test('a table joins the tables, replacing one with the same id', () => {
    const pasted = readPaste('Contents\nPage\tHeading\n3\tForeword');
    assert.equal(pasted.result?.part, 'table');
    const first = addPasted({ tables: [{ id: 'bands' }] }, pasted.result!);
    assert.deepEqual(first.path, ['tables', 1]);
    const again = addPasted(first.feed, pasted.result!);
    assert.deepEqual([again.path, again.replaced, (again.feed.tables as unknown[]).length], [['tables', 1], true, 2]);
  });
});
