// The view model of <pcp-progress>: what is picked, counted, worded and put in the tables and the CSV.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { tableCsv, tableRows } from '../view/table-model.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { answeredMeasure, everyStatusMeasures, everyStatusObjectives, panelScale } from './progress-fixtures.js';
import { pickProgress, progressView, type ProgressOptions, type ProgressShown } from './progress-view.js';
import { DEFAULT_SCALE, resolveScale, STATUS_PATTERN_COUNT } from './status-scale.js';

/** The view, which must not be the empty state. */
function shown(feed: Parameters<typeof viewContext>[0], options: ProgressOptions = {}, lang = 'en'): ProgressShown {
  const view = progressView(viewContext(feed, lang), options);
  assert.equal(view.kind, 'shown', view.kind === 'empty' ? view.message : '');
  return view as ProgressShown;
}

const texts = (parts: readonly { text: string }[]) => parts.map((part) => part.text).join('');
const csvLines = (view: ProgressShown) => tableCsv(view.download).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
/** A CSV row's non-empty cells by column header. */
function csvRecord(view: ProgressShown, index: number): Record<string, string | number> {
  const [header, ...rows] = tableRows(view.download);
  return Object.fromEntries(rows[index]!.flatMap((cell, column) => (cell === undefined ? [] : [[header![column], cell]])));
}

/** A made-up plan with every status, and measures that go up and down. */
function everyStatus(extra: Record<string, unknown> = {}) {
  const [officers, ksi, visionZero] = everyStatusMeasures();
  return makeFeed({
    asOf: '2025-03',
    objectives: [...everyStatusObjectives(), { id: 'no-actions', number: 3, title: 'Measured only' }],
    measures: [
      { ...officers, objectiveId: 'safer-streets' },
      { ...ksi, objectiveId: 'victims-first' },
      { ...visionZero, objectiveId: 'no-actions' },
    ],
    ...extra,
  });
}

