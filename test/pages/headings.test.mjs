// One type scale (issue 19): every element's headings are sized by their level from the
// --pcp-heading-* tokens, on the built bundle in Chromium.
// - <pcp-plan-document> on every sample feed: walking its headings through shadow roots in the order
//   a reader meets them, a deeper heading is never larger than a shallower one, headings at one level
//   share one size and weight, and every heading has something under it before the next heading at
//   its level or above;
// - every element × a few feeds (each variant, ARIA headings past h6 included): no text under a
//   heading is larger than the heading ("grant names bigger than Grants"), and the same level rules;
// - a page's --pcp-heading-* on a wrapper reach every h2 of every element, and the GOV.UK preset
//   gives GOV.UK Frontend's heading sizes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FEEDS, cases } from './accessibility-cases.mjs';
import { openAccessibilityPage, openPage, useBrowser } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const session = useBrowser(root);

/** The feeds every element is checked on: long titles, an action plan, measures and money, a plan with grants and the rest. */
const FEW_FEEDS = new Set(['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cleveland-2020-21-update', 'greater-manchester-2024-2029', 'essex-2021-2024']);

/**
 * Run in the page: the headings and text under #stage in reading order (through shadow roots, slots
 * replaced by what they show), and what breaks the type scale. `rules` picks the checks.
 */
