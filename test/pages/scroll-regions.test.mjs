// The demo pages, built, at a desktop width (1280px) and a phone's (375px): every table region inside the
// elements is a tab stop exactly while its table scrolls (src/base/scroll-region.ts). At 1280px the
// partnership page used to have ten tab stops that led nowhere.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['demo/index.html', 'demo/opcc.html', 'demo/csp.html', 'demo/objectives.html', 'demo/wheel.html', 'demo/money.html', 'demo/progress.html', 'demo/document.html', 'demo/welsh.html'];
for (const file of await readdir(new URL('../../demo/plans/', import.meta.url))) pages.push(`demo/plans/${file}`);

const session = useBrowser(root);

/** Run in the page: every table region in the elements (through shadow roots), whether it is a tab stop and whether it scrolls. */
function tableRegions() {
  const found = [];
  const walk = (node, where) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) walk(element.shadowRoot, `${where}${element.localName} `);
      if (!element.matches('.table-region')) continue;
      found.push({
        where: where.trim(),
        caption: (element.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
        focusable: element.getAttribute('tabindex') === '0',
        scrolls:
          element.getClientRects().length > 0 &&
          (element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight),
      });
    }
  };
  walk(document, '');
  return found;
}

/** Every table region agrees with its own scrolling (waited for: each measures after a layout). */
async function settled(page) {
  await page.waitForFunction(`(${tableRegions})().every((region) => region.focusable === region.scrolls)`, { polling: 100, timeout: 5000 }).catch(() => {});
  return page.evaluate(tableRegions);
}

describe('table regions on the demo pages: a tab stop exactly while the table scrolls', { concurrency: 2 }, () => {
  for (const path of pages) {
    it(path, async () => {
      const { page, errors } = await openPage(session.browser, `${session.url}/${path}`);
      for (const width of [1280, 375]) {
        await page.setViewport({ width, height: 800 });
        const found = await settled(page);
        assert.deepEqual(found.filter((region) => region.focusable && !region.scrolls), [], `tab stops that lead nowhere at ${width}px`);
        assert.deepEqual(found.filter((region) => region.scrolls && !region.focusable), [], `scrolling tables out of reach at ${width}px`);
        if (path === 'demo/csp.html' && width === 1280) {
          // The page the issue counted: its action-plan sections and outcomes are all drawn, and fit.
          assert.ok(found.filter((region) => region.where === 'pcp-action-plan').length > 1, 'the action plan tables are drawn');
          assert.ok(found.some((region) => region.where === 'pcp-outcomes'), 'the outcomes table is drawn');
          assert.deepEqual(found.filter((region) => region.focusable), []);
        }
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