describe('progressView on the bundled feeds', () => {
  test("Cleveland: a row per priority, counted from its commitments, with the plan's summary and key", () => {
    const view = shown(sampleFeed('cleveland-2020-21-update'));
    assert.deepEqual(
      view.commitments?.rows.map((row) => row.counts.text),
      ['4 of 11 delivered, 7 planned', '8 of 13 delivered, 5 planned', '4 of 9 delivered, 5 planned', '3 of 10 delivered, 7 planned', '1 of 5 delivered, 4 planned'],
    );
    assert.equal(texts(view.commitments!.rows[0]!.name), '1 Investing in Our Police');
    assert.deepEqual(view.commitments!.rows[0]!.segments.map((segment) => [segment.status, segment.count]), [['delivered', 4], ['planned', 7]]);
    assert.equal(view.summary?.text, 'Across the plan: 20 of 48 commitments delivered (41.7%); 28 planned.');
    assert.deepEqual(view.legend.map((entry) => entry.label.text), ['Delivered', 'Planned']);
    assert.equal(texts(view.asOf), 'Progress reported in Police and Crime Plan Update (2020-2021); the plan gives no date for it.');
    assert.equal(view.measures, undefined);
  });

  test('Cleveland: the CSV has a header, then a row per priority that stops after its counts', () => {
    const view = shown(sampleFeed('cleveland-2020-21-update'));
    const lines = csvLines(view);
    assert.equal(lines[0], 'Kind,Name,Commitments,Delivered,In progress,At risk,Not started,Planned,Not rated,Baseline,Current,Target,Deadline,Direction,Rating');
    assert.equal(lines[1], 'Objective,1 Investing in Our Police,11,4,0,0,0,7,0');
    assert.equal(lines.length, 6);
    assert.equal(view.download.fileName, 'cleveland-2020-21-update-progress');
  });

  test('Cambridgeshire and Peterborough: no statuses, so no bars; its one measure, picked through its objective', () => {
    const feed = sampleFeed('cambridgeshire-peterborough-2021-2024');
    const view = shown(feed);
    assert.equal(view.commitments, undefined);
    assert.equal(view.measures?.items.length, 1);
    assert.equal(shown(feed, { objective: 'putting-communities-first' }).measures?.items.length, 1);
    assert.equal(shown(feed, { objective: 'PUTTING-COMMUNITIES-FIRST' }).measures?.items.length, 1);
  });

  test("each objective's bar is named by what its row shows, heading then counts, and keyed by its objective", () => {
    const view = shown(sampleFeed('cleveland-2020-21-update'));
    const rows = view.commitments!.rows;
    assert.equal(view.commitments!.chartName, `A bar chart of ${rows.length + (view.commitments!.wholePlan ? 1 : 0)} bars`);
    assert.equal(rows[0]!.label, '1 Investing in Our Police, 4 of 11 delivered, 7 planned');
    assert.equal(rows[0]!.announcement, 'Selected 1 Investing in Our Police');
    assert.equal(rows[0]!.key, `o:${rows[0]!.objectiveId}`);
    assert.equal(new Set(rows.map((row) => row.key)).size, rows.length);
  });

  test('Cumbria reports no progress: the empty state', () => {
    assert.deepEqual(progressView(viewContext(sampleFeed('cumbria-2021-2025'))), { kind: 'empty', message: 'This plan reports no progress yet.' });
  });

  test("Essex: each measure's series is a table with figures as printed, and in the CSV", () => {
    const view = shown(sampleFeed('essex-2021-2024'));
    const confidence = view.measures!.items.find((measure) => measure.id === 'confidence')!;
    const table = confidence.series!.table;
    assert.equal(texts(table.captionParts), 'Confidence: over time');
    assert.deepEqual(table.columns.map((column) => column.text.text), ['Period', 'Figure']);
    assert.deepEqual(
      table.rows.map((row) => [row.header!.text.text, ...row.cells.map((cell) => cell.text.text)]),
      [['12 months to December 2019', '64.7%'], ['12 months to December 2021', '80.1%'], ['12 months to December 2022', '75.0%']],
    );
    assert.deepEqual(tableRows(table).slice(1), [['12 months to December 2019', '64.7%'], ['12 months to December 2021', '80.1%'], ['12 months to December 2022', '75.0%']]);
    assert.equal(confidence.series!.chart?.columns.length, 3);
    assert.equal(confidence.series!.chart?.summary, 'A column chart of the values by period: 3 periods, from 12 months to December 2019 to 12 months to December 2022');
    // Essex's own scale ("Good", "Requires Improvement") comes before the built-in statuses.
    assert.match(csvLines(view)[0]!, /^Kind,Name,Commitments,Good,Requires Improvement,Delivered,/);
    const records = tableRows(view.download).slice(1).map((_, index) => csvRecord(view, index));
    assert.deepEqual(
      records.filter((record) => record['Name'] === 'Confidence'),
      [
        { Kind: 'Measure', Name: 'Confidence', Current: '75.0%' },
        { Kind: 'Measure value', Name: 'Confidence', Current: '64.7%', Period: '12 months to December 2019' },
        { Kind: 'Measure value', Name: 'Confidence', Current: '80.1%', Period: '12 months to December 2021' },
        { Kind: 'Measure value', Name: 'Confidence', Current: '75.0%', Period: '12 months to December 2022' },
      ],
    );
  });

  test('every bundled feed gives a view, and its CSV has as many cells per row as headers, or fewer', () => {
    for (const name of ['brighton-and-hove-2023-2026', 'devon-and-cornwall-2017-2020', 'durham-2018-2021', 'greater-manchester-2024-2029', 'gwent-2021-2025', 'west-yorkshire-2021-2024']) {
      const view = progressView(viewContext(sampleFeed(name)));
      if (view.kind === 'empty') continue;
      const [header, ...rows] = tableRows(view.download);
      for (const row of rows) assert.ok(row.length <= header!.length, name);
    }
  });
});

