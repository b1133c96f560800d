// Ids: one rule for what an id looks like and one for which are used twice, behind both the
// loader's errors (objectives, partners, budgets) and its warnings (everything else).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as v from 'valibot';
import { checkPlanIntegrity } from '../loader/plan-integrity.js';
import { findPlanWarnings } from '../loader/plan-warnings.js';
import { Id } from '../schema/primitives.js';
import { makeFeed } from '../view/test-feeds.js';
import { isId, repeatedIds } from './ids.js';

describe('isId', () => {
  const cases = ['focus-on-victims', '2021-22', 'a', 'Focus', 'a--b', '-a', 'a-', 'a b', 'café', ''];
  test('lower-case letters and digits joined by single hyphens', () => {
    assert.deepEqual(cases.filter(isId), ['focus-on-victims', '2021-22', 'a']);
  });
  test('the schema\'s Id accepts exactly the same', () => {
    for (const text of cases) assert.equal(v.safeParse(Id, text).success, isId(text), text);
  });
});

describe('repeatedIds', () => {
  test('each later use of an id, at its position', () => {
    assert.deepEqual(repeatedIds([{ id: 'a' }, { id: 'b' }, { id: 'a' }, {}, { id: 'b' }, { id: 'a' }]), [
      { index: 2, id: 'a' },
      { index: 4, id: 'b' },
      { index: 5, id: 'a' },
    ]);
  });
  test('nothing for unique ids, missing ids or no list', () => {
    assert.deepEqual(repeatedIds([{ id: 'a' }, { id: 'b' }, {}, {}]), []);
    assert.deepEqual(repeatedIds(undefined), []);
  });
  test('ids differing only in case are different ids', () => {
    assert.deepEqual(repeatedIds([{ id: 'a' }, { id: 'A' }]), []);
  });
});

describe('the loader reports repeated ids through the one rule', () => {
  test('objectives at any depth, in reading order: an error at the later one\'s path', () => {
    assert.throws(
      () =>
        makeFeed({
          objectives: [
            { id: 'first', title: 'First', children: [{ id: 'shared', title: 'Child' }] },
            { id: 'shared', title: 'Second' },
          ],
        }),
      (error: { issues: Array<{ path: string; message: string }> }) =>
        error.issues.length === 1 && error.issues[0]!.path === '/objectives/1/id' && error.issues[0]!.message === 'objective id "shared" is used twice; ids must be unique',
    );
    assert.deepEqual(checkPlanIntegrity(makeFeed()), []);
  });
  test('budgets: an error', () => {
    const budget = { id: 'revenue', title: 'Revenue', periods: [{ id: '2024-25' }], lines: [{ id: 'pay', label: 'Pay', kind: 'expenditure', values: { '2024-25': 1 } }] };
    assert.throws(
      () => makeFeed({ budgets: [budget, budget] }),
      (error: { issues: Array<{ path: string; message: string }> }) =>
        error.issues.some((issue) => issue.path === '/budgets/1/id' && issue.message === 'budget id "revenue" is used twice; ids must be unique'),
    );
  });
  test('a nested objective reusing a top-level id: an error', () => {
    assert.throws(
      () => makeFeed({ objectives: [{ id: 'first', title: 'First' }, { id: 'second', title: 'Second', children: [{ id: 'first', title: 'Again' }] }] }),
      (error: { issues: Array<{ path: string; message: string }> }) =>
        error.issues.some((issue) => issue.path === '/objectives/1/children/0/id' && issue.message === 'objective id "first" is used twice; ids must be unique'),
    );
  });
  test('measures and the rest: a warning at the second one\'s path', () => {
    const measure = { id: 'calls', title: 'Calls answered' };
    const warnings = findPlanWarnings(makeFeed({ measures: [measure, { ...measure, title: 'Again' }], accessibleFormats: null }), { today: '2026-01-01' });
    assert.deepEqual(
      warnings.map((warning) => warning.path),
      ['/measures/1/id'],
    );
    assert.match(warnings[0]!.message, /^measure id "calls" is used twice: /);
  });
});
