// The demo pages, as a web team opens them: built bundle, strict CSP, real feeds. Each must load
// with no console errors, show its content, and pass axe-core (WCAG 2.2 AA rules).
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { axeViolations, elementStates, openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = ['demo/index.html', 'demo/opcc.html', 'demo/csp.html', 'demo/objectives.html', 'demo/wheel.html', 'demo/money.html', 'demo/progress.html', 'demo/playground.html', 'demo/document.html', 'demo/strict.html'];
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
};

const session = useBrowser(root);

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

  it('every element runs under a strict CSP with Trusted Types enforced, used as a reader would, with no violation', async () => {
    const page = await session.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
    });
    await page.goto(`${session.url}/demo/strict.html`, { waitUntil: 'networkidle0' });
    // Use the interactive parts: open an objective, select a wheel segment, switch to the table, filter the action plan.
    await page.evaluate(async () => {
      const shadow = (selector) => document.querySelector(selector).shadowRoot;
      shadow('pcp-objectives').querySelector('[part="toggle"]').click();
      shadow('pcp-priority-wheel').querySelector('[role="option"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      shadow('pcp-priority-wheel').querySelector('[part="controls"] button').click();
      const search = shadow('pcp-action-plan').querySelector('input[type="search"]');
      search.value = 'police';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    const state = await page.evaluate(() => ({
      violations: window.__violations,
      table: Boolean(document.querySelector('pcp-priority-wheel').shadowRoot.querySelector('table')),
      filtered: document.querySelector('pcp-action-plan').shadowRoot.querySelector('[part="count"]').textContent,
    }));
    assert.deepEqual(state.violations, []);
    assert.equal(state.table, true);
    assert.match(state.filtered, /Showing \d+ of 24 entries/);
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
