// Validation beyond the schema: things in a feed that render but that its author should fix, reported
// by `pcp validate` as warnings with JSON paths (exit 0), while what would break an element stays an error.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pcp, root, useTempDir } from './helpers.mjs';
import { findPlanWarnings, validatePlan } from '../../lib/loader/index.js';

const feedFile = (name) => join(root, 'demo/feeds', `${name}.json`);
const feed = async (name) => JSON.parse(await readFile(feedFile(name), 'utf8'));


const temp = useTempDir('pcp-warnings-');

/** A changed copy of a sample feed, written to a file for `pcp validate`. */
async function copy(name, change) {
  const plan = await feed(name);
  change(plan);
  const path = join(temp.path, `${name}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify(plan, null, 2));
  return path;
}

const warningsOf = (plan, today = '2026-01-01') => findPlanWarnings(validatePlan(plan), { today });
const paths = (warnings) => warnings.map((warning) => warning.path);

describe('pcp validate warnings', () => {
  it('prints the path of a stated total that was changed, and still exits 0', async () => {
    const path = await copy('cumbria-2021-2025', (plan) => {
      plan.budgets[0].statedTotals['2021-22'] = 136972000;
    });
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /valid \(7 objectives\)/);
    const lines = result.stderr.trim().split('\n');
    assert.ok(
      lines.includes(`${path}: warning: /budgets/0/statedTotals/2021-22: the stated total £136,972,000 differs from the sum of the lines £136,972,658 by −£658`),
      result.stderr,
    );
    // The total the document itself gets wrong is still reported; nothing else is.
    assert.deepStrictEqual(
      lines.map((line) => line.split(': ')[2]),
      ['/budgets/0/statedTotals/2021-22', '/budgets/0/statedTotals/2022-23'],
    );
  });

  it('warns about a duplicate action-plan row id at the second one', async () => {
    const path = await copy('west-cumbria-csp-2012-13', (plan) => {
      plan.actionPlan.rows[1].id = plan.actionPlan.rows[0].id;
    });
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: \/actionPlan\/rows\/1\/id: action-plan row id "asb-reduce-repeat-victimization" is used twice: both are shown/);
  });

  it('warns about references to objectives that do not exist', async () => {
    const path = await copy('west-cumbria-csp-2012-13', (plan) => {
      plan.actionPlan.rows[2].objectiveId = 'burglary';
    });
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /warning: \/actionPlan\/rows\/2\/objectiveId: refers to objective "burglary", which is not in \/objectives: the row is shown, but not with that objective/,
    );
    const plan = await feed('cumbria-2021-2025');
    plan.measures = [{ id: 'officers', title: 'Officers', better: 'higher', objectiveId: 'nowhere' }];
    plan.objectives[0].supports = [{ objectiveId: 'missing' }, { planId: 'another-plan', objectiveId: 'elsewhere' }];
    const found = paths(warningsOf(plan));
    assert.ok(found.includes('/measures/0/objectiveId'));
    assert.ok(found.includes('/objectives/0/supports/0/objectiveId'));
    assert.ok(!found.includes('/objectives/0/supports/1/objectiveId'), 'another plan\'s objectives cannot be checked here');
  });

  it('warns about review dates before today in a published plan, with "today" given', async () => {
    const plan = await feed('west-cumbria-csp-2012-13');
    const review = (today) => paths(warningsOf(plan, today)).filter((path) => path.endsWith('/reviewDate'));
    // Review dates in the feed: 2012-01 (row 5, agency 4), 2011-12 (row 5 agency 5, row 6 agency 1).
    assert.deepStrictEqual(review('2011-12-31'), []);
    assert.deepStrictEqual(review('2012-01-01'), ['/actionPlan/rows/5/agencies/5/reviewDate', '/actionPlan/rows/6/agencies/1/reviewDate']);
    assert.deepStrictEqual(review('2012-02-01'), [
      '/actionPlan/rows/5/agencies/4/reviewDate',
      '/actionPlan/rows/5/agencies/5/reviewDate',
      '/actionPlan/rows/6/agencies/1/reviewDate',
    ]);
    const message = warningsOf(plan, '2012-02-01').find((warning) => warning.path === '/actionPlan/rows/5/agencies/4/reviewDate').message;
    assert.equal(message, 'the review date 2012-01 (Derwent & Solway HA / Impact HA) has passed, but the plan\'s status is "published": review it, or mark the plan "superseded"');
    assert.equal(review('2030-01-01').length, 3);
    assert.deepStrictEqual(paths(warningsOf({ ...plan, status: 'draft' }, '2030-01-01')).filter((path) => path.endsWith('/reviewDate')), []);
  });

  it('pcp validate checks review dates against today', async () => {
    const path = await copy('west-cumbria-csp-2012-13', (plan) => {
      plan.actionPlan.rows[0].agencies[0].reviewDate = '9999-12';
    });
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: \/actionPlan\/rows\/5\/agencies\/4\/reviewDate: the review date 2012-01/);
    assert.doesNotMatch(result.stderr, /rows\/0\/agencies\/0\/reviewDate/);
  });

  it('warns when the plan gives no accessible-formats contact', async () => {
    const plan = await feed('cumbria-2021-2025');
    assert.deepStrictEqual(paths(warningsOf(plan)).filter((path) => path.startsWith('/accessibleFormats')), []);
    const noPhoneOrEmail = { ...plan, accessibleFormats: { formats: ['large-print'], text: 'Ask us for large print.' } };
    assert.deepStrictEqual(warningsOf(noPhoneOrEmail).filter((warning) => warning.path === '/accessibleFormats'), [
      { path: '/accessibleFormats', message: 'says which formats there are but gives no phone number or email to ask for them, so readers are not shown how to ask' },
    ]);
    const path = await copy('cumbria-2021-2025', (copied) => {
      delete copied.accessibleFormats;
    });
    const result = await pcp('validate', path);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /warning: \/accessibleFormats: the plan does not say how to get it in other formats .*: add accessibleFormats with a phone number or email/);
  });

  it('keeps as errors what would make an element show the wrong thing', async () => {
    const objectives = await copy('cumbria-2021-2025', (plan) => {
      plan.objectives[1].id = plan.objectives[0].id;
    });
    const result = await pcp('validate', objectives);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /\/objectives\/1\/id: objective id ".+" is used twice; ids must be unique/);
    const budgets = await copy('cumbria-2021-2025', (plan) => {
      plan.budgets.push({ ...plan.budgets[0], title: 'Another budget' });
    });
    assert.equal((await pcp('validate', budgets)).code, 1);
  });
});
