// Hostile text in every text field of a real feed: nothing runs, no markup appears, nothing widens a
// 320px page. (Fields that must be ids, dates, links or enums keep their values: the validator
// rejects payloads there, which the loader tests cover.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/pcp-elements.js';
import { validatePlan } from '../src/loader/index.js';
import type { PlanError } from '../src/loader/plan-error.js';
import type { Plan } from '../src/schema/plan.js';
import { loadFeed } from './helpers/dom.js';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  'שלום עולם مرحبا بالعالم — right-to-left',
  'Z̸̡̛a̷l̶g̸o̵ combining marks',
  '🚓🚔👮‍♀️ emoji',
  `${'Averyveryverylongwordwithoutanyspaces'.repeat(8)} and a long tail`,
];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every string in the feed replaced by a payload, except where the format needs a specific kind of value. */
function poisoned(plan: Plan): Plan {
  const copy = structuredClone(plan) as unknown as Json;
  const paths: Array<Array<string | number>> = [];
  const walk = (value: Json, path: Array<string | number>) => {
    if (typeof value === 'string') paths.push(path);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(copy, []);
  const set = (path: Array<string | number>, value: string) => {
    let node = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
    const last = path.at(-1)!;
    const before = node[last] as string;
    node[last] = value;
    return before;
  };
  const originals = new Map<string, string>();
  paths.forEach((path, index) => originals.set(JSON.stringify(path), set(path, PAYLOADS[index % PAYLOADS.length]!)));
  // Put back whatever the format rejects (ids, dates, links, enums), then the rest is hostile text.
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      return validatePlan(copy) as Plan; // the samples and payloads are plain strings
    } catch (error) {
      for (const issue of (error as PlanError).issues) {
        const path = issue.path.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
        const original = originals.get(JSON.stringify(path));
        if (original === undefined) throw error;
        set(path, original);
      }
    }
  }
  throw new Error('could not make a valid poisoned feed');
}

/** Elements of these kinds anywhere in the element's shadow trees. */
function deepQuery(root: Element | ShadowRoot, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQuery(element.shadowRoot, selector));
  return found;
}

describe('hostile feed text', () => {
  for (const name of ['cumbria-2021-2025', 'west-cumbria-csp-2012-13', 'cleveland-2020-21-update'] as const) {
    it(`${name}: every element shows payloads as text, runs nothing, and stays inside 320px`, async () => {
      const plan = poisoned(await loadFeed(name));
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
        <pcp-plan-document .plan=${plan} heading-level="2"></pcp-plan-document>
        <pcp-priority-wheel .plan=${plan}></pcp-priority-wheel>
        <pcp-plan-summary .plan=${plan}></pcp-plan-summary>
      </div>`);
      await waitUntil(() => deepQuery(wrapper, '[part="title"]').length > 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(deepQuery(wrapper, 'img, script, iframe, object, embed, svg[onload]')).to.have.length(0);
      const links = deepQuery(wrapper, 'a[href]').map((link) => link.getAttribute('href')!);
      expect(links.filter((href) => !/^(https?:|mailto:|tel:|blob:|#)/.test(href))).to.deep.equal([]);
      // The payload text is on the page, as text.
      const document = wrapper.querySelector('pcp-plan-document')!;
      expect(deepQuery(document.shadowRoot!, '*').some((element) => element.textContent?.includes('<img src=x onerror'))).to.equal(true);
      for (const element of wrapper.children) expect((element as HTMLElement).scrollWidth, element.localName).to.be.at.most(320);
    });
  }
});
