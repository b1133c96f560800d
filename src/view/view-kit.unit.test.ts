// The shared view-model kit: picking items, text that carries its language, and table models.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { pickItems } from './pick.js';
import { findInTree, flattenTree } from './tree.js';
import { fillText, joinTexts, viewContext } from './plan-text.js';
import { columnShares } from './column-shares.js';
import { tableCsv, tableRows, type TableModel } from './table-model.js';
import { makeFeed, sampleFeed } from './test-feeds.js';

const items = [
  { id: 'focus-on-victims', number: 1, title: 'Focus on victims' },
  { id: 'Safer-Roads', number: '2a', title: 'Safer roads' },
  { id: '3', number: 4, title: 'Odd one' },
];

describe('pickItems', () => {
  test('an empty or missing query picks every item', () => {
    assert.equal(pickItems(items, undefined), items);
    assert.equal(pickItems(items, '  '), items);
  });
  test('an id exactly, then ignoring case', () => {
    assert.deepEqual(pickItems(items, 'focus-on-victims').map((item) => item.id), ['focus-on-victims']);
    assert.deepEqual(pickItems(items, 'safer-roads').map((item) => item.id), ['Safer-Roads']);
    assert.deepEqual(pickItems(items, ' SAFER-ROADS ').map((item) => item.id), ['Safer-Roads']);
  });
  test('an id wins over a number that reads the same', () => {
    assert.deepEqual(pickItems(items, '3').map((item) => item.id), ['3']);
  });
  test('a printed number, ignoring case', () => {
    assert.deepEqual(pickItems(items, '1').map((item) => item.id), ['focus-on-victims']);
    assert.deepEqual(pickItems(items, '2A').map((item) => item.id), ['Safer-Roads']);
    assert.deepEqual(pickItems(items, '4').map((item) => item.id), ['3']);
  });
  test('a title, ignoring case; nothing when nothing matches', () => {
    assert.deepEqual(pickItems(items, 'safer ROADS').map((item) => item.id), ['Safer-Roads']);
    assert.deepEqual(pickItems(items, 'Victims'), []);
  });
});

describe('trees', () => {
  const tree = [
    { id: 'a', children: [{ id: 'a1', children: [{ id: 'a1x' }] }, { id: 'a2' }] },
    { id: 'b' },
  ];
  test('flattenTree lists every level depth first with its depth', () => {
    assert.deepEqual(flattenTree(tree).map(({ item, depth }) => `${item.id}:${depth}`), ['a:0', 'a1:1', 'a1x:2', 'a2:1', 'b:0']);
  });
  test('findInTree finds an item at any depth', () => {
    assert.deepEqual(findInTree(tree, 'a1x') && { id: findInTree(tree, 'a1x')!.item.id, depth: findInTree(tree, 'a1x')!.depth }, { id: 'a1x', depth: 2 });
    assert.equal(findInTree(tree, 'zz'), undefined);
    assert.equal(findInTree(tree, undefined), undefined);
  });
});