describe('counting commitments', () => {
  test('every status, in the order of the scale, and "not rated" for a commitment without one', () => {
    const view = shown(everyStatus());
    assert.equal(view.commitments!.rows[0]!.counts.text, '2 of 7 delivered, 1 in progress, 1 at risk, 1 not started, 1 planned, 1 not rated');
    assert.equal(view.summary?.text, 'Across the plan: 2 of 8 commitments delivered (25%); 2 in progress, 1 at risk, 1 not started, 1 planned, 1 not rated.');
    assert.deepEqual(view.legend.map((entry) => entry.label.text), ['Delivered', 'In progress', 'At risk', 'Not started', 'Planned', 'Not rated', 'Amber', 'Green']);
    assert.equal(new Set(view.commitments!.rows[0]!.segments.map((segment) => segment.swatch.pattern)).size, 6);
    assert.deepEqual(view.asOf, [{ text: 'Progress as of March 2025' }]);
  });

  test('an objective without commitments has no row, and one commitment is singular', () => {
    const view = shown(makeFeed({ objectives: [{ id: 'only', title: 'Only', actions: [{ text: 'One', status: 'delivered' }] }, { id: 'bare', title: 'Bare' }] }));
    assert.equal(view.commitments!.rows.length, 1);
    assert.equal(view.summary?.text, 'Across the plan: 1 of 1 commitment delivered (100%).');
  });

  test("the plan's own commitments are a row of their own and count in the summary, only for the whole plan", () => {
    const feed = everyStatus({ commitments: [{ text: 'X', status: 'delivered' }, { text: 'Y', status: 'planned' }] });
    const view = shown(feed);
    assert.equal(texts(view.commitments!.wholePlan!.name), 'For the whole plan');
    assert.equal(view.commitments!.wholePlan!.counts.text, '1 of 2 delivered, 1 planned');
    assert.match(view.summary!.text, /^Across the plan: 3 of 10 commitments delivered/);
    const one = shown(feed, { objective: '1' });
    assert.equal(one.commitments!.wholePlan, undefined);
    assert.match(one.summary!.text, /^Shown here: 2 of 7 commitments delivered/);
  });

  test('twelve objectives with long titles: twelve rows, titles whole', () => {
    const long = 'Protecting vulnerable people and breaking the cycle of domestic abuse in every community of the county';
    const objectives = Array.from({ length: 12 }, (_, index) => ({
      id: `o${index + 1}`,
      number: index + 1,
      title: `${long} ${index + 1}`,
      actions: [{ text: 'A', status: index % 2 ? 'delivered' : 'planned' }],
    }));
    const view = shown(makeFeed({ objectives }));
    assert.equal(view.commitments!.rows.length, 12);
    assert.equal(texts(view.commitments!.rows[11]!.name), `12 ${long} 12`);
    assert.equal(view.summary?.text, 'Across the plan: 6 of 12 commitments delivered (50%); 6 planned.');
  });
});

describe('picking by objective and status', () => {
  test('an objective by number, by id in any case, or by title', () => {
    for (const query of ['2', 'victims-first', 'Victims-First', ' VICTIMS FIRST ']) {
      const view = shown(everyStatus(), { objective: query });
      assert.deepEqual(view.commitments!.rows.map((row) => texts(row.name)), ['2 Victims first'], query);
      assert.deepEqual(view.measures!.items.map((measure) => measure.id), ['ksi'], query);
    }
  });

  test('objectives and their measures are picked by the same rule: an id beats a number that reads the same', () => {
    const feed = makeFeed({
      objectives: [
        { id: '2', number: 1, title: 'Named two', actions: [{ text: 'A', status: 'delivered' }] },
        { id: 'other', number: 2, title: 'Numbered two', actions: [{ text: 'B', status: 'planned' }] },
      ],
      measures: [
        { id: 'm-named', title: 'Of the one named 2', objectiveId: '2', current: 1 },
        { id: 'm-numbered', title: 'Of the one numbered 2', objectiveId: 'other', current: 2 },
      ],
    });
    const { objectives, measures } = pickProgress(viewContext(feed), { objective: '2' });
    assert.deepEqual(objectives.map((objective) => objective.id), ['2']);
    assert.deepEqual(measures.map((measure) => measure.id), ['m-named']);
  });

  test('an objective with measures but no commitments shows its measures', () => {
    const view = shown(everyStatus(), { objective: 'no-actions' });
    assert.equal(view.commitments, undefined);
    assert.deepEqual(view.measures!.items.map((measure) => measure.id), ['vision-zero']);
  });

  test('an unknown objective, or a status nothing has, says nothing matches', () => {
    const noMatch = { kind: 'empty', message: 'No progress matches this selection.' };
    assert.deepEqual(progressView(viewContext(everyStatus()), { objective: 'no-such-objective' }), noMatch);
    assert.deepEqual(progressView(viewContext(everyStatus()), { status: 'red' }), noMatch);
  });

  test('a status picks objectives with commitments in it, and measures with that rating', () => {
    const atRisk = shown(everyStatus(), { status: 'at-risk' });
    assert.equal(atRisk.commitments!.rows.length, 1);
    assert.equal(atRisk.measures, undefined);
    const amber = shown(everyStatus(), { status: 'amber' });
    assert.equal(amber.commitments, undefined);
    assert.deepEqual(amber.measures!.items.map((measure) => measure.id), ['ksi']);
    // A measure without a rating counts as "not rated", as a commitment without a status does.
    const notRated = shown(everyStatus(), { status: 'not-rated' });
    assert.deepEqual(notRated.measures!.items.map((measure) => measure.id), ['vision-zero']);
    assert.equal(notRated.commitments!.rows.length, 1);
  });
});

