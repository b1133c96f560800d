// Typesetting (issue 19): every element with content × every sample feed, in each layout the
// accessibility matrix checks (neutral preset), at 320, 375, 768 and 1280 px, on the built bundle:
// - no word broken mid-word: a word whose letters fall on two lines without a hyphen, a dash, a
//   slash or other punctuation before the break ("Nu|mber", "£140,308,86|9"), measured with a Range
//   per letter. A word wider than the line it sits in (a long address, text printed without spaces)
//   has to wrap somewhere and is not counted;
// - no table column narrower than its longest word (a web or email address may wrap);
// - no text clipped by its box (overflow hidden or clip, or text-overflow), and no "…" the plan does not print
//   unless the full text is one focus away (a title, or the accessible name of a control);
// - a figure alone in a cell right-aligned, in tabular figures;
// - flags and notes inside the cell they belong to;
// - the tables of one element's sections (same column headings) with the same column widths;
// - every scrolling region a tab stop while it scrolls, with a visible cue: an edge marked and the hint shown;
// - no page-level horizontal scroll.
// The same on generated plans: twelve priorities with long titles, three levels, eight budget years with pence,
// long column headings. And any other plan: PCP_TYPESET_FEEDS=plan.json (see below).
// One browser, the accessibility suite's page (test/pages/accessibility.html), each case swapped in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cases, FEEDS } from './accessibility-cases.mjs';
import { ELEMENT_TAGS, generatedPlans } from './generated-plans.mjs';
import { openAccessibilityPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);
const WIDTHS = [320, 375, 768, 1280];

/**
 * Known breaks, each with its reason; everything else fails. Matched on the whole line reported.
 */
// None now: Greater Manchester's "+£10.11 (84p per month)" used to break between "+" and "£" (Unicode
// line breaking allows it); printed tables keep each amount on one line (txtAmountsWhole).
const KNOWN = [];

// The layouts the accessibility matrix runs, once each (the preset changes colours, not measures).
const CASES = [...new Map(cases().filter((c) => c.preset === 'neutral' && !c.empty && !c.prepare).map((c) => [c.html, c])).values()];

