// Fields a feed has that the plan format does not: valibot drops them silently, so `findUnknownFields` walks the
// schema beside the feed and names each with its path and the field probably meant. `pcp validate` prints them as
// warnings (exit 0), and `findPlanWarnings` gives them for a feed `validatePlan` returned.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { pcp, root, useTempDir } from './helpers.mjs';
import { findPlanWarnings, findUnknownFields, findUnknownPlanFields, validatePlan } from '../../lib/loader/index.js';
import { suggestField } from '../../lib/loader/unknown-fields.js';
import { PlanSchema } from '../../lib/schema/plan.js';

const feedsDir = join(root, 'demo/feeds');
const feed = async (name) => JSON.parse(await readFile(join(feedsDir, `${name}.json`), 'utf8'));
const NOT_SHOWN = 'unknown field; it is not part of the plan format and is not shown';
const meant = (field) => `unknown field; did you mean "${field}"?`;

/** A small valid plan, fresh each call. */
const minimal = () => ({
  schemaVersion: '1.0',
  id: 'test-plan',
  title: 'Test plan',
  area: 'Testshire',
  publisher: { name: 'Testshire PCC', kind: 'police-and-crime-commissioner' },
  period: { start: '2024', end: '2028' },
  status: 'draft',
  objectives: [{ id: 'safer-streets', title: 'Safer streets', actions: [{ text: 'Patrol' }] }],
});

/** The unknown fields of a feed, found as validatePlan and findPlanWarnings find them. */
const unknownOf = (plan) => findUnknownPlanFields(validatePlan(plan));

const temp = useTempDir('pcp-unknown-');