describe('measures', () => {
  test('up is good and down is good: how far from baseline to target, and where it stands in words', () => {
    const [officers, ksi, zero] = shown(everyStatus()).measures!.items;
    assert.equal(officers!.percent, 50);
    assert.equal(officers!.reading, '50% of the way from the baseline to the target');
    assert.deepEqual(
      officers!.sentences.map((sentence) => `${sentence.lead}${sentence.figure ? ` ${sentence.figure.text.text}` : ''}${sentence.after ?? ''}`),
      ['Now 1,250 officers (March 2021).', 'Baseline 1,150 officers (2019).', 'Target 1,350 officers by 2023.', 'Higher is better.'],
    );
    assert.equal(officers!.after, ' (Illustrative figures.)');
    assert.deepEqual(officers!.rating, { label: { text: 'Green' }, swatch: { pattern: 8, color: 'var(--pcp-status-green, #00703c)' } });
    assert.equal(ksi!.percent, 25);
    assert.equal(zero!.percent, undefined);
    assert.equal(zero!.after, ' No current figure reported yet.');
  });

  test('target met, worse than the baseline, and not met when baseline and target are equal', () => {
    const view = shown(
      makeFeed({
        measures: [
          { id: 'met', title: 'Met', better: 'higher', baseline: 100, target: 120, current: 130 },
          { id: 'worse', title: 'Worse', better: 'lower', baseline: 100, target: 80, current: 140 },
          { id: 'flat', title: 'Flat', better: 'higher', baseline: 50, target: 50, current: 45, unit: '£' },
        ],
      }),
    );
    assert.deepEqual(view.measures!.items.map((measure) => [measure.reading, measure.percent]), [['Target met', 100], ['Worse than the baseline', 0], ['Target not met yet', undefined]]);
    assert.equal(view.measures!.items[2]!.sentences[0]!.figure!.text.text, '£45');
  });

  test('figures as printed keep their pence; bare money keeps its decimals; the CSV has them as printed or as numbers', () => {
    const view = shown(makeFeed({ measures: [{ id: 'cost', title: 'Cost per call', unit: '£', current: '£1,204.50', baseline: 1199.5, target: { printed: '£1,100.00', value: 1100 } }] }));
    const [current, baseline, target] = view.measures!.items[0]!.sentences;
    assert.equal(current!.figure!.text.text, '£1,204.50');
    assert.equal(baseline!.figure!.text.text, '£1,199.50');
    assert.equal(target!.figure!.text.text, '£1,100.00');
    assert.equal(csvLines(view)[1], 'Measure,Cost per call,,,,,,,,1199.5,"£1,204.50","£1,100.00",,,');
    assert.deepEqual(csvRecord(view, 0), { Kind: 'Measure', Name: 'Cost per call', Baseline: 1199.5, Current: '£1,204.50', Target: '£1,100.00' });
  });

  test('a measure with only a title: no sentences, no series, no source', () => {
    const measure = shown(makeFeed({ measures: [{ id: 'bare', title: 'Bare' }] })).measures!.items[0]!;
    assert.deepEqual(measure.sentences, []);
    assert.equal(measure.reading, '');
    assert.equal(measure.after, ' No current figure reported yet.');
    assert.equal(measure.series, undefined);
    assert.equal(measure.source, undefined);
    assert.equal(measure.number, undefined);
  });

  test('a source given as text is a line; a source reference is left to the shared renderer', () => {
    const view = shown(makeFeed({ measures: [{ id: 'a', title: 'A', source: 'Force crime data' }, { id: 'b', title: 'B', source: { title: 'Report', page: 7 } }] }));
    assert.deepEqual(view.measures!.items[0]!.source, { kind: 'text', label: 'Source:', text: { text: 'Force crime data' } });
    assert.deepEqual(view.measures!.items[1]!.source, { kind: 'reference', source: { title: 'Report', page: 7 } });
  });
});

