// The budget table's view model: one model for the table the reader sees and the CSV.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { tableRows } from '../view/table-model.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { revenueBudget } from './budget-table-fixtures.js';
import { budgetTableView, type BudgetCell, type BudgetTableOptions, type BudgetTableShown, type BudgetTableView } from './budget-table-view.js';

const cumbria = () => viewContext(sampleFeed('cumbria-2021-2025'));

function shown(view: BudgetTableView): BudgetTableShown {
  if ('empty' in view) throw new Error(`no budget shown: ${view.empty}`);
  return view;
}
const show = (options: BudgetTableOptions = {}, ctx = cumbria()) => shown(budgetTableView(ctx, options));

/** The visible table as text: the header row, then each body and foot row (header cell first). */
function visible(view: BudgetTableShown): string[][] {
  const table = view.shownTable;
  const line = (cells: readonly BudgetCell[]) => cells.map((cell) => cell.text.text);
  return [
    table.columns.map((column) => [column.lead, column.text.text].filter(Boolean).join(' ')),
    ...[...table.rows, ...table.foot].map((row) => [row.header!.text.text, ...line(row.cells)]),
  ];
}

/** The CSV as lines, without the byte-order mark. */
const csvLines = (view: BudgetTableShown) => view.csv.replace(/^\uFEFF/, '').trim().split('\r\n');

const CUMBRIA_CSV = [
  'Budget line,2021-2022,2022-2023,2023-2024,2024-2025',
  'Police Officer Pay,97139153,97777271,97038027,99657439',
  'Police Staff Pay,27181018,29072012,30228476,31036493',
  'Non-Pay Costs,17913471,18566079,17590381,17967245',
  'Income,-5260984,-5106493,-5158104,-5318071',
  'Total (as stated),136972658,136308869,139698780,143343106',
];

