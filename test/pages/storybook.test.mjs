// Every story and docs page of the built Storybook (storybook-static/, from `npm run build-storybook`)
// renders in Chromium without an uncaught error or a console error. A story shows its elements with
// content and no error, unless it is tagged as showing the error ("error-state"), the loading state
// or the empty state. And what a designer looks for is there: every element has its own sidebar
// entry and docs page, and a story on every sample feed that has something for it to show.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cases } from './accessibility-cases.mjs';
import { elementStates, useBrowser } from './browser.mjs';
import { storyCanvases } from './storybook-canvas.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const index = JSON.parse(await readFile(new URL('index.json', `file://${root}`), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);

// Error stories show a missing feed, and the browser logs its 404 itself.
const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

const session = useBrowser(root);

const canvases = storyCanvases(session);

describe('Storybook', { concurrency: 4 }, () => {
  it('gives every element the library defines its own sidebar entry and docs page', () => {
    assert.ok(tags.length >= 16, `the manifest lists the elements: ${tags.join(', ')}`);
    for (const tag of tags) {
      assert.ok(stories.some((story) => story.title === `Elements/${tag}`), `<${tag}> has stories under Elements/${tag}`);
      assert.ok(docs.some((entry) => entry.title === `Elements/${tag}`), `<${tag}> has a docs page`);
    }
  });

  it('has a story for every element on every sample feed that has content for it', () => {
    // The accessibility matrix knows which feeds have something for each element to show.
    const expected = [...new Set(cases().filter((testCase) => !testCase.empty).map((testCase) => `${testCase.tag} on ${testCase.feed}`))];
    const told = stories.flatMap((story) => (story.tags ?? []).filter((tag) => tag.startsWith('feed:')).map((tag) => `${story.title.replace('Elements/', '')} on ${tag.slice(5)}`));
    assert.ok(expected.length > 100, `${expected.length} element × feed pairs`);
    assert.deepEqual(expected.filter((pair) => !told.includes(pair)), [], 'every pair has its story');
    assert.deepEqual(told.filter((pair) => !expected.includes(pair)), [], 'no story is tagged with a feed that has nothing for the element');
  });

  for (const story of stories) {
    const expectsError = story.tags?.includes('error-state');
    const expectsLoading = story.tags?.includes('loading-state');
    const expectsEmpty = story.tags?.includes('empty-state');
    it(`${story.title} / ${story.name} renders${expectsError ? ' its error' : expectsLoading ? ' its loading state' : ''} without page errors`, async () => {
      const canvas = await canvases.take();
      try {
        canvas.ignore.splice(0, canvas.ignore.length, ...(expectsError ? [NOT_FOUND] : []));
        await canvases.show(canvas, story.id, { loading: expectsLoading });
        const { found: states } = await canvas.page.evaluate(elementStates);
        assert.ok(states.length > 0, 'the story shows pcp elements');
        if (expectsError) assert.ok(states.some((state) => state.error), 'an element shows its error');
        else if (expectsLoading) assert.ok(states.some((state) => state.loading), 'an element shows its loading state');
        else assert.deepEqual(states.filter((state) => state.error).map((state) => state.tag), [], 'no element shows an error');
        // The story's own element (the first) shows its empty state exactly where the story says so.
        if (!expectsError && !expectsLoading) assert.equal(states[0].emptyState, Boolean(expectsEmpty), `<${states[0].tag}> ${expectsEmpty ? 'shows' : 'does not show'} its empty state`);
        assert.deepEqual(canvas.errors, []);
      } finally {
        canvases.give(canvas);
      }
    });
  }

  for (const entry of docs) {
    it(`docs page ${entry.title} renders without page errors`, async () => {
      const canvas = await canvases.take();
      try {
        canvas.ignore.splice(0, canvas.ignore.length, NOT_FOUND);
        await canvases.show(canvas, entry.id, { viewMode: 'docs' });
        await canvas.page.waitForFunction(() => document.querySelector('#storybook-docs *'), { timeout: 15000, polling: 100 });
        const docsText = await canvas.page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
        assert.ok(docsText.includes(entry.title.split('/').pop()), 'the docs page is about its subject');
        assert.deepEqual(canvas.errors, []);
      } finally {
        canvases.give(canvas);
      }
    });
  }
});
