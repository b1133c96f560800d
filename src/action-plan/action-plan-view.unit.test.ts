// <pcp-action-plan>'s view model: the entries its filters keep, review dates and overdue marks, the
// filter controls, and the one table model the page's tables and the CSV both come from.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext, type ViewContext } from '../view/plan-text.js';
import { tableCsv, tableRows } from '../view/table-model.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { actionPlanView, isFeedDate, reviewAsOf, type ActionPlanOptions, type ActionPlanShown, type ActionPlanView } from './action-plan-view.js';

const westCumbria = () => viewContext(sampleFeed('west-cumbria-csp-2012-13'));

function shown(view: ActionPlanView): ActionPlanShown {
  assert.equal(view.empty, undefined, `expected an action plan, got "${view.empty}"`);
  return view as ActionPlanShown;
}

const show = (ctx: ViewContext, options: ActionPlanOptions = {}) => shown(actionPlanView(ctx, options));

/** The table's lines as the page shows their last three cells: [agency, actions, review date (+ mark)]. */
const entries = (view: ActionPlanShown) =>
  view.table.rows.map(({ cells: [, , , agency, actions, review] }) => [
    agency!.text.text,
    actions!.lines.length ? actions!.lines.map((line) => line.text).join(' | ') : actions!.text.text,
    `${review!.text.text}${review!.overdue ?? ''}`,
  ]);
const agencies = (view: ActionPlanShown) => entries(view).map(([agency]) => agency);

/** A plan with an action plan of the given rows (and partners). */
const withRows = (rows: unknown[], extra: Record<string, unknown> = {}) =>
  viewContext(makeFeed({ publisher: { name: 'Testshire CSP', kind: 'community-safety-partnership' }, actionPlan: { rows }, ...extra }));

