// The view model of <pcp-monitoring>: the plan's statement and arrangements under their heading, or the empty state.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { monitoringView } from './monitoring-view.js';

describe('monitoringView', () => {
  before(() => loadCatalogue('cy'));

  test("Cumbria: the plan's heading, statement, every arrangement and its closing paragraphs", () => {
    const feed = sampleFeed('cumbria-2021-2025');
    const view = monitoringView(viewContext(feed));
    assert.equal(view.kind, 'shown');
    if (view.kind !== 'shown') return;
    const monitoring = viewContext(feed).plan.monitoring!;
    assert.deepEqual(view.title, { text: 'Monitoring the plan' });
    assert.equal(view.items.length, 14);
    assert.equal(view.items, monitoring.items);
    assert.equal(view.statement.length, 1);
    assert.equal(view.closing.length, 2);
  });

  test('Cleveland: a list without a statement is shown', () => {
    const view = monitoringView(viewContext(sampleFeed('cleveland-2020-21-update')));
    assert.equal(view.kind === 'shown' && view.title.text, 'Scrutiny Programme');
    assert.equal(view.kind === 'shown' && view.items.length, 5);
  });

  test("the element's heading when the feed gives none; a statement alone is enough; missing parts are empty", () => {
    const view = monitoringView(viewContext(makeFeed({ monitoring: { statement: ['The panel scrutinises the plan.'], items: [] } })));
    assert.deepEqual(view, { kind: 'shown', title: { text: 'Monitoring the plan' }, statement: ['The panel scrutinises the plan.'], items: [], closing: [] });
  });

  test('nothing to show: no monitoring, or an empty list with no statement', () => {
    const empty = { kind: 'empty', message: 'This plan does not describe how it is monitored.' };
    assert.deepEqual(monitoringView(viewContext(makeFeed())), empty);
    assert.deepEqual(monitoringView(viewContext(makeFeed({ monitoring: { items: [], closing: ['Only a closing line.'] } }))), empty);
  });

  test('on a Welsh page: Welsh words, and a heading the feed gives only in English marked as English', () => {
    const feed = makeFeed({ monitoring: { title: { en: 'Scrutiny' }, items: [{ text: { en: 'Quarterly panel meetings' } }] } });
    const view = monitoringView(viewContext(feed, 'cy'));
    assert.deepEqual(view.kind === 'shown' && view.title, { text: 'Scrutiny', lang: 'en' });
    const untitled = monitoringView(viewContext(makeFeed({ monitoring: { items: [{ text: 'Panel' }] } }), 'cy'));
    assert.deepEqual(untitled.kind === 'shown' && untitled.title, { text: 'Monitro’r cynllun' });
    assert.deepEqual(monitoringView(viewContext(makeFeed(), 'cy')), { kind: 'empty', message: 'Nid yw’r cynllun hwn yn disgrifio sut y caiff ei fonitro.' });
  });
});
