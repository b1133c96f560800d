// The view model of <pcp-national-priorities>: the body's statement and the priorities, or the empty state.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { nationalPrioritiesView } from './national-priorities-view.js';

describe('nationalPrioritiesView', () => {
  before(() => loadCatalogue('cy'));

  test("Cumbria: the plan's heading, its statement and the four priorities", () => {
    const view = nationalPrioritiesView(viewContext(sampleFeed('cumbria-2021-2025')));
    assert.equal(view.kind, 'shown');
    if (view.kind !== 'shown') return;
    assert.deepEqual(view.title, { text: 'Identifying the priorities for this plan' });
    assert.equal(view.items.length, 4);
    assert.equal(view.statement.length, 1);
    assert.deepEqual(view.closing, []);
  });

  test('Cambridgeshire and Peterborough: six priorities; plans without any say so', () => {
    const view = nationalPrioritiesView(viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024')));
    assert.equal(view.kind === 'shown' && view.items.length, 6);
    assert.deepEqual(nationalPrioritiesView(viewContext(sampleFeed('essex-2021-2024'))), { kind: 'empty', message: 'This plan names no national priorities.' });
  });

  test("the element's heading when the feed gives none, in the page's language", () => {
    const feed = makeFeed({ nationalPriorities: { items: [{ text: 'Reduce murder and other homicide' }, { text: 'Tackle cyber crime' }] } });
    const english = nationalPrioritiesView(viewContext(feed));
    assert.deepEqual(english.kind === 'shown' && english.title, { text: 'National priorities' });
    const welsh = nationalPrioritiesView(viewContext(feed, 'cy'));
    assert.deepEqual(welsh.kind === 'shown' && welsh.title, { text: 'Blaenoriaethau cenedlaethol' });
    assert.deepEqual(nationalPrioritiesView(viewContext(makeFeed(), 'cy')), { kind: 'empty', message: 'Nid yw’r cynllun hwn yn enwi unrhyw flaenoriaethau cenedlaethol.' });
  });
});
