// Statuses: the schema's lists are the only lists; what each place allows, the order progress
// counts in, the labels, and the catalogues' words all follow them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { en } from '../i18n/messages/en.js';
import { checkPlanIntegrity } from '../loader/plan-integrity.js';
import { StatusId } from '../schema/content.js';
import { ACTION_STATUSES, BUILT_IN_STATUSES, GRANT_STATUSES, PLAN_STATUSES, RAG_STATUSES } from '../schema/statuses.js';
import { makeFeed } from '../view/test-feeds.js';
import { STATUS_ORDER as PROGRESS_ORDER } from './progress.js';
import { allowedStatuses, isBuiltInStatus, NOT_RATED, STATUS_ORDER, statusLabel } from './statuses.js';

const scales = {
  statusScales: [
    { id: 'grades', statuses: [{ id: 'good', label: 'Good' }, { id: 'delivered', label: 'Done and dusted' }] },
    { id: 'other', statuses: [{ id: 'good', label: 'Fine' }] },
  ],
};

describe('the built-in lists', () => {
  test('every built-in status is an action status or a rating, once', () => {
    assert.deepEqual([...BUILT_IN_STATUSES], [...ACTION_STATUSES, ...RAG_STATUSES]);
    assert.equal(new Set(BUILT_IN_STATUSES).size, BUILT_IN_STATUSES.length);
  });
  test('progress counts the action statuses in their order, then those not rated', () => {
    assert.deepEqual([...STATUS_ORDER], [...ACTION_STATUSES, 'not-rated']);
    assert.equal(PROGRESS_ORDER, STATUS_ORDER);
    assert.ok(isBuiltInStatus(NOT_RATED));
  });
  test('the schema\'s description of a status names every built-in one', () => {
    const description = StatusId.pipe.find((item) => item.type === 'description') as { description: string };
    for (const status of BUILT_IN_STATUSES) assert.ok(description.description.includes(`"${status}"`), status);
  });
});

describe('allowedStatuses', () => {
  test('actions take the action statuses, ratings the ratings, other places either; the plan\'s own after', () => {
    assert.deepEqual(allowedStatuses({}, 'action'), [...ACTION_STATUSES]);
    assert.deepEqual(allowedStatuses({}, 'rating'), [...RAG_STATUSES]);
    assert.deepEqual(allowedStatuses({}, 'any'), [...BUILT_IN_STATUSES]);
    assert.deepEqual(allowedStatuses(scales, 'action'), [...ACTION_STATUSES, 'good', 'delivered', 'good']);
  });
  test('the loader checks every status against them', () => {
    const feed = makeFeed();
    const plan = { ...feed, objectives: [{ ...feed.objectives[0]!, actions: [{ text: 'Do it', status: 'red' }] }], measures: [{ id: 'm', title: 'M', rag: 'delivered' }] };
    assert.deepEqual(checkPlanIntegrity(plan as typeof feed), [
      { path: '/objectives/0/actions/0/status', message: `expected one of ${ACTION_STATUSES.map((id) => `"${id}"`).join(', ')} but got "red"` },
      { path: '/measures/0/rag', message: `expected one of ${RAG_STATUSES.map((id) => `"${id}"`).join(', ')} but got "delivered"` },
    ]);
    const own = { ...plan, ...scales, objectives: [{ ...feed.objectives[0]!, actions: [{ text: 'Do it', status: 'good' }] }], measures: [] };
    assert.deepEqual(checkPlanIntegrity(own as unknown as typeof feed), []);
  });
});

describe('statusLabel', () => {
  test('the plan\'s own label first (its first scale that has the id)', () => {
    assert.equal(statusLabel('good', en, scales), 'Good');
    assert.equal(statusLabel('delivered', en, scales), 'Done and dusted');
  });
  test('else the built-in label in the page\'s language, else the id', async () => {
    assert.equal(statusLabel('in-progress', en), 'In progress');
    assert.equal(statusLabel('amber', en), 'Amber');
    assert.equal(statusLabel('not-rated', en), 'Not rated');
    assert.equal(statusLabel('on-track', en), 'on-track');
    const cy = await loadCatalogue('cy');
    assert.equal(statusLabel('in-progress', cy), 'Ar y gweill');
    assert.equal(statusLabel('good', cy, scales), 'Good');
  });
});

describe('the catalogues follow the lists', () => {
  test('each language has words for every built-in status, plan status and grant status, and no others', async () => {
    for (const words of [en, await loadCatalogue('cy')]) {
      assert.deepEqual(Object.keys(words.common.statuses).sort(), [...BUILT_IN_STATUSES].sort(), words.locale);
      assert.deepEqual(Object.keys(words.common.planStatuses).sort(), [...PLAN_STATUSES].sort(), words.locale);
      assert.deepEqual(Object.keys(words.grants.statuses).sort(), [...GRANT_STATUSES].sort(), words.locale);
    }
  });
});