describe('actionPlanView', () => {
  test('one set of column widths for every priority’s table, kept while the filters change what is shown', () => {
    const all = show(westCumbria());
    const { percents, minWidth } = all.columnWidths;
    assert.equal(percents.length, 5, 'aims, baseline, agency, actions, review date');
    assert.equal(Math.round(percents.reduce((sum, percent) => sum + percent, 0) * 10) / 10, 100);
    // The review date column is the narrowest, but holds its longest word ("December", 8 characters at
    // 0.65em and 1em of padding) when the table is at its narrowest.
    assert.equal(Math.min(...percents), percents[4]);
    assert.ok((percents[4]! / 100) * minWidth >= 8 * 0.65 + 1 - 0.01, `${percents[4]}% of ${minWidth}em`);
    assert.ok(minWidth >= 40 && minWidth < 50, `${minWidth}em: the narrowest the sections are drawn, or what the columns' words need together`);
    for (const options of [{ priority: 'KSI' }, { agency: 'Prevent & Deter' }, { search: 'housing' }]) {
      assert.deepEqual(show(westCumbria(), options).columnWidths, all.columnWidths, JSON.stringify(options));
    }
  });
  test('every West Cumbria entry, grouped by its five priorities, counted', () => {
    const view = show(westCumbria());
    assert.deepEqual(
      view.groups.map((group) => group.priority.text),
      ['Anti-Social Behaviour', 'Reduce Re-Offending', 'Domestic Violence', 'KSI', 'Crime'],
    );
    assert.equal(view.table.rows.length, 24);
    assert.deepEqual([view.shown, view.total, view.count], [24, 24, 'Showing 24 of 24 entries']);
    assert.equal(view.noMatch, undefined);
    // The groups' lines are the table model's lines, in order: the page draws what the CSV writes.
    assert.deepEqual(view.groups.flatMap((group) => group.lines), view.table.rows);
    const rows = entries(view);
    assert.deepEqual(rows[2], [
      'Prevent & Deter',
      'Report on youths at the different stages of the its your choice programme | Record number of young people referred to Prevent Deter | Record & Monitor numbers accepted onto the Prevent & Deter Programme',
      '–',
    ]);
    assert.ok(rows.some((row) => row[0] === 'IOM Team' && row[1] === 'Address Housing Issues for IOM cohort through Housing Task & Finish Groups'));
    // Agencies with no actions say so.
    assert.deepEqual(rows[4], ['District Delivery Group', 'No actions listed', '–']);
    // An aim spans its agencies: 4 lines, the first carrying the span.
    assert.deepEqual(view.table.rows.slice(2, 7).map((line) => line.span), [4, 0, 0, 0, 3]);
    assert.equal(view.table.rows[2]!.cells[1]!.text.text, 'Reduce Alcohol Related Youth Anti-Social Behaviour');
    // Cards: one per aim, with all its agencies.
    assert.equal(view.groups.flatMap((group) => group.cards).length, sampleFeed('west-cumbria-csp-2012-13').actionPlan!.rows.length);
    assert.equal(view.groups[0]!.cards[1]!.agencies.length, 4);
  });

  test('the title: the action plan\'s own, or the plan\'s with the element\'s words after it', () => {
    const view = show(westCumbria());
    assert.deepEqual(view.title, { text: 'West Cumbria Community Safety Partnership Plan 2012/13' });
    assert.equal(view.titleSuffix, '');
    const untitled = show(withRows([{ priority: 'Safer streets', aims: ['Fewer burglaries'], agencies: [{ agency: 'Police' }] }]));
    assert.deepEqual([untitled.title.text, untitled.titleSuffix], ['Test Police and Crime Plan', ': action plan']);
    assert.equal(untitled.table.caption.text, 'Test Police and Crime Plan: action plan');
  });

  test('review dates as en-GB months, marked when an as-of date has passed them', () => {
    const dated = (view: ActionPlanShown) => entries(view).filter(([, , date]) => date !== '–');
    assert.deepEqual(dated(show(westCumbria(), { asOf: '2012-03' })), [
      ['Derwent & Solway HA / Impact HA', 'Undertake a Pilot to provide accommodation for an IOM Client', 'January 2012Overdue'],
      ['West Cumbria CSP', 'Secure continuation of IOM outreach worker post', 'December 2011Overdue'],
      ['Derwent & Solway HA', 'Radio campaign to be delivered to increase the awareness of the not in my home domestic violence campaign', 'December 2011Overdue'],
    ]);
    // December 2011 is not past on 15 December 2011; nothing is without an as-of date.
    assert.equal(dated(show(westCumbria(), { asOf: '2011-12-15' })).filter(([, , date]) => date!.includes('Overdue')).length, 0);
    assert.equal(dated(show(westCumbria())).filter(([, , date]) => date!.includes('Overdue')).length, 0);
    // January 2012 is past on 1 February 2012, not on 31 January.
    const overdue = (options: ActionPlanOptions) => dated(show(westCumbria(), options)).filter(([, , date]) => date!.includes('Overdue')).length;
    assert.equal(overdue({ asOf: '2012-01-31' }), 2);
    assert.equal(overdue({ asOf: '2012-02-01' }), 3);
    // The feed's own asOf, when there is no attribute.
    const feed = { ...sampleFeed('west-cumbria-csp-2012-13'), asOf: '2012-02' };
    assert.equal(dated(show(viewContext(feed))).filter(([, , date]) => date!.includes('Overdue')).length, 3);
  });

  test('an as-of that is not a date marks nothing, and is not replaced by the feed\'s', () => {
    assert.equal(isFeedDate('2012'), true);
    assert.equal(isFeedDate('2012-03'), true);
    assert.equal(isFeedDate('2012-03-31'), true);
    for (const bad of ['March 2012', '2012-13', '2012-00', '12-03-2012', '']) assert.equal(isFeedDate(bad), false, bad);
    const plan = westCumbria().plan;
    assert.equal(reviewAsOf({ ...plan, asOf: '2012-02' }, 'March 2012'), undefined);
    assert.equal(reviewAsOf({ ...plan, asOf: '2012-02' }, undefined), '2012-02');
    assert.equal(reviewAsOf(plan, '2012-13'), undefined);
    const feed = { ...sampleFeed('west-cumbria-csp-2012-13'), asOf: '2012-02' };
    assert.ok(show(viewContext(feed), { asOf: 'March 2012' }).table.rows.every((line) => line.cells[5]!.overdue === undefined));
  });

  test('a review as printed, alone or after its date; the CSV keeps the feed\'s date', () => {
    const ctx = withRows(
      [
        {
          priority: 'Safer streets',
          aims: ['Fewer burglaries'],
          agencies: [
            { agency: 'Police', reviewDate: '2021-04-01', review: 'then quarterly' },
            { agency: 'Council', review: 'ongoing' },
            { agency: 'Fire', reviewDate: '2020' },
          ],
        },
      ],
      { asOf: '2021-05' },
    );
    const view = show(ctx);
    const reviews = view.table.rows.map((line) => line.cells[5]!);
    assert.deepEqual(reviews.map((cell) => [cell.lines.map((line) => line.text), cell.notes?.map((note) => note.text), cell.overdue]), [
      [['1 April 2021'], ['then quarterly'], 'Overdue'],
      [['ongoing'], undefined, undefined],
      [['2020'], undefined, 'Overdue'],
    ]);
    assert.deepEqual(tableRows(view.table).map((row) => row[5]), ['Review date', '2021-04-01', 'ongoing', '2020']);
  });

  test('filters by agency: its name, a partner\'s full name, or a short name; a joint entry belongs to both partners', () => {
    const police = show(westCumbria(), { agency: 'Cumbria Constabulary' });
    assert.deepEqual(agencies(police), Array(4).fill('Cumbria Constabulary'));
    assert.equal(police.count, 'Showing 4 of 24 entries');
    const full = show(westCumbria(), { agency: 'Derwent & Solway Housing Association' });
    const short = show(westCumbria(), { agency: 'Derwent and Solway HA' });
    assert.equal(full.table.rows.length, 7);
    assert.deepEqual(entries(short), entries(full));
    assert.deepEqual(new Set(agencies(full)), new Set(['Derwent & Solway HA', 'Derwent & Solway Housing Association', 'Derwent & Solway HA / Impact HA']));
    // The control shows the partner's full name.
    assert.equal(short.filters.agency.selected, 'Derwent & Solway Housing Association');
    assert.deepEqual(agencies(show(westCumbria(), { agency: 'Impact HA' })), ['Derwent & Solway HA / Impact HA']);
    // An agency the plan does not name: nothing matches, and the control offers it, selected.
    const nobody = show(westCumbria(), { agency: 'Nobody' });
    assert.deepEqual([nobody.table.rows.length, nobody.noMatch, nobody.groups.length], [0, 'No entries match these filters.', 0]);
    assert.equal(nobody.filters.agency.options.at(-1), 'Nobody');
    assert.equal(nobody.filters.agency.selected, 'Nobody');
  });

  test('filters by priority (printed name or objective id) and by free text', () => {
    const ksi = show(westCumbria(), { priority: 'ksi' });
    assert.deepEqual([ksi.groups.length, ksi.table.rows.length], [1, 1]);
    const byObjective = show(westCumbria(), { priority: 're-offending' });
    assert.equal(byObjective.table.rows.length, 6);
    assert.equal(byObjective.filters.priority.selected, 'Reduce Re-Offending');
    assert.deepEqual(byObjective.filters.priority.options, ['Anti-Social Behaviour', 'Reduce Re-Offending', 'Domestic Violence', 'KSI', 'Crime']);
    const unknown = show(westCumbria(), { priority: 'Nope' });
    assert.deepEqual([unknown.filters.priority.selected, unknown.filters.priority.options.at(-1), unknown.count], ['Nope', 'Nope', 'Showing 0 of 24 entries']);
    assert.deepEqual(agencies(show(westCumbria(), { search: 'credit union' })), ['Derwent & Solway HA']);
    // Searched like names are matched: "and" for "&", and a partner's other names.
    assert.ok(agencies(show(westCumbria(), { search: 'fire and rescue' })).includes('Cumbria Fire & Rescue'));
    assert.deepEqual(agencies(show(westCumbria(), { search: 'Cumbria County Council' })), ['Cumbria Fire & Rescue']);
    assert.deepEqual(agencies(show(westCumbria(), { search: 'fire', priority: 'Anti-Social Behaviour' })), ['Cumbria Fire & Rescue', 'Derwent & Solway HA']);
    // Text found in an aim keeps all its agencies.
    assert.equal(show(westCumbria(), { search: 'alcohol related youth' }).table.rows.length, 4);
    const nothingFound = show(westCumbria(), { search: 'zzz' });
    assert.deepEqual([nothingFound.noMatch, nothingFound.count], ['No entries match these filters.', 'Showing 0 of 24 entries']);
    assert.equal(nothingFound.filters.search.value, 'zzz');
  });

  test('the CSV is the table model: what is shown, with the priority, and lines joined with "; "', () => {
    const view = show(westCumbria(), { agency: 'Cumbria Constabulary' });
    assert.equal(view.table.fileName, 'west-cumbria-csp-2012-13-action-plan');
    const lines = tableCsv(view.table).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Priority,Aims,Baseline data,Agency,Actions,Review date');
    assert.equal(lines.length, 1 + view.table.rows.length);
    assert.match(lines[1]!, /^Anti-Social Behaviour,Reduce Repeat Victimization,,Cumbria Constabulary,Monitor Gold/);
    // Every line of the CSV is a line the page shows, in the same order.
    assert.deepEqual(
      tableRows(view.table).slice(1).map((row) => row[3]),
      agencies(view),
    );
    // The whole table, with aim details after the aims and the review dates as the feed writes them.
    const all = tableRows(show(westCumbria(), { asOf: '2012-03' }).table);
    assert.equal(all.length, 25);
    const detailed = all.find((row) => String(row[1]).includes('; '));
    assert.ok(detailed, 'an aim with details joins them after it');
    assert.deepEqual(all.filter((row) => row[5] !== undefined).map((row) => row[5]), ['Review date', '2012-01', '2011-12', '2011-12']);
  });

  test('an aim with no agency is one line with empty cells; an agency with no actions says so, the CSV leaves it empty', () => {
    const view = show(
      withRows([
        { priority: 'Safer streets', aims: ['Fewer burglaries', 'Fewer robberies'], aimDetails: ['Town centre'], baseline: ['2023: 120', '2024: 110'], agencies: [] },
        { priority: 'Safer streets', aims: ['Safer roads'], agencies: [{ agency: 'Police' }] },
      ]),
    );
    assert.deepEqual([view.shown, view.total], [2, 2]);
    const [first, second] = view.table.rows;
    assert.equal(first!.span, 1);
    assert.deepEqual(first!.cells[1]!.lines.map((line) => line.text), ['Fewer burglaries', 'Fewer robberies']);
    assert.deepEqual(first!.cells[1]!.details?.map((line) => line.text), ['Town centre']);
    assert.deepEqual(first!.cells[2]!.lines.map((line) => line.text), ['2023: 120', '2024: 110']);
    assert.deepEqual(first!.cells.slice(3).map((cell) => [cell.lines.length, cell.text.text]), [[0, '–'], [0, '–'], [0, '–']]);
    assert.deepEqual(second!.cells[2]!.text, { text: '–' });
    assert.deepEqual([second!.cells[4]!.lines.length, second!.cells[4]!.text.text], [0, 'No actions listed']);
    assert.deepEqual(view.groups[0]!.cards[0]!.agencies, []);
    assert.deepEqual(tableRows(view.table).slice(1), [
      ['Safer streets', 'Fewer burglaries; Fewer robberies; Town centre', '2023: 120; 2024: 110', undefined, '', undefined],
      ['Safer streets', 'Safer roads', '', 'Police', '', undefined],
    ]);
  });

  test('twelve priorities in the feed\'s order, each its own group; the same priority later starts a new group', () => {
    const rows = Array.from({ length: 12 }, (_, index) => ({ priority: `Priority ${index + 1}`, aims: [`Aim ${index + 1}`], agencies: [{ agency: 'Police' }] }));
    const view = show(withRows([...rows, { priority: 'Priority 1', aims: ['Again'], agencies: [] }]));
    assert.equal(view.groups.length, 13);
    assert.deepEqual(view.groups.slice(0, 2).map((group) => group.priority.text), ['Priority 1', 'Priority 2']);
    assert.equal(view.groups.at(-1)!.priority.text, 'Priority 1');
    // The control offers each priority once.
    assert.equal(view.filters.priority.options.length, 12);
  });

  test('a priority linked to the objectives it supports, and to its objective when titled otherwise', () => {
    const view = show(
      withRows(
        [
          { priority: 'Safer streets', objectiveId: 'first', aims: ['Fewer burglaries'], agencies: [{ agency: 'Police' }] },
          { priority: 'Second objective', objectiveId: 'second', aims: ['Something'], agencies: [] },
        ],
        {
          objectives: [
            {
              id: 'first',
              number: 1,
              title: 'Streets',
              supports: [
                { planId: 'pcc', objectiveId: 'crime-prevention', url: 'https://pcc.example.org/plan', title: 'Crime prevention' },
                { planId: 'pcc', objectiveId: 'victims' },
              ],
            },
            { id: 'second', number: 2, title: 'Second objective' },
          ],
        },
      ),
    );
    const [first, second] = view.groups;
    assert.deepEqual(first!.supports, {
      word: 'supports',
      objectives: [{ title: { text: 'Crime prevention' }, href: 'https://pcc.example.org/plan#crime-prevention' }, { title: { text: 'victims' } }],
    });
    assert.deepEqual(first!.objective, { word: 'priority', title: { text: 'Streets' } });
    assert.equal(second!.supports, undefined);
    assert.equal(second!.objective, undefined);
  });

  test('an agency links to its partner\'s website when the feed gives one', () => {
    const feed = structuredClone(sampleFeed('west-cumbria-csp-2012-13'));
    feed.partners!.find((partner) => partner.name === 'Cumbria Constabulary')!.url = 'https://www.cumbria.police.uk';
    const view = show(viewContext(feed), { agency: 'Cumbria Constabulary' });
    assert.deepEqual(view.table.rows.map((line) => line.cells[3]!.href), Array(4).fill('https://www.cumbria.police.uk'));
    assert.equal(show(westCumbria()).table.rows.some((line) => line.cells[3]!.href !== undefined), false);
  });

  test('the filter controls: the priorities and the partners as printed, in first-seen order', () => {
    const { filters } = show(westCumbria());
    assert.deepEqual([filters.label, filters.priority.label, filters.agency.label, filters.search.label], ['Filter the action plan', 'Priority', 'Agency', 'Search']);
    assert.deepEqual([filters.priority.selected, filters.agency.selected, filters.search.value], ['', '', '']);
    assert.deepEqual(filters.agency.options.slice(0, 3), ['Cumbria Constabulary', 'Derwent & Solway Housing Association', 'Prevent & Deter']);
    assert.equal(filters.agency.all, 'All agencies');
  });

  test('a plan with no action plan says so', () => {
    assert.deepEqual(actionPlanView(viewContext(makeFeed())), { empty: 'This plan has no action plan.' });
    assert.deepEqual(actionPlanView(withRows([])), { empty: 'This plan has no action plan.' });
  });

  test('on a Welsh page: Welsh words and months, the feed\'s Welsh, English-only text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      publisher: { name: 'Testshire CSP', kind: 'community-safety-partnership' },
      asOf: '2012-03',
      actionPlan: {
        rows: [
          {
            priority: { en: 'Safer streets', cy: 'Strydoedd mwy diogel' },
            aims: [{ en: 'Fewer burglaries' }],
            agencies: [{ agency: { en: 'Police', cy: 'Heddlu' }, actions: [{ en: 'Patrol' }], reviewDate: '2012-01' }],
          },
        ],
      },
    });
    const view = show(viewContext(feed, 'cy'));
    assert.deepEqual([view.title, view.titleSuffix], [{ text: 'Test Police and Crime Plan', lang: 'en' }, ': cynllun gweithredu']);
    assert.equal(view.count, 'Yn dangos 1 o 1 cofnod');
    assert.deepEqual(view.groups[0]!.priority, { text: 'Strydoedd mwy diogel' });
    const [priority, aims, , agency, actions, review] = view.table.rows[0]!.cells;
    assert.deepEqual(aims!.lines, [{ text: 'Fewer burglaries', lang: 'en' }]);
    assert.deepEqual(agency!.lines, [{ text: 'Heddlu' }]);
    assert.deepEqual(actions!.lines, [{ text: 'Patrol', lang: 'en' }]);
    assert.deepEqual([review!.text.text, review!.overdue], ['Ionawr 2012', 'Yn hwyr']);
    // The CSV: Welsh headings, the feed's text in the page's language where it has it, the date as written.
    assert.deepEqual(tableRows(view.table), [
      ['Blaenoriaeth', 'Nodau', 'Data sylfaenol', 'Asiantaeth', 'Camau gweithredu', 'Dyddiad adolygu'],
      [priority!.csv, 'Fewer burglaries', '', 'Heddlu', 'Patrol', '2012-01'],
    ]);
    assert.equal(priority!.csv, 'Strydoedd mwy diogel');
    assert.equal(view.table.fileName, 'test-plan-cynllun-gweithredu');
    assert.deepEqual(view.download, { label: 'Lawrlwytho CSV', after: 'o’r cofnodion a ddangosir' });
    assert.deepEqual(actionPlanView(viewContext(makeFeed(), 'cy')), { empty: 'Nid oes gan y cynllun hwn gynllun gweithredu.' });
    // The feed's word for a priority is not translated: the element's Welsh word labels the objective,
    // whose plain title is in the feed's language, English, and marked so.
    const westCumbriaCy = show(viewContext(sampleFeed('west-cumbria-csp-2012-13'), 'cy'));
    assert.deepEqual(westCumbriaCy.groups[1]!.objective, { word: 'blaenoriaeth', title: { text: 'Re-Offending', lang: 'en' } });
  });
});
