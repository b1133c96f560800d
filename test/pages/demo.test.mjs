// The demo pages, as a web team opens them: built bundle, strict CSP, real feeds. Each must load
// with no console errors, show its content, and pass axe-core (WCAG 2.2 AA rules).
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENT_TAGS } from '../../lib/elements.js';
import { axeViolations, elementStates, openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['demo/index.html', 'demo/opcc.html', 'demo/csp.html', 'demo/objectives.html', 'demo/wheel.html', 'demo/money.html', 'demo/progress.html', 'demo/playground.html', 'demo/document.html', 'demo/strict.html', 'demo/welsh.html', 'demo/govuk.html', 'demo/wordpress.html'];
for (const file of await readdir(new URL('../../demo/plans/', import.meta.url))) pages.push(`demo/plans/${file}`);

const EXPECTED = [];

/** Text each page must show once its feeds have loaded (so a broken feed cannot pass as "no errors"). */
const MUST_SHOW = {
  'demo/index.html': 'Police and Crime Plan 2021-2025',
  'demo/opcc.html': 'Investing in Our Police',
  'demo/csp.html': 'Reduce Repeat Victimization',
  'demo/objectives.html': 'A focus on victims',
  'demo/wheel.html': 'Tackling crime and keeping communities safe',
  'demo/money.html': '£97,139,153',
  'demo/progress.html': '4 of 11 delivered',
  'demo/document.html': 'Michelle Skeer QPM',
  'demo/strict.html': 'Reduce Repeat Victimization',
  'demo/welsh.html': 'Canolbwyntio ar ddioddefwyr',
  'demo/govuk.html': 'Keeping Cumbria Safe',
  'demo/wordpress.html': 'Investing in Our Police',
};

/**
 * The policy, sent as a real HTTP header on the strict page (the page's own meta policy, which
 * also allows data: images, applies as well). `trusted-types lit-html` is not needed for the elements
 * to run: it is stricter, allowing only Lit's policy to be created, so the test proves no other code
 * (ours or a dependency's) creates one.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// Every element, from the registry (src/elements.ts, built into lib/ before the page tests run).
const ALL_TAGS = ELEMENT_TAGS;

const session = useBrowser(root, { headers: { '/demo/strict.html': { 'content-security-policy': STRICT_CSP } } });

describe('demo pages', { concurrency: 4 }, () => {
  for (const path of pages) {
    it(`${path} loads without errors and passes axe-core`, async () => {
      const { page, errors } = await openPage(session.browser, `${session.url}/${path}`, { ignore: EXPECTED });
      // Every pcp element on the page has rendered its content: not loading, not empty, no error.
      const { found: states, text } = await page.evaluate(elementStates);
      // (The playground shows its elements once a feed is checked: its own test below.)
      if (path !== 'demo/playground.html') assert.ok(states.length > 0, 'the page has pcp elements');
      assert.deepEqual(states.filter((state) => state.loading), [], 'no element still loading');
      assert.deepEqual(states.filter((state) => state.empty && !state.expectError).map((state) => state.tag), [], 'no element empty');
      assert.deepEqual(states.filter((state) => state.error && !state.expectError).map((state) => state.tag), [], 'no unexpected error');
      if (states.some((state) => state.expectError)) assert.ok(states.some((state) => state.error && state.expectError), 'the broken example shows its error');
      if (MUST_SHOW[path]) assert.ok(text.includes(MUST_SHOW[path]), `shows "${MUST_SHOW[path]}"`);
      if (path.startsWith('demo/plans/')) assert.ok(states.some((state) => state.tag === 'pcp-objectives'), 'shows the objectives');
      assert.deepEqual(errors, []);
      // (axe-core cannot be injected where Trusted Types are enforced; those elements are checked on the other pages.)
      if (path !== 'demo/strict.html') assert.deepEqual(await axeViolations(page, session.url), []);
      await page.close();
    });
  }

  it('demo/welsh.html switches every element between Welsh and English with <html lang>', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}/demo/welsh.html`);
    const shown = async () => (await page.evaluate(elementStates)).text;
    {
      const welsh = await shown();
      assert.match(welsh, /Canolbwyntio ar ddioddefwyr/);
      assert.match(welsh, /Cyhoeddwyd gan/);
      assert.doesNotMatch(welsh, /Published by/);
    }
    await page.click('#switch-language');
    await page.waitForFunction(() => document.documentElement.lang === 'en', { polling: 50 });
    await page.waitForFunction(
      () => document.querySelector('pcp-plan-summary').shadowRoot.textContent.includes('Published by'),
      { polling: 100, timeout: 5000 },
    );
    const english = await shown();
    assert.match(english, /A focus on victims/);
    assert.doesNotMatch(english, /Canolbwyntio ar ddioddefwyr/);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page, session.url), []);
    await page.close();
  });

  it('every element runs under a strict CSP header with Trusted Types enforced, used as a reader would, with no violation', async () => {
    const page = await session.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
    });
    const response = await page.goto(`${session.url}/demo/strict.html`, { waitUntil: 'networkidle0' });
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('main *')]
          .filter((element) => element.localName.startsWith('pcp-'))
          .every((element) => element.shadowRoot && element.getAttribute('state') !== 'loading' && !element.shadowRoot.querySelector('[part~="loading"]')),
      { timeout: 15000, polling: 100 },
    );
    const { found } = await page.evaluate(elementStates);
    assert.deepEqual([...new Set(found.map((state) => state.tag))].sort(), [...ALL_TAGS].sort(), 'every element is on the page');
    assert.deepEqual(found.filter((state) => state.error || state.loading || state.empty).map((state) => state.tag), [], 'every element rendered');

    const inShadow = (tag, selector) => page.evaluateHandle((t, s) => document.querySelector(t).shadowRoot.querySelector(s), tag, selector);
    const allInShadow = async (tag, selector) => {
      const handles = await page.evaluateHandle((t, s) => [...document.querySelector(t).shadowRoot.querySelectorAll(s)], tag, selector);
      const properties = await handles.getProperties();
      return [...properties.values()].map((handle) => handle.asElement()).filter(Boolean);
    };
    // Use the toolbar (show all / hide all, easy read where the plan has it), then open every accordion item one by one.
    for (const button of await allInShadow('pcp-objectives', '[part="toolbar"] button')) await button.click();
    for (const button of await allInShadow('pcp-objectives', '[part="toolbar"] button[aria-expanded="true"]')) await button.click();
    for (const toggle of await allInShadow('pcp-objectives', '[part="toggle"][aria-expanded="false"]')) await toggle.click();
    assert.ok((await allInShadow('pcp-objectives', '[part="toggle"]')).length > 0);
    assert.deepEqual(await allInShadow('pcp-objectives', '[part="toggle"][aria-expanded="false"]'), [], 'every accordion item open');
    // The wheel: hover a segment, focus one and move with the arrow keys, select with Enter, then switch to the table and back.
    const segments = await allInShadow('pcp-priority-wheel', '[role="option"]');
    await segments[1].hover();
    await segments[0].evaluate((node) => node.focus()); // an SVG <g>, which puppeteer's focus() refuses
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('pcp-priority-wheel').shadowRoot.querySelector('[role="option"][aria-selected="true"]'), { polling: 100 });
    await (await inShadow('pcp-priority-wheel', '[part="controls"] button')).click();
    await page.waitForFunction(() => document.querySelector('pcp-priority-wheel').shadowRoot.querySelector('table'), { polling: 100 });
    await (await inShadow('pcp-priority-wheel', '[part="controls"] button')).click();
    await page.waitForFunction(() => document.querySelector('pcp-priority-wheel').shadowRoot.querySelector('[role="option"]'), { polling: 100 });
    // The action plan: choose a priority, then type a search, and wait for the filtered count.
    const select = await inShadow('pcp-action-plan', 'select');
    const value = await select.evaluate((node) => node.options[1].value);
    await select.select(value);
    await (await inShadow('pcp-action-plan', 'input[type="search"]')).type('police');
    await page.waitForFunction(
      () => {
        const count = document.querySelector('pcp-action-plan').shadowRoot.querySelector('[part="count"]').textContent;
        return /Showing \d+ of 24 entries/.test(count) && !/Showing 24 of 24/.test(count);
      },
      { polling: 100 },
    );
    // The document: skip the contents, follow a contents link; focus the budget table's scrolling region.
    // (From the keyboard: the skip button shows only when focused.)
    await (await inShadow('pcp-plan-document', 'button.skip')).evaluate((node) => node.focus());
    await page.keyboard.press('Enter');
    await (await inShadow('pcp-plan-document', '[part="contents"] a')).click();
    await page.waitForFunction(() => document.querySelector('pcp-plan-document').shadowRoot.activeElement?.matches('[part="section"]'), { polling: 100 });
    await (await inShadow('pcp-budget-table', '[part="region"]')).focus();

    const after = await page.evaluate(elementStates);
    assert.deepEqual(after.found.filter((state) => state.error || state.loading || state.empty).map((state) => state.tag), [], 'every element still rendered');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    // Control: the listener does see a violation of the header's policy (its img-src allows no data: URL; the meta's does).
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.body.append(image);
    });
    await page.waitForFunction(() => window.__violations.length > 0, { polling: 100, timeout: 5000 });
    assert.match((await page.evaluate(() => window.__violations))[0], /^img-src: data/);
    await page.close();
  });

  it('the playground reports the path of a broken field and previews a valid feed', async () => {
    const { page, errors } = await openPage(session.browser, `${session.url}/demo/playground.html`, { ignore: EXPECTED });
    await page.select('#sample', 'cleveland-2020-21-update');
    await page.waitForFunction(() => document.querySelector('#result [role="status"]'));
    assert.match(await page.$eval('#result', (node) => node.textContent), /The feed is valid: Police and Crime Plan Update 2020-2021, 5 objectives/);
    assert.equal(await page.$eval('#preview', (node) => node.hidden), false);
    await page.$eval('#feed', (node) => {
      node.value = node.value.replace('"status": "delivered"', '"status": "done"');
    });
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('#result [role="alert"]'));
    const text = await page.$eval('#result', (node) => node.textContent);
    assert.match(text, /\/objectives\/0\/actions\/0\/status: expected one of "delivered"/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
