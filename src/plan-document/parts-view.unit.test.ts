// The plan document's printed parts as view models: precepts, printed tables, consultations, bodies, meetings, editions, key figures.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { tableCsv, tableRows } from '../view/table-model.js';
import { makeFeed } from '../view/test-feeds.js';
import {
  bodyView,
  consultationView,
  editionView,
  joinPhrases,
  keyFigureView,
  meetingView,
  objectiveNameView,
  preceptView,
  printedTableView,
  type Phrase,
  type PrintedCell,
  type PrintedTableModel,
} from './parts-view.js';
import { policingPrecept, preceptSurvey } from './plan-document-fixtures.js';

const read = (parts: Phrase | undefined) => (parts ?? []).map((part) => part.text).join('');
/** A printed table's head and rows as the reader sees them, row headers first. */
const shown = (model: PrintedTableModel) => ({
  head: model.head.map((row) => row.map((cell: PrintedCell) => (cell.parts ? read(cell.parts) : cell.text.text))),
  rows: model.rows.map((row) => [...(row.header ? [row.header] : []), ...row.cells].map((cell) => cell.text.text)),
});

describe('joinPhrases', () => {
  test('puts the separator only between the parts given', () => {
    const parts = joinPhrases([{ text: 'a' }, undefined, { text: '' }, false, [{ text: 'b' }, { text: 'c', lang: 'en' }], { text: 'd' }], ' · ');
    assert.deepEqual(parts, [{ text: 'a' }, { text: ' · ' }, { text: 'b' }, { text: 'c', lang: 'en' }, { text: ' · ' }, { text: 'd' }]);
    assert.deepEqual(joinPhrases([undefined, { text: '' }], ', '), []);
  });
});

describe('preceptView', () => {
  const policing = policingPrecept();
  // A third year the plan does not name, with a band printed as "Band B" and a bare number.
  const precept = { ...policing, years: [...policing.years, { period: null, charges: [{ band: 'Band B', amount: 199.5 }] }] };
  const ctx = () => viewContext(makeFeed({ precepts: [precept] }));
  const view = () => preceptView(ctx().plan.precepts![0]!, 0, ctx());

  test('a table of charges: year and stage, each band over the facts the plan gives for it, figures as printed', () => {
    const table = view().table!;
    assert.equal(table.id, 'precept-0');
    assert.equal(table.caption.text, 'Policing precept');
    assert.deepEqual(shown(table), {
      head: [
        ['Year', 'Stage', 'Band D', 'Band B'],
        ['Amount', 'Increase', 'Increase (%)', 'Amount'],
      ],
      rows: [
        ['2023/24', 'set', '£243.30', '£15.00', '', ''],
        ['2024/25', 'proposed', '£256.30', '£13.00', '5.34%', ''],
        // A year the plan does not name is "Not stated"; a bare number is formatted as money with its pence.
        ['Not stated', '', '', '', '', '£199.50'],
      ],
    });
    assert.deepEqual(table.head[0]!.map((cell) => [cell.rowspan, cell.colspan]), [[2, undefined], [2, undefined], [undefined, 3], [undefined, 1]]);
    assert.deepEqual(table.groups, [2, 3, 1]);
    assert.deepEqual(table.head[1]!.map((cell) => cell.numeric), [true, true, true, true]);
    // A band printed as "Band B" is not made "Band Band B".
    assert.deepEqual(table.head[0]![3]!.parts, [{ text: 'Band B' }]);
  });

  test('its CSV has a column per band and fact, numbers as numbers and printed figures as printed', () => {
    const table = view().table!;
    assert.deepEqual(tableRows(table), [
      ['Year', 'Stage', 'Band D Amount', 'Band D Increase', 'Band D Increase (%)', 'Band B Amount'],
      ['2023/24', 'set', '£243.30', '£15.00', undefined, undefined],
      ['2024/25', 'proposed', '£256.30', '£13.00', '5.34%', undefined],
      ['Not stated', undefined, undefined, undefined, undefined, 199.5],
    ]);
    assert.ok(tableCsv(table).startsWith('\uFEFFYear,Stage,Band D Amount'));
  });

  test('a year with more than its charges gets its figures, band notes and decisions; the others none', () => {
    const years = view().years;
    assert.deepEqual(years.map((year) => read(year.heading)), ['2024/25']);
    const [year] = years;
    assert.deepEqual(
      year!.items.map((item) => ('figure' in item ? `${read(item.label)} ${item.figure.text.text}` : read(item.text))),
      ['Precept requirement: £222,183,670', 'Limit: £13 per year for a Band D property', 'Capital budget: £12.4m', 'Band D: the most allowed'],
    );
    assert.equal(year!.decisions!.label, 'Decisions:');
    assert.equal(year!.delivers, undefined);
    assert.equal(view().service?.text, 'Policing');
  });

  test('with no charges there is no table, and a year shows its stage in its heading', () => {
    const ctx = viewContext(makeFeed({ precepts: [{ id: 'fire', title: 'Fire precept', years: [{ period: '2024/25', stage: 'vetoed by the Panel', increase: 12 }] }] }));
    const view = preceptView(ctx.plan.precepts![0]!, 3, ctx);
    assert.equal(view.table, undefined);
    assert.deepEqual(view.years.map((year) => read(year.heading)), ['2024/25 (vetoed by the Panel)']);
    assert.equal((view.years[0]!.items[0] as { figure: { text: { text: string } } }).figure.text.text, '£12');
  });

  test('on a Welsh page, the table\'s own words are Welsh and the band printed only in English is marked so', async () => {
    await loadCatalogue('cy');
    const ctx = viewContext(makeFeed({ precepts: [{ id: 'p', title: 'Precept', years: [{ period: '2024/25', charges: [{ band: { en: 'D' }, amount: '£1.00' }] }] }] }), 'cy');
    const table = preceptView(ctx.plan.precepts![0]!, 0, ctx).table!;
    assert.deepEqual(table.head[0]![0]!.text, { text: 'Blwyddyn' });
    assert.deepEqual(table.head[0]![1]!.parts, [{ text: 'Band' }, { text: ' ' }, { text: 'D', lang: 'en' }]);
  });
});