describe('viewContext', () => {
  test('English text on an English page carries no language', () => {
    const ctx = viewContext(sampleFeed('essex-2021-2024'));
    assert.deepEqual(ctx.text(ctx.plan.title), { text: ctx.plan.title });
    assert.equal(ctx.text(undefined), undefined);
    assert.equal(ctx.locale, 'en-GB');
  });
  test('on a Welsh page, text the feed gives only in English is marked English; translated text is not', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      title: { en: 'Police and Crime Plan', cy: 'Cynllun Heddlu a Throseddu' },
      objectives: [{ id: 'one', number: 1, title: { en: 'Only in English' } }],
    });
    const ctx = viewContext(feed, 'cy');
    assert.equal(ctx.plan.title, 'Cynllun Heddlu a Throseddu');
    assert.deepEqual(ctx.text(ctx.plan.title), { text: 'Cynllun Heddlu a Throseddu' });
    assert.deepEqual(ctx.text('Only in English'), { text: 'Only in English', lang: 'en' });
    assert.equal(ctx.locale, 'cy-GB');
  });
  test('plain text is in the feed language (English unless it says): marked where the page is in another', async () => {
    await loadCatalogue('cy');
    const english = makeFeed({ objectives: [{ id: 'one', number: 1, title: 'A focus on victims', intro: '2021–25' }] });
    // An English feed on a Welsh page: its plain text is English.
    assert.deepEqual(viewContext(english, 'cy').text('A focus on victims'), { text: 'A focus on victims', lang: 'en' });
    assert.deepEqual(viewContext(english, 'cy-GB').text('A focus on victims'), { text: 'A focus on victims', lang: 'en' });
    // On an English page (or a regional English one) it is in the page's language: unmarked.
    assert.deepEqual(viewContext(english, 'en').text('A focus on victims'), { text: 'A focus on victims' });
    assert.deepEqual(viewContext(english, 'en-GB').text('A focus on victims'), { text: 'A focus on victims' });
    // Figures and dates alone have no language of their own.
    assert.deepEqual(viewContext(english, 'cy').text('2021–25'), { text: '2021–25' });
    // A feed written in Welsh: its plain text is Welsh, marked on an English page and not on a Welsh one.
    const welsh = makeFeed({ language: 'cy', objectives: [{ id: 'one', number: 1, title: 'Ffocws ar ddioddefwyr' }] });
    assert.deepEqual(viewContext(welsh, 'en').text('Ffocws ar ddioddefwyr'), { text: 'Ffocws ar ddioddefwyr', lang: 'cy' });
    assert.deepEqual(viewContext(welsh, 'cy').text('Ffocws ar ddioddefwyr'), { text: 'Ffocws ar ddioddefwyr' });
  });
  test('text given only in Welsh is marked Welsh on an English page', () => {
    const feed = makeFeed({ objectives: [{ id: 'one', number: 1, title: { cy: 'Presenoldeb heddlu gweladwy' } }] });
    const ctx = viewContext(feed, 'en');
    assert.equal(ctx.plan.objectives[0]!.title, 'Presenoldeb heddlu gweladwy');
    assert.deepEqual(ctx.text('Presenoldeb heddlu gweladwy'), { text: 'Presenoldeb heddlu gweladwy', lang: 'cy' });
  });
  test("a bilingual feed on a Welsh page: its Welsh is unmarked, its plain English is marked, one translation wins over the same words plain", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      title: { en: 'Police and Crime Plan', cy: 'Cynllun Heddlu a Throseddu' },
      area: 'Cumbria',
      objectives: [
        { id: 'one', number: 1, title: { en: 'A focus on victims', cy: 'Ffocws ar ddioddefwyr' } },
        { id: 'two', number: 2, title: 'Left in English' },
        { id: 'three', number: 3, title: { en: 'Cumbria', cy: 'Cumbria' } },
      ],
    });
    const ctx = viewContext(feed, 'cy');
    assert.deepEqual(ctx.text(ctx.plan.title), { text: 'Cynllun Heddlu a Throseddu' });
    assert.deepEqual(ctx.text(ctx.plan.objectives[0]!.title), { text: 'Ffocws ar ddioddefwyr' });
    assert.deepEqual(ctx.text(ctx.plan.objectives[1]!.title), { text: 'Left in English', lang: 'en' });
    assert.deepEqual(ctx.text('Cumbria'), { text: 'Cumbria' });
    // The same feed on an English page marks nothing.
    const en = viewContext(feed, 'en');
    for (const objective of en.plan.objectives) assert.deepEqual(en.text(objective.title), { text: objective.title });
  });
  test('texts joined into one keep their language: one mark when they share it, else each part its own', () => {
    const en = (text: string) => ({ text, lang: 'en' });
    // Figures and separators have no language: English words around a figure are English.
    assert.deepEqual(joinTexts([en('has risen by'), { text: '17.8%' }], ' '), { text: 'has risen by 17.8%', lang: 'en' });
    assert.deepEqual(joinTexts([{ text: 'Strydoedd' }, { text: '12' }], ' '), { text: 'Strydoedd 12' });
    assert.deepEqual(joinTexts([{ text: 'llai na' }, en('30p a week')], ' '), {
      text: 'llai na 30p a week',
      parts: [{ text: 'llai na' }, { text: ' ' }, en('30p a week')],
    });
    // The element's own words around feed text: cut where the feed text goes.
    const counts = (done: number, total: number, word: string) => `${done} o ${total} ${word}`;
    assert.deepEqual(fillText(counts, 4, 11, en('Completed')), { text: '4 o 11 Completed', parts: [{ text: '4 o 11 ' }, en('Completed')] });
    assert.deepEqual(fillText(counts, 4, 11, { text: 'wedi’u cyflawni' }), { text: '4 o 11 wedi’u cyflawni' });
  });
  test('a figure joined from its parts (qualifier, printed, basis) is marked when its words are in another language', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({ objectives: [{ id: 'one', number: 1, title: 'One' }] });
    const ctx = viewContext(feed, 'cy');
    // "about" and "a week" are not feed strings here: only strings the feed gives are known.
    assert.deepEqual(ctx.joined(['One', '30p']), { text: 'One 30p', lang: 'en' });
    assert.deepEqual(ctx.joined([undefined, '30p', '']), { text: '30p' });
  });
  test("a plan's word for its level is used on an English page, or where translated; else the element's word", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({ levels: [{ singular: 'pillar', plural: 'pillars' }] });
    assert.equal(viewContext(feed, 'en').word('pillar', 'objective'), 'pillar');
    assert.equal(viewContext(feed, 'cy').word('pillar', 'amcan'), 'amcan');
    assert.equal(viewContext(feed, 'en').word(undefined, 'objective'), 'objective');
  });
  test('contexts are shared per plan, language and words (cheap to ask for again)', () => {
    const feed = sampleFeed('essex-2021-2024');
    assert.equal(viewContext(feed, 'en'), viewContext(feed, 'en'));
  });
});

