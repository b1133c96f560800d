// The view model of <pcp-priority-wheel>: segments, centre, panel, table and CSV, in Node.
import { COLOUR_COUNT, PATTERN_COUNT } from '../charts/ring-palette.js';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext, type ViewContext } from '../view/plan-text.js';
import { tableCsv, tableRows } from '../view/table-model.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { approximateWidth, type Measure } from './fit-label.js';
import {
  centreTextOf,
  priorityWheelView,
  wheelSize,
  wheelTable,
  type WheelOptions,
  type WheelSegmentView,
  type WheelShownView,
} from './priority-wheel-view.js';
import { cachedWheelLayout } from './wheel-layout.js';
import { pointOutside } from './wheel-fixtures.js';

const defaults: WheelOptions = { rings: 1, detail: 'panel', view: 'chart', width: 576 };

/** The view of a plan with objectives (fails the test when the view is the empty state). */
function shown(ctx: ViewContext, options: Partial<WheelOptions> = {}): WheelShownView {
  const view = priorityWheelView(ctx, { ...defaults, ...options });
  assert.equal(view.kind, 'wheel');
  return view as WheelShownView;
}

/** What a segment shows, as one line. */
const visible = (segment: WheelSegmentView) => segment.label?.lines.join(' ') ?? '';

/** The CSV as rows of text, without the byte-order mark. */
const csvLines = (ctx: ViewContext) => tableCsv(wheelTable(ctx)).replace(/^\uFEFF/, '').trimEnd().split('\r\n');

/** Objectives with long titles and 1 to 4 actions each, numbered 1… */
function longTitles(count: number, extra: Record<string, unknown> = {}) {
  const titles = [
    'Preventing offending and reducing reoffending across the whole county',
    'Victims',
    'A visible and effective police presence in every community',
  ];
  return Array.from({ length: count }, (_, index) => ({
    id: `objective-${index + 1}`,
    number: index + 1,
    title: titles[index % 3],
    actions: Array.from({ length: (index % 4) + 1 }, (_, action) => ({ text: `Action ${action + 1}` })),
    ...extra,
  }));
}

/** Every label's block lies inside its own segment, measured as it was fitted. */
function assertLabelsInside(segments: readonly WheelSegmentView[], measure: Measure = approximateWidth): void {
  for (const segment of segments) {
    const label = segment.label;
    assert.ok(label, `${segment.name} has a label`);
    const outside = pointOutside(label, segment.sector, measure);
    assert.equal(outside, undefined, `${segment.name}: (${outside?.map((n) => n.toFixed(1)).join(', ')}) inside`);
  }
}

