/// <reference types="node" />
// Edits that return a new feed, and the saved file: keys in the schema's order, so two saves of one plan
// differ only where the plan does, and nothing in a feed is lost on the way.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { appendItem, feedText, getAt, moveItem, orderKeys, pathOf, pointer, setAt } from './feed-value.js';
import { chooseVariant, FormModel, type FieldModel, type SchemaNode } from './form-model.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const model = new FormModel(schema);
const feedsFolder = new URL('../../demo/feeds/', import.meta.url);
const samples = readdirSync(feedsFolder).filter((name) => name.endsWith('.json'));
const read = (name: string) => JSON.parse(readFileSync(new URL(name, feedsFolder), 'utf8')) as Record<string, unknown>;

/**
 * The same value with the keys of every object of the format in reverse order. Tables keyed by the
 * author's own names (amounts by year) keep their order: that order is the author's, kept as written.
 */
function reversed(value: unknown, field: FieldModel | undefined = model.root): unknown {
  if (field?.kind === 'choice') return reversed(value, chooseVariant(field, value).field);
  if (Array.isArray(value)) return value.map((item) => reversed(item, field?.kind === 'array' ? field.items : undefined));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (field?.kind === 'map') return Object.fromEntries(entries.map(([key, child]) => [key, reversed(child, field.values)]));
  const child = (key: string) => (field?.kind === 'object' ? field.properties.find((property) => property.name === key)?.field : undefined);
  return Object.fromEntries(entries.reverse().map(([key, item]) => [key, reversed(item, child(key))]));
}

/** Every object's keys, depth first, as "path: key,key". */
function keyOrders(value: unknown, at = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyOrders(item, `${at}/${index}`));
  if (!value || typeof value !== 'object') return [];
  return [`${at}: ${Object.keys(value).join(',')}`, ...Object.entries(value).flatMap(([key, child]) => keyOrders(child, `${at}/${key}`))];
}

describe('pointers', () => {
  test('a path and its JSON Pointer, both ways, with ~ and / escaped', () => {
    assert.equal(pointer(['objectives', 2, 'title', 'cy']), '/objectives/2/title/cy');
    assert.equal(pointer(['a/b', 'c~d']), '/a~1b/c~0d');
    assert.deepEqual(pathOf('/objectives/2/title/cy'), ['objectives', 2, 'title', 'cy']);
    assert.deepEqual(pathOf('/a~1b/c~0d'), ['a/b', 'c~d']);
    assert.deepEqual(pathOf(''), []);
  });
});

describe('edits', () => {
  const plan = { title: 'Plan', publisher: { name: 'PCC' }, objectives: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] };

  test('setAt changes one place and shares the rest; the old value is unchanged', () => {
    const next = setAt(plan, ['objectives', 1, 'title'], 'Safer roads') as typeof plan;
    assert.deepEqual(getAt(next, ['objectives', 1]), { id: 'b', title: 'Safer roads' });
    assert.equal(next.objectives[0], plan.objectives[0]);
    assert.equal(next.publisher, plan.publisher);
    assert.deepEqual(plan.objectives[1], { id: 'b' });
  });

  test('setAt makes the objects and lists on the way', () => {
    assert.deepEqual(setAt({}, ['contact', 'email'], 'a@b.org'), { contact: { email: 'a@b.org' } });
    assert.deepEqual(setAt({}, ['budgets', 0, 'id'], 'x'), { budgets: [{ id: 'x' }] });
  });

  test('undefined removes a property, and a part left empty goes with it; a list item is removed from its list', () => {
    assert.deepEqual(setAt(plan, ['publisher', 'name'], undefined), { title: 'Plan', objectives: plan.objectives });
    assert.deepEqual(getAt(setAt(plan, ['objectives', 0], undefined), ['objectives']), [{ id: 'b' }, { id: 'c' }]);
    // An item emptied stays (the list keeps its length); so does the feed itself.
    assert.deepEqual(getAt(setAt(plan, ['objectives', 0, 'id'], undefined), ['objectives', 0]), {});
    assert.deepEqual(setAt({ title: 'x' }, ['title'], undefined), {});
  });

  test('moveItem and appendItem', () => {
    assert.deepEqual(getAt(moveItem(plan, ['objectives'], 0, 2), ['objectives']), [{ id: 'b' }, { id: 'c' }, { id: 'a' }]);
    assert.deepEqual(getAt(moveItem(plan, ['objectives'], 2, 1), ['objectives']), [{ id: 'a' }, { id: 'c' }, { id: 'b' }]);
    assert.equal(moveItem(plan, ['objectives'], 0, -1), plan, 'the first item cannot move up');
    assert.equal(moveItem(plan, ['objectives'], 2, 3), plan, 'the last item cannot move down');
    assert.deepEqual(getAt(appendItem(plan, ['objectives'], {}), ['objectives', 3]), {});
    assert.deepEqual(appendItem({}, ['vision'], ''), { vision: [''] });
  });
});

describe('the saved file', () => {
  test('keys follow the schema: properties in its order, others after as they were, English before Welsh', () => {
    const ordered = orderKeys(
      { zzz: 1, title: { cy: 'Cynllun', en: 'Plan' }, schemaVersion: '2.0', objectives: [{ title: 'A', id: 'a', extra: true }], $schema: 'x' },
      model.root,
    );
    assert.deepEqual(keyOrders(ordered), ['$schema,schemaVersion,title,objectives,zzz', '/title: en,cy', '/objectives/0: id,title,extra'].map((line, index) => (index === 0 ? `: ${line}` : line)));
  });

  for (const name of samples) {
    test(`${name}: nothing is lost, and the file is the same whatever order the format's keys came in`, () => {
      const feed = read(name);
      const text = feedText(feed, model.root);
      assert.deepEqual(JSON.parse(text), feed);
      assert.equal(feedText(reversed(feed), model.root), text);
      assert.ok(text.endsWith('}\n'));
      assert.match(text, /^\{\n {2}"\$schema"/);
    });
  }
});