describe("a measure's series", () => {
  const seriesFeed = () =>
    makeFeed({
      ...panelScale(),
      measures: [
        answeredMeasure(),
        { id: 'mixed', title: 'Mixed', values: [{ period: '2020', figure: -3 }, { period: '2021', figure: 4 }] },
      ],
    });

  test('a table: period as the row header, the figure as printed, the status in the plan\'s words with its swatch, the note', () => {
    const table = shown(seriesFeed()).measures!.items[0]!.series!.table;
    assert.deepEqual(table.columns.map((column) => [column.text.text, column.numeric ?? false]), [['Period', false], ['Figure', true], ['Status', false], ['Note', false]]);
    assert.equal(table.rowHeaders, true);
    assert.deepEqual(
      table.rows.map((row) => [row.header!.text.text, ...row.cells.map((cell) => cell.text.text)]),
      [['Q1 2023/24', '88.1%', 'Content', ''], ['Q2 2023/24', '79.4%', 'Requires additional scrutiny', 'new phone system'], ['Q3 2023-24', '90.25', '', '']],
    );
    // The plan's own statuses take the patterns no built-in status has (10 and 11).
    assert.deepEqual(table.rows[1]!.cells[1]!.swatch, { pattern: 11, color: '#d4351c' });
    assert.equal(table.rows[2]!.cells[1]!.swatch, undefined);
  });

  test('a column chart for two or more numbers none below zero, scaled to the tallest', () => {
    const [answered, mixed] = shown(seriesFeed()).measures!.items;
    assert.deepEqual(answered!.series!.chart!.columns.map((column) => Math.round(column.height * 10) / 10), [97.6, 88, 100]);
    assert.equal(answered!.series!.chart!.columns[0]!.swatch?.color, '#00703c');
    assert.equal(mixed!.series!.chart, undefined);
  });

  test("the column chart's name is a summary: its kind, what it shows, how many periods, the first and the last", () => {
    const chart = shown(seriesFeed()).measures!.items[0]!.series!.chart!;
    assert.equal(chart.summary, 'A column chart of the values by period: 3 periods, from Q1 2023/24 to Q3 2023-24');
    // The measure's title is its heading, read just before: not again.
    assert.doesNotMatch(chart.summary, /999 calls/);
  });

  test('each column: the period first, the figure exactly as printed, its status; a key of its own; no place in the name', () => {
    const columns = shown(seriesFeed()).measures!.items[0]!.series!.chart!.columns;
    assert.deepEqual(
      columns.map((column) => [column.key, column.period.text, column.value.text, column.label, column.announcement]),
      [
        ['m:answered:0', 'Q1 2023/24', '88.1%', 'Q1 2023/24, 88.1%, Content', 'Selected Q1 2023/24, 88.1%'],
        ['m:answered:1', 'Q2 2023/24', '79.4%', 'Q2 2023/24, 79.4%, Requires additional scrutiny', 'Selected Q2 2023/24, 79.4%'],
        // A bare number is written in the page's locale (as in the table), never rounded or shortened.
        ['m:answered:2', 'Q3 2023-24', '90.25', 'Q3 2023-24, 90.25', 'Selected Q3 2023-24, 90.25'],
      ],
    );
    for (const [index, column] of columns.entries()) assert.doesNotMatch(column.label, new RegExp(`${index + 1} of ${columns.length}`));
  });

  test("a column carries the plan's note against its value, as written, and only that column", () => {
    const columns = shown(seriesFeed()).measures!.items[0]!.series!.chart!.columns;
    assert.deepEqual(columns.map((column) => column.note?.text), [undefined, 'new phone system', undefined]);
  });

  test("a column's figure is the table's, cell for cell, on every sample feed with values by period", () => {
    let charts = 0;
    for (const name of ['brighton-and-hove-2023-2026', 'essex-2021-2024', 'greater-manchester-2024-2029', 'gwent-2021-2025']) {
      for (const measure of shown(sampleFeed(name)).measures?.items ?? []) {
        const chart = measure.series?.chart;
        if (!chart) continue;
        charts += 1;
        const rows = measure.series!.table.rows;
        assert.deepEqual(
          chart.columns.map((column) => [column.period.text, column.value.text]),
          rows.map((row) => [row.header!.text.text, row.cells[0]!.text.text]),
          `${name} ${measure.id}`,
        );
        assert.match(chart.summary, new RegExp(`^A column chart of the values by period: ${rows.length} periods, from `));
        assert.equal(new Set(chart.columns.map((column) => column.key)).size, rows.length);
      }
    }
    assert.ok(charts >= 8, `${charts} charts`);
  });

  test('in Welsh: the summary and the announcement', async () => {
    await loadCatalogue('cy');
    const chart = shown(seriesFeed(), {}, 'cy').measures!.items[0]!.series!.chart!;
    assert.match(chart.summary, /^Siart colofn o’r gwerthoedd fesul cyfnod: 3 cyfnod, o /);
    assert.match(chart.columns[0]!.announcement, /^Dewiswyd /);
  });

  test('the CSV has a period column, and a row per value with its status', () => {
    const view = shown(seriesFeed());
    assert.match(csvLines(view)[0]!, /,Rating,Period$/);
    const name = 'KPQ 3 999 calls answered in 10 seconds';
    assert.deepEqual(csvRecord(view, 0), { Kind: 'Measure', Name: name, Period: '12 months to March 2024' });
    assert.deepEqual(csvRecord(view, 1), { Kind: 'Measure value', Name: name, Current: '88.1%', Rating: 'Content', Period: 'Q1 2023/24' });
    assert.deepEqual(csvRecord(view, 3), { Kind: 'Measure value', Name: name, Current: 90.25, Period: 'Q3 2023-24' });
    assert.deepEqual(csvRecord(view, 4), { Kind: 'Measure', Name: 'Mixed' });
  });
});

