// The wheel's pure layout on generated plans: every title in its segment or in the key, one font size
// per ring, a centre text in full or not at all, counts in the outer ring, neighbours unlike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { viewContext } from '../view/plan-text.js';
import { makeFeed } from '../view/test-feeds.js';
import { approximateWidth, type FittedLabel, type Measure, type Sector } from './fit-label.js';
import { priorityWheelView, type WheelShownView } from './priority-wheel-view.js';
import { generatedObjectives, OBJECTIVE_COUNTS, pointOutside, titleOf, VARIANTS } from './wheel-fixtures.js';
import { layoutWheel, MAX_LABEL_LINES, MIN_FONT_SIZE, WHEEL_SIZES, wheelSize } from './wheel-layout.js';
import { COLOUR_COUNT, PATTERN_COUNT, ringSwatches } from '../charts/ring-palette.js';

/** Bold text is wider than the server's average glyph: lay out with both. */
const wide: Measure = (text, size) => text.length * size * 0.66;

/** The chart box on a page `page` px wide with the panel below or beside (the chart is at most 576 px). */
const boxAt = (page: number) => Math.min(page - 32, 576);

function assertInside(label: FittedLabel, sector: Sector, measure: Measure, what: string): void {
  const outside = pointOutside(label, sector, measure);
  assert.equal(outside, undefined, `${what}: (${outside?.map((n) => n.toFixed(1)).join(', ')}) outside its segment`);
}

describe('wheel layout on generated plans', () => {
  for (const count of OBJECTIVE_COUNTS) {
    for (const variant of VARIANTS) {
      const name = `${count} objectives, ${variant.numbered ? 'numbered' : 'unnumbered'}, ${variant.shortTitles ? 'with' : 'without'} short titles`;
      test(`${name}: every title in its segment or in the key, one font size, nothing cut off`, () => {
        const objectives = generatedObjectives(count, variant);
        const ctx = viewContext(makeFeed({ objectives, strapline: 'Keeping our communities safe' }));
        for (const page of [320, 375, 768, 1280]) {
          for (const [measureName, measure] of [['approximate', approximateWidth], ['wide', wide]] as const) {
            for (const rings of [1, 2] as const) {
              const at = `${page}px, ${measureName}, ${rings} ring(s)`;
              const view = priorityWheelView(ctx, { rings, detail: 'panel', view: 'chart', width: boxAt(page), measure }) as WheelShownView;
              const chart = view.chart!;
              assert.equal(chart.size, wheelSize(boxAt(page)));
              const keyed = new Set(chart.key.map((entry) => entry.objectiveId));
              for (const [index, segment] of chart.objectives.entries()) {
                const objective = objectives[index]!;
                const lines = segment.label?.lines ?? [];
                const shown = (variant.numbered ? lines.slice(1) : lines).join(' ');
                // Numbered: the first line is the plan's number; unnumbered: never a number the plan does not give.
                if (variant.numbered && segment.label) assert.equal(lines[0], String(objective.number), at);
                if (!variant.numbered) assert.doesNotMatch(lines.join(' '), /^\d/, at);
                if (keyed.has(objective.id)) {
                  assert.equal(shown, '', `${at}: segment ${index + 1} is in the key and shows no words`);
                  const entry = chart.key.find((each) => each.objectiveId === objective.id)!;
                  assert.equal(entry.title.text, objective.title);
                  assert.equal(entry.number, variant.numbered ? String(objective.number) : undefined);
                  assert.equal(entry.colour, segment.colour);
                  assert.equal(entry.pattern, segment.pattern);
                } else {
                  assert.ok([objective.title, objective.shortTitle].includes(shown), `${at}: segment ${index + 1} shows "${shown}"`);
                  assert.ok(lines.length - (variant.numbered ? 1 : 0) <= MAX_LABEL_LINES, at);
                }
                assert.doesNotMatch(lines.join(' '), /…/, at);
                if (segment.label) {
                  // One size for the ring, never below the smallest legible size.
                  assert.equal(segment.label.fontSize, chart.fontSize, at);
                  assertInside(segment.label, { ...segment.sector }, measure, `${at}, segment ${index + 1}`);
                }
                // The segment's name begins with what it shows and holds the whole title.
                assert.ok(segment.name.startsWith(lines.join(' ')), `${at}: ${segment.name}`);
                assert.ok(segment.name.includes(objective.title), at);
              }
              assert.ok(chart.fontSize >= MIN_FONT_SIZE);
              // The centre: the strapline in full, or the title in full, or nothing; never cut off.
              const centre = chart.centre.label?.lines.join(' ');
              if (centre !== undefined) assert.ok(['Keeping our communities safe', 'Test Police and Crime Plan'].includes(centre), centre);
              // The outer ring: one count per objective with actions, as many as the plan lists.
              if (rings === 2) {
                for (const group of chart.actionRing!.groups) {
                  const objective = objectives.find((each) => group.segments[0]?.objectiveId === each.id);
                  if (!objective) {
                    assert.equal(group.outline, undefined);
                    continue;
                  }
                  const text = group.count?.lines.join(' ');
                  if (text !== undefined) assert.ok([`${objective.actions.length} actions`, `${objective.actions.length} action`, String(objective.actions.length)].includes(text), text);
                  assert.equal(group.count?.fontSize ?? MIN_FONT_SIZE, MIN_FONT_SIZE);
                }
              }
            }
          }
        }
      });
    }
  }

  test('short titles stand in for long titles: fewer objectives need the key', () => {
    const keyed = (shortTitles: boolean) => {
      const objectives = generatedObjectives(12, { numbered: false, shortTitles });
      const chart = (priorityWheelView(viewContext(makeFeed({ objectives })), { rings: 1, detail: 'panel', view: 'chart', width: 576 }) as WheelShownView).chart!;
      return chart.key.length;
    };
    assert.ok(keyed(true) < keyed(false), `${keyed(true)} < ${keyed(false)}`);
    assert.ok(keyed(true) <= 1);
  });

  test('without short titles, long unnumbered titles go to the key, blank in their segments', () => {
    const objectives = generatedObjectives(12, { numbered: false, shortTitles: false });
    const chart = (priorityWheelView(viewContext(makeFeed({ objectives })), { rings: 1, detail: 'panel', view: 'chart', width: 288 }) as WheelShownView).chart!;
    assert.ok(chart.key.length > 0);
    for (const entry of chart.key) assert.equal(chart.objectives.find((segment) => segment.objectiveId === entry.objectiveId)!.label, undefined);
  });

  test('a long centre text is never cut: the title takes the centre and the text goes below the chart', () => {
    const vision = titleOf(40, 3);
    const ctx = viewContext(makeFeed({ vision: [vision, 'More'] }));
    const view = priorityWheelView(ctx, { rings: 1, detail: 'panel', view: 'chart', width: 343 }) as WheelShownView;
    assert.equal(view.chart!.centre.label!.lines.join(' '), 'Test Police and Crime Plan');
    assert.deepEqual(view.centreBelow, { text: vision });
    assert.equal(view.summary.text, 'Priority wheel of Test Police and Crime Plan: "Test Police and Crime Plan" at the centre, with 2 objectives around it.');
    // A short strapline stays in the centre, with nothing below.
    const short = priorityWheelView(viewContext(makeFeed({ strapline: 'Safer together' })), { rings: 1, detail: 'panel', view: 'chart', width: 343 }) as WheelShownView;
    assert.equal(short.chart!.centre.label!.lines.join(' '), 'Safer together');
    assert.equal(short.centreBelow, undefined);
  });

  test('a title too long for the centre too leaves it empty, and the summary says so plainly', () => {
    const title = titleOf(60, 1);
    const ctx = viewContext(makeFeed({ title, strapline: titleOf(50, 2) }));
    const view = priorityWheelView(ctx, { rings: 1, detail: 'panel', view: 'chart', width: 300 }) as WheelShownView;
    assert.equal(view.chart!.centre.label, undefined);
    assert.equal(view.centreBelow?.text, titleOf(50, 2));
    assert.equal(view.summary.text, `Priority wheel of ${title}: 2 objectives around its centre.`);
  });

  test('layout sizes: 400 unknown, else the largest step the box is as wide as', () => {
    assert.deepEqual([0, undefined, 150, 300, 343, 575, 576, 5000].map(wheelSize), [400, 400, 280, 280, 320, 528, 576, 576]);
    assert.deepEqual([...WHEEL_SIZES], [280, 320, 360, 400, 440, 480, 528, 576]);
    // A box is never narrower than its layout (so labels never draw below their size), nor more than a seventh wider, from 280.
    for (let width = 280; width <= 576; width += 1) {
      assert.ok(wheelSize(width) <= width && width / wheelSize(width) < 1.15, String(width));
    }
  });

  test('one pass of fitting for most plans: a hostile thousand-word title is skipped by its area', () => {
    let measured = 0;
    const counting: Measure = (text, size) => {
      measured += 1;
      return approximateWidth(text, size);
    };
    const objectives = generatedObjectives(7, { numbered: true, shortTitles: false });
    objectives[0]!.title = 'word '.repeat(5000).trim();
    const layout = layoutWheel(objectives as never, { size: 576, rings: 1, centreText: 'word '.repeat(5000), measure: counting });
    assert.equal(layout.objectives[0]!.inKey, true);
    assert.equal(layout.centre.label, undefined);
    assert.ok(measured < 200_000, String(measured));
  });
});