describe('priorityWheelView on the bundled feeds', () => {
  for (const name of feedNames) {
    test(`${name}: one named, labelled segment per objective, and a table and CSV of the same objectives`, () => {
      const ctx = viewContext(sampleFeed(name));
      const { objectives } = ctx.plan;
      const view = priorityWheelView(ctx, defaults);
      if (objectives.length === 0) {
        assert.deepEqual(view, { kind: 'empty', message: 'This plan has no objectives to show.' });
        return;
      }
      assert.equal(view.kind, 'wheel');
      const { chart, table } = view as WheelShownView;
      assert.ok(chart);
      assert.equal(chart.objectives.length, objectives.length);
      for (const [index, segment] of chart.objectives.entries()) {
        const objective = objectives[index]!;
        assert.equal(segment.objectiveId, objective.id);
        assert.equal(segment.key, `o${index}`);
        // A numbered objective shows at least its number; an unnumbered one its title, its short title,
        // or (too small for either) nothing: never a number the plan does not give.
        if (objective.number !== undefined) assert.notEqual(visible(segment), '');
        else if (segment.label) assert.ok([objective.title, objective.shortTitle].includes(visible(segment)), visible(segment));
        // Voice control users say what they see: the name starts with the label, and names the whole title.
        assert.ok(segment.name.startsWith(visible(segment)), `${segment.name} starts with ${visible(segment)}`);
        assert.ok(segment.name.includes(objective.title));
        assert.deepEqual(segment.position, { index: index + 1, of: objectives.length });
        // Its position is aria-posinset and aria-setsize, not words in its name as well.
        assert.doesNotMatch(segment.name, / \d+ of \d+/);
        assert.ok(segment.colour >= 0 && segment.colour < COLOUR_COUNT && segment.pattern >= 0 && segment.pattern < PATTERN_COUNT);
        assert.equal(segment.number, objective.number === undefined ? undefined : String(objective.number));
        if (segment.label) assert.equal(segment.label.numbered, objective.number !== undefined);
      }
      assertLabelsInside(chart.objectives.filter((segment) => segment.label));
      // Nothing selected: the first segment holds the tab stop.
      assert.deepEqual(chart.objectives.filter((segment) => segment.tabStop).map((segment) => segment.key), ['o0']);
      assert.equal(chart.selected, undefined);

      assert.equal(table.rows.length, objectives.length);
      const lines = csvLines(ctx);
      assert.equal(lines.length, objectives.length + 1);
      assert.match(lines[0]!, /^Number,Title,[^,]+,Actions,Action list$/);
      // The table shows what the CSV gets, less the action list.
      const rows = tableRows(table);
      for (const [index, row] of table.rows.entries()) {
        assert.equal(row.cells[1]!.text.text, objectives[index]!.title);
        assert.equal(rows[index + 1]![1], objectives[index]!.title);
        assert.equal(rows[index + 1]![3], objectives[index]!.actions?.length ?? 0);
      }
    });
  }

  test('Cambridgeshire and Peterborough: its themes round its strapline, named as before', () => {
    const ctx = viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024'));
    const view = shown(ctx);
    assert.equal(view.centreText, 'Tackling crime and keeping communities safe');
    assert.deepEqual(view.summary, {
      text: 'Priority wheel of Police and Crime Plan 2021 to 2024: "Tackling crime and keeping communities safe" at the centre, with 5 themes around it.',
    });
    assert.deepEqual(view.chart!.objectives.map((segment) => segment.name), [
      'Putting communities first, 8 actions',
      'Crime prevention, 9 actions',
      'Supporting victims and witnesses, 7 actions',
      'Ethical policing, 8 actions',
      'Robust enforcement, 7 actions',
    ]);
    // "theme 1 of 5" is aria-posinset and aria-setsize: said once, by the screen reader.
    assert.deepEqual(view.chart!.objectives.map((segment) => segment.position), [1, 2, 3, 4, 5].map((index) => ({ index, of: 5 })));
    assert.equal(view.chart!.objectivesLabel, 'themes');
    assert.deepEqual(view.detail, { kind: 'prompt', prompt: 'Select a theme in the wheel to see what the plan will do.' });
    // The plan's own heading for the summary heads that column.
    assert.match(csvLines(ctx)[0]!, /^Number,Title,What we will do,Actions,Action list$/);
  });

  test('Cumbria: the table and CSV as the element has always given them', () => {
    const ctx = viewContext(sampleFeed('cumbria-2021-2025'));
    const { table } = shown(ctx, { view: 'table' });
    assert.equal(table.caption.text, 'Police and Crime Plan 2021-2025: objectives');
    assert.deepEqual(table.captionParts, [{ text: 'Police and Crime Plan 2021-2025' }, { text: ': objectives' }]);
    assert.equal(table.fileName, 'cumbria-2021-2025-objectives');
    assert.deepEqual(
      table.columns.filter((column) => column.shown !== false).map((column) => [column.text.text, Boolean(column.numeric)]),
      [['Number', false], ['Title', false], ['Summary', false], ['Actions', true]],
    );
    const third = table.rows[2]!.cells;
    assert.deepEqual(third.map((cell) => Boolean(cell.rowHeader)), [false, true, false, false, false]);
    assert.equal(third[1]!.text.text, 'A focus on victims');
    assert.equal(third[3]!.text.text, '9');
    const lines = csvLines(ctx);
    assert.equal(lines[0], 'Number,Title,Summary,Actions,Action list');
    assert.match(lines[3]!, /^3,A focus on victims,,9,"?Commission services to support victims/);
    // The action list keeps every action, in order, parted by " | ".
    const actions = ctx.plan.objectives[2]!.actions!.map((action) => action.text);
    assert.equal(tableRows(table)[3]![4], actions.join(' | '));
  });

  test('Durham: numbers as printed (1 and 3), and only the top level of a plan with children', () => {
    const ctx = viewContext(sampleFeed('durham-2018-2021'));
    const { chart, table } = shown(ctx);
    assert.deepEqual(chart!.objectives.map((segment) => segment.number), ['1', '3']);
    assert.deepEqual(chart!.objectives.map((segment) => segment.label!.lines[0]), ['1', '3']);
    assert.deepEqual(table.rows.map((row) => row.cells[0]!.text.text), ['1', '3']);
    // A child selected elsewhere (in <pcp-objectives>) is not a segment here: nothing is highlighted.
    const child = ctx.plan.objectives[0]!.children![0]!;
    const view = shown(ctx, { selectedId: child.id });
    assert.equal(view.chart!.selected, undefined);
    assert.equal(view.detail!.kind, 'prompt');
  });
});

describe('priorityWheelView: selection, focus and the keyboard', () => {
  const ctx = viewContext(sampleFeed('cumbria-2021-2025'));

  test('the selected objective is highlighted in both rings, selected only in the first, and shown in the panel', () => {
    const victims = ctx.plan.objectives[2]!;
    const view = shown(ctx, { rings: 2, selectedId: victims.id });
    const chart = view.chart!;
    assert.equal(chart.selected?.key, 'o2');
    assert.deepEqual(chart.objectives.filter((segment) => segment.ariaSelected).map((segment) => segment.key), ['o2']);
    const actions = chart.actionRing!.segments;
    assert.ok(actions.filter((segment) => segment.objectiveIndex === 2).every((segment) => segment.selected && !segment.ariaSelected));
    assert.ok(actions.filter((segment) => segment.objectiveIndex !== 2).every((segment) => !segment.selected));
    // The tab stops: the selected objective, and its first action.
    assert.deepEqual([...chart.objectives, ...actions].filter((segment) => segment.tabStop).map((segment) => segment.key), ['o2', 'a2.0']);
    // Selecting it, or any of its actions, announces the objective.
    assert.equal(chart.objectives[2]!.announcement, 'Selected objective 3: A focus on victims');
    assert.ok(actions.filter((segment) => segment.objectiveIndex === 2).every((segment) => segment.announcement === chart.objectives[2]!.announcement));
    const detail = view.detail;
    assert.ok(detail && detail.kind === 'objective');
    assert.equal(detail.number, '3');
    assert.deepEqual(detail.title, { text: 'A focus on victims' });
    assert.equal(detail.actions.length, 9);
  });

  test('the selection is an id, matched exactly: a number, a title or another case selects nothing', () => {
    const feed = makeFeed({ objectives: [{ id: 'focus-on-victims', number: 1, title: 'Victims' }, { id: 'roads', number: 2, title: 'Roads' }] });
    const plain = viewContext(feed);
    assert.equal(shown(plain, { selectedId: 'focus-on-victims' }).chart!.selected?.objectiveId, 'focus-on-victims');
    for (const id of ['Focus-On-Victims', '1', 'Victims', 'nothing-like-it', undefined]) {
      const view = shown(plain, { selectedId: id });
      assert.equal(view.chart!.selected, undefined, id);
      assert.ok(view.chart!.objectives.every((segment) => !segment.selected && !segment.ariaSelected));
      assert.deepEqual(view.detail, { kind: 'prompt', prompt: 'Select an objective in the wheel to see what the plan will do.' });
    }
  });

  test('the focused segment holds its ring’s tab stop and is the one the focus ring is drawn round', () => {
    const chart = shown(ctx, { rings: 2, selectedId: ctx.plan.objectives[0]!.id, focusKey: 'o4' }).chart!;
    assert.equal(chart.focused?.key, 'o4');
    assert.deepEqual(chart.objectives.filter((segment) => segment.tabStop).map((segment) => segment.key), ['o4']);
    assert.deepEqual(chart.actionRing!.segments.filter((segment) => segment.tabStop).map((segment) => segment.key), ['a0.0']);
    const inActions = shown(ctx, { rings: 2, focusKey: 'a3.1' }).chart!;
    assert.equal(inActions.focused?.key, 'a3.1');
    assert.deepEqual(inActions.actionRing!.segments.filter((segment) => segment.tabStop).map((segment) => segment.key), ['a3.1']);
    assert.deepEqual(inActions.objectives.filter((segment) => segment.tabStop).map((segment) => segment.key), ['o0']);
  });

  test('the outer ring: every action in order, grouped under its objective, named by its position', () => {
    const chart = shown(ctx, { rings: 2 }).chart!;
    const ring = chart.actionRing!;
    assert.equal(ring.label, 'Actions of each objective');
    assert.equal(ring.segments.length, 38);
    assert.deepEqual(ring.groups.map((group) => group.label), ctx.plan.objectives.map((objective) => `objective ${objective.number}`));
    assert.deepEqual(ring.groups.flatMap((group) => group.segments), ring.segments);
    assert.deepEqual(ring.segments.slice(0, 2).map((segment) => segment.key), ['a0.0', 'a0.1']);
    assert.match(ring.segments[0]!.name, /^Develop projects and support policing activities.*local communities, action 1 of 9 of objective 1$/);
    // Action segments carry their objective's colour and pattern, and no label of their own.
    assert.ok(
      ring.segments.every((segment) => {
        const objective = chart.objectives[segment.objectiveIndex]!;
        return segment.colour === objective.colour && segment.pattern === objective.pattern && segment.label === undefined && segment.position === undefined;
      }),
    );
    assert.match(shown(ctx, { rings: 2 }).summary.text, / and their actions in an outer ring\.$/);
  });

  test('an unnumbered plan names actions by their objective’s title, and drops their closing punctuation', () => {
    const feed = makeFeed({
      objectives: [
        { id: 'a', title: 'Safer roads', actions: [{ text: 'Enforce speed limits;' }, { text: 'Educate drivers.' }] },
        { id: 'b', title: 'Victims' },
      ],
    });
    const chart = shown(viewContext(feed), { rings: 2 }).chart!;
    assert.deepEqual(chart.actionRing!.segments.map((segment) => segment.name), [
      'Enforce speed limits, action 1 of 2 of Safer roads',
      'Educate drivers, action 2 of 2 of Safer roads',
    ]);
    assert.deepEqual(chart.actionRing!.groups.map((group) => group.label), ['Safer roads', 'Victims']);
    assert.deepEqual(chart.actionRing!.groups[1]!.segments, []);
    assert.equal(chart.objectives[0]!.label?.numbered, false);
  });

  test('with rings="2" but no actions anywhere there is no outer ring', () => {
    const chart = shown(viewContext(makeFeed()), { rings: 2 }).chart!;
    assert.equal(chart.actionRing, undefined);
  });
});

describe('priorityWheelView: edge cases', () => {
  test('2 objectives, each a half of the wheel', () => {
    const chart = shown(viewContext(makeFeed())).chart!;
    assert.equal(chart.objectives.length, 2);
    assert.deepEqual(chart.objectives.map((segment) => visible(segment)), ['1 First objective', '2 Second objective']);
    assert.ok(Math.abs(chart.objectives[0]!.sector.endAngle - Math.PI) < 1e-9);
    assert.deepEqual(chart.objectives.map((segment) => segment.name), ['1 First objective', '2 Second objective']);
  });

  // With six colours and six patterns in turn, objective 7 came back to objective 1's, beside it.
  for (let count = 2; count <= 12; count += 1) {
    test(`${count} objectives: every segment's colour and pattern differ from both its neighbours’, round the wheel and in the outer ring`, () => {
      const chart = shown(viewContext(makeFeed({ objectives: longTitles(count) })), { rings: 2 }).chart!;
      const ring = chart.objectives;
      for (const [index, segment] of ring.entries()) {
        const next = ring[(index + 1) % count]!;
        assert.notEqual(segment.colour, next.colour, `colours of ${index + 1} and ${((index + 1) % count) + 1}`);
        assert.notEqual(segment.pattern, next.pattern, `patterns of ${index + 1} and ${((index + 1) % count) + 1}`);
      }
      // The outer ring: where one objective's actions meet the next's, they differ too.
      const actions = chart.actionRing!.segments;
      for (const [index, segment] of actions.entries()) {
        const next = actions[(index + 1) % actions.length]!;
        if (next.objectiveIndex === segment.objectiveIndex) continue;
        assert.notEqual(segment.colour, next.colour);
        assert.notEqual(segment.pattern, next.pattern);
      }
    });
  }

  for (const width of [280, 600, 1200]) {
    test(`12 objectives with long titles at ${width}px: each labelled inside its segment with its number, or its number and a line in the key`, () => {
      const chart = shown(viewContext(makeFeed({ objectives: longTitles(12) })), { width }).chart!;
      assert.equal(chart.size, wheelSize(width));
      assert.equal(chart.objectives.length, 12);
      assertLabelsInside(chart.objectives.filter((segment) => segment.label));
      const keyed = chart.key.map((entry) => entry.objectiveId);
      for (const [index, segment] of chart.objectives.entries()) {
        assert.ok(segment.name.startsWith(visible(segment)));
        assert.deepEqual(segment.position, { index: index + 1, of: 12 });
        if (segment.label) assert.equal(segment.label.lines[0], String(index + 1));
        // A segment showing at most its number has its title in the key.
        if ((segment.label?.lines.length ?? 0) <= 1) assert.ok(keyed.includes(segment.objectiveId), `${width}px: ${segment.name}`);
      }
      // Six colours and six patterns, repeated past six.
      assert.deepEqual(chart.objectives.map((segment) => segment.colour), [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
    });
  }

  test('a title too long for its segment gives way to its short title, and the name then gives the whole title', () => {
    const objectives = longTitles(12);
    objectives[0] = {
      ...objectives[0]!,
      title: 'Preventing offending and reducing reoffending among young people and adults across the whole county',
      shortTitle: 'Reoffending',
    } as (typeof objectives)[number];
    const chart = shown(viewContext(makeFeed({ objectives })), { width: 576 }).chart!;
    assert.equal(visible(chart.objectives[0]!), '1 Reoffending');
    assert.equal(chart.objectives[0]!.name, `1 Reoffending, ${objectives[0]!.title}, 1 action`);
  });

  test('an unnumbered segment too small for its title gets no number the plan does not give; its name is its title', () => {
    const objectives = longTitles(12).map(({ number: _number, ...objective }) => objective);
    for (const width of [280, 375, 576]) {
      const chart = shown(viewContext(makeFeed({ objectives })), { width }).chart!;
      for (const [index, segment] of chart.objectives.entries()) {
        const title = objectives[index]!.title!;
        // What a segment shows is its title, or nothing: never a number.
        assert.doesNotMatch(visible(segment), /\d/, `${width}px, segment ${index + 1}`);
        if (segment.label) assert.equal(visible(segment), title);
        else assert.ok(segment.name.startsWith(`${title}, `), segment.name);
        assert.equal(segment.number, undefined);
      }
    }
    // The point of the test: at 280px some titles do not fit.
    assert.ok(shown(viewContext(makeFeed({ objectives })), { width: 280 }).chart!.objectives.some((segment) => !segment.label));
  });

  test('numbers as printed: "1a" stays text, 2 stays a number in the CSV', () => {
    const ctx = viewContext(makeFeed({ objectives: [{ id: 'a', number: '1a', title: 'Alpha' }, { id: 'b', number: 2, title: 'Beta' }] }));
    const { chart, table } = shown(ctx);
    assert.deepEqual(chart!.objectives.map((segment) => segment.label!.lines[0]), ['1a', '2']);
    assert.deepEqual(table.rows.map((row) => row.cells[0]!.text.text), ['1a', '2']);
    assert.deepEqual(tableRows(table).slice(1).map((row) => row[0]), ['1a', 2]);
  });

  test('missing parts: the centre falls back from strapline to vision to title; no summary or actions leaves cells empty', () => {
    assert.equal(centreTextOf(viewContext(makeFeed({ strapline: 'Safer together', vision: ['A vision'] })).plan), 'Safer together');
    assert.equal(centreTextOf(viewContext(makeFeed({ vision: ['A vision', 'More'] })).plan), 'A vision');
    const ctx = viewContext(makeFeed());
    assert.equal(shown(ctx).centreText, 'Test Police and Crime Plan');
    assert.deepEqual(tableRows(wheelTable(ctx))[1], [1, 'First objective', '', 0, '']);
    const detail = shown(ctx, { selectedId: 'first' }).detail;
    assert.deepEqual(detail, { kind: 'objective', number: '1', title: { text: 'First objective' }, summary: [], intro: undefined, actions: [] });
  });

  test('a summary in several paragraphs: shown as parts, one cell of text in the CSV', () => {
    const ctx = viewContext(makeFeed({ objectives: [{ id: 'a', number: 1, title: 'Alpha', summary: ['One.', 'Two.'], intro: 'We will:' }] }));
    const cell = wheelTable(ctx).rows[0]!.cells[2]!;
    assert.deepEqual(cell.parts, [{ text: 'One.' }, { text: 'Two.' }]);
    assert.equal(cell.csv, 'One. Two.');
    const detail = shown(ctx, { selectedId: 'a' }).detail;
    assert.ok(detail?.kind === 'objective');
    assert.deepEqual(detail.summary, [{ text: 'One.' }, { text: 'Two.' }]);
    assert.deepEqual(detail.intro, { text: 'We will:' });
  });

  test('view="table" leaves out the drawing; detail="none" the panel', () => {
    const ctx = viewContext(makeFeed());
    const table = shown(ctx, { view: 'table' });
    assert.equal(table.chart, undefined);
    assert.equal(table.showTable, true);
    assert.equal(shown(ctx, { detail: 'none' }).detail, undefined);
    assert.deepEqual(shown(ctx).controls, { showAsTable: 'Show as table', downloadCsv: 'Download CSV' });
  });

  test('an empty plan is the empty state', () => {
    assert.deepEqual(priorityWheelView(viewContext(makeFeed({ objectives: [] })), defaults), {
      kind: 'empty',
      message: 'This plan has no objectives to show.',
    });
  });

  test('a table and a layout are made once and reused while nothing they depend on changes', () => {
    const ctx = viewContext(makeFeed({ objectives: longTitles(5) }));
    assert.equal(wheelTable(ctx), wheelTable(ctx));
    assert.equal(shown(ctx).table, shown(ctx, { selectedId: 'objective-2' }).table);
    const options = { size: 400, rings: 1 as const, centreText: 'Centre', measure: approximateWidth };
    const layout = cachedWheelLayout(ctx.plan.objectives, options);
    assert.equal(cachedWheelLayout(ctx.plan.objectives, { ...options }), layout);
    assert.notEqual(cachedWheelLayout(ctx.plan.objectives, { ...options, size: 500 }), layout);
    const wider: Measure = (text, size) => approximateWidth(text, size) * 1.5;
    assert.notEqual(cachedWheelLayout(ctx.plan.objectives, { ...options, measure: wider }), layout);
  });
});

describe('priorityWheelView in Welsh', () => {
  test('the element’s Welsh words; English-only feed text marked English; the feed’s word for its level only where translated', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      title: { en: 'Police and Crime Plan 2021-2025', cy: 'Cynllun Heddlu a Throseddu 2021-2025' },
      levels: [{ singular: 'priority', plural: 'priorities' }],
      objectives: [
        { id: 'one', number: 1, title: { en: 'Tackling crime', cy: 'Mynd i’r afael â throseddu' }, summary: [{ en: 'Only in English.' }] },
        { id: 'two', number: 2, title: { en: 'A visible police presence' }, actions: [{ text: 'Patrol more' }] },
      ],
    });
    const ctx = viewContext(feed, 'cy');
    const view = shown(ctx, { rings: 2, selectedId: 'two' });
    // "priority" has no Welsh: the element's own word.
    assert.deepEqual(view.nouns, { one: 'amcan', other: 'amcanion' });
    assert.deepEqual(view.table.captionParts, [{ text: 'Cynllun Heddlu a Throseddu 2021-2025' }, { text: ': amcanion' }]);
    assert.equal(view.table.fileName, 'test-plan-amcanion');
    const [first, second] = view.table.rows;
    assert.deepEqual(first!.cells[1]!.text, { text: 'Mynd i’r afael â throseddu' });
    assert.deepEqual(second!.cells[1]!.text, { text: 'A visible police presence', lang: 'en' });
    assert.deepEqual(first!.cells[2]!.parts, [{ text: 'Only in English.', lang: 'en' }]);
    assert.deepEqual(first!.cells[2]!.text, { text: 'Only in English.', lang: 'en' });
    assert.equal(csvLines(ctx)[0], 'Rhif,Teitl,Crynodeb,Camau gweithredu,Rhestr camau gweithredu');
    const detail = view.detail;
    assert.ok(detail?.kind === 'objective');
    assert.deepEqual(detail.title, { text: 'A visible police presence', lang: 'en' });
    const chart = view.chart!;
    assert.match(chart.objectives[0]!.name, /^1 Mynd i’r afael â throseddu$/);
    assert.equal(chart.objectives[1]!.announcement, 'Dewiswyd amcan 2: A visible police presence');
    assert.match(chart.actionRing!.segments[0]!.name, /, cam gweithredu 1 o 1 o fewn amcan 2$/);
  });

  test('the bilingual Cumbria feed’s Welsh words for its level', async () => {
    await loadCatalogue('cy');
    const ctx = viewContext(sampleFeed('cumbria-2021-2025-bilingual'), 'cy');
    const view = shown(ctx);
    assert.deepEqual(view.nouns, { one: 'amcan', other: 'amcanion' });
    assert.equal(view.table.fileName, 'cumbria-2021-2025-bilingual-amcanion');
    assert.equal(csvLines(ctx).length, ctx.plan.objectives.length + 1);
  });

  test('the screen-reader summary marks an English plan’s title and centre text on a Welsh page', async () => {
    await loadCatalogue('cy');
    const summary = shown(viewContext(sampleFeed('cumbria-2021-2025'), 'cy')).summary;
    const english = (summary.parts ?? []).filter((part) => part.lang === 'en').map((part) => part.text);
    assert.deepEqual(english, ['Police and Crime Plan 2021-2025', 'Keeping Cumbria Safe']);
    assert.ok((summary.parts ?? []).some((part) => part.lang === undefined && /Olwyn flaenoriaethau/.test(part.text)), 'the Welsh words around them are unmarked');
    // On an English page nothing is marked.
    assert.equal(shown(viewContext(sampleFeed('cumbria-2021-2025'))).summary.parts, undefined);
  });
});
