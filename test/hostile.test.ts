// Hostile feeds, field by field. Every string field of the published schema (schema/plan.schema.json,
// walked to list its paths) is set in turn to each payload, in a feed that has that field, and every
// element is checked: nothing runs, no markup appears, no link leaves http(s)/mailto/tel, nothing is
// wider than a 320px column, and text fields show the payload as text. Fields whose format rejects a
// payload (ids, dates, links, enums) must make every element show the error with the field's path.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/pcp-elements.js';
import { validatePlan } from '../src/loader/index.js';
import { PlanError } from '../src/loader/plan-error.js';
import { SAMPLE_FEEDS, completePlan } from './fixtures/plans.js';
import { loadFeed } from './helpers/dom.js';
import { PART_ELEMENTS, deepQuery, errorText, stateOf, visible } from './helpers/elements.js';
import { layoutWheel } from '../src/priority-wheel/wheel-layout.js';

type Key = string | number;
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Each payload, tagged with the field it is put in, so whatever runs or shows names its field. */
const PAYLOADS: Record<string, (tag: string) => string> = {
  'img onerror': (tag) => `<img src=x onerror="window.__pwned='${tag}'">`,
  script: (tag) => `<script>window.__pwned='${tag}'</script>`,
  'svg onload': (tag) => `"><svg onload="window.__pwned='${tag}'">`,
  'javascript: link': (tag) => `javascript:window.__pwned='${tag}'`,
  'data: link': (tag) => `data:text/html,<script>window.__pwned='${tag}'</script>`,
  'right-to-left': (tag) => `\u202Eשלום עולם مرحبا بالعالم ${tag}`,
  'combining marks': (tag) => `Z̸̡̛a̷l̶g̸o̵ ${tag} c̷̢̛o̶m̷b̴i̵n̶i̸n̸g̵`,
  emoji: (tag) => `🚓🚔👮‍♀️🏳️‍🌈 ${tag}`,
  'long word': (tag) => `${'Averyveryverylongwordwithoutanyspaces'.repeat(8)}${tag} and a long tail`,
  'very long text': (tag) => `${'a very long string '.repeat(300)}${tag}`,
};

/** A string field of the schema: its path pattern ("*" an array index, "~" any key of a record). */
interface Field {
  pattern: string;
  /** True for links (the Url rule): javascript: and data: must be refused there. */
  link: boolean;
}