/** Run in the page: broken words and squeezed columns in the stage, through shadow roots. */
function measure() {
  const broken = [];
  const narrow = [];
  const clipped = [];
  const ellipses = [];
  const overhangs = [];
  const misaligned = [];
  const uncued = [];
  const unaligned = [];
  const CLIPS = new Set(['hidden', 'clip']);
  const text = (element) => element.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
  // A break after these is a place a line may end.
  const BREAKS_AFTER = /[-‐‑–—/_.:,;)(…]$/;
  const ADDRESS = /@|^(https?:\/\/|www\.)|\.[a-z]{2,}\//i;
  const lineWidth = (element) => {
    for (let box = element; box; box = box.parentElement ?? box.getRootNode().host) {
      const display = getComputedStyle(box).display;
      if (display !== 'inline' && display !== 'contents') {
        const style = getComputedStyle(box);
        return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      }
    }
    return Infinity;
  };
  const letterTop = (node, index) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getClientRects()[0]?.top;
  };
  const wordRects = (node, start, end) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return [...range.getClientRects()].filter((rect) => rect.width > 0);
  };
  const words = function* (root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.visually-hidden, [hidden], style, script, template, svg')) continue;
      for (const match of node.data.matchAll(/\S{2,}/g)) yield { node, parent, word: match[0], start: match.index, end: match.index + match[0].length };
    }
  };
  const walk = (root, host) => {
    for (const { node, parent, word, start, end } of words(root)) {
      const rects = wordRects(node, start, end);
      if (rects.length < 2) continue;
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (width > lineWidth(parent) + 0.5) continue; // longer than its line: it has to wrap
      let previous;
      for (let index = start; index < end; index += 1) {
        const top = letterTop(node, index);
        if (top === undefined) continue;
        if (previous !== undefined && top > previous + 2) {
          const before = node.data.slice(start, index);
          if (!BREAKS_AFTER.test(before)) broken.push(`${host}: "${word}" → "${before}|${node.data.slice(index, end)}"`);
          break;
        }
        previous = top;
      }
    }
    for (const cell of root.querySelectorAll('th, td')) {
      if (!cell.clientWidth) continue;
      let longest = 0;
      for (const { node, word, start, end } of words(cell)) {
        // A web or email address may wrap at its dots and slashes, as browsers and print do: it sets no column's width.
        if (ADDRESS.test(word)) continue;
        longest = Math.max(longest, wordRects(node, start, end).reduce((sum, rect) => sum + rect.width, 0));
      }
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner + 0.5 < longest && longest <= lineWidth(cell.closest('.table-region') ?? cell)) {
        narrow.push(`${host}: ${cell.localName} "${cell.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}" is ${inner.toFixed(0)}px for a ${longest.toFixed(0)}px word`);
      }
    }
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('.visually-hidden, svg') || !element.getClientRects().length) continue;
      const style = getComputedStyle(element);
      // Text clipped by its box: a box that hides what overflows it, with text that does.
      const hides = CLIPS.has(style.overflowX) || CLIPS.has(style.overflowY) || style.textOverflow === 'ellipsis';
      if (hides && element.textContent.trim() && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        clipped.push(`${host}: ${element.localName}.${element.className} "${text(element)}" clipped`);
      }
      // A scrolling region: a tab stop, an edge marked, and the hint shown, while it scrolls sideways.
      if (element.matches('.table-region') && element.scrollWidth > element.clientWidth) {
        const hint = element.nextElementSibling;
        const cued = element.getAttribute('tabindex') === '0' && element.dataset.more && hint?.matches('.scroll-hint') && !hint.hidden && hint.getClientRects().length;
        if (!cued) uncued.push(`${host}: the region of "${text(element.querySelector('caption') ?? element)}" scrolls without its cue`);
      }
    }
    // Every "…", with the text before it and whether the full text is a focus away: the test compares them with the plan.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.data.includes('…') || parent.closest('.visually-hidden, style, script, template')) continue;
      // The full text a focus or a pointer away: a title or an accessible name (aria-label, or the text
      // aria-labelledby points to) on the text's element or an ancestor (in SVG, a <title>), which the test
      // compares with what is shown.
      const fuller = [];
      for (let box = parent; box; box = box.parentElement) {
        for (const name of ['title', 'aria-label']) if (box.getAttribute(name)) fuller.push(box.getAttribute(name));
        // A name given by other elements (aria-labelledby) is the full text as much as one in aria-label.
        for (const id of (box.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
          const by = box.getRootNode().getElementById?.(id);
          if (by) fuller.push(by.textContent);
        }
        const title = box.querySelector(':scope > title');
        if (title) fuller.push(title.textContent);
      }
      // In SVG a label's lines are <tspan>s of one <text>: the label is their words together.
      const label = parent.closest('text');
      const shown = label ? [...label.querySelectorAll('tspan')].map((line) => line.textContent.trim()).join(' ') || label.textContent : parent.textContent;
      ellipses.push({ host, text: shown.trim().replace(/\s+/g, ' '), fuller: fuller.map((text) => text.trim().replace(/\s+/g, ' ')) });
    }
    // A figure alone in a cell ("£97,139,153", "−5.2%", "1,204") is right-aligned in tabular figures, as
    // GOV.UK sets numbers, so a column of them lines up on its last digit.
    for (const cell of root.querySelectorAll('td, th')) {
      const shown = [...cell.childNodes].filter((node) => !(node.nodeType === 1 && node.matches('.visually-hidden, .spoken'))).map((node) => node.textContent).join('').trim();
      if (!/^[−+-]?[£$€]?\d[\d,]*(\.\d+)?[%mkbn]?$/.test(shown) || !cell.getClientRects().length) continue;
      const style = getComputedStyle(cell);
      if (style.textAlign !== 'right' || !style.fontVariantNumeric.includes('tabular-nums')) {
        unaligned.push(`${host}: ${cell.localName} "${shown}" is ${style.textAlign}-aligned${style.fontVariantNumeric.includes('tabular-nums') ? '' : ' without tabular figures'}`);
      }
    }
    // Flags and notes: every box inside a cell stays inside it.
    for (const cell of root.querySelectorAll('th, td')) {
      const box = cell.getBoundingClientRect();
      if (!box.width) continue;
      for (const inner of cell.querySelectorAll('*')) {
        if (inner.closest('.visually-hidden')) continue;
        for (const rect of inner.getClientRects()) {
          if (rect.width && (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.bottom > box.bottom + 1)) {
            overhangs.push(`${host}: ${inner.localName}.${inner.className} "${text(inner)}" hangs out of its cell "${text(cell)}"`);
            break;
          }
        }
      }
    }
    // Sections of one table (tables with the same column headings, one after another in one container:
    // the action plan's priorities) line up. Tables apart (one measure's figures, then another's) need not.
    const byHeadings = new Map();
    for (const table of root.querySelectorAll('table')) {
      const heads = table.tHead?.rows[0] ? [...table.tHead.rows[0].cells] : [];
      if (heads.length < 2 || !table.getClientRects().length) continue;
      const container = (table.closest('.table-region') ?? table).parentNode;
      const key = heads.map((cell) => cell.textContent.trim()).join('|');
      if (!byHeadings.has(container)) byHeadings.set(container, new Map());
      const sections = byHeadings.get(container);
      sections.set(key, [...(sections.get(key) ?? []), heads.map((cell) => cell.getBoundingClientRect().width)]);
    }
    for (const [key, tables] of [...byHeadings.values()].flatMap((sections) => [...sections])) {
      if (tables.length < 2) continue;
      const first = tables[0];
      if (tables.some((widths) => widths.some((width, index) => Math.abs(width - first[index]) > 1))) {
        misaligned.push(`${host}: ${tables.length} tables headed "${key.slice(0, 60)}" have different column widths: ${tables.map((widths) => widths.map(Math.round).join('/')).join(', ')}`);
      }
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot, element.localName);
  };
  walk(document.getElementById('stage'), 'page');
  return { broken, narrow, clipped, ellipses, overhangs, misaligned, uncued, unaligned, scrollWidth: document.documentElement.scrollWidth };
}