describe('table models', () => {
  const model: TableModel = {
    caption: { text: 'Budget' },
    columns: [{ text: { text: 'Line' } }, { text: { text: '2023/24' }, numeric: true }, { text: { text: 'Change' }, numeric: true, csv: false }, { text: { text: '2024/25' }, numeric: true }],
    rows: [
      { header: { text: { text: 'Police' }, csv: 'Police' }, cells: [{ text: { text: '£1.50' }, csv: 1.5 }, { text: { text: '+£0.50' } }, { text: { text: '£2.00' }, csv: 2 }] },
      { header: { text: { text: '=cmd' }, csv: '=cmd' }, cells: [{ text: { text: 'n/a' }, csv: 'n/a' }, { text: { text: '' } }, { text: { text: '' } }] },
    ],
    foot: [{ header: { text: { text: 'Total' }, csv: 'Total' }, cells: [{ text: { text: '£1.50' }, csv: 1.5 }, { text: { text: '' } }, { text: { text: '£2.00' }, csv: 2 }] }],
    rowHeaders: true,
    fileName: 'budget',
  };
  test('the CSV has the same rows as the table, without reader-only columns', () => {
    assert.deepEqual(tableRows(model), [
      ['Line', '2023/24', '2024/25'],
      ['Police', 1.5, 2],
      ['=cmd', 'n/a', undefined],
      ['Total', 1.5, 2],
    ]);
  });
  test('CSV text is quoted, guarded against formulas and starts with a byte-order mark', () => {
    assert.equal(tableCsv(model), "\uFEFFLine,2023/24,2024/25\r\nPolice,1.5,2\r\n'=cmd,n/a,\r\nTotal,1.5,2\r\n");
  });
});

