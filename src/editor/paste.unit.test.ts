/// <reference types="node" />
// Cells pasted from a spreadsheet (tab-separated) are recognised and read with pcp import's own rules:
// the same budget and action plan as `pcp import` makes from the CSV fixtures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { csvParseRows, tsvFormatRows } from 'd3-dsv';
import { importActionPlan } from '../import/action-plan.js';
import { importBudget } from '../import/budget.js';
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

  test('cells that are neither say what a budget and an action plan look like', () => {
    const pasted = readPaste('Name\tEmail\nAlex\talex@example.org');
    assert.equal(pasted.kind, undefined);
    assert.match(pasted.problems[0]!, /budget.*action plan/);
    assert.deepEqual(readPaste('  ').problems, ['Nothing was pasted.']);
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
  });
});
