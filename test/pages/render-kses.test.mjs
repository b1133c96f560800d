// `pcp render` output after WordPress's own filters, in Chromium: what kses (wp_kses_post) leaves shows
// the content and no CSS or JSON, and automatic paragraphs (wpautop) leave the light DOM forms looking
// as they were. test/node/render-kses.test.mjs checks the same filters' output as HTML, on more feeds.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { leakedCode, skipWithoutWordPress, wordpressFilter } from '../wordpress/filters.mjs';
import { useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const skip = skipWithoutWordPress('test/pages/render-kses.test.mjs');
const session = useBrowser(root);

const FORMS = {
  'declarative shadow DOM, feed inline': [],
  'declarative shadow DOM, feed by address': ['--src', '/demo/feeds/plan.json'],
  'light DOM with its <style>': ['--light-dom'],
  'light DOM with --stylesheet': ['--light-dom', '--stylesheet', '/__generated__/pcp.css'],
  'light DOM, --no-style': ['--light-dom', '--no-style'],
};
const ELEMENTS = [
  ['cumbria-2021-2025', 'pcp-objectives', 'layout=accordion'],
  ['cumbria-2021-2025', 'pcp-budget-table'],
  ['cumbria-2021-2025', 'pcp-priority-wheel'],
  ['cumbria-2021-2025', 'pcp-plan-document'],
  ['west-cumbria-csp-2012-13', 'pcp-action-plan'],
  ['cleveland-2020-21-update', 'pcp-funding'],
];

/** `pcp render …args`, in this process (as test/node/helpers.mjs runs it): resolves to what it prints. */
async function render(...args) {
  const { run } = await import('../../lib/cli/main.js');
  const output = { stdout: '', stderr: '' };
  const stream = (name) => ({ write: (text) => ((output[name] += text), true) });
  const code = await run(['render', ...args], { stdout: stream('stdout'), stderr: stream('stderr') });
  if (code !== 0) throw new Error(`pcp render ${args.join(' ')}: ${output.stderr}`);
  return output.stdout;
}

/** A post's page: the theme's column around the content, as a CMS shows it (no script). */
const postPage = (content) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><main style="max-width:650px;margin:0 auto"><p>Before the plan.</p>${content}<p>After the plan.</p></main></body></html>`;

/** Run in the page: the text shown in <main>, through declarative shadow roots, and its height. */
function shown() {
  const textOf = (node) =>
    [...node.children]
      .map((element) => {
        // innerText gives the text of an element that is not rendered (a <style>) as it is.
        if (['style', 'script', 'template', 'link'].includes(element.localName) || !element.checkVisibility()) return '';
        if (element.shadowRoot) return textOf(element.shadowRoot);
        const hosts = [...element.querySelectorAll('*')].some((inner) => inner.shadowRoot);
        return hosts ? textOf(element) : element.innerText;
      })
      .join('\n');
  const main = document.querySelector('main');
  return { text: textOf(main).replace(/\s+/g, ' ').trim(), height: main.getBoundingClientRect().height };
}

describe('pcp render output after kses and wpautop, in Chromium', { skip }, () => {
  let page;
  /** The HTML each request for /__generated__/… gets. */
  const served = new Map();
  /** [{ name, form, original, kses, autop, both }], each a page's { text, height }. */
  const results = [];

  before(async () => {
    const cases = [];
    for (const [feed, element, ...attributes] of ELEMENTS) {
      const file = join(root, 'demo/feeds', `${feed}.json`);
      for (const [form, options] of Object.entries(FORMS)) {
        cases.push({ name: `<${element}> ${feed} ${form}`, form, element, html: await render(file, '--element', element, ...attributes, ...options) });
      }
      served.set(`/__generated__/${element}.css`, await render(file, '--element', element, ...attributes, '--light-dom', '--style-only'));
    }
    const filtered = {};
    for (const mode of ['kses', 'autop', 'both']) filtered[mode] = await wordpressFilter(mode, cases.map((entry) => entry.html));
    page = await session.browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (served.has(path)) request.respond({ contentType: path.endsWith('.css') ? 'text/css' : 'text/html', body: served.get(path) });
      else request.continue();
    });
    for (const [index, entry] of cases.entries()) {
      const result = { name: entry.name, form: entry.form };
      for (const [mode, html] of [['original', entry.html], ['kses', filtered.kses[index]], ['autop', filtered.autop[index]], ['both', filtered.both[index]]]) {
        // Each element's --style-only CSS at the address its --stylesheet link names.
        served.set('/__generated__/pcp.css', served.get(`/__generated__/${entry.element}.css`));
        served.set('/__generated__/post.html', postPage(html));
        await page.goto(`${session.url}/__generated__/post.html`, { waitUntil: 'load' });
        result[mode] = await page.evaluate(shown);
      }
      results.push(result);
    }
  });
  after(() => page?.close());

  it('never shows CSS or JSON, and keeps all the content, after kses, autop or both', () => {
    assert.equal(results.length, ELEMENTS.length * Object.keys(FORMS).length);
    const problems = [];
    for (const result of results) {
      if (!result.original.text.startsWith('Before the plan. ') || result.original.text.length < 200) problems.push(`${result.name}: too little shown`);
      for (const mode of ['original', 'kses', 'autop', 'both']) {
        for (const code of leakedCode(result[mode].text)) problems.push(`${result.name} ${mode}: shows ${code}`);
        const lost = missingWords(result.original.text, result[mode].text);
        if (lost) problems.push(`${result.name} ${mode}: lost "${lost}"`);
      }
      // Automatic paragraphs add no text and take none away.
      if (result.autop.text !== result.original.text) problems.push(`${result.name} autop: the text differs:\n  ${difference(result.original.text, result.autop.text)}`);
      if (result.both.text !== result.kses.text) problems.push(`${result.name} kses then autop: the text differs:\n  ${difference(result.kses.text, result.both.text)}`);
    }
    assert.deepEqual(problems, []);
  });

  it('autop leaves the light DOM forms looking as they were, before or after kses', () => {
    // Same height: no paragraph or line break was added. (The declarative shadow DOM form is not for the
    // Classic editor: autop puts <p> and <br> around Lit's hydration markers, as the lines above show.)
    const problems = [];
    for (const result of results.filter((entry) => entry.form.startsWith('light DOM'))) {
      if (Math.abs(result.autop.height - result.original.height) > 1) problems.push(`${result.name}: autop ${result.original.height} → ${result.autop.height} px`);
      if (Math.abs(result.both.height - result.kses.height) > 1) problems.push(`${result.name}: kses ${result.kses.height} → both ${result.both.height} px`);
    }
    assert.deepEqual(problems, []);
  });

  it('the stylesheet applies inline or linked; after kses all three light DOM forms are the same unstyled page', () => {
    const problems = [];
    for (const [feed, element] of ELEMENTS) {
      const of = (form) => results.find((entry) => entry.name === `<${element}> ${feed} ${form}`);
      const [inline, linked, unstyled] = [of('light DOM with its <style>'), of('light DOM with --stylesheet'), of('light DOM, --no-style')];
      if (linked.original.height !== inline.original.height) problems.push(`${element}: linked ${linked.original.height} px, inline ${inline.original.height} px`);
      if (inline.original.height === unstyled.original.height) problems.push(`${element}: the styles change nothing`);
      for (const form of [inline, linked]) {
        if (form.kses.height !== unstyled.kses.height || form.kses.text !== unstyled.kses.text) problems.push(`${form.name}: after kses, not the --no-style page`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

/** Where two texts first differ, with some context. */
function difference(expected, actual) {
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index += 1;
  return `expected …${expected.slice(Math.max(0, index - 60), index + 60)}…\n  got      …${actual.slice(Math.max(0, index - 60), index + 60)}…`;
}

/** The first word of `original` that `shown` does not have in the same order, or undefined. */
function missingWords(original, shown) {
  let from = 0;
  for (const word of original.split(' ')) {
    const at = shown.indexOf(word, from);
    if (at === -1) return word;
    from = at + word.length;
  }
  return undefined;
}
