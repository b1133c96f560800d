// docs/feed.md is the feed reference written by hand. This fails when a field of the plan feed
// format (PlanSchema, the one source of the types, the validator and schema/plan.schema.json) is not
// named in it, when a JSON example in it does not parse or uses a key the format does not have, or
// when an example that is a whole feed does not validate. Run `npm run build:lib` first: the schema is read from lib/.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { PlanSchema } = await import('../../lib/schema/plan.js');
const { validatePlan } = await import('../../lib/loader/validate-plan.js');

const doc = await readFile(`${root}docs/feed.md`, 'utf8');
const jsonSchema = JSON.parse(await readFile(`${root}schema/plan.schema.json`, 'utf8'));

/**
 * Every property name of the valibot schema: objects have `entries`; optional, nullable and the like
 * `wrapped`; a pipe keeps its first schema's `type` and `entries`; arrays `item`; records `value`;
 * unions `options`; `v.lazy` a `getter`. Lazy schemas are followed once each (they recurse).
 */
function schemaFields(schema, names = new Set(), seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return names;
  seen.add(schema);
  if (schema.type === 'lazy' && typeof schema.getter === 'function') return schemaFields(schema.getter(undefined), names, seen);
  if (schema.wrapped) schemaFields(schema.wrapped, names, seen);
  if (schema.entries) {
    for (const [name, entry] of Object.entries(schema.entries)) {
      names.add(name);
      schemaFields(entry, names, seen);
    }
  }
  if (schema.rest) schemaFields(schema.rest, names, seen);
  if (schema.item) schemaFields(schema.item, names, seen);
  if (Array.isArray(schema.items)) for (const item of schema.items) schemaFields(item, names, seen);
  if (schema.type === 'record' && schema.value) schemaFields(schema.value, names, seen);
  if (Array.isArray(schema.options)) for (const option of schema.options) schemaFields(option, names, seen);
  return names;
}

/** Every key of every `properties` in the published JSON Schema (definitions included). */
function jsonSchemaFields(node, names = new Set()) {
  if (Array.isArray(node)) node.forEach((item) => jsonSchemaFields(item, names));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [name, property] of Object.entries(value)) {
          names.add(name);
          jsonSchemaFields(property, names);
        }
      } else jsonSchemaFields(value, names);
    }
  }
  return names;
}

const fields = [...schemaFields(PlanSchema)].sort();

/**
 * Keys of an example that are not field names: a language of translated text ("en", "cy"), a financial
 * year keying a budget line's amounts ("2021-22"), or a scenario table's column id (declared in the
 * same example's `columns`).
 */
function unknownKeys(value, columnIds, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, index) => unknownKeys(item, columnIds, `${path}/${index}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const known = fields.includes(key) || /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(key) && typeof item === 'string' || /^\d{4}-\d{2}$/.test(key) || columnIds.has(key);
    return [...(known ? [] : [`${path}/${key}`]), ...unknownKeys(item, columnIds, `${path}/${key}`)];
  });
}

/** The column ids an example declares (`"columns": [{"id": "grant"}, …]`). */
function columnIdsOf(value, ids = new Set()) {
  if (Array.isArray(value)) value.forEach((item) => columnIdsOf(item, ids));
  else if (value && typeof value === 'object') {
    if (Array.isArray(value.columns)) for (const column of value.columns) if (typeof column?.id === 'string') ids.add(column.id);
    Object.values(value).forEach((item) => columnIdsOf(item, ids));
  }
  return ids;
}
const examples = [...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((match) => ({
  text: match[1],
  line: doc.slice(0, match.index).split('\n').length + 1,
}));

describe('docs/feed.md', () => {
  it('finds the fields of the schema (the walk itself works)', () => {
    for (const name of ['schemaVersion', 'objectives', 'children', 'printed', 'qualifier', 'increasePerWeek', 'partnerIds', 'items']) {
      assert.ok(fields.includes(name), `the schema walk did not find "${name}"`);
    }
    assert.ok(fields.length > 150, `only ${fields.length} fields found`);
  });

  it('names every field of PlanSchema in backticks', () => {
    const missing = fields.filter((name) => !doc.includes(`\`${name}\``));
    assert.deepEqual(missing, [], `fields of the feed format not described in docs/feed.md: ${missing.join(', ')}`);
  });

  it('names every property of schema/plan.schema.json in backticks', () => {
    const missing = [...jsonSchemaFields(jsonSchema)].filter((name) => !doc.includes(`\`${name}\``)).sort();
    assert.deepEqual(missing, [], `properties of schema/plan.schema.json not described in docs/feed.md (is the file up to date? npm run build:schema): ${missing.join(', ')}`);
  });

  it('links only to headings it has', () => {
    // GitHub's anchors: lower case, punctuation other than hyphens dropped, spaces as hyphens.
    const slugs = new Set([...doc.matchAll(/^#{1,6} (.+)$/gm)].map((match) => match[1].toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-')));
    const broken = [...doc.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]).filter((anchor) => !slugs.has(anchor));
    assert.deepEqual(broken, [], `links in docs/feed.md to headings it does not have: ${broken.join(', ')}`);
  });

  it('has JSON examples', () => {
    assert.ok(examples.length > 30, `only ${examples.length} JSON examples`);
  });

  for (const example of examples) {
    it(`example at line ${example.line} is valid JSON${/"schemaVersion"/.test(example.text) ? ', and a valid feed' : ''}`, () => {
      let value;
      try {
        value = JSON.parse(example.text);
      } catch (error) {
        assert.fail(`docs/feed.md line ${example.line}: ${error.message}`);
      }
      // A format 1 example (the `pcp migrate` section) has format 1's fields.
      const format1 = typeof value?.schemaVersion === 'string' && value.schemaVersion.startsWith('1.');
      const unknown = format1 ? [] : unknownKeys(value, columnIdsOf(value));
      assert.deepEqual(unknown, [], `docs/feed.md line ${example.line}: keys that are not fields of the format: ${unknown.join(', ')}`);
      // A whole feed (it has the required top-level fields) must pass the validator.
      if (value && typeof value === 'object' && 'schemaVersion' in value && 'objectives' in value) {
        assert.doesNotThrow(() => validatePlan(value, `docs/feed.md line ${example.line}`));
      }
    });
  }
});