describe('printedTableView', () => {
  const table = {
    id: 'bands',
    caption: 'Council tax by band',
    head: [['Band', 'Charge', 'Change']],
    rows: [
      ['A', '£170.87', '6.44%'],
      ['D', 256.3, { printed: '£13.00', value: 13, note: 'rounded' }],
      ['H', null, 'not set'],
    ],
    rowHeaders: true,
    notes: ['Bands as set by the council.'],
    objectiveId: 'second',
  };

  test('head, row headers and cells exactly as given; a column is of figures when every cell in it is', () => {
    const ctx = viewContext(makeFeed({ tables: [table] }));
    const view = printedTableView(ctx.plan.tables![0]!, 2, ctx);
    assert.equal(view.table.id, 'table-2');
    assert.deepEqual(shown(view.table), {
      head: [['Band', 'Charge', 'Change']],
      rows: [
        ['A', '£170.87', '6.44%'],
        ['D', '256.3', '£13.00'],
        ['H', '', 'not set'],
      ],
    });
    assert.deepEqual(view.table.rows.map((row) => row.header!.text.text), ['A', 'D', 'H']);
    // "Charge" holds figures only; "Change" has "not set"; the first column heads rows.
    assert.deepEqual(view.table.head[0]!.map((cell) => cell.numeric), [false, true, false]);
    assert.deepEqual(view.table.rows[1]!.cells.map((cell) => cell.numeric), [true, true]);
    assert.deepEqual(view.table.rows[2]!.cells.map((cell) => cell.numeric), [false, false]);
    // A figure with a note keeps it, for the reader to see after the figure.
    assert.deepEqual(view.table.rows[1]!.cells[1]!.details, { printed: '£13.00', value: 13, note: 'rounded' });
    assert.deepEqual(view.notes, ['Bands as set by the council.']);
    assert.deepEqual(view.objective, { label: 'Objective 2:', title: { text: 'Second objective' } });
    assert.deepEqual(tableRows(view.table), [
      ['Band', 'Charge', 'Change'],
      ['A', '£170.87', '6.44%'],
      ['D', 256.3, '£13.00'],
      ['H', undefined, 'not set'],
    ]);
  });

  test('a table with no head and rows of different lengths', () => {
    const ctx = viewContext(makeFeed({ tables: [{ id: 'plain', caption: 'Plain', rows: [['one', 1], ['two']] }] }));
    const view = printedTableView(ctx.plan.tables![0]!, 0, ctx);
    assert.deepEqual(shown(view.table), { head: [], rows: [['one', '1'], ['two']] });
    assert.equal(view.table.rowHeaders, false);
    assert.deepEqual(view.table.columns.map((column) => column.numeric), [false, true]);
    assert.equal(view.objective, undefined);
  });
});

