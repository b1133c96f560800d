// Every story and docs page of the built Storybook (storybook-static/, from `npm run build-storybook`)
// renders in Chromium without an uncaught error or a console error. A story shows its elements with
// content and no error, unless it is tagged as showing the error ("error-state") or loading state.
// Error stories show a missing feed, and the browser logs its 404 itself.
//
// Storybook's preview (iframe.html) is loaded once per page of a small pool, and each story or docs
// page is then shown in it the way Storybook's own UI and test runner do (the `setCurrentStory`
// event on its channel), instead of reloading the whole preview bundle for each of them.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementStates, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const index = JSON.parse(await readFile(new URL('index.json', `file://${root}`), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);

const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;
/** Pages showing stories at once. */
const POOL_SIZE = 2;

const session = useBrowser(root);

/** Preview pages not in use, each with the errors it has logged since it was last handed out. */
const idle = [];

async function openPreview() {
  const page = await session.browser.newPage();
  const preview = { page, errors: [], ignore: [] };
  page.on('pageerror', (error) => preview.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (!preview.ignore.some((pattern) => pattern.test(text))) preview.errors.push(`console: ${text}`);
  });
  await page.goto(`${session.url}/iframe.html`, { waitUntil: 'load' });
  // A preview that reloads itself would lose the errors logged before: report it as one.
  page.on('load', () => preview.errors.push(`the preview reloaded: ${page.url()}`));
  return preview;
}

/**
 * Shows a story or docs entry in a preview page and waits until Storybook says it rendered and
 * `ready` holds; resolves to the page and the errors logged meanwhile. The page goes back to the pool after `use`.
 */
async function show(entry, viewMode, { ignore = [], ready }, use) {
  const preview = idle.pop() ?? (await openPreview());
  preview.errors = [];
  preview.ignore = ignore;
  try {
    await preview.page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__, { polling: 100, timeout: 15000 });
    const outcome = await preview.page.evaluate(
      (storyId, mode) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const events = { storyRendered: 'rendered', docsRendered: 'rendered', storyErrored: 'errored', storyThrewException: 'threw', storyMissing: 'missing' };
          const handlers = Object.entries(events).map(([event, outcome]) => {
            const handler = () => {
              for (const [name, registered] of handlers) channel.off(name, registered);
              resolve(outcome);
            };
            channel.on(event, handler);
            return [event, handler];
          });
          channel.emit('setCurrentStory', { storyId, viewMode: mode });
        }),
      entry.id,
      viewMode,
    );
    assert.equal(outcome, 'rendered', `Storybook rendered ${entry.id}`);
    await preview.page.waitForFunction(ready, { polling: 100, timeout: 15000 });
    await use(preview.page, preview.errors);
  } finally {
    idle.push(preview);
  }
}

describe('Storybook', { concurrency: POOL_SIZE }, () => {
  it('has stories for every element the library defines', () => {
    const text = stories.map((story) => `${story.title} ${story.name}`).join('\n');
    for (const tag of tags) assert.ok(text.includes(tag), `<${tag}> has a story`);
  });

  for (const story of stories) {
    const expectsError = story.tags?.includes('error-state');
    const expectsLoading = story.tags?.includes('loading-state');
    it(`${story.title} / ${story.name} renders${expectsError ? ' its error' : expectsLoading ? ' its loading state' : ''} without page errors`, async () => {
      const ready = expectsLoading
        ? (id) => document.querySelector('#storybook-root')?.dataset && window.__STORYBOOK_PREVIEW__.currentRender?.id === id && document.querySelector('#storybook-root *')
        : (id) => {
            if (window.__STORYBOOK_PREVIEW__.currentRender?.id !== id) return false;
            const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('pcp-'));
            return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'));
          };
      await show(story, 'story', { ignore: expectsError ? [NOT_FOUND] : [], ready: `(${ready})(${JSON.stringify(story.id)})` }, async (page, errors) => {
        const { found: states } = await page.evaluate(elementStates);
        assert.ok(states.length > 0, 'the story shows pcp elements');
        if (expectsError) assert.ok(states.some((state) => state.error), 'an element shows its error');
        else if (expectsLoading) assert.ok(states.some((state) => state.loading), 'an element shows its loading state');
        else assert.deepEqual(states.filter((state) => state.error).map((state) => state.tag), [], 'no element shows an error');
        assert.deepEqual(errors, []);
      });
    });
  }

  for (const entry of docs) {
    it(`docs page ${entry.title} renders without page errors`, async () => {
      const ready = `document.querySelector('#storybook-docs *') && window.__STORYBOOK_PREVIEW__.currentRender?.id === ${JSON.stringify(entry.id)}`;
      await show(entry, 'docs', { ignore: [NOT_FOUND], ready }, async (page, errors) => {
        const docsText = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
        assert.ok(docsText.includes(entry.title.split('/').pop()), 'the docs page is about its subject');
        assert.deepEqual(errors, []);
      });
    });
  }
});
