// `pcp render` output through WordPress's own filters (test/wordpress/kses-filter.php, PHP CLI and
// Debian's `wordpress` package): `wp_kses_post`, which strips the tags a user without unfiltered_html
// may not post but keeps the text inside them, and `wpautop`, the Classic editor's automatic
// paragraphs. Whatever they do, the reader must see the element's content and nothing else: no CSS, no
// JSON. test/pages/render-kses.test.mjs opens the same output in Chromium.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { leakedCode, skipWithoutWordPress, textOf, visibleText, wordpressFilter } from '../wordpress/filters.mjs';
import { pcp, root } from './helpers.mjs';

const skip = skipWithoutWordPress('test/node/render-kses.test.mjs');

/** The output forms of `pcp render` a page may embed (--page, a whole document, is not pasted into a CMS). */
const FORMS = {
  'declarative shadow DOM, feed inline': [],
  'declarative shadow DOM, feed by address': ['--src', '/feeds/plan.json'],
  'light DOM with its <style>': ['--light-dom'],
  'light DOM with --stylesheet': ['--light-dom', '--stylesheet', '/css/pcp-elements.css'],
  'light DOM, --no-style': ['--light-dom', '--no-style'],
};
const isLightDom = (form) => FORMS[form].includes('--light-dom');
const FEEDS = ['cumbria-2021-2025', 'cleveland-2020-21-update', 'west-cumbria-csp-2012-13'];
/** Every element, and the layouts that render differently (accordion, grid, the wheel's table). */
const VARIANTS = [['pcp-objectives', 'layout=accordion'], ['pcp-objectives', 'layout=grid'], ['pcp-priority-wheel', 'view=table'], ['pcp-budget-table', 'change']];

/** The element tree of `html` as text: tags with their attributes, and text, white space normalised; no comments. */
function tree(html) {
  const lines = [];
  const walk = (node, depth) => {
    for (const child of node.childNodes ?? []) {
      if (child.nodeName === '#text') {
        const text = child.value.replace(/\s+/g, ' ').trim();
        if (text) lines.push(`${'  '.repeat(depth)}"${text}"`);
        continue;
      }
      if (!child.tagName) continue;
      const attributes = child.attrs.map((a) => ` ${a.name}="${a.value}"`).sort().join('');
      lines.push(`${'  '.repeat(depth)}<${child.tagName}${attributes}>`);
      if (child.content) walk(child.content, depth + 1);
      walk(child, depth + 1);
    }
  };
  walk(parseFragment(html), 0);
  return lines.join('\n');
}

/** The text of every heading (h1 to h6), declarative shadow roots included, in order. */
function headings(html) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      if (/^h[1-6]$/.test(child.tagName)) found.push(`${child.tagName} ${textOf(child)}`);
      if (child.content) walk(child.content);
      walk(child);
    }
  };
  walk(parseFragment(html));
  return found;
}

