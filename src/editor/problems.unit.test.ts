/// <reference types="node" />
// The editor's problems are the validator's and pcp validate's warnings, each at its JSON Pointer and
// said as a sentence a plan author can act on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findPlanWarnings } from '../loader/plan-warnings.js';
import { validatePlan } from '../loader/validate-plan.js';
import { checkFeed, placeName } from './problems.js';

const cumbria = JSON.parse(readFileSync(new URL('../../demo/feeds/cumbria-2021-2025.json', import.meta.url), 'utf8'));

describe('checkFeed', () => {
  test('a blank plan: every required field named, at its place, as a sentence', () => {
    const check = checkFeed({ schemaVersion: '2.0', publisher: {}, period: {}, objectives: [] });
    assert.equal(check.plan, undefined);
    const byPlace = Object.fromEntries(check.problems.map((problem) => [problem.pointer, problem.message]));
    assert.equal(byPlace['/id'], 'ID is required.');
    assert.equal(byPlace['/publisher/name'], 'Name is required.');
    assert.ok(check.problems.every((problem) => problem.severity === 'error'));
    assert.equal(check.errorCount, check.problems.length);
    const kind = check.problems.find((problem) => problem.pointer === '/publisher/kind');
    assert.equal(kind?.where, 'Publisher › Kind');
    assert.equal(kind?.message, 'Kind is required.');
    assert.equal(kind?.summary, 'Publisher › Kind is required.');
  });

  test('an item in a list is named by its number and its title', () => {
    const feed = structuredClone(cumbria);
    feed.objectives[1].status = 'Not A Status';
    const problem = checkFeed(feed).problems.find((candidate) => candidate.pointer === '/objectives/1/status');
    assert.ok(problem, 'the status problem is found at its place');
    assert.match(problem.where, /^Objective 2 \(.+\) › Status$/);
    assert.match(problem.message, /^Status/);
    assert.ok(problem.summary.startsWith(`${problem.where}`), problem.summary);
  });

  test('a valid feed: the plan, and the warnings pcp validate prints, at their places', () => {
    const check = checkFeed(cumbria);
    assert.ok(check.plan);
    assert.equal(check.errorCount, 0);
    const expected = findPlanWarnings(validatePlan(cumbria));
    assert.ok(expected.length > 0, 'the sample has a total that does not add up');
    assert.deepEqual(
      check.problems.map((problem) => [problem.severity, problem.pointer]),
      expected.map((warning) => ['warning', warning.path]),
    );
    assert.match(check.problems[0]!.message, /^Statements? |^2022-23|stated total/i);
  });

  test('Welsh text is named as Welsh', () => {
    assert.equal(placeName(['title', 'cy'], { title: { en: 'a', cy: '' } }), 'Title › Welsh');
    assert.equal(placeName(['objectives', 0, 'id'], {}), 'Objective 1 › ID');
  });
});
