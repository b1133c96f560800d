// Every story of the built Storybook (storybook-static/, from `npm run build-storybook`) renders in
// Chromium without an uncaught error or a console error, and shows something.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve } from './browser.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const index = JSON.parse(await readFile(new URL('index.json', `file://${root}`), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

// Stories that show a missing feed log the browser's own "404" line; that is their point.
const EXPECTED = [/Failed to load resource: the server responded with a status of 404/, /favicon/];

let server;
let browser;
before(async () => {
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook', { concurrency: 4 }, () => {
  it('has a story for every element', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of ['Foundation/pcp-plan', 'Elements/pcp-objectives', 'Elements/pcp-priority-wheel', 'Elements/pcp-budget-table', 'Elements/pcp-progress', 'Elements/pcp-action-plan', 'Elements/pcp-plan-summary', 'Theming/Design tokens']) {
      assert.ok(titles.has(title), `${title} has stories`);
    }
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name} renders without errors`, async () => {
      const { page, errors } = await openPage(browser, `${server.url}/iframe.html?id=${story.id}&viewMode=story`, {
        ignore: EXPECTED,
        // Rendered, and no element still waiting for its feed.
        ready: () => {
          const elements = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('pcp-'));
          return elements.length > 0 && elements.every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[part="loading"]'));
        },
      });
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].some((element) => element.localName.startsWith('pcp-') && element.shadowRoot?.textContent?.trim()),
      );
      assert.ok(rendered, 'a pcp element rendered content');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