describe('the status scale', () => {
  test("a force's own labels and colours from the scale attribute, in counts, key and CSV header", () => {
    const scale = JSON.stringify({ planned: { label: 'Due', color: '#1d70b8' }, delivered: { label: 'completed', color: '#00703c' }, 'at-risk': { label: 'challenging' } });
    const view = shown(everyStatus(), { scale });
    assert.equal(view.commitments!.rows[0]!.counts.text, '2 of 7 completed, 1 in progress, 1 challenging, 1 not started, 1 Due, 1 not rated');
    assert.deepEqual(view.legend.slice(0, 5).map((entry) => entry.label.text), ['completed', 'In progress', 'challenging', 'Not started', 'Due']);
    assert.equal(view.legend.find((entry) => entry.status === 'planned')!.swatch.color, '#1d70b8');
    assert.match(csvLines(view)[0]!, /^Kind,Name,Commitments,completed,In progress,challenging,Not started,Due,Not rated,/);
  });

  test("the plan's own scale comes first; its done status names what is done; the attribute overrides its label", () => {
    const feed = makeFeed({
      statusScales: [{ id: 'force', statuses: [{ id: 'completed', label: 'Completed', done: true }, { id: 'on-track', label: 'On track', colour: '#1d70b8' }] }],
      objectives: [{ id: 'one', number: 1, title: 'One', actions: [{ text: 'A', status: 'completed' }, { text: 'B', status: 'on-track' }, { text: 'C', status: 'delivered' }] }],
    });
    const view = shown(feed);
    assert.equal(view.commitments!.rows[0]!.counts.text, '2 of 3 Completed, 1 On track');
    assert.deepEqual(view.commitments!.rows[0]!.segments.map((segment) => segment.status), ['completed', 'on-track', 'delivered']);
    assert.match(csvLines(view)[0]!, /^Kind,Name,Commitments,Completed,On track,Delivered,/);
    const renamed = shown(feed, { scale: '{"on-track": {"label": "Going well"}}' });
    assert.equal(renamed.commitments!.rows[0]!.counts.text, '2 of 3 Completed, 1 Going well');
  });

  test('every built-in status has a pattern of its own: "Delivered" and "Green" share a colour, never a swatch', () => {
    const patterns = Object.values(DEFAULT_SCALE).map((style) => style.pattern);
    assert.equal(new Set(patterns).size, patterns.length);
    assert.ok(patterns.every((pattern) => pattern >= 0 && pattern < STATUS_PATTERN_COUNT));
    assert.notEqual(DEFAULT_SCALE.delivered!.pattern, DEFAULT_SCALE.green!.pattern);
    assert.notEqual(DEFAULT_SCALE['at-risk']!.pattern, DEFAULT_SCALE.red!.pattern);
  });

  test("the plan's own statuses take patterns no other status has, so they never look like a built-in one beside them", () => {
    const feed = makeFeed({
      statusScales: [{ id: 'force', statuses: [{ id: 'completed', label: 'Completed', done: true }, { id: 'on-track', label: 'On track', colour: '#1d70b8' }, { id: 'delivered', label: 'Done' }] }],
      objectives: [{ id: 'one', number: 1, title: 'One', actions: [{ text: 'A', status: 'completed' }, { text: 'B', status: 'on-track' }, { text: 'C', status: 'delivered' }] }],
    });
    const { scale } = resolveScale(undefined, undefined, viewContext(feed).plan);
    const patterns = Object.values(scale).map((style) => style.pattern);
    assert.equal(new Set(patterns).size, patterns.length, JSON.stringify(patterns));
    // A built-in status the plan relabels keeps its own pattern.
    assert.equal(scale.delivered!.pattern, DEFAULT_SCALE.delivered!.pattern);
    const segments = shown(feed).commitments!.rows[0]!.segments.map((segment) => segment.swatch.pattern);
    assert.equal(new Set(segments).size, 3);
  });

  test('mistakes in the attribute are reported and the defaults kept', () => {
    const plan = viewContext(everyStatus()).plan;
    const { scale, problems } = resolveScale('{"finished": {"label": "Done"}, "planned": "Due", "delivered": {"label": 3}}', undefined, plan);
    assert.deepEqual(problems.length, 3);
    assert.match(problems[0]!, /"finished" is not a status/);
    assert.match(problems[1]!, /status "planned" needs an object/);
    assert.match(problems[2]!, /label of status "delivered" must be text/);
    assert.equal(scale.delivered!.label, 'Delivered');
    assert.deepEqual(resolveScale('not json', undefined, plan).problems, ['the scale attribute is not valid JSON']);
  });
});

