// schema/plan.schema.json is generated from the valibot schema; this fails when someone changes
// the schema and forgets to regenerate (npm run build:lib && npm run build:schema).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { buildJsonSchema } from '../../lib/schema/json-schema.js';

it('schema/plan.schema.json matches the schema in src/schema', async () => {
  const committed = await readFile(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8');
  assert.equal(committed, `${JSON.stringify(buildJsonSchema(), null, 2)}\n`, 'out of date: run `npm run build:lib && npm run build:schema`');
});

it('the JSON Schema describes the fields feed authors need', async () => {
  const schema = buildJsonSchema();
  assert.equal(schema.$id.endsWith('plan.schema.json'), true);
  assert.deepEqual(schema.required, ['schemaVersion', 'id', 'title', 'area', 'publisher', 'period', 'status', 'objectives']);
  assert.deepEqual(schema.properties.publisher.properties.kind.enum, [
    'police-and-crime-commissioner',
    'police-fire-and-crime-commissioner',
    'mayor',
    'policing-board',
    'community-safety-partnership',
    'other',
  ]);
  assert.ok(schema.$defs.Action.properties.actions, 'actions can nest');
});