describe('ring colours and patterns', () => {
  for (let count = 2; count <= 12; count += 1) {
    test(`${count} items: each unlike both neighbours in colour and pattern, the last beside the first too, and no two alike`, () => {
      const swatches = ringSwatches(count);
      assert.equal(swatches.length, count);
      for (let index = 0; index < count; index += 1) {
        const [here, next] = [swatches[index]!, swatches[(index + 1) % count]!];
        const pair = `${index + 1} and ${((index + 1) % count) + 1} of ${count}`;
        assert.notEqual(here.colour, next.colour, `${pair}: colour`);
        assert.notEqual(here.pattern, next.pattern, `${pair}: pattern`);
        assert.ok(here.colour >= 0 && here.colour < COLOUR_COUNT && here.pattern >= 0 && here.pattern < PATTERN_COUNT);
      }
      // A key lists titles by swatch, and forced colours leave only the pattern: each pattern is one segment's.
      assert.equal(new Set(swatches.map((swatch) => swatch.pattern)).size, count);
    });
  }
  test('past twelve, patterns come round again, still unlike both neighbours', () => {
    for (let count = 13; count <= 30; count += 1) {
      const swatches = ringSwatches(count);
      for (let index = 0; index < count; index += 1) {
        const next = swatches[(index + 1) % count]!;
        assert.notEqual(swatches[index]!.pattern, next.pattern, `${index + 1} of ${count}`);
        assert.notEqual(swatches[index]!.colour, next.colour, `${index + 1} of ${count}`);
      }
    }
  });
});