describe('on a Welsh page', () => {
  before(() => loadCatalogue('cy'));

  test("the element's words are Welsh; text the feed gives only in English carries lang en", () => {
    const feed = everyStatus({
      objectives: [
        { id: 'one', number: 1, title: { en: 'Safer streets' }, actions: [{ text: 'A', status: 'delivered' }] },
        { id: 'two', number: 2, title: { en: 'Victims first', cy: 'Dioddefwyr yn gyntaf' }, actions: [{ text: 'B', status: 'planned' }] },
      ],
      measures: [{ id: 'm', title: { en: 'Road deaths' }, values: [{ period: '2023', figure: 3 }, { period: { en: 'Spring' }, figure: 4 }] }],
    });
    const view = shown(feed, {}, 'cy');
    assert.deepEqual(view.commitments!.rows[0]!.name, [{ text: '1 ' }, { text: 'Safer streets', lang: 'en' }]);
    assert.deepEqual(view.commitments!.rows[1]!.name, [{ text: '2 ' }, { text: 'Dioddefwyr yn gyntaf' }]);
    assert.equal(view.commitments!.heading, 'Ymrwymiadau');
    const table = view.measures!.items[0]!.series!.table;
    // The caption's title keeps its language; the element's words after it are the page's.
    assert.deepEqual(table.captionParts, [{ text: 'Road deaths', lang: 'en' }, { text: ': dros amser' }]);
    assert.deepEqual(table.rows[1]!.header!.text, { text: 'Spring', lang: 'en' });
    assert.deepEqual(table.columns.map((column) => column.text.text), ['Cyfnod', 'Ffigur']);
    assert.equal(view.download.fileName, 'test-plan-cynnydd');
  });
});