describe('unknown fields', () => {
  it('finds a misspelt top-level field, and allows $schema', () => {
    const plan = { $schema: './schema/plan.schema.json', ...minimal(), titel: 'Another title', colour: 'blue' };
    assert.deepStrictEqual(unknownOf(plan), [
      { path: '/titel', message: meant('title') },
      { path: '/colour', message: NOT_SHOWN },
    ]);
  });

  it('finds a misspelt field inside a list: /objectives/0/actionz', () => {
    const plan = minimal();
    plan.objectives[0].actionz = plan.objectives[0].actions;
    delete plan.objectives[0].actions;
    assert.deepStrictEqual(unknownOf(plan), [{ path: '/objectives/0/actionz', message: meant('actions') }]);
  });

  it('finds fields in the recursive lists (v.lazy): actions inside actions, list items inside list items', () => {
    const plan = minimal();
    plan.objectives[0].actions = [{ text: 'A', actions: [{ text: 'B', actions: [{ text: 'C', stauts: 'delivered' }] }] }];
    plan.sections = [{ title: 'More', items: [{ text: 'One', items: [{ text: 'Two', itmes: [] }] }] }];
    assert.deepStrictEqual(unknownOf(plan), [
      { path: '/objectives/0/actions/0/actions/0/actions/0/stauts', message: meant('status') },
      { path: '/sections/0/items/0/items/0/itmes', message: meant('items') },
    ]);
  });

  it('finds fields inside a union member: an object where text may be a string or translations', () => {
    // Objective.number is a number or text; text is a string or a record of translations.
    const plan = minimal();
    plan.objectives[0].number = 1;
    plan.objectives[0].title = { en: 'Safer streets', cy: 'Strydoedd mwy diogel' };
    assert.deepStrictEqual(unknownOf(plan), []);
    // A union whose options are objects: the option whose fields the value has is the one checked.
    const Figure = v.union([v.string(), v.number(), v.object({ value: v.number(), unit: v.optional(v.string()) }), v.object({ low: v.number(), high: v.number() })]);
    const schema = v.object({ figures: v.array(v.nullable(Figure)) });
    const value = { figures: ['12', 3, null, { value: 3, unti: '%' }, { low: 1, high: 2, hihg: 3 }] };
    assert.ok(v.is(schema, value));
    assert.deepStrictEqual(findUnknownFields(schema, value), [
      { path: '/figures/3/unti', message: meant('unit') },
      { path: '/figures/4/hihg', message: meant('high') },
    ]);
  });

  it('finds fields inside a record value (budget lines keyed by year; a record of objects)', () => {
    const plan = minimal();
    plan.budgets = [
      {
        id: 'revenue',
        title: 'Revenue',
        periods: [{ id: '2024-25', lable: '2024 to 2025' }],
        lines: [{ id: 'pay', label: 'Pay', kind: 'expenditure', values: { '2024-25': 100 } }],
        statedTotals: { '2024-25': 100 },
      },
    ];
    assert.deepStrictEqual(unknownOf(plan), [{ path: '/budgets/0/periods/0/lable', message: meant('label') }]);
    const schema = v.object({ byYear: v.record(v.string(), v.object({ amount: v.number() })) });
    assert.deepStrictEqual(findUnknownFields(schema, { byYear: { '2024-25': { amount: 1, amonut: 2 }, 'a/b~c': { ammount: 3 } } }), [
      { path: '/byYear/2024-25/amonut', message: meant('amount') },
      { path: '/byYear/a~1b~0c/ammount', message: meant('amount') },
    ]);
  });

  it('reads optional, nullable and piped objects, and leaves loose objects and rest entries alone', () => {
    const schema = v.object({
      maybe: v.nullish(v.object({ a: v.string() })),
      piped: v.pipe(v.object({ name: v.string() }), v.check(() => true)),
      loose: v.looseObject({ a: v.string() }),
      rest: v.objectWithRest({ a: v.string() }, v.object({ total: v.number() })),
    });
    const value = { maybe: null, piped: { name: 'x', nmae: 'y' }, loose: { a: 'x', other: 1 }, rest: { a: 'x', more: { total: 1, totl: 2 } } };
    assert.deepStrictEqual(findUnknownFields(schema, value), [
      { path: '/piped/nmae', message: meant('name') },
      { path: '/rest/more/totl', message: meant('total') },
    ]);
    assert.deepStrictEqual(findUnknownFields(schema, { ...value, maybe: { a: 'x', extra: 1 } })[0], { path: '/maybe/extra', message: NOT_SHOWN });
  });

  it('suggests a field only when one is close', () => {
    const plan = minimal();
    Object.assign(plan.objectives[0], { Title: 'x', sumary: ['x'], shorttitle: 'x', colour: 'red', dueDate: '2025' });
    plan.objectives[0].actions[0].dueDate = '2025';
    plan.objectives[0].actions[0].date = '2025';
    assert.deepStrictEqual(unknownOf(plan), [
      { path: '/objectives/0/actions/0/dueDate', message: meant('due') },
      { path: '/objectives/0/actions/0/date', message: NOT_SHOWN },
      { path: '/objectives/0/Title', message: meant('title') },
      { path: '/objectives/0/sumary', message: meant('summary') },
      { path: '/objectives/0/shorttitle', message: meant('shortTitle') },
      { path: '/objectives/0/colour', message: NOT_SHOWN },
      { path: '/objectives/0/dueDate', message: NOT_SHOWN },
    ]);
    // The rule: same name in other capitals; ≤ 2 edits (≤ 1 under 6 letters, none under 3); whole words contained.
    assert.equal(suggestField('publishedDate', ['title', 'published']), 'published');
    assert.equal(suggestField('review', ['agency', 'reviewDate']), 'reviewDate');
    assert.equal(suggestField('objectiveID', ['objectiveId', 'objectives']), 'objectiveId');
    assert.equal(suggestField('titel', ['title']), 'title');
    assert.equal(suggestField('actionz', ['actions']), 'actions');
    assert.equal(suggestField('due', ['date']), undefined);
    assert.equal(suggestField('of', ['id']), undefined);
    assert.equal(suggestField('x', ['y']), undefined);
    assert.equal(suggestField('id', ['partnerId']), undefined);
    assert.equal(suggestField('somethingElseEntirely', ['title', 'summary', 'actions']), undefined);
  });

  it('reports nothing in any sample feed', async () => {
    const names = (await readdir(feedsDir)).filter((name) => name.endsWith('.json'));
    assert.ok(names.length >= 5);
    for (const name of names) {
      const raw = JSON.parse(await readFile(join(feedsDir, name), 'utf8'));
      assert.deepStrictEqual(findUnknownFields(PlanSchema, raw), [], name);
      assert.deepStrictEqual(findUnknownPlanFields(validatePlan(raw)), [], name);
    }
  });

  it('findPlanWarnings lists unknown fields first, for the validated feed or the raw one', async () => {
    const plan = await feed('cumbria-2021-2025');
    plan.objectives[0].actionz = [];
    const validated = validatePlan(plan);
    assert.equal(validated.objectives[0].actionz, undefined, 'valibot dropped it');
    const warnings = findPlanWarnings(validated, { today: '2026-01-01' });
    assert.deepStrictEqual(warnings[0], { path: '/objectives/0/actionz', message: meant('actions') });
    assert.equal(warnings.filter((warning) => warning.message.startsWith('unknown field')).length, 1);
    assert.deepStrictEqual(findUnknownPlanFields(plan), [warnings[0]]);
    // Validating the validated copy again keeps them.
    assert.deepStrictEqual(findUnknownPlanFields(validatePlan(validated)), [warnings[0]]);
  });

  it('finds every unknown field on a plan 100 times the size, and survives deep nesting', async () => {
    const plan = await feed('cumbria-2021-2025');
    const objectives = plan.objectives;
    plan.objectives = [];
    for (let copy = 0; copy < 100; copy += 1) {
      for (const objective of objectives) plan.objectives.push({ ...structuredClone(objective), id: `${objective.id}-${copy}`, titel: 'x' });
    }
    // (How fast is for the benchmarks, not a timed test that fails on a busy machine.)
    const found = findUnknownFields(PlanSchema, plan);
    assert.equal(found.length, 100 * objectives.length);
    // Far deeper than the validator accepts: no stack overflow, and fields near the top are still found.
    let deep = { text: 'x' };
    for (let level = 0; level < 50_000; level += 1) deep = { text: 'x', actions: [deep] };
    const nested = { ...minimal(), objectives: [{ id: 'a', title: 'A', actions: [deep], actionz: [] }] };
    assert.deepStrictEqual(findUnknownFields(PlanSchema, nested), [{ path: '/objectives/0/actionz', message: meant('actions') }]);
    // A cycle (only possible in objects built in code) ends too.
    const cyclic = { text: 'x', actions: [] };
    cyclic.actions.push(cyclic);
    assert.ok(Array.isArray(findUnknownFields(PlanSchema, { ...minimal(), objectives: [{ id: 'a', title: 'A', actions: [cyclic] }] })));
  });
});

describe('pcp validate: unknown fields', () => {
  it('prints the path and the field probably meant, and exits 0', async () => {
    const plan = await feed('cumbria-2021-2025');
    plan.objectives[0].actionz = plan.objectives[0].actions;
    delete plan.objectives[0].actions;
    plan.publishedDate = '2021-04-01';
    const path = join(temp.path, 'actionz.json');
    await writeFile(path, JSON.stringify(plan, null, 2));
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /valid \(7 objectives\)/);
    const lines = result.stderr.trim().split('\n');
    assert.ok(lines.includes(`${path}: warning: /objectives/0/actionz: unknown field; did you mean "actions"?`), result.stderr);
    // Format 2 has `published`: the date was meant for it.
    assert.ok(lines.includes(`${path}: warning: /publishedDate: unknown field; did you mean "published"?`), result.stderr);
  });
});
