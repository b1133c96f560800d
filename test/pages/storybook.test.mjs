// Every story and docs page of the built Storybook (storybook-static/, from `npm run build-storybook`)
// renders in Chromium without an uncaught error or a console error. A story shows its elements with
// content and no error, unless it is tagged as showing the error ("error-state") or loading state.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elementStates, openPage, useBrowser } from './browser.mjs';

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

describe('Storybook', { concurrency: 4 }, () => {
  it('has stories for every element the library defines', () => {
    const text = stories.map((story) => `${story.title} ${story.name}`).join('\n');
    for (const tag of tags) assert.ok(text.includes(tag), `<${tag}> has a story`);
  });

  for (const story of stories) {
    const expectsError = story.tags?.includes('error-state');
    const expectsLoading = story.tags?.includes('loading-state');
    it(`${story.title} / ${story.name} renders${expectsError ? ' its error' : expectsLoading ? ' its loading state' : ''} without page errors`, async () => {
      const { page, errors } = await openPage(session.browser, `${session.url}/iframe.html?id=${story.id}&viewMode=story`, {
        ignore: expectsError ? [NOT_FOUND] : [],
        ready: expectsLoading
          ? () => document.querySelector('#storybook-root *')
          : () => {
              const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('pcp-'));
              return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part~="loading"]'));
            },
      });
      const { found: states } = await page.evaluate(elementStates);
      assert.ok(states.length > 0, 'the story shows pcp elements');
      if (expectsError) assert.ok(states.some((state) => state.error), 'an element shows its error');
      else if (expectsLoading) assert.ok(states.some((state) => state.loading), 'an element shows its loading state');
      else assert.deepEqual(states.filter((state) => state.error).map((state) => state.tag), [], 'no element shows an error');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  for (const entry of docs) {
    it(`docs page ${entry.title} renders without page errors`, async () => {
      const { page, errors } = await openPage(session.browser, `${session.url}/iframe.html?id=${entry.id}&viewMode=docs`, {
        ignore: [NOT_FOUND],
        ready: () => document.querySelector('#storybook-docs *'),
      });
      const docsText = await page.evaluate(() => document.querySelector('#storybook-docs')?.textContent ?? '');
      assert.ok(docsText.includes(entry.title.split('/').pop()), 'the docs page is about its subject');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