/** Every string in a plan, normalised as the page shows text: what the plan prints. */
function textsOf(value, texts = []) {
  if (typeof value === 'string') texts.push(value.replace(/\s+/g, ' '));
  else if (Array.isArray(value)) for (const item of value) textsOf(item, texts);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) textsOf(item, texts);
  return texts;
}

/** Two frames: the scroll regions' edge marks follow their measurement a frame later. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * Mounts `html` and measures it at every width; resolves to the lines found (known ones left out). `plan`
 * is the plan shown, to tell a "…" it prints from one the elements add.
 */
async function typeset(page, html, plan) {
  const run = (name, ...args) => page.evaluate((fn, ...rest) => window.__a11y[fn](...rest), name, ...args);
  await page.setViewport({ width: WIDTHS[0], height: 800 });
  const state = await run('mount', html, 'neutral');
  assert.deepEqual(state.errors, [], 'the feed loads');
  const printedTexts = textsOf(plan);
  const found = [];
  for (const width of WIDTHS) {
    await page.setViewport({ width, height: 800 });
    await run('settle');
    await page.evaluate(frames);
    const { broken, narrow, clipped, ellipses, overhangs, misaligned, uncued, unaligned, scrollWidth } = await page.evaluate(measure);
    if (scrollWidth > width) found.push(`${width}px page-level horizontal scroll: the page is ${scrollWidth}px wide`);
    // A "…" the plan does not print, with the full text nowhere a focus away, is a truncation.
    // Each "…" shown must be printed so in the plan (with the 24 characters before or after it, in one of its texts),
    // or stand for a fuller text (a title or name that starts as the shown text does and is longer).
    const printedSo = (before) => printedTexts.some((text) => text.includes(before));
    const truncated = ellipses
      .filter(({ text, fuller }) => {
        // Printed so: the plan has the "…" with the same words before it, or after it ("…and this is").
        const printedCut = (index) => printedSo(text.slice(Math.max(0, index - 24), index + 1).trim()) || printedSo(text.slice(index, index + 25).trim());
        const stands = (shown) => fuller.some((full) => full.length > shown.length && full.includes(shown.replace(/\s*…$/, '')));
        return ![...text.matchAll(/…/g)].every((match) => printedCut(match.index) || stands(text));
      })
      .map(({ host, text }) => `${host}: "${text.slice(-60)}" truncated`);
    const lines = [...broken, ...narrow, ...clipped, ...truncated, ...overhangs, ...misaligned, ...uncued, ...unaligned];
    found.push(...lines.filter((line) => !KNOWN.some((known) => known.test(line))).map((line) => `${width}px ${line}`));
  }
  return found;
}