/** Every string field in the JSON Schema, following $refs (recursive ones to two levels). */
function stringFields(schema: Record<string, unknown>): Field[] {
  const definitions = (schema['$defs'] ?? schema['definitions'] ?? {}) as Record<string, Record<string, unknown>>;
  const found = new Map<string, Field>();
  const walk = (node: Record<string, unknown>, path: string, depth: Record<string, number>) => {
    // A text's translations ({"en": …, "cy": …}) are the same field in other languages: the payload
    // goes in the plain-text form here, and test/languages*.test.ts covers the translated form.
    if (node['propertyNames'] && String(node['description'] ?? '').includes('several languages')) return;
    if (typeof node['$ref'] === 'string') {
      const name = node['$ref'].split('/').pop()!;
      if ((depth[name] ?? 0) >= 2) return;
      walk(definitions[name]!, path, { ...depth, [name]: (depth[name] ?? 0) + 1 });
      return;
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      for (const option of (node[key] as Array<Record<string, unknown>>) ?? []) walk(option, path, depth);
    if (node['type'] === 'string' || (node['enum'] && !node['type'])) {
      found.set(path, { pattern: path, link: String(node['pattern'] ?? '').includes('https?') });
    }
    for (const [key, child] of Object.entries((node['properties'] ?? {}) as Record<string, Record<string, unknown>>))
      walk(child, `${path}/${key}`, depth);
    if (node['items'] && typeof node['items'] === 'object')
      walk(node['items'] as Record<string, unknown>, `${path}/*`, depth);
    if (node['additionalProperties'] && typeof node['additionalProperties'] === 'object')
      walk(node['additionalProperties'] as Record<string, unknown>, `${path}/~`, depth);
  };
  walk(schema, '', {});
  return [...found.values()];
}

const pointer = (path: Key[]) => path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** True when the path of a string in a feed is an instance of the field's pattern. */
function matches(pattern: string, path: Key[], parentIsArray: boolean[]): boolean {
  const parts = pattern.split('/').slice(1);
  if (parts.length !== path.length) return false;
  return parts.every((part, index) =>
    part === '*'
      ? parentIsArray[index]
      : part === '~'
        ? !parentIsArray[index]
        : part === String(path[index]) && !parentIsArray[index],
  );
}

/** Every string in a feed, with its path and whether each step went into an array. */
function strings(
  value: Json,
  path: Key[] = [],
  arrays: boolean[] = [],
  found: Array<{ path: Key[]; arrays: boolean[] }> = [],
) {
  if (typeof value === 'string') found.push({ path, arrays });
  else if (Array.isArray(value))
    value.forEach((item, index) => strings(item, [...path, index], [...arrays, true], found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) strings(item, [...path, key], [...arrays, false], found);
  return found;
}

function withValues(feed: Json, values: Array<{ path: Key[]; value: string }>): Json {
  const copy = structuredClone(feed);
  for (const { path, value } of values) {
    let node = copy as Record<Key, Json>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<Key, Json>;
    node[path.at(-1)!] = value;
  }
  return copy;
}

/** One field in one feed where it occurs. */
interface Case {
  field: Field;
  tag: string;
  feed: number;
  path: Key[];
}

const pwned = () => (window as { __pwned?: string }).__pwned;

/** Text and attribute values of everything in the elements' shadow trees: where a field's tag may show. */
function shownText(elements: Element[]): string {
  let text = '';
  for (const element of elements) {
    for (const node of deepQuery(element.shadowRoot!, '*'))
      for (const name of node.getAttributeNames()) text += ` ${node.getAttribute(name)}`;
    for (const node of [
      element.shadowRoot!,
      ...deepQuery(element.shadowRoot!, '*').flatMap((inner) => (inner.shadowRoot ? [inner.shadowRoot] : [])),
    ])
      text += ` ${node.textContent}`;
  }
  return text;
}

/**
 * Text fields the schema has but no element shows, and why. A field that starts being shown, or
 * stops, fails the test until this list says so.
 */
const NOT_SHOWN = new Map<string, string>([
  ['/$schema', 'for editors, not readers'],
  ['/commitments/*/text', 'plan-wide commitments are counted by <pcp-progress>, not listed'],
  ['/commitments/*/actions/*/text', 'sub-actions of a commitment are not counted or listed'],
  ['/measures/*/source', 'not shown by <pcp-progress>'],
  ['/partners/*/aliases/*', 'used to match agency names in the action-plan filter'],
  ['/contact/social/*/kind', 'chooses how a link is described, not shown as given'],
  ['/links/*/kind', 'chooses how a link is described, not shown as given'],
]);

describe('hostile feeds, field by field', () => {
  const feeds: Json[] = [];
  const cases: Case[] = [];
  let elements: HTMLElement[] = [];

  before(async () => {
    for (const name of SAMPLE_FEEDS) feeds.push((await loadFeed(name)) as unknown as Json);
    feeds.push(completePlan() as unknown as Json);
    const schema = (await (await fetch('/schema/plan.schema.json')).json()) as Record<string, unknown>;
    for (const [index, field] of stringFields(schema).entries()) {
      for (const [feed, value] of feeds.entries()) {
        const hit = strings(value).find((string) => matches(field.pattern, string.path, string.arrays));
        if (hit) {
          cases.push({ field, tag: `[F${index}]`, feed, path: hit.path });
          break;
        }
      }
      if (!cases.some((item) => item.field === field)) cases.push({ field, tag: '', feed: -1, path: [] });
    }
  });

  beforeEach(async () => {
    delete (window as { __pwned?: string }).__pwned;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    // Every element, and the objectives once more in easy-read (the only place easy-read text shows).
    for (const tag of [...PART_ELEMENTS, 'pcp-objectives']) {
      const element = document.createElement(tag);
      element.innerHTML = '<p class="fallback">Read the plan (PDF)</p>';
      wrapper.append(element);
    }
    wrapper.lastElementChild!.setAttribute('reading', 'easy');
    elements = [...wrapper.children] as HTMLElement[];
  });

  async function show(plan: Json): Promise<void> {
    for (const element of elements) (element as HTMLElement & { plan: unknown }).plan = plan;
    await Promise.all(
      elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    // Let anything a payload might have scheduled (an onerror, an onload) run before we look.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  it('covers every string field of the schema with a feed that has it', () => {
    expect(cases.length).to.be.greaterThan(100);
    expect(cases.filter((item) => item.feed === -1).map((item) => item.field.pattern)).to.deep.equal([]);
  });

  it('refuses every payload a field’s format forbids, at that field’s path, and never a javascript: or data: link', () => {
    for (const item of cases) {
      for (const [name, payload] of Object.entries(PAYLOADS)) {
        const where = `${item.field.pattern} = ${name}`;
        try {
          validatePlan(withValues(feeds[item.feed]!, [{ path: item.path, value: payload(item.tag) }]));
        } catch (error) {
          expect(error, where).to.be.instanceOf(PlanError);
          expect(
            (error as PlanError).issues.map((issue) => issue.path),
            where,
          ).to.include(pointer(item.path));
          continue;
        }
        expect(item.field.link && /^(javascript|data):/.test(payload('')), `${where} was accepted as a link`).to.equal(
          false,
        );
      }
    }
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`${name}: in every text field, runs nothing, adds no markup or unsafe link, fits 320px, and shows as text`, async function () {
      this.timeout(60000);
      const failures: string[] = [];
      const shown = new Set<string>();
      for (const [feed, value] of feeds.entries()) {
        // Every field of this feed that accepts the payload holds it at once; each carries its field's tag.
        const accepted = cases.filter((item) => {
          if (item.feed !== feed) return false;
          try {
            validatePlan(withValues(value, [{ path: item.path, value: payload(item.tag) }]));
            return true;
          } catch {
            return false;
          }
        });
        if (accepted.length === 0) continue;
        await show(
          withValues(
            value,
            accepted.map((item) => ({ path: item.path, value: payload(item.tag) })),
          ),
        );
        const problems = (subset: Case[]) => {
          const found: string[] = [];
          const ran = pwned();
          if (ran) found.push(`script ran from ${subset.find((item) => item.tag === ran)?.field.pattern ?? ran}`);
          for (const element of elements) {
            if (stateOf(element) !== 'ready') found.push(`${element.localName} shows ${errorText(element)}`);
            for (const node of deepQuery(
              element.shadowRoot!,
              'img, script, iframe, object, embed, [onerror], [onload]',
            )) {
              const source = subset.find((item) => node.outerHTML.includes(item.tag));
              found.push(
                `${element.localName}: <${node.localName}> from ${source?.field.pattern ?? 'the element itself'}`,
              );
            }
            for (const link of deepQuery(element.shadowRoot!, 'a[href]')) {
              const href = link.getAttribute('href')!;
              if (!/^(https?:|mailto:|tel:|blob:|#)/.test(href))
                found.push(`${element.localName}: link to ${href.slice(0, 60)}`);
            }
            if (element.scrollWidth > 320) found.push(`${element.localName} is ${element.scrollWidth}px wide`);
          }
          return found;
        };
        let found = problems(accepted);
        if (found.length > 0) {
          // Find which fields cause it, halving the set (a problem only a mix of fields makes stays unattributed).
          const attribute = async (subset: Case[]): Promise<string[]> => {
            delete (window as { __pwned?: string }).__pwned;
            await show(
              withValues(
                value,
                subset.map((item) => ({ path: item.path, value: payload(item.tag) })),
              ),
            );
            const here = problems(subset);
            if (here.length === 0) return [];
            if (subset.length === 1) return here.map((problem) => `${subset[0]!.field.pattern}: ${problem}`);
            const half = Math.ceil(subset.length / 2);
            const parts = [...(await attribute(subset.slice(0, half))), ...(await attribute(subset.slice(half)))];
            return parts.length > 0 ? parts : here;
          };
          found = await attribute(accepted);
        } else {
          const text = shownText(elements);
          for (const item of accepted) if (text.includes(item.tag)) shown.add(item.field.pattern);
        }
        failures.push(...found.map((problem) => `${SAMPLE_FEEDS[feed] ?? 'complete plan'}: ${problem}`));
      }
      expect(failures).to.deep.equal([]);
      // Text fields show the payload, as text, somewhere (a field is counted where the payload fits: the
      // very long text may be shortened, and the format refuses some payloads in some fields).
      if (name === 'emoji') {
        const textFields = cases.filter((item) => !shown.has(item.field.pattern) && !NOT_SHOWN.has(item.field.pattern));
        const accepting = textFields.filter((item) => {
          try {
            validatePlan(withValues(feeds[item.feed]!, [{ path: item.path, value: payload(item.tag) }]));
            return true;
          } catch {
            return false;
          }
        });
        expect(
          accepting.map((item) => item.field.pattern),
          'text fields no element shows',
        ).to.deep.equal([]);
        expect(
          [...NOT_SHOWN.keys()].filter((pattern) => shown.has(pattern)),
          'listed as not shown but shown',
        ).to.deep.equal([]);
      }
    });
  }

  it('a link, id, date or enum field given javascript: or data: makes every element show the error at its path, keeping its fallback', async function () {
    this.timeout(60000);
    const failures: string[] = [];
    for (const item of cases) {
      for (const name of ['javascript: link', 'data: link']) {
        const plan = withValues(feeds[item.feed]!, [{ path: item.path, value: PAYLOADS[name]!(item.tag) }]);
        try {
          validatePlan(plan);
          continue; // a text field: the tests above
        } catch {
          // refused: every element must say where
        }
        await show(plan);
        for (const element of elements) {
          const where = `${item.field.pattern} = ${name}: ${element.localName}`;
          if (stateOf(element) !== 'error') failures.push(`${where} is not in its error state`);
          else if (!errorText(element).includes(`${pointer(item.path)}:`))
            failures.push(`${where} does not name ${pointer(item.path)}`);
          if (!visible(element.querySelector('.fallback'))) failures.push(`${where} hides its fallback`);
        }
        if (pwned()) failures.push(`${item.field.pattern} = ${name}: script ran`);
      }
    }
    expect(failures).to.deep.equal([]);
  });
});

describe('hostile feeds: a very long text in the wheel', () => {
  it('lays out a thousand-word title and centre text without trying every wrap and truncation', () => {
    // Counted rather than timed: how many characters the layout asks to be measured (about 497 million
    // before texts that cannot fit were skipped; about 0.4 million now).
    let measured = 0;
    const measure = (text: string, fontSize: number) => {
      measured += text.length;
      return text.length * fontSize * 0.55;
    };
    const long = 'a very long string '.repeat(300).trim();
    const objectives = completePlan().objectives.map((objective) => ({
      ...objective,
      title: long,
      shortTitle: undefined,
    }));
    const layout = layoutWheel(objectives, { size: 320, rings: 1, centreText: long, measure });
    // Nothing that long fits: the segments fall back to their numbers, the centre to a few words.
    expect(layout.objectives.map((segment) => segment.label?.lines.join(' '))).to.deep.equal(['A', '2', '3']);
    expect(layout.centre.label?.lines.join(' ').length ?? 0).to.be.below(200);
    expect(measured).to.be.below(2_000_000);
  });
});