describe('budgetTableView: Cumbria', () => {
  test('every year and line as printed, income negative and said with "minus", the stated total', () => {
    const view = show();
    assert.deepEqual(visible(view), [
      ['Budget line', '2021-2022', '2022-2023', '2023-2024', '2024-2025'],
      ['Police Officer Pay', '£97,139,153', '£97,777,271', '£97,038,027', '£99,657,439'],
      ['Police Staff Pay', '£27,181,018', '£29,072,012', '£30,228,476', '£31,036,493'],
      ['Non-Pay Costs', '£17,913,471', '£18,566,079', '£17,590,381', '£17,967,245'],
      ['Income', '−£5,260,984', '−£5,106,493', '−£5,158,104', '−£5,318,071'],
      ['Total', '£136,972,658', '£136,308,869', '£139,698,780', '£143,343,106'],
    ]);
    const income = view.shownTable.rows[3]!;
    assert.equal(income.kind, 'income');
    assert.equal(income.cells[0]!.spoken, 'minus £5,260,984');
    // Only a negative amount needs words: a positive one reads as it is.
    assert.equal(view.shownTable.rows[0]!.cells[0]!.spoken, undefined);
    assert.equal(view.title.text, 'Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
    assert.deepEqual(view.table.caption, view.title);
    assert.equal(view.index, 0);
  });

  test('the CSV is the same model: plain numbers, every year, the total as stated', () => {
    const view = show();
    assert.deepEqual(csvLines(view), CUMBRIA_CSV);
    assert.equal(view.table.fileName, 'cumbria-2021-2025-policing-funding-2021-2025');
    assert.equal(view.downloadText, 'Download CSV');
  });

  test('the stated total the lines do not add up to is flagged, and said after the table', () => {
    const view = show();
    assert.deepEqual(
      view.shownTable.foot[0]!.cells.map((cell) => cell.flag),
      [undefined, 'Lines add up to £140,308,869', undefined, undefined],
    );
    assert.equal(view.mismatches?.lead, 'Totals are as the plan states them.');
    assert.deepEqual(view.mismatches?.items, [
      { period: { text: '2022-2023' }, text: 'The plan states £136,308,869 but the lines add up to £140,308,869, a difference of £4,000,000.' },
    ]);
  });

  test('compact amounts: one decimal always, so a column reads alike; the flag in the same format', () => {
    const view = show({ format: 'compact' });
    assert.deepEqual(visible(view)[1], ['Police Officer Pay', '£97.1m', '£97.8m', '£97.0m', '£99.7m']);
    assert.equal(view.shownTable.rows[3]!.cells[0]!.spoken, 'minus £5.3m');
    assert.equal(view.shownTable.foot[0]!.cells[1]!.flag, 'Lines add up to £140.3m');
    // The CSV keeps the exact figures.
    assert.deepEqual(csvLines(view), CUMBRIA_CSV);
  });

  test('change on the previous year: reader-only columns, in pounds and per cent, said with "plus" and "minus"', () => {
    const view = show({ change: true });
    assert.deepEqual(visible(view)[0], [
      'Budget line',
      '2021-2022',
      'Change on 2021-2022',
      '2022-2023',
      'Change on 2022-2023',
      '2023-2024',
      'Change on 2023-2024',
      '2024-2025',
    ]);
    const pay = view.shownTable.rows[0]!.cells;
    assert.deepEqual(
      pay.map((cell) => cell.text.text),
      ['£97,139,153', '+£638,118 (+0.7%)', '£97,777,271', '−£739,244 (−0.8%)', '£97,038,027', '+£2,619,412 (+2.7%)', '£99,657,439'],
    );
    assert.equal(pay[1]!.change, true);
    assert.equal(pay[1]!.spoken, 'plus £638,118 (plus 0.7%)');
    assert.equal(pay[3]!.spoken, 'minus £739,244 (minus 0.8%)');
    // The change between stated totals is of the printed figures; the flag stays on the total, not its change.
    assert.deepEqual(view.shownTable.foot[0]!.cells.map((cell) => cell.flag !== undefined), [false, false, true, false, false, false, false]);
    assert.deepEqual(csvLines(view), CUMBRIA_CSV);
  });

  test('only the years asked for, by id or label; the CSV keeps every year', () => {
    const view = show({ years: '2023-24, 2024-25', change: true });
    assert.deepEqual(visible(view)[0], ['Budget line', '2023-2024', 'Change on 2023-2024', '2024-2025']);
    assert.deepEqual(visible(view)[1], ['Police Officer Pay', '£97,038,027', '+£2,619,412 (+2.7%)', '£99,657,439']);
    // The flagged year is not shown: no flag, nothing said.
    assert.equal(view.shownTable.foot[0]!.cells.some((cell) => cell.flag), false);
    assert.equal(view.mismatches, undefined);
    assert.deepEqual(csvLines(view), CUMBRIA_CSV);

    // Years apart: the change is on the previous year shown.
    const apart = show({ years: '2021-2022 2023-2024', change: true });
    assert.deepEqual(visible(apart)[0], ['Budget line', '2021-2022', 'Change on 2021-2022', '2023-2024']);
    assert.deepEqual(visible(apart)[1]!.slice(2), ['−£101,126 (−0.1%)', '£97,038,027']);
    assert.equal(show({ years: '2021-2022 2022-2023' }).mismatches?.items.length, 1);
  });

  test('a change column needs two years', () => {
    assert.deepEqual(visible(show({ years: '2022-23', change: true }))[0], ['Budget line', '2022-2023']);
  });

  test('total="none" leaves the total row out of the table, not out of the CSV; the mismatch is still said', () => {
    const view = show({ total: 'none' });
    assert.equal(view.shownTable.foot.length, 0);
    assert.equal(view.total, 'none');
    assert.deepEqual(csvLines(view), CUMBRIA_CSV);
    assert.equal(view.mismatches?.items.length, 1);
    assert.equal(show({ total: 'plain' }).shownTable.foot.length, 1);
  });

  test('empty states: no budget, no such budget, none of the years', () => {
    assert.deepEqual(budgetTableView(viewContext(makeFeed())), { empty: 'This plan has no budget.' });
    assert.deepEqual(budgetTableView(cumbria(), { budget: 'capital' }), { empty: 'This plan has no budget "capital".' });
    assert.deepEqual(budgetTableView(cumbria(), { years: '1999-00' }), { empty: 'This budget has none of the years "1999-00".' });
  });

  test('a budget picked by id ignoring case, or by title', () => {
    assert.equal(show({ budget: 'Policing-Funding-2021-2025' }).budget.id, 'policing-funding-2021-2025');
    assert.equal(show({ budget: 'funding planned from the commissioner to the chief constable for policing, 2021 to 2025' }).index, 0);
  });
});

describe('budgetTableView: edge cases', () => {
  const twoBudgets = () =>
    makeFeed({
      budgets: [
        revenueBudget(),
        {
          id: 'capital',
          title: 'Capital budget',
          unit: '£m',
          description: ['What we will build.'],
          notes: ['Figures in millions.'],
          periods: [{ id: '2024-25', label: '2024/25' }, { id: '2025-26' }],
          lines: [
            { id: 'grant', label: 'Government grant', group: 'Funding', values: { '2024-25': '£529.00', '2025-26': 530.25 } },
            { id: 'precept', label: 'Council tax precept', group: 'Funding', illustrative: true, note: 'Band D', values: { '2024-25': { printed: '£78m', value: 78, note: 'estimate' } } },
            { id: 'officers', label: 'Police officers', group: 'Spending', values: { '2024-25': 6.44, '2025-26': 7 } },
            { id: 'more', label: 'More funding', group: 'Funding', values: { '2024-25': 'not known' } },
          ],
          statedTotals: { '2024-25': '£607.00' },
          totalLabel: 'Net budget requirement',
        },
      ],
    });

  test('a wrong stated total is flagged in any feed; the sum that differs is never a figure of its own', () => {
    const view = show({}, viewContext(twoBudgets()));
    assert.deepEqual(visible(view).at(-1), ['Total', '£800', '£900']);
    assert.deepEqual(view.shownTable.foot[0]!.cells.map((cell) => cell.flag), [undefined, 'Lines add up to £850']);
    assert.equal(view.table.fileName, 'test-plan-revenue');
  });

  test('without stated totals there is no total row, in the table or the CSV', () => {
    const feed = twoBudgets();
    delete feed.budgets![0]!.statedTotals;
    const view = show({}, viewContext(feed));
    assert.equal(view.table.foot.length, 0);
    assert.equal(view.mismatches, undefined);
    assert.deepEqual(csvLines(view), ['Budget line,2025-26,2026-27', 'Pay,1000,1100', 'Fees,-200,-250']);
  });

  test('printed amounts exactly as printed; bare numbers with pence when any has them; groups, unit, total label', () => {
    const view = show({ budget: 'Capital' }, viewContext(twoBudgets()));
    const table = view.shownTable;
    assert.equal(table.columns[0]!.text.text, 'Budget line');
    assert.deepEqual(table.columns[0]!.unit, { text: '£m' });
    assert.deepEqual(visible(view).slice(1), [
      ['Government grant', '£529.00', '£530.25'],
      ['Council tax precept', '£78m', '–'],
      ['Police officers', '£6.44', '£7.00'],
      ['More funding', 'not known', '–'],
      ['Net budget requirement', '£607.00', '–'],
    ]);
    // A group heading where the group changes, even back to an earlier one.
    assert.deepEqual(table.rows.map((row) => row.group?.text), ['Funding', undefined, 'Spending', 'Funding']);
    const precept = table.rows[1]!;
    assert.equal(precept.header!.illustrative, '(illustrative)');
    assert.deepEqual(precept.header!.notes, [{ text: 'Band D' }]);
    // A printed figure keeps what the plan says about it, drawn after it.
    assert.deepEqual(precept.cells[0]!.figure, { printed: '£78m', value: 78, note: 'estimate' });
    assert.deepEqual(view.description, [{ text: 'What we will build.' }]);
    assert.deepEqual(view.notes, [{ text: 'Figures in millions.' }]);
    // The CSV: printed text as printed, numbers plain, the plan's total label, no group rows.
    assert.deepEqual(csvLines(view), [
      'Budget line,2024/25,2025-26',
      'Government grant,£529.00,530.25',
      'Council tax precept,£78m,',
      'Police officers,6.44,7',
      'More funding,not known,',
      'Net budget requirement,£607.00,',
    ]);
  });

  test('twelve years and twelve lines: every column and row, in the plan’s order', () => {
    const years = Array.from({ length: 12 }, (_, index) => `${2020 + index}-${String(21 + index).padStart(2, '0')}`);
    const feed = makeFeed({
      budgets: [
        {
          id: 'long',
          title: 'A very long budget title that goes on and on about what the money is for, year after year, until the table is wide',
          periods: years.map((id) => ({ id })),
          lines: Array.from({ length: 12 }, (_, index) => ({ id: `line-${index}`, label: `Line ${index + 1}`, values: Object.fromEntries(years.map((year) => [year, index * 1000])) })),
        },
      ],
    });
    const view = show({ change: true }, viewContext(feed));
    assert.equal(view.shownTable.columns.length, 1 + 12 + 11);
    assert.equal(view.shownTable.rows.length, 12);
    assert.ok(view.shownTable.rows.every((row) => row.cells.length === 23));
    // From zero, a change has no percentage.
    assert.equal(view.shownTable.rows[0]!.cells[1]!.text.text, '£0');
    assert.equal(tableRows(view.table)[0]!.length, 13);
  });
});

describe('budgetTableView: Welsh', () => {
  test('words, money and "minws" in Welsh; English-only feed text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = structuredClone(sampleFeed('cumbria-2021-2025')) as unknown as { budgets: { title: unknown; lines: { label: unknown; illustrative?: boolean }[] }[] };
    const budget = feed.budgets[0]!;
    budget.title = { en: 'Policing funding', cy: 'Cyllid plismona' };
    budget.lines[0]!.label = { en: 'Police Officer Pay', cy: 'Cyflog Swyddogion yr Heddlu' };
    budget.lines[1]!.label = { en: 'Police Staff Pay' };
    budget.lines[2]!.illustrative = true;
    const view = show({ change: true, format: 'compact' }, viewContext(makeFeed(feed as unknown as Record<string, unknown>), 'cy'));
    assert.deepEqual(view.title, { text: 'Cyllid plismona' });
    assert.equal(view.shownTable.columns[0]!.text.text, 'Llinell y gyllideb');
    assert.equal(view.shownTable.columns[2]!.lead, 'Newid ers');
    assert.deepEqual(view.shownTable.rows[0]!.header!.text, { text: 'Cyflog Swyddogion yr Heddlu' });
    assert.deepEqual(view.shownTable.rows[1]!.header!.text, { text: 'Police Staff Pay', lang: 'en' });
    assert.equal(view.shownTable.rows[2]!.header!.illustrative, '(enghreifftiol)');
    assert.equal(view.shownTable.rows[3]!.cells[0]!.spoken, 'minws £5.3m');
    assert.equal(view.shownTable.rows[3]!.cells[1]!.spoken, 'plws £154.5k (plws 2.9%)');
    assert.equal(view.shownTable.foot[0]!.header!.text.text, 'Cyfanswm');
    assert.equal(view.shownTable.foot[0]!.cells[2]!.flag, 'Cyfanswm y llinellau yw £140.3m');
    assert.equal(view.mismatches?.items[0]!.text, 'Mae’r cynllun yn nodi £136,308,869 ond cyfanswm y llinellau yw £140,308,869, gwahaniaeth o £4,000,000.');
    assert.equal(view.downloadText, 'Lawrlwytho CSV');
    const lines = csvLines(view);
    assert.equal(lines[0], 'Llinell y gyllideb,2021-2022,2022-2023,2023-2024,2024-2025');
    assert.equal(lines[2], 'Police Staff Pay,27181018,29072012,30228476,31036493');
    assert.ok(lines.at(-1)!.startsWith('Cyfanswm (fel y’i nodir),136972658,'));
  });
});

describe('budgetTableView: every sample feed', () => {
  for (const name of feedNames) {
    const feed = sampleFeed(name);
    for (const [index, budget] of (feed.budgets ?? []).entries()) {
      test(`${name}: ${budget.id}: the table and the CSV have every line; the CSV every year`, () => {
        const view = show({ budget: budget.id, change: true }, viewContext(feed));
        assert.equal(view.index, index);
        const rows = tableRows(view.table);
        assert.equal(rows[0]!.length, 1 + budget.periods.length);
        assert.equal(rows.length, 1 + budget.lines.length + (budget.statedTotals ? 1 : 0));
        for (const row of [...view.shownTable.rows, ...view.shownTable.foot]) {
          assert.equal(row.cells.length, view.shownTable.columns.length - 1);
          for (const cell of row.cells) assert.doesNotMatch(cell.text.text, /NaN|undefined|Infinity/);
        }
      });
    }
  }
});
