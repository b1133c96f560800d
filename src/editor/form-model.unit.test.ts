/// <reference types="node" />
// The editor's form comes from the feed's JSON Schema alone: these tests read schema/plan.schema.json
// (npm run build:schema) and a schema made up here, to show a new field appears with no editor code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chooseVariant, emptyValue, FormModel, isLanguageMap, itemName, sentence, singular, type FieldModel, type SchemaNode } from './form-model.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8')) as SchemaNode;
const model = new FormModel(schema);

function objectOf(field: FieldModel | undefined): Extract<FieldModel, { kind: 'object' }> {
  assert.equal(field?.kind, 'object');
  return field as Extract<FieldModel, { kind: 'object' }>;
}
const property = (field: FieldModel | undefined, name: string) => objectOf(field).properties.find((candidate) => candidate.name === name);

describe('FormModel from schema/plan.schema.json', () => {
  test('the plan is an object with every property of the schema, in its order, and its required ones marked', () => {
    const root = objectOf(model.root);
    assert.deepEqual(root.properties.map((p) => p.name), Object.keys(schema.properties!));
    assert.deepEqual(root.properties.filter((p) => p.required).map((p) => p.name), schema.required);
  });

  test('text in several languages is one kind of field, free text multi-line and links on one line', () => {
    const title = property(model.root, 'title')!.field;
    assert.equal(title.kind, 'text');
    assert.equal(title.kind === 'text' && title.multiline, true);
    const website = property(property(model.root, 'publisher')!.field, 'website')!.field;
    assert.equal(website.kind, 'text');
    assert.equal(website.kind === 'text' && website.multiline, false);
  });

  test('lists, enums, maps and choices: objectives, publisher kind, budget values by year, a figure', () => {
    const objectives = property(model.root, 'objectives')!.field;
    assert.equal(objectives.kind, 'array');
    const objective = objectives.kind === 'array' ? objectives.items : undefined;
    // Levels below an objective are objectives again: the same model, so the recursion ends.
    const children = property(objective, 'children')!.field;
    assert.equal(children.kind === 'array' && children.items, objective);

    const kind = property(property(model.root, 'publisher')!.field, 'kind')!.field;
    assert.equal(kind.kind, 'enum');
    assert.ok(kind.kind === 'enum' && kind.options.includes('police-and-crime-commissioner'));

    const values = model.fieldAt(['budgets', 0, 'lines', 0, 'values'], {});
    assert.equal(values?.kind, 'map');
    const figure = values?.kind === 'map' ? values.values : undefined;
    assert.equal(figure?.kind, 'choice');
    assert.deepEqual(figure?.kind === 'choice' && figure.variants.map((variant) => variant.field.kind), ['number', 'text', 'object']);
  });

  test('fieldAt follows a path through lists and the variant the value takes', () => {
    const plan = { budgets: [{ lines: [{ values: { '2021-22': { printed: '£1.2m' } } }] }] };
    const printed = model.fieldAt(['budgets', 0, 'lines', 0, 'values', '2021-22', 'printed'], plan);
    assert.equal(printed?.kind, 'text');
    assert.equal(model.fieldAt(['objectives', 3, 'title'], {})?.kind, 'text');
    assert.equal(model.fieldAt(['no-such-field'], {}), undefined);
  });
});

describe('a field added to the schema appears without editor code', () => {
  test('a new property of any kind gets its own control', () => {
    const grown: SchemaNode = {
      ...schema,
      properties: { ...schema.properties, carbonBudget: { type: 'array', items: { type: 'object', properties: { year: { type: 'integer' }, tonnes: { $ref: '#/$defs/Figure' } }, required: ['year'] } } },
    };
    const field = property(new FormModel(grown).root, 'carbonBudget')!.field;
    assert.equal(field.kind, 'array');
    const item = field.kind === 'array' ? objectOf(field.items) : undefined;
    assert.deepEqual(item?.properties.map((p) => [p.name, p.field.kind, p.required]), [
      ['year', 'number', true],
      ['tonnes', 'choice', false],
    ]);
  });
});

describe('chooseVariant', () => {
  const figure = model.fieldAt(['budgets', 0, 'lines', 0, 'values', 'x'], { budgets: [{ lines: [{ values: {} }] }] }) as Extract<FieldModel, { kind: 'choice' }>;
  const kindOf = (value: unknown) => chooseVariant(figure, value).field.kind;
  test('a figure is text as printed until a value says otherwise', () => {
    assert.equal(kindOf(undefined), 'text');
    assert.equal(kindOf('just over £1m'), 'text');
    assert.equal(kindOf({ en: '£1m', cy: '£1m' }), 'text');
    assert.equal(kindOf(1200000), 'number');
    assert.equal(kindOf({ printed: '£1.2m', value: 1200000 }), 'object');
  });
  test('null takes the "none" variant where there is one (a plan with no area)', () => {
    const area = property(model.root, 'area')!.field as Extract<FieldModel, { kind: 'choice' }>;
    assert.equal(chooseVariant(area, null).field.kind, 'null');
    assert.equal(chooseVariant(area, 'Cumbria').field.kind, 'text');
  });
});

describe('emptyValue', () => {
  test('a new item has its required lists and parts, and no invented text or number', () => {
    const objectives = property(model.root, 'objectives')!.field;
    assert.deepEqual(emptyValue(objectives.kind === 'array' ? objectives.items : objectives), {});
    const root = emptyValue(model.root) as Record<string, unknown>;
    assert.deepEqual(Object.keys(root).sort(), ['objectives', 'period', 'publisher']);
    assert.deepEqual(root.objectives, []);
  });
});

describe('names', () => {
  test('sentence and singular', () => {
    assert.equal(sentence('shortTitle'), 'Short title');
    assert.equal(sentence('objectiveId'), 'Objective ID');
    assert.equal(sentence('$schema'), 'Schema');
    assert.equal(singular('objectives'), 'Objective');
    assert.equal(singular('agencies'), 'Agency');
    assert.equal(singular('people'), 'Person');
    assert.equal(singular('statusScales'), 'Status scale');
    assert.equal(singular('vision'), 'Vision');
    assert.equal(singular('aimDetails'), 'Aim detail');
  });
  test('itemName and isLanguageMap', () => {
    assert.equal(itemName({ id: 'a', title: { en: 'Safer streets', cy: 'Strydoedd mwy diogel' } }), 'Safer streets');
    assert.equal(itemName({ id: 'a', title: { en: 'Safer streets', cy: 'Strydoedd mwy diogel' } }, 'cy'), 'Strydoedd mwy diogel');
    assert.equal(itemName({ label: 'Police pay' }), 'Police pay');
    assert.equal(isLanguageMap({ en: 'a', cy: 'b' }), true);
    assert.equal(isLanguageMap({ printed: 'a' }), false);
    assert.equal(isLanguageMap({}), false);
  });
});
