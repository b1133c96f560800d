/**
 * Every piece of feed text carries the language it is in (WCAG 3.1.2). Every element renders English
 * feeds on a Welsh page (`lang="cy"`): no text node that shows feed text may sit where the nearest
 * `lang` (through shadow roots, up to the page) is anything but English, or a screen reader reads the
 * English with a Welsh voice. The other way round: a feed written in Welsh on an English page. And a
 * bilingual feed on a Welsh page: its Welsh is not marked English.
 *
 * Text a screen reader does not read (inside `aria-hidden`) is left out. Attributes (aria-label,
 * title) cannot carry a language of their own and are not checked here.
 */
import { expect, html } from '@open-wc/testing';
import '../src/pcp-elements.js';
import type { Plan } from '../src/schema/plan.js';
import { completePlan } from './fixtures/plans.js';
import { loadFeed } from './helpers/dom.js';
import { PART_ELEMENTS, settled } from './helpers/elements.js';
import { inLanguage } from './helpers/languages.js';

/** The nearest `lang` of a node, through shadow roots to their hosts, up to the document. */
function nearestLang(node: Node): string {
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang')!.toLowerCase();
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return '';
}

/** Every text node under `root` that a screen reader reads, through every open shadow root. */
function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    const { shadowRoot } = node as Element;
    if (shadowRoot) walk(shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/**
 * The feed's plain sentences: strings with at least two words and eight letters, long enough that
 * no word of the interface (in either language) contains one by chance.
 */
function sentences(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const collapsed = value.replace(/\s+/g, ' ').trim();
    if (/\p{L}.*\s.*\p{L}/u.test(collapsed) && (collapsed.match(/\p{L}/gu) ?? []).length >= 8 && !/^(https?:|mailto:)/.test(collapsed)) found.add(collapsed);
  } else if (value && typeof value === 'object') for (const item of Object.values(value)) sentences(item, found);
  return found;
}

/** Sentences of `texts` shown in `element` whose nearest `lang` is not `expected`: "<tag>: “text” […] in lang=…". */
function unmarked(element: Element, texts: readonly string[], expected: string): string[] {
  const wrong: string[] = [];
  for (const node of textNodes(element.shadowRoot!)) {
    const shown = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!shown) continue;
    const lang = nearestLang(node);
    if ((lang.split('-')[0] || 'en') === expected) continue;
    const text = texts.find((sentence) => shown.includes(sentence));
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot && root.host !== element ? ` > ${root.host.localName}` : '';
    if (text) wrong.push(`${element.localName}${host}: “${text.slice(0, 60)}” [${shown.slice(0, 90)}] in lang="${lang}" (${(node.parentNode as Element | null)?.localName ?? '?'}.${(node.parentNode as Element | null)?.className ?? ''})`);
  }
  return wrong;
}

/** Every element that shows part of a plan. */
const ELEMENTS = PART_ELEMENTS;

async function renderAll(lang: string, feed: unknown): Promise<Element[]> {
  const elements: Element[] = [];
  for (const tag of ELEMENTS) {
    const wrapper = await inLanguage<HTMLElement>(lang, html`<div></div>`);
    const element = document.createElement(tag) as HTMLElement & { plan?: unknown };
    element.plan = feed;
    wrapper.append(element);
    elements.push(element);
  }
  await settled(elements);
  return elements;
}

/** The Welsh of every `{en, cy}` text in `feed`. */
function welshOf(value: unknown, found: string[] = []): string[] {
  if (value && typeof value === 'object') {
    const cy = (value as Record<string, unknown>)['cy'];
    if (typeof cy === 'string') found.push(cy);
    else for (const item of Object.values(value)) welshOf(item, found);
  }
  return found;
}

describe('languages: every piece of feed text is marked with its language', () => {
  for (const name of ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'essex-2021-2024', 'complete plan']) {
    it(`English feed (${name}) on a Welsh page: feed text is inside lang="en"`, async () => {
      const feed = name === 'complete plan' ? completePlan() : await loadFeed(name);
      const elements = await renderAll('cy', feed);
      const texts = [...sentences(feed)];
      // The check finds feed text where it is shown (so a test that finds nothing proves nothing).
      expect(elements.some((element) => textNodes(element.shadowRoot!).some((node) => texts.some((text) => node.textContent!.includes(text))))).to.equal(true);
      expect(elements.flatMap((element) => unmarked(element, texts, 'en'))).to.deep.equal([]);
    });
  }

  it('a feed written in Welsh (language: "cy") on an English page: feed text is inside lang="cy"', async () => {
    const feed = { ...(await loadFeed('cumbria-2021-2025')), language: 'cy' };
    const elements = await renderAll('en', feed);
    expect(elements.flatMap((element) => unmarked(element, [...sentences(feed)], 'cy'))).to.deep.equal([]);
  });

  it('a bilingual feed on a Welsh page: its Welsh is Welsh, never marked English; its plain English is', async () => {
    const feed = await loadFeed('cumbria-2021-2025-bilingual');
    const welsh = welshOf(feed).filter((text) => sentences(text).size);
    expect(welsh.length).to.be.greaterThan(5);
    const elements = await renderAll('cy', feed);
    expect(elements.flatMap((element) => unmarked(element, welsh, 'cy'))).to.deep.equal([]);
    // Plain text (no translation given) is English: marked.
    const plain = [...sentences(feed)].filter((text) => !welshOf(feed).includes(text) && !JSON.stringify(feed).includes(`"en":${JSON.stringify(text)}`));
    expect(elements.flatMap((element) => unmarked(element, plain, 'en'))).to.deep.equal([]);
  });
});