describe('objectiveNameView', () => {
  const feed = () =>
    makeFeed({
      levels: [{ singular: 'pillar', plural: 'pillars' }, { singular: 'priority', plural: 'priorities' }],
      objectives: [
        { id: 'safer-streets', number: 1, title: 'Safer streets', children: [{ id: 'night-time', number: '1.1', title: 'A safer night-time economy', children: [{ id: 'taxis', title: 'Licensed taxis' }] }] },
      ],
    });
  test("names an objective at any depth with the plan's word for its level", () => {
    const ctx = viewContext(feed());
    assert.deepEqual(objectiveNameView('safer-streets', ctx), { label: 'Pillar 1:', title: { text: 'Safer streets' } });
    assert.deepEqual(objectiveNameView('night-time', ctx), { label: 'Priority 1.1:', title: { text: 'A safer night-time economy' } });
    // Three levels down the plan has no word: the document's own, and no number when the plan prints none.
    assert.deepEqual(objectiveNameView('taxis', ctx), { label: 'Objective:', title: { text: 'Licensed taxis' } });
  });
  test('nothing for an id the plan does not have, or none', () => {
    const ctx = viewContext(feed());
    assert.equal(objectiveNameView('nowhere', ctx), undefined);
    assert.equal(objectiveNameView(undefined, ctx), undefined);
  });
});

describe('consultationView', () => {
  test('dates, audiences, questions, responses, results and findings, each only when given', () => {
    const ctx = viewContext(makeFeed());
    const view = consultationView(preceptSurvey(), ctx);
    assert.equal(read(view.dates), 'Opens: 2 January 2024 · Closes: 31 January 2024 · four weeks');
    assert.equal(read(view.audiences), 'Who was asked: residents; businesses');
    assert.deepEqual(view.questions, { label: 'Questions:', items: [{ text: 'Would you pay more?' }] });
    assert.equal(view.respondents!.figure.text.text, 'More than 3,500');
    assert.deepEqual(view.results!.items.map((item) => `${read(item.label)} ${item.figure.text.text}`), ['said yes: 62%']);
    assert.equal(view.findings!.label, 'Findings:');
    assert.equal(view.url, 'https://example.org/survey');
  });
  test('a consultation with only a title says nothing else, and no separator is left over', () => {
    const ctx = viewContext(makeFeed());
    const view = consultationView({ title: 'Survey', closes: '2024-03' }, ctx);
    assert.equal(read(view.dates), 'Closes: March 2024');
    assert.deepEqual([view.audiences, view.questions, view.respondents, view.results, view.findings], [undefined, undefined, undefined, undefined, undefined]);
    assert.deepEqual(consultationView({ title: 'Survey' }, ctx).dates, []);
  });
  test('a bare number of responses is a number with its separators', () => {
    assert.equal(consultationView({ title: 'Survey', respondents: 3512 }, viewContext(makeFeed())).respondents!.figure.text.text, '3,512');
  });
});

