// What `pcp render` prints, as a reader whose script failed meets it (no element script on the page),
// through axe-core (WCAG 2.2 A and AA) and IBM's Equal Access engine (test/pages/ace.mjs, with what
// is noise only while script runs no longer set aside): every element it renders × every sample feed
// (the bilingual one in English and in Welsh) × both forms (declarative shadow DOM and light DOM),
// with the variants that render differently (the wheel's outer ring and table, the objectives'
// accordion and grid). A feed's elements share one page, as a site would show them, under the page's
// <h1>; the plan document, which brings its own <h1>, has a page of its own. Both preset themes on
// the light-DOM elements, whose styles are rewritten for the light DOM; the declarative shadow DOM
// carries the live element's styles (the suite runs those in both presets), and the plan document
// repeats the elements, so those take the first preset only (a third of the time saved).
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { aceFindings } from './ace.mjs';
import { PRESETS } from './accessibility-cases.mjs';
import { axeViolations, useBrowser } from './browser.mjs';
import { pcp, root } from '../node/helpers.mjs';

const session = useBrowser(root);
const FEEDS = readdirSync(join(root, 'demo/feeds'))
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => file.slice(0, -'.json'.length));
const LANGUAGES = { 'cumbria-2021-2025-bilingual': ['en', 'cy'] };
const FORMS = { 'declarative shadow DOM': [], 'light DOM': ['--light-dom'] };
/** Variants that render differently, beside each element's default. */
const VARIANTS = { 'pcp-priority-wheel': [['rings=2'], ['view=table']], 'pcp-objectives': [['layout=accordion'], ['layout=grid']] };

let elements;
before(async () => {
  ({ RENDERABLE_ELEMENTS: elements } = await import('../../lib/ssr/render-element.js'));
});

async function render(feed, ...args) {
  const { code, stdout, stderr } = await pcp('render', join(root, 'demo/feeds', `${feed}.json`), ...args);
  assert.equal(code, 0, stderr);
  return stdout;
}

const page = (language, preset, title, body) => `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/themes/${preset}.css"></head>
<body><main>${body}</main></body></html>`;

/** The page bodies of one feed, language and form: its elements under one <h1>, and the plan document. */
async function bodiesOf(feed, language, form) {
  const options = [...FORMS[form], ...(language === 'en' ? [] : [`lang=${language}`])];
  const fragments = [];
  for (const element of elements.filter((tag) => tag !== 'pcp-plan-document')) {
    for (const variant of [[], ...(VARIANTS[element] ?? [])]) fragments.push(await render(feed, '--element', element, ...variant, ...options));
  }
  const document = await render(feed, '--element', 'pcp-plan-document', ...options);
  return { elements: `<h1>${feed}</h1>${fragments.join('\n')}`, 'plan document': document };
}

/** Opens `html` as if served at /__rendered__/page.html on the test server (so /themes/ resolves). */
async function open(html) {
  const tab = await session.browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.setViewport({ width: 1024, height: 768 });
  await tab.setRequestInterception(true);
  tab.on('request', (request) =>
    request.url().endsWith('/__rendered__/page.html') ? request.respond({ contentType: 'text/html', body: html }) : request.continue(),
  );
  await tab.goto(`${session.url}/__rendered__/page.html`, { waitUntil: 'load' });
  return { tab, errors };
}

describe('pcp render output without script: axe-core and IBM Equal Access, every element × feed × form', () => {
  it('the engine reports controls nobody can operate when script is not running (the check is not blind)', async () => {
    // The live wheel's list box and the live action plan's filters, as issue 24 found them in the
    // output without script: keyboard handlers the engine cannot see, and a form without a submit
    // button, are set aside only while script runs.
    const html = page(
      'en',
      'neutral',
      'x',
      `<h1>x</h1><ul role="listbox" aria-label="Objectives"><li role="option" aria-selected="false" tabindex="0">One</li></ul>
      <form role="search" aria-label="Filter"><label for="q">Search</label><input id="q" type="search"></form>`,
    );
    const { tab } = await open(html);
    assert.deepEqual(await aceFindings(tab, { scripted: true }), []);
    const rules = (await aceFindings(tab, { scripted: false })).map((finding) => finding.split(' ')[0]);
    assert.deepEqual(rules.sort(), ['aria_keyboard_handler_exists', 'form_submit_button_exists']);
    await tab.close();
  });

  for (const feed of FEEDS) {
    for (const language of LANGUAGES[feed] ?? ['en']) {
      for (const form of Object.keys(FORMS)) {
        it(`${feed}${language === 'en' ? '' : ` (${language})`}, ${form}`, async () => {
          const problems = [];
          const bodies = await bodiesOf(feed, language, form);
          for (const preset of PRESETS) {
            for (const [name, body] of Object.entries(bodies)) {
              if (preset !== PRESETS[0] && (form !== 'light DOM' || name !== 'elements')) continue;
              const { tab, errors } = await open(page(language, preset, feed, body));
              for (const violation of await axeViolations(tab, session.url)) problems.push(`${preset}, ${name}: axe-core ${violation}`);
              for (const finding of await aceFindings(tab, { scripted: false })) problems.push(`${preset}, ${name}: IBM ${finding}`);
              for (const error of errors) problems.push(`${preset}, ${name}: page error ${error}`);
              await tab.close();
            }
          }
          assert.deepEqual(problems, []);
        });
      }
    }
  }
});