describe('pcp render through WordPress (wp_kses_post, wpautop)', { skip }, () => {
  /** [{ name, form, html, kses, autop, both }] for every form × element × feed. */
  const cases = [];
  before(async () => {
    const { RENDERABLE_ELEMENTS } = await import('../../lib/ssr/render-element.js');
    const elements = [...RENDERABLE_ELEMENTS.map((element) => [element]), ...VARIANTS];
    for (const feed of FEEDS) {
      for (const [element, ...attributes] of elements) {
        for (const [form, options] of Object.entries(FORMS)) {
          const { code, stdout, stderr } = await pcp('render', join(root, 'demo/feeds', `${feed}.json`), '--element', element, ...attributes, ...options);
          assert.equal(code, 0, stderr);
          cases.push({ name: `${feed} <${element}${attributes.map((a) => ` ${a}`).join('')}> ${form}`, form, html: stdout.replace(/\n$/, '') });
        }
      }
    }
    for (const mode of ['kses', 'autop', 'both']) {
      const results = await wordpressFilter(mode, cases.map((entry) => entry.html));
      results.forEach((result, index) => (cases[index][mode] = result));
    }
  });

  it('renders every form on one line, its stylesheets and inline feed inside comments', () => {
    assert.equal(cases.length, FEEDS.length * (15 + VARIANTS.length) * Object.keys(FORMS).length);
    const problems = [];
    for (const { name, form, html } of cases) {
      if (html.includes('\n')) problems.push(`${name}: has a line break`);
      for (const [, content] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) if (!/^<!--[\s\S]*-->$/.test(content)) problems.push(`${name}: a <style> not in a comment`);
      for (const [, content] of html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) if (!/^<!--[\s\S]*-->$/.test(content)) problems.push(`${name}: an inline feed not in a comment`);
      const inline = html.includes('<script type="application/json">');
      if (form === 'declarative shadow DOM, feed inline' && !inline) problems.push(`${name}: no inline feed`);
      if (form === 'declarative shadow DOM, feed by address' && (inline || !/^<pcp-[a-z-]+ [^>]*src="\/feeds\/plan\.json"/.test(html))) problems.push(`${name}: not src="/feeds/plan.json"`);
      if (isLightDom(form) && /<template|<script|<pcp-/.test(html)) problems.push(`${name}: light DOM with a template, script or element`);
      // The check below must not be fooled by the content itself.
      for (const code of leakedCode(visibleText(html))) problems.push(`${name}: the content itself looks like code: ${code}`);
    }
    assert.deepEqual(problems, []);
  });

  it('kses: the reader sees the same text, with its headings, and no CSS or JSON', () => {
    const problems = [];
    let headingCount = 0;
    for (const { name, html, kses } of cases) {
      const shown = visibleText(kses);
      for (const code of leakedCode(shown)) problems.push(`${name}: shows ${code}`);
      if (shown !== visibleText(html)) problems.push(`${name}: the text changed:\n  ${difference(visibleText(html), shown)}`);
      const before = headings(html);
      headingCount += before.length;
      if (headings(kses).join('\n') !== before.join('\n')) problems.push(`${name}: the headings changed`);
    }
    assert.deepEqual(problems, []);
    assert.ok(headingCount > 500, `${headingCount} headings checked`);
  });

  it('kses keeps the light DOM form\'s structure: every element but its stylesheet and SVG, with its class and id', () => {
    const outline = (html) =>
      tree(html)
        .split('\n')
        .map((line) => /^\s*<([a-z0-9-]+)/.exec(line) && `${line.match(/^\s*<([a-z0-9-]+)/)[1]}${line.match(/ class="([^"]*)"/)?.[1].replace(/^| +/g, '.') ?? ''}${line.match(/ id="([^"]*)"/)?.[1].replace(/^/, '#') ?? ''}`)
        .filter((entry) => entry && !SVG.has(entry.split(/[.#]/)[0]) && !/^(style|link)\b/.test(entry));
    const problems = [];
    for (const { name, html, kses } of cases.filter((entry) => isLightDom(entry.form))) {
      if (outline(kses).join('\n') !== outline(html).join('\n')) problems.push(`${name}:\n  ${difference(outline(html).join(' '), outline(kses).join(' '))}`);
    }
    assert.deepEqual(problems, []);
  });

  it('autop changes nothing in the light DOM forms, before or after kses', () => {
    const problems = [];
    for (const { name, html, kses, autop, both } of cases.filter((entry) => isLightDom(entry.form))) {
      if (tree(autop) !== tree(html)) problems.push(`${name}: autop changed it:\n  ${difference(tree(html), tree(autop))}`);
      if (tree(both) !== tree(kses)) problems.push(`${name}: autop after kses changed it:\n  ${difference(tree(kses), tree(both))}`);
    }
    assert.deepEqual(problems, []);
  });

  it('autop and kses then autop: in every form the reader sees the same text and no CSS or JSON', () => {
    // The declarative shadow DOM form keeps Lit's hydration markers (comments between elements), which
    // autop wraps in paragraphs and line breaks: its text is unchanged, but for the Classic editor the
    // light DOM form is the one to use (it is unchanged, above).
    const problems = [];
    for (const { name, html, autop, both } of cases) {
      for (const [mode, result] of [['autop', autop], ['both', both]]) {
        const shown = visibleText(result);
        for (const code of leakedCode(shown)) problems.push(`${name} ${mode}: shows ${code}`);
        if (shown !== visibleText(html)) problems.push(`${name} ${mode}: the text changed:\n  ${difference(visibleText(html), shown)}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

const SVG = new Set(['svg', 'g', 'defs', 'pattern', 'line', 'circle', 'rect', 'path', 'text', 'tspan', 'title', 'desc', 'polygon', 'polyline', 'ellipse', 'use', 'clippath', 'mask', 'lineargradient', 'stop']);

/** Where two texts first differ, with some context. */
function difference(expected, actual) {
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index += 1;
  return `expected …${expected.slice(Math.max(0, index - 60), index + 60)}…\n  got      …${actual.slice(Math.max(0, index - 60), index + 60)}…`;
}
