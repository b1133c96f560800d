// The built modules as a web team uses them: one element module alone, and two copies of the library
// on one page (a CMS theme and a page template each loading theirs), which must not throw.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from '../../lib/elements.js';
import { elementStates, openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);

/** A static `import … from "…"` or `export … from "…"` in built code (not a lazy `import("…")`). */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import\s*(?!\()(?:[^"'()]*?\bfrom\s*)?|export\s*(?:\{[^}]*\}|\*)\s*from\s*)["'][^"']+["']/g;

describe('distribution: the single-file builds', () => {
  // The CDN file and the API are one file each: a static import would make them need dist/chunks/ (only
  // lazy import() of optional parts, such as the Welsh words, is allowed). A shared chunk split out of
  // them by a change to the loader went unnoticed once.
  for (const file of ['dist/pcp-elements.js', 'dist/api.js']) {
    it(`${file} imports nothing statically`, async () => {
      assert.deepEqual((await readFile(`${root}${file}`, 'utf8')).match(STATIC_IMPORT) ?? [], []);
    });
  }

  it('the check finds a static import or re-export, and leaves the lazy ones alone', () => {
    assert.equal('var a=1;import{b as c}from"./chunks/core.js";'.match(STATIC_IMPORT).length, 1);
    assert.equal('export{t as X}from"./chunks/x.js";'.match(STATIC_IMPORT).length, 1);
    assert.equal('let m=await import("./chunks/cy.js");'.match(STATIC_IMPORT), null);
  });
});

describe('distribution: dist/ modules in Chromium', () => {
  it('dist/objectives.js registers <pcp-objectives> and <pcp-plan> only, and renders the plan', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}/test/pages/fixtures/objectives-module.html`);
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), ELEMENT_TAGS);
    assert.deepEqual(defined, ['pcp-plan', 'pcp-objectives']);
    const { found, text } = await page.evaluate(elementStates);
    assert.equal(found.filter((state) => state.tag === 'pcp-objectives' && !state.error && !state.empty).length, 2);
    assert.match(text, /A focus on victims/);
    // The second one shows objective 3 alone.
    const single = await page.evaluate(() => document.querySelector('pcp-plan pcp-objectives').shadowRoot.querySelectorAll('h2').length);
    assert.equal(single, 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('two copies of the library and element modules on one page: no error, every element renders once', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}/test/pages/fixtures/two-copies.html`);
    const { found, text } = await page.evaluate(elementStates);
    assert.deepEqual(
      found.map((state) => [state.tag, state.error, state.empty]),
      [
        ['pcp-plan', false, false],
        ['pcp-plan-summary', false, false],
        ['pcp-objectives', false, false],
        ['pcp-priority-wheel', false, false],
      ],
    );
    assert.match(text, /Police and Crime Plan 2021-2025/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
