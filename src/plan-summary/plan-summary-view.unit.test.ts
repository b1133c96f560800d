// What <pcp-plan-summary> shows, decided in Node: title, strapline and the plan's facts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { planSummaryView, type PlanSummaryView } from './plan-summary-view.js';

/** The facts as label → value text, as a reader would read them. */
const facts = (view: PlanSummaryView) => Object.fromEntries(view.facts.map((fact) => [fact.label, fact.value.text]));

describe('planSummaryView', () => {
  test("Cumbria's title, strapline and facts, with the period as the plan prints it", () => {
    const view = planSummaryView(viewContext(sampleFeed('cumbria-2021-2025')));
    assert.deepEqual(view.title, { text: 'Police and Crime Plan 2021-2025' });
    assert.deepEqual(view.strapline, { text: 'Keeping Cumbria Safe' });
    assert.deepEqual(facts(view), {
      'Published by': 'Cumbria Police and Crime Commissioner',
      Area: 'Cumbria',
      Period: '2021-2025',
      Status: 'Published',
      Objectives: '7 objectives',
    });
    assert.deepEqual(
      view.facts.filter((fact) => fact.tag).map((fact) => fact.label),
      ['Status'],
      'only the status is a tag',
    );
  });

  test('a document type comes first when the feed gives one; no strapline when it has none', () => {
    const framework = planSummaryView(viewContext(sampleFeed('cambridgeshire-2016-framework')));
    assert.deepEqual(framework.facts[0], { label: 'Document', value: { text: 'Report to the Police and Crime Panel' } });
    assert.equal(facts(framework)['Status'], 'Consultation');
    assert.equal(planSummaryView(viewContext(sampleFeed('west-cumbria-csp-2012-13'))).strapline, undefined);
  });

  for (const name of feedNames) {
    test(`${name}: the objectives counted and the facts in their order`, () => {
      const ctx = viewContext(sampleFeed(name));
      const view = planSummaryView(ctx);
      const count = ctx.plan.objectives.length;
      assert.equal(facts(view)['Objectives'], `${count} ${count === 1 ? 'objective' : 'objectives'}`);
      const expected = [
        ...(ctx.plan.documentType ? ['Document'] : []),
        'Published by',
        ...(ctx.plan.area !== null ? ['Area'] : []),
        'Period',
        'Status',
        'Objectives',
      ];
      assert.deepEqual(view.facts.map((fact) => fact.label), expected);
    });
  }

  test('one objective in the singular, the period from its dates, no area when the document does not say', () => {
    const feed = makeFeed({ area: null, period: { start: '2024', end: '2027' }, objectives: [{ id: 'one', number: 1, title: 'One' }] });
    const view = planSummaryView(viewContext(feed));
    assert.deepEqual(facts(view), {
      'Published by': 'Test OPCC',
      Period: '2024 to 2027',
      Status: 'Published',
      Objectives: '1 objective',
    });
    const twelve = makeFeed({ objectives: Array.from({ length: 12 }, (_, index) => ({ id: `o${index + 1}`, title: `Objective ${index + 1}` })) });
    assert.equal(facts(planSummaryView(viewContext(twelve)))['Objectives'], '12 objectives');
  });

  test('a long title and text that looks like markup are kept as text', () => {
    const title = `<img src=x onerror="alert(1)">The ${'Partnership'.repeat(12)} Plan`;
    assert.deepEqual(planSummaryView(viewContext(makeFeed({ title }))).title, { text: title });
  });

  test("a Welsh page: Welsh labels and words, and the plan's text given only in English marked lang: 'en'", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      title: { en: 'Police and Crime Plan', cy: 'Cynllun Heddlu a Throseddu' },
      strapline: { en: 'Safer together' },
      publisher: { name: { en: 'Test OPCC' }, kind: 'police-and-crime-commissioner' },
      status: 'draft',
    });
    const view = planSummaryView(viewContext(feed, 'cy'));
    assert.deepEqual(view.title, { text: 'Cynllun Heddlu a Throseddu' });
    assert.deepEqual(view.strapline, { text: 'Safer together', lang: 'en' });
    assert.deepEqual(view.facts.find((fact) => fact.label === 'Cyhoeddwyd gan')!.value, { text: 'Test OPCC', lang: 'en' });
    assert.deepEqual(facts(view)['Statws'], 'Drafft');
    assert.deepEqual(facts(view)['Amcanion'], '2 amcan');
  });
});
