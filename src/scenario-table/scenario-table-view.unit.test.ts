// The scenario tables' view model: which tables, and each cell formatted by its column's unit.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { tableRows } from '../view/table-model.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { scenarioTablesView, type ScenarioTableShown, type ScenarioTablesView } from './scenario-table-view.js';

function tables(view: ScenarioTablesView): readonly ScenarioTableShown[] {
  if ('empty' in view) throw new Error(`no tables: ${view.empty}`);
  return view.tables;
}
/** A table's rows as the reader sees them: the row header, then the cells. */
const seen = (table: ScenarioTableShown) => table.table.rows.map((row) => [row.header!, ...row.cells].map((cell) => cell.text.text));

const columns = [
  { id: 'money', label: 'Band D', unit: 'money' },
  { id: 'share', label: 'Increase', unit: 'percent', decimals: 1 },
  { id: 'count', label: 'Households', unit: 'number', decimals: 2 },
  { id: 'plain', label: 'Any number', unit: 'number' },
  { id: 'words', label: 'Comment', unit: 'text' },
];
const unitsFeed = (extra: Record<string, unknown> = {}) =>
  makeFeed({
    scenarios: [
      {
        id: 'units',
        title: 'What each option costs',
        description: ['Before the table.'],
        notes: ['After the table.'],
        columns,
        rows: [
          { money: 1234.5, share: 2, count: 3, plain: 123456.125, words: 'As printed' },
          { money: '£5m', share: { printed: '3%', note: 'rounded' }, plain: -4, words: 7 },
        ],
      },
      { id: 'second', title: 'Second table', columns: [{ id: 'a', label: 'A', unit: 'text' }], rows: [{ a: 'only' }] },
    ],
    ...extra,
  });

describe('scenarioTablesView', () => {
  test("Cleveland's grant-or-precept table exactly as printed", () => {
    const [table, ...rest] = tables(scenarioTablesView(viewContext(sampleFeed('cleveland-2020-21-update'))));
    assert.equal(rest.length, 0);
    assert.deepEqual(table!.table.columns.map((column) => column.text.text), ['Government Grant Increase', 'Precept Increase']);
    assert.deepEqual(seen(table!), [
      ['0.0%', '9.8%'],
      ['1.0%', '7.6%'],
      ['2.0%', '5.2%'],
      ['3.0%', '3.0%'],
      ['4.3%', '0.0%'],
    ]);
    assert.equal(table!.title.text, 'What does this £3.6m equate to?');
    assert.deepEqual(table!.table.caption, table!.title);
    assert.match(table!.description[0]!.text, /^£3\.6m is the equivalent of a 9\.8% increase in Precept/);
  });

  test('bare numbers by their column: money, per cent and numbers with the decimals given; printed text as printed', () => {
    const [table] = tables(scenarioTablesView(viewContext(unitsFeed())));
    assert.deepEqual(seen(table!), [
      ['£1,234.50', '2.0%', '3.00', '123,456.125', 'As printed'],
      ['£5m', '3%', '–', '−4', '7'],
    ]);
    // Numeric columns are right-aligned, text columns not; the first column heads its row.
    assert.deepEqual(table!.table.columns.map((column) => column.numeric), [true, true, true, true, false]);
    assert.equal(table!.table.rowHeaders, true);
    assert.equal(table!.table.rows[0]!.header!.numeric, true);
    // A printed figure keeps what the plan says about it.
    assert.deepEqual(table!.table.rows[1]!.cells[0]!.figure, { printed: '3%', note: 'rounded' });
    assert.deepEqual(table!.notes, [{ text: 'After the table.' }]);
    // The same model as CSV: numbers plain, printed text as printed, a missing value empty.
    assert.deepEqual(tableRows(table!.table), [
      ['Band D', 'Increase', 'Households', 'Any number', 'Comment'],
      [1234.5, 2, 3, 123456.125, 'As printed'],
      ['£5m', '3%', undefined, -4, 7],
    ]);
  });

  test('one table by id (ignoring case) or title; every table by default', () => {
    const ctx = viewContext(unitsFeed());
    assert.deepEqual(tables(scenarioTablesView(ctx)).map((table) => table.id), ['units', 'second']);
    assert.deepEqual(tables(scenarioTablesView(ctx, { scenario: 'SECOND' })).map((table) => table.id), ['second']);
    assert.deepEqual(tables(scenarioTablesView(ctx, { scenario: 'what each option costs' })).map((table) => table.id), ['units']);
  });

  test('empty states: no tables, no such table', () => {
    assert.deepEqual(scenarioTablesView(viewContext(makeFeed())), { empty: 'This plan has no scenario tables.' });
    assert.deepEqual(scenarioTablesView(viewContext(unitsFeed()), { scenario: 'nope' }), { empty: 'This plan has no scenario table "nope".' });
  });

  test('on a Welsh page: figures for cy-GB, Welsh words, English-only feed text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = unitsFeed();
    const source = feed as unknown as { scenarios: { title: unknown; columns: { label: unknown }[] }[] };
    source.scenarios[0]!.title = { en: 'What each option costs', cy: 'Beth mae pob dewis yn ei gostio' };
    source.scenarios[0]!.columns[1]!.label = { en: 'Increase' };
    const ctx = viewContext(makeFeed(feed as unknown as Record<string, unknown>), 'cy');
    const [table] = tables(scenarioTablesView(ctx));
    assert.deepEqual(table!.title, { text: 'Beth mae pob dewis yn ei gostio' });
    assert.deepEqual(table!.table.columns[1]!.text, { text: 'Increase', lang: 'en' });
    assert.deepEqual(seen(table!)[0], ['£1,234.50', '2.0%', '3.00', '123,456.125', 'As printed']);
    assert.deepEqual(scenarioTablesView(viewContext(makeFeed(), 'cy')), { empty: 'Nid oes gan y cynllun hwn dablau senario.' });
  });

  for (const name of feedNames) {
    const feed = sampleFeed(name);
    if (!feed.scenarios?.length) continue;
    test(`${name}: every table, row and column`, () => {
      const shown = tables(scenarioTablesView(viewContext(feed)));
      assert.equal(shown.length, feed.scenarios!.length);
      shown.forEach((table, index) => {
        const source = feed.scenarios![index]!;
        assert.equal(table.table.rows.length, source.rows.length);
        for (const row of table.table.rows) assert.equal(1 + row.cells.length, source.columns.length);
      });
    });
  }
});