describe('typesetting: the check finds what it looks for', () => {
  it('a broken word, a clipped box, an added "…", an overhanging flag, misaligned sections, an unmarked scroller and a page too wide', async () => {
    const page = await openAccessibilityPage(session.browser, session.url);
    const faults = `
      <p style="width: 110px; word-break: break-all">Aaaaaaa Constabulary</p>
      <div style="width: 50px; overflow: hidden; white-space: nowrap">Clipped words here</div>
      <p>A title cut short…</p>
      <p><a href="#x">A link cut short…</a></p>
      <table><tr><td style="width: 40px; max-width: 40px"><span class="flag" style="display: inline-block; width: 200px">Flag</span></td></tr></table>
      <table style="width: 300px"><thead><tr><th>Aims</th><th>Agency</th></tr></thead></table>
      <table style="width: 200px"><thead><tr><th>Aims</th><th>Agency</th></tr></thead></table>
      <div class="table-region" style="overflow-x: auto; width: 100px"><table style="width: 400px"><caption>Wide</caption><tr><td>1</td></tr></table></div>
      <table><tr><th scope="row">Income</th><td>£1,204.50</td></tr></table>
      <div style="width: 2000px">Wide page</div>`;
    const found = await typeset(page, faults, { title: 'A plan that prints no ellipsis' });
    await page.close();
    for (const [what, pattern] of [
      ['broken word', /px page: "Constabulary" → /],
      ['clipped box', /px page: div\. "Clipped words here" clipped/],
      ['added ellipsis', /px page: "A title cut short…" truncated/],
      ['ellipsis in a link named by itself', /px page: "A link cut short…" truncated/],
      ['overhanging flag', /px page: span\.flag "Flag" hangs out of its cell/],
      ['misaligned sections', /px page: 2 tables headed "Aims\|Agency" have different column widths/],
      ['unmarked scroller', /px page: the region of "Wide" scrolls without its cue/],
      ['page too wide', /px page-level horizontal scroll/],
      ['figure set left', /px page: td "£1,204.50" is (left|start)-aligned without tabular figures/],
    ]) {
      assert.ok(found.some((line) => pattern.test(line)), `the ${what} is found in:\n${found.join('\n')}`);
    }
  });
});

describe(`typesetting: every element × sample feed × layout at ${WIDTHS.join(', ')} px`, () => {
  let page;
  for (const testCase of CASES) {
    it(testCase.id.replace(/ neutral$/, ''), async () => {
      page ??= await openAccessibilityPage(session.browser, session.url);
      const plan = FEEDS.find((feed) => feed.name === testCase.feed).plan;
      assert.deepEqual(await typeset(page, testCase.html, plan), [], 'nothing broken, squeezed, clipped, truncated, overhanging, misaligned or scrolling unmarked');
    });
  }
});

/**
 * Plans from elsewhere, measured the same way: `PCP_TYPESET_FEEDS=a.json,b.json node --test
 * test/pages/typesetting.test.mjs` (after `npm run build`) adds every element on each.
 */
const OTHER_PLANS = (process.env.PCP_TYPESET_FEEDS ?? '')
  .split(',')
  .filter(Boolean)
  .map((file) => ({ name: basename(file), plan: JSON.parse(readFileSync(file, 'utf8')) }));

describe(`typesetting: generated plans${OTHER_PLANS.length ? ' and PCP_TYPESET_FEEDS' : ''} at ${WIDTHS.join(', ')} px`, () => {
  let page;
  for (const { name, plan } of [...generatedPlans(), ...OTHER_PLANS]) {
    for (const tag of ELEMENT_TAGS) {
      it(`${tag} on ${name}`, async () => {
        page ??= await openAccessibilityPage(session.browser, session.url);
        // The plan inline, for the element under a provider: no file to write or serve.
        const html = `<pcp-plan><script type="application/json">${JSON.stringify(plan).replace(/</g, '\\u003c')}</script><${tag}></${tag}></pcp-plan>`;
        assert.deepEqual(await typeset(page, html, plan), [], 'nothing broken, squeezed, clipped, truncated, overhanging, misaligned or scrolling unmarked');
      });
    }
  }
});
