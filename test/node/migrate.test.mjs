// Old feeds keep working: a format-1 feed is read as format 2, `pcp migrate` writes it out, and every
// element shows the same text for the old file and the migrated one (each sample feed as it was in
// format 1 is kept in test/fixtures/v1).
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pcp, root, useTempDir } from './helpers.mjs';

const { migrateFeed } = await import('../../lib/loader/migrate.js');
const { validatePlan } = await import('../../lib/loader/validate-plan.js');
const { findUnknownPlanFields } = await import('../../lib/loader/plan-unknown-fields.js');
const { RENDERABLE_ELEMENTS, renderElement } = await import('../../lib/ssr/render-element.js');

const v1 = join(root, 'test/fixtures/v1');
const names = (await readdir(v1)).filter((name) => name.endsWith('.json')).sort();

/** What a reader sees: the server-rendered HTML without markup, styles or the inline feed. */
const visible = (html) =>
  html
    .replace(/<style>[^<]*<\/style>/g, ' ')
    .replace(/<script[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('format 1 feeds', () => {
  it('keeps every sample feed of format 1 as a fixture', () => {
    assert.ok(names.length >= 6, `found ${names.length}`);
  });

  for (const name of names) {
    it(`${name}: migrates to a valid format 2 feed, and every element shows the same text for both`, async () => {
      const old = JSON.parse(await readFile(join(v1, name), 'utf8'));
      assert.equal(old.schemaVersion.startsWith('1.'), true);
      const { feed, changes } = migrateFeed(old);
      assert.equal(feed.schemaVersion, '2.0');
      assert.equal(changes[0].path, '/schemaVersion');
      // Nothing is lost on the way: the migrated feed has no field format 2 does not know.
      assert.deepEqual(findUnknownPlanFields(feed), []);
      assert.equal(JSON.stringify(old), await readFile(join(v1, name), 'utf8').then((text) => JSON.stringify(JSON.parse(text))), 'the input is not modified');
      const [before, after] = [validatePlan(old), validatePlan(feed)];
      for (const tag of RENDERABLE_ELEMENTS) {
        assert.equal(visible(await renderElement(tag, before, {})), visible(await renderElement(tag, after, {})), `<${tag}>`);
      }
    });
  }

  it('leaves a format 2 feed as it is', () => {
    const feed = { schemaVersion: '2.0', title: 'x' };
    assert.equal(migrateFeed(feed).feed, feed);
    assert.deepEqual(migrateFeed(feed).changes, []);
  });

  it('moves labels.objective(s) to levels[0] and measures\' direction to better, keeping the other labels', () => {
    const { feed } = migrateFeed({
      schemaVersion: '1.1',
      labels: { objective: 'theme', objectives: 'themes', actions: 'How we will achieve this' },
      measures: [{ id: 'a', direction: 'up' }, { id: 'b', direction: 'down' }, { id: 'c' }],
    });
    assert.deepEqual(feed, {
      schemaVersion: '2.0',
      labels: { actions: 'How we will achieve this' },
      measures: [{ id: 'a', better: 'higher' }, { id: 'b', better: 'lower' }, { id: 'c' }],
      levels: [{ singular: 'theme', plural: 'themes' }],
    });
  });
});

describe('pcp migrate', () => {
  const folder = useTempDir('pcp-migrate-');

  it('prints the feed in format 2, lists the changes on standard error, and exits 0', async () => {
    const result = await pcp('migrate', join(root, 'test/fixtures/v1/cumbria-2021-2025.json'));
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), migrateFeed(JSON.parse(await readFile(join(root, 'test/fixtures/v1/cumbria-2021-2025.json'), 'utf8'))).feed);
    assert.match(result.stderr, /cumbria-2021-2025\.json: \/schemaVersion: "1\.0" becomes "2\.0"/);
    assert.match(result.stderr, /\/labels: the words for objectives/);
  });

  it('says so for a feed already in format 2', async () => {
    const result = await pcp('migrate', join(root, 'demo/feeds/cleveland-2020-21-update.json'));
    assert.equal(result.code, 0);
    assert.match(result.stderr, /already in the current format/);
  });

  it('exits 1 naming the path when the result is not valid, and 2 for a usage mistake', async () => {
    const broken = join(folder.path, 'broken.json');
    await writeFile(broken, JSON.stringify({ schemaVersion: '1.0', title: 'No objectives' }));
    const result = await pcp('migrate', broken);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /broken\.json: \/id: is required/);
    assert.equal((await pcp('migrate')).code, 2);
    assert.equal((await pcp('migrate', 'a.json', 'b.json')).code, 2);
  });
});