describe('bodyView and meetingView', () => {
  const feed = () =>
    makeFeed({
      bodies: [
        { id: 'panel', name: 'Police and Crime Panel', otherNames: ['Panel Heddlu a Throseddu'], kind: 'scrutiny panel', meets: 'quarterly', members: ['Cllr A'], role: 'scrutinises the commissioner' },
        { id: 'board', name: 'Delivery Board', partOf: 'panel' },
        { id: 'orphan', name: 'Forum', partOf: 'gone' },
      ],
      meetings: [
        { title: 'Panel meeting', bodyId: 'panel', date: '2024-02-05', item: 'Agenda Item 62', decisions: [{ number: '62.1', text: 'Precept agreed' }] },
        { title: 'Two meetings', date: '2020-07-23', dateLabel: '23 July 2020 / 7 May 2020', venue: 'County Hall' },
      ],
    });
  test('a body: its other names, kind and meetings, role, members, and the body it reports to', () => {
    const ctx = viewContext(feed());
    const [panel, board, orphan] = ctx.plan.bodies!.map((body) => bodyView(body, ctx));
    assert.equal(read(panel!.otherNames), 'Panel Heddlu a Throseddu');
    assert.equal(read(panel!.kind), 'scrutiny panel · Meets: quarterly');
    assert.equal(panel!.role?.text, 'scrutinises the commissioner');
    assert.deepEqual(panel!.members, { label: 'Members:', items: [{ text: 'Cllr A' }] });
    assert.equal(read(board!.partOf), 'Reports to: Police and Crime Panel');
    assert.deepEqual([board!.kind, board!.otherNames, board!.members], [[], [], undefined]);
    // A body it says it reports to but that the plan does not list: nothing made up.
    assert.equal(orphan!.partOf, undefined);
  });
  test('a meeting: its body, date (as printed when more than one day), venue and item', () => {
    const ctx = viewContext(feed());
    const [panel, two] = ctx.plan.meetings!.map((meeting) => meetingView(meeting, ctx));
    assert.equal(read(panel!.details), 'Police and Crime Panel · 5 February 2024 · Agenda Item 62');
    assert.equal(panel!.decisions!.label, 'Decisions:');
    assert.equal(read(two!.details), '23 July 2020 / 7 May 2020 · County Hall');
  });
});

describe('editionView', () => {
  test('its kind, period, dates, whether it is this edition, its note and contents', () => {
    const ctx = viewContext(makeFeed());
    const view = editionView(
      {
        title: 'Plan 2024-2028',
        kind: 'plan',
        period: { start: '2024-04-01', end: '2028-03-31' },
        date: '2024-04',
        updated: '2024-06-01',
        current: true,
        note: 'replaces the draft',
        contents: [{ title: 'Foreword', page: 3 }],
      },
      ctx,
    );
    assert.equal(read(view.details), 'Full plan, 1 April 2024 to 31 March 2028, April 2024, Last updated: 1 June 2024');
    assert.equal(view.current, '(this edition)');
    assert.equal(view.note?.text, 'replaces the draft');
    assert.equal(view.contents!.label, 'Contents of the printed plan');
    assert.equal(read(view.contents!.entries[0]!.page), 'page 3');
    const other = editionView({ title: 'Leaflet', kind: 'other', period: { start: null, end: null } }, ctx);
    // "other" has no word, and a period with nothing in it is not "Not stated".
    assert.deepEqual([other.details, other.current, other.contents], [[], undefined, undefined]);
  });
});

describe('keyFigureView', () => {
  test('a figure as printed, with its period, note, objective and whether it is illustrative', () => {
    const ctx = viewContext(makeFeed());
    const view = keyFigureView(
      { id: 'budget', label: 'Net revenue budget', value: '£871.652m', period: '2024/25', note: 'before savings', objectiveId: 'first', illustrative: true },
      ctx,
    );
    assert.deepEqual(
      [view.label.text, view.value.text.text, view.period?.text, view.note?.text, view.illustrative, view.objective?.label],
      ['Net revenue budget', '£871.652m', '2024/25', 'before savings', '(illustrative)', 'Objective 1:'],
    );
  });
  test('a bare number in its unit, with every decimal it has; pence kept', () => {
    const ctx = viewContext(makeFeed());
    assert.equal(keyFigureView({ id: 'a', label: 'Budget', value: 97139153.5, unit: 'money' }, ctx).value.text.text, '£97,139,153.50');
    assert.equal(keyFigureView({ id: 'b', label: 'Share', value: 27.5, unit: 'percent' }, ctx).value.text.text, '27.5%');
    assert.equal(keyFigureView({ id: 'c', label: 'Officers', value: 3612 }, ctx).value.text.text, '3,612');
    const detailed = keyFigureView({ id: 'd', label: 'Grant', value: { printed: '£1.2m', value: 1200000, source: { title: 'Home Office' } } }, ctx);
    assert.deepEqual(detailed.value, { text: { text: '£1.2m' }, details: { printed: '£1.2m', value: 1200000, source: { title: 'Home Office' } } });
  });
});
