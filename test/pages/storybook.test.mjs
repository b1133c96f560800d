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
import { collectErrors, elementStates, useBrowser } from './browser.mjs';

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

/**
 * Story canvases (Storybook's iframe.html), reused from story to story: a story is shown by asking
 * the preview to switch to it, as Storybook's own test runner does, instead of loading the preview
 * bundle again for each of 200 stories. One canvas per test running at once.
 */
const canvases = [];

async function storyCanvas() {
  const reused = canvases.pop();
  if (reused) return reused;
  const page = await session.browser.newPage();
  const ignore = [];
  const canvas = { page, errors: collectErrors(page, ignore), ignore, loaded: false };
  // Notes when each story has finished (after the accessibility addon's checks): the preview
  // reloads the whole page if it is asked to switch while a story is still running them.
  await page.evaluateOnNewDocument(() => {
    window.__storyOutcomes = [];
    const listen = () => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return setTimeout(listen, 10);
      for (const event of ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing']) {
        channel.on(event, (detail) => window.__storyOutcomes.push({ event, storyId: typeof detail === 'string' ? detail : detail?.storyId, detail: JSON.stringify(detail)?.slice(0, 300) }));
      }
    };
    listen();
  });
  return canvas;
}

/**
 * Shows one story (or docs page) on a canvas, and waits until Storybook has finished it and its
 * elements have loaded their feeds.
 */
async function showStory(canvas, storyId, { loading = false, viewMode = 'story' } = {}) {
  canvas.errors.length = 0;
  const { page } = canvas;
  const done = viewMode === 'docs' ? 'docsRendered' : 'storyFinished';
  // A canvas's first story loads the whole preview bundle, while the other canvases do the same.
  const timeout = canvas.loaded ? 15000 : 60000;
  if (!canvas.loaded) {
    // The accessibility addon's own axe run after each story is switched to "manual" here: the
    // accessibility suite checks every element and feed, and the addon's run on a whole plan
    // document would double this test's time. (Designers still get it in the Storybook UI.)
    await page.goto(`${session.url}/iframe.html?id=${storyId}&viewMode=${viewMode}&globals=a11y.manual:!true`, { waitUntil: 'load' });
    canvas.loaded = true;
  } else {
    await page.evaluate(
      (id, mode) => {
        window.__storyOutcomes = [];
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: mode });
      },
      storyId,
      viewMode,
    );
  }
  const outcome = await page.waitForFunction(
    (id, finished) => window.__storyOutcomes?.find((entry) => (entry.event === finished && entry.storyId === id) || !['storyFinished', 'docsRendered'].includes(entry.event)),
    { timeout, polling: 50 },
    storyId,
    done,
  );
  const { event, detail } = await outcome.jsonValue();
  assert.equal(event, done, `Storybook rendered ${storyId}: ${detail}`);
  if (viewMode === 'docs') return;
  await page.waitForFunction(
    loading
      ? () => document.querySelector('#storybook-root *')
      : () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('pcp-'));
          return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'));
        },
    // Polled on a timer: a background page gets no animation frames.
    { timeout: 15000, polling: 100 },
  );
}

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
      const canvas = await storyCanvas();
      try {
        canvas.ignore.splice(0, canvas.ignore.length, ...(expectsError ? [NOT_FOUND] : []));
        await showStory(canvas, story.id, { loading: expectsLoading });
        const { found: states } = await canvas.page.evaluate(elementStates);
        assert.ok(states.length > 0, 'the story shows pcp elements');
        if (expectsError) assert.ok(states.some((state) => state.error), 'an element shows its error');
        else if (expectsLoading) assert.ok(states.some((state) => state.loading), 'an element shows its loading state');
        else assert.deepEqual(states.filter((state) => state.error).map((state) => state.tag), [], 'no element shows an error');
        // The story's own element (the first) shows its empty state exactly where the story says so.
        if (!expectsError && !expectsLoading) assert.equal(states[0].emptyState, Boolean(expectsEmpty), `<${states[0].tag}> ${expectsEmpty ? 'shows' : 'does not show'} its empty state`);
        assert.deepEqual(canvas.errors, []);
      } finally {
        canvases.push(canvas);
      }
    });
  }

  for (const entry of docs) {
    it(`docs page ${entry.title} renders without page errors`, async () => {
      const canvas = await storyCanvas();
      try {
        canvas.ignore.splice(0, canvas.ignore.length, NOT_FOUND);
        await showStory(canvas, entry.id, { viewMode: 'docs' });
        await canvas.page.waitForFunction(() => document.querySelector('#storybook-docs *'), { timeout: 15000, polling: 100 });
        const docsText = await canvas.page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
        assert.ok(docsText.includes(entry.title.split('/').pop()), 'the docs page is about its subject');
        assert.deepEqual(canvas.errors, []);
      } finally {
        canvases.push(canvas);
      }
    });
  }
});
