// Typesetting (issue 19): every element with content × every sample feed, in each layout the
// accessibility matrix checks (neutral preset), at 320, 375, 768 and 1280 px, on the built bundle:
// - no word broken mid-word: a word whose letters fall on two lines without a hyphen, a dash, a
//   slash or other punctuation before the break ("Nu|mber", "£140,308,86|9"), measured with a Range
//   per letter. A word wider than the line it sits in (a long address, text printed without spaces)
//   has to wrap somewhere and is not counted;
// - no table column narrower than its longest word;
// - no page-level horizontal scroll.
// One browser, the accessibility suite's page (test/pages/accessibility.html), each case swapped in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cases } from './accessibility-cases.mjs';
import { openAccessibilityPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);
const WIDTHS = [320, 375, 768, 1280];

/**
 * Known breaks, each with its reason; everything else fails. Matched on the whole line reported.
 */
const KNOWN = [
  // Greater Manchester's precept table prints "+£10.11 (84p per month)" in a text cell: Unicode line
  // breaking allows a break between "+" and "£", so at 320 px the column takes "£10.11" as its
  // narrowest. Left for issue 19's table work (a figure kept whole wherever it stands in a cell).
  /^pcp-plan-document: "\+£10\.11" → "\+\|£10\.11"$/,
  /^pcp-plan-document: td "\+£10\.11 \(84p per month\)" is \d+px for a \d+px word$/,
];

// The layouts the accessibility matrix runs, once each (the preset changes colours, not measures).
const CASES = [...new Map(cases().filter((c) => c.preset === 'neutral' && !c.empty && !c.prepare).map((c) => [c.html, c])).values()];

/** Run in the page: broken words and squeezed columns in the stage, through shadow roots. */
function measure() {
  const broken = [];
  const narrow = [];
  // A break after these is a place a line may end.
  const BREAKS_AFTER = /[-‐‑–—/_.:,;)(…]$/;
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
      for (const { node, start, end } of words(cell)) longest = Math.max(longest, wordRects(node, start, end).reduce((sum, rect) => sum + rect.width, 0));
      const style = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner + 0.5 < longest && longest <= lineWidth(cell.closest('.table-region') ?? cell)) {
        narrow.push(`${host}: ${cell.localName} "${cell.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}" is ${inner.toFixed(0)}px for a ${longest.toFixed(0)}px word`);
      }
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot, element.localName);
  };
  walk(document.getElementById('stage'), 'page');
  return { broken, narrow, scrollWidth: document.documentElement.scrollWidth };
}

describe(`typesetting: every element × sample feed × layout at ${WIDTHS.join(', ')} px`, () => {
  let page;
  const run = (name, ...args) => page.evaluate((fn, ...rest) => window.__a11y[fn](...rest), name, ...args);

  for (const testCase of CASES) {
    it(testCase.id.replace(/ neutral$/, ''), async () => {
      if (!page) {
        page = await openAccessibilityPage(session.browser, session.url);
      }
      await page.setViewport({ width: WIDTHS[0], height: 800 });
      const state = await run('mount', testCase.html, 'neutral');
      assert.deepEqual(state.errors, [], 'the feed loads');
      const found = [];
      for (const width of WIDTHS) {
        await page.setViewport({ width, height: 800 });
        await run('settle');
        const { broken, narrow, scrollWidth } = await page.evaluate(measure);
        assert.ok(scrollWidth <= width, `no page-level horizontal scroll at ${width}px: the page is ${scrollWidth}px wide`);
        found.push(...[...broken, ...narrow].filter((line) => !KNOWN.some((known) => known.test(line))).map((line) => `${width}px ${line}`));
      }
      assert.deepEqual(found, [], 'no word broken mid-word, no column narrower than its longest word');
    });
  }
});