describe('columnShares', () => {
  const cell = (text: string) => ({ text: { text } });
  const model: TableModel = {
    caption: { text: 'Sections' },
    columns: ['Name', 'What happens', 'When'].map((text) => ({ text: { text } })),
    rows: [
      { cells: [cell('Cumbria Constabulary'), cell('x '.repeat(100)), cell('2012')] },
      { cells: [cell('IOM'), cell('Short words only'), cell('December 2011')] },
    ],
    rowHeaders: false,
    fileName: 'sections',
  };
  const sum = (percents: readonly number[]) => Math.round(percents.reduce((total, percent) => total + percent, 0) * 10) / 10;

  test('shares follow each column’s longest cell (up to 60 characters) when every word fits, and add up to 100', () => {
    const fitting: TableModel = { ...model, rows: [{ cells: [cell('IOM team here'), cell('x '.repeat(100)), cell('Soon enough')] }] };
    const { percents, minWidth } = columnShares(fitting, [0, 1, 2]);
    assert.equal(minWidth, 40);
    // 13 : 60 : 11 characters.
    assert.deepEqual(percents, [15.5, 71.4, 13.1]);
  });
  test('a column whose share is too small for its longest word at 40em gets what the word needs; the others share the rest', () => {
    const { percents } = columnShares(model, [0, 1, 2]);
    // "Constabulary" (12 × 0.65em + 1em = 8.8em) and "December" (6.2em) of 40em; the middle column the rest.
    assert.deepEqual(percents, [22, 62.5, 15.5]);
  });
  test('every column holds its longest word at the narrowest width', () => {
    const wordy: TableModel = { ...model, rows: [{ cells: [cell('Safeguarding'), cell('x '.repeat(100)), cell('Neighbourhoods')] }] };
    const { percents, minWidth } = columnShares(wordy, [0, 1, 2]);
    assert.equal(sum(percents), 100);
    // "Neighbourhoods": 14 characters × 0.65em + 1em = 10.1em of 40em.
    assert.ok((percents[2]! / 100) * minWidth >= 10.1 - 0.05, `${percents[2]}% of ${minWidth}em`);
    assert.ok((percents[0]! / 100) * minWidth >= 12 * 0.65 + 1 - 0.05, `${percents[0]}% of ${minWidth}em`);
  });
  test('columns whose words need more than 40em together widen the narrowest table instead', () => {
    const wide: TableModel = { ...model, columns: ['Aaaaaaaaaaaaaaaaaaaa', 'Bbbbbbbbbbbbbbbbbbbb', 'Cccccccccccccccccccc', 'Dddddddddddddddddddd'].map((text) => ({ text: { text } })), rows: [] };
    const { percents, minWidth } = columnShares(wide, [0, 1, 2, 3]);
    assert.equal(minWidth, 4 * (20 * 0.65 + 1));
    assert.deepEqual(percents, [25, 25, 25, 25]);
  });
  test('a word past 20 characters (a web address) counts as 20: it wraps rather than widen its column', () => {
    const long: TableModel = { ...model, rows: [{ cells: [cell('a'), cell('www.example-community-safety-partnership.org.uk/contact'), cell('b')] }] };
    const addressed = columnShares(long, [0, 1, 2]);
    const twenty: TableModel = { ...model, rows: [{ cells: [cell('a'), cell('x'.repeat(20) + ' ' + 'y'.repeat(35)), cell('b')] }] };
    assert.deepEqual(addressed, columnShares(twenty, [0, 1, 2]));
  });
  test('only the columns asked for, in that order, and extra text a cell shows', () => {
    const plain = columnShares(model, [2, 0]);
    const marked = columnShares(model, [2, 0], (shown) => (shown.text.text === '2012' ? ['Overdue-by-far'] : []));
    assert.equal(sum(marked.percents), 100);
    assert.ok(marked.percents[0]! > plain.percents[0]!, 'the mark widens its column');
  });
});