function headingReport(rules) {
  const items = [];
  const shown = (element) =>
    element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !element.closest('.visually-hidden, svg');
  const levelOf = (element) => {
    const tag = /^h([1-6])$/.exec(element.localName);
    if (tag) return Number(tag[1]);
    if (element.getAttribute('role') === 'heading') return Number(element.getAttribute('aria-level')) || 2;
    return undefined;
  };
  const name = (element) => `${element.getRootNode().host?.localName ?? 'page'} ${element.localName} "${element.textContent.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  // The rule drawn above a heading: its own top border, or, for a part's first heading in a document
  // section that draws the rule for it (a part that brings its own heading), the section's.
  const ruleOf = (element, style) => {
    if (style.borderTopWidth !== '0px') return style.borderTopWidth;
    const host = element.getRootNode().host;
    const section = host?.parentElement?.closest('.own-heading');
    const first = host?.shadowRoot.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
    return section && first === element ? getComputedStyle(section).borderTopWidth : style.borderTopWidth;
  };
  // Walks the flat tree; `heading` is the heading an element is inside, if any.
  const walk = (node, heading) => {
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.localName === 'slot' ? node.assignedNodes({ flatten: true }) : node.childNodes;
    for (const child of children) {
      if (child.nodeType === Node.TEXT_NODE) {
        const parent = child.parentElement ?? child.parentNode?.host;
        if (!heading && child.data.trim() && parent && shown(parent)) {
          const style = getComputedStyle(parent);
          items.push({ kind: 'text', size: parseFloat(style.fontSize), label: `${name(parent)}: "${child.data.trim().slice(0, 40)}"` });
        }
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || ['style', 'script', 'template'].includes(child.localName)) continue;
      const level = heading ? undefined : levelOf(child);
      if (level !== undefined && shown(child)) {
        const style = getComputedStyle(child);
        items.push({ kind: 'heading', level, size: parseFloat(style.fontSize), weight: style.fontWeight, font: style.fontFamily, rule: ruleOf(child, style), label: name(child) });
        walk(child, child);
        continue;
      }
      // Pictures and tables are content under a heading too.
      if (!heading && ['svg', 'img', 'table', 'canvas'].includes(child.localName) && shown(child)) items.push({ kind: 'text', size: 0, label: name(child) });
      walk(child, heading);
    }
  };
  walk(document.getElementById('stage') ?? document.body);
  const problems = [];
  const headings = items.filter((item) => item.kind === 'heading');
  if (rules.levels) {
    const byLevel = new Map();
    for (const item of headings) byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
    for (const [level, list] of byLevel) {
      const first = list[0];
      for (const other of list.slice(1)) {
        if (Math.abs(other.size - first.size) > 0.05 || other.weight !== first.weight) {
          problems.push(`level ${level}: ${other.label} is ${other.size}px/${other.weight}, ${first.label} is ${first.size}px/${first.weight}`);
        }
      }
      for (const [deeper, deeperList] of byLevel) {
        if (deeper <= level) continue;
        for (const item of deeperList) {
          if (item.size > first.size + 0.05) problems.push(`${item.label} (level ${deeper}, ${item.size}px) is larger than level ${level} (${first.label}, ${first.size}px)`);
        }
      }
    }
  }
  headings.forEach((item) => {
    const index = items.indexOf(item);
    let end = items.findIndex((next, at) => at > index && next.kind === 'heading' && next.level <= item.level);
    if (end === -1) end = items.length;
    const under = items.slice(index + 1, end);
    if (rules.content && !under.length) problems.push(`${item.label} (level ${item.level}) has nothing under it`);
    if (rules.larger) {
      for (const text of under.filter((entry) => entry.kind === 'text')) {
        if (text.size > item.size + 0.05) problems.push(`${text.label} (${text.size}px) is larger than the heading above it, ${item.label} (${item.size}px)`);
      }
    }
  });
  return { problems, headings: headings.map(({ level, size, weight, font, rule, label }) => ({ level, size, weight, font, rule, label })) };
}

describe('one type scale for every heading', () => {
  let page;
  const run = (name, ...args) => page.evaluate((fn, ...rest) => window.__a11y[fn](...rest), name, ...args);
  const open = async () => {
    page ??= await openAccessibilityPage(session.browser, session.url);
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluate(() => document.getElementById('stage').removeAttribute('style'));
  };
  const mount = async (html, preset = 'neutral') => {
    const state = await run('mount', html, preset);
    assert.deepEqual(state.errors, [], 'the feed loads');
    return state;
  };

  for (const feed of FEEDS) {
    it(`<pcp-plan-document> on ${feed.name}: levels nest, one size per level, a heading always has something under it`, async () => {
      await open();
      await mount(`<pcp-plan-document src="${feed.src}"></pcp-plan-document>`);
      const { problems, headings } = await page.evaluate(headingReport, { levels: true, content: true, larger: true });
      assert.ok(headings.length > 3, 'the document has headings');
      assert.deepEqual(problems, []);
      // The grants' heading is above the grant names: "Grants" at one level, each grant one below.
      if (feed.plan.grants?.length) {
        const grants = headings.find((item) => /^pcp-plan-document h\d "Grants"$/.test(item.label));
        const names = headings.filter((item) => item.label.startsWith('pcp-grants '));
        assert.ok(grants && names.length, 'a Grants heading and grant names');
        for (const item of names) assert.ok(item.level === grants.level + 1 && item.size < grants.size && item.rule === '0px', `${item.label} sits under "Grants", with no part's rule above it`);
      }
      // A part that brings its own heading (contact, monitoring, national priorities) heads its part as the others do.
      const sectionRule = headings.find((item) => item.label.startsWith('pcp-plan-document h2 ') && item.rule !== '0px')?.rule;
      for (const item of headings.filter((entry) => entry.level === 2 && /^pcp-(contact|monitoring|national-priorities) /.test(entry.label))) {
        assert.equal(item.rule, sectionRule, `${item.label} has the rule above it that other parts' headings have`);
      }
    });
  }

  const ELEMENT_CASES = cases().filter((c) => c.preset === 'neutral' && !c.empty && !c.prepare && FEW_FEEDS.has(c.feed) && c.tag !== 'pcp-plan-document');
  for (const testCase of ELEMENT_CASES) {
    it(`${testCase.id.replace(/ neutral$/, '')}: no text larger than the heading above it, one size per level`, async () => {
      await open();
      await mount(testCase.html);
      const { problems, headings } = await page.evaluate(headingReport, { levels: true, larger: true });
      assert.ok(headings.length > 0 || ['pcp-priority-wheel', 'pcp-plan'].includes(testCase.tag), 'the element has headings');
      assert.deepEqual(problems, []);
    });
  }

  /** Every tag with content on one of the few feeds, the first feed that has it. */
  const perTag = () => {
    const chosen = new Map();
    for (const c of cases()) if (c.preset === 'neutral' && !c.empty && FEW_FEEDS.has(c.feed) && !c.prepare && !c.html.includes('heading-level') && !chosen.has(c.tag)) chosen.set(c.tag, c);
    return [...chosen.values()];
  };

  it("a page's --pcp-heading-* on a wrapper set every h2 of every element", async () => {
    await open();
    const seen = [];
    for (const testCase of perTag()) {
      await page.evaluate(() => {
        document.getElementById('stage').style.cssText = '--pcp-heading-2-size: 40px; --pcp-heading-weight: 300; --pcp-heading-font: serif';
      });
      await mount(testCase.html);
      const { headings } = await page.evaluate(headingReport, {});
      const h2 = headings.filter((item) => item.level === 2);
      seen.push(...h2.map((item) => item.label.split(' ')[0]));
      for (const item of h2) assert.deepEqual([item.size, item.weight, item.font], [40, '300', 'serif'], item.label);
      // Every other level takes the weight and font too.
      for (const item of headings) assert.deepEqual([item.weight, item.font], ['300', 'serif'], item.label);
    }
    // Each element with a heading of its own at the default level was measured.
    const tags = new Set(seen);
    for (const tag of ['pcp-plan-summary', 'pcp-objectives', 'pcp-budget-table', 'pcp-funding', 'pcp-scenario-table', 'pcp-progress', 'pcp-outcomes', 'pcp-action-plan', 'pcp-foreword', 'pcp-contact', 'pcp-grants', 'pcp-monitoring', 'pcp-national-priorities']) {
      assert.ok(tags.has(tag), `${tag} has an h2`);
    }
  });

  it('the deprecated --pcp-font-size-heading still sizes an element\'s own headings, the other levels in proportion', async () => {
    await open();
    await page.evaluate(() => {
      document.getElementById('stage').style.cssText = '--pcp-font-size-heading: 30px';
    });
    await mount('<pcp-plan-document src="/demo/feeds/cumbria-2021-2025.json" heading-level="2"></pcp-plan-document>');
    const { headings, problems } = await page.evaluate(headingReport, { levels: true });
    const size = (level) => headings.find((item) => item.level === level)?.size;
    assert.deepEqual([size(2), size(3), size(4)], [30, 25, 22.5]);
    assert.deepEqual(problems, []);
  });

  // GOV.UK Frontend's heading classes as a GOV.UK page uses them: h1 govuk-heading-xl, h2 -l, h3 -m,
  // h4 -s; large screens from 641px (40.0625em), the small-screen scale below it.
  const GOVUK = {
    1280: { 1: 48, 2: 36, 3: 24, 4: 19 },
    375: { 1: 32, 2: 27, 3: 21, 4: 19 },
  };
  for (const [width, sizes] of Object.entries(GOVUK)) {
    it(`the GOV.UK preset gives GOV.UK Frontend's heading sizes at ${width}px`, async () => {
      await open();
      await page.setViewport({ width: Number(width), height: 800 });
      await mount('<pcp-plan-document src="/demo/feeds/cumbria-2021-2025.json"></pcp-plan-document>', 'govuk');
      const { headings, problems } = await page.evaluate(headingReport, { levels: true });
      for (const [level, size] of Object.entries(sizes)) {
        const found = headings.filter((item) => item.level === Number(level));
        assert.ok(found.length, `a level-${level} heading`);
        for (const item of found) assert.deepEqual([item.size, item.weight], [size, '700'], item.label);
      }
      assert.deepEqual(problems, []);
    });
  }

  // The demo pages: the page's own h2 and h3 and the elements' headings at those levels look the same.
  for (const [path, widths] of [['demo/govuk.html', [375, 1280]], ['demo/wordpress.html', [375, 1280]]]) {
    it(`${path}: the elements' headings match the page's own at each level`, async () => {
      const { page: demo, errors } = await openPage(session.browser, `${session.url}/${path}`);
      for (const width of widths) {
        await demo.setViewport({ width, height: 800 });
        await demo.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const { headings } = await demo.evaluate(headingReport, {});
        const style = ({ size, weight, font }) => `${size}px ${weight} ${font}`;
        let compared = 0;
        for (const level of [1, 2, 3, 4, 5, 6]) {
          const own = headings.filter((item) => item.level === level && item.label.startsWith('page '));
          const theirs = headings.filter((item) => item.level === level && !item.label.startsWith('page '));
          if (!own.length || !theirs.length) continue;
          compared += 1;
          for (const item of theirs) assert.equal(style(item), style(own[0]), `${width}px: ${item.label} looks like the page's ${own[0].label}`);
        }
        assert.ok(compared > 0, `${width}px: the page and the elements have headings at one level at least`);
      }
      assert.deepEqual(errors, []);
      await demo.close();
    });
  }
});
