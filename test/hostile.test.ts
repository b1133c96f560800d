// Hostile feeds, field by field. Every string field of the published schema (schema/plan.schema.json,
// walked to list its paths) is set in turn to each payload, in a feed that has that field, and every
// element is checked: nothing runs, no markup appears, no link leaves http(s)/mailto/tel, nothing is
// wider than a 320px column, and text fields show the payload as text. Fields whose format rejects a
// payload (ids, dates, links, enums) must make every element show the error with the field's path.
//
// The feeds are the sample plans, the complete plan, and plans built from the schema itself
// (test/fixtures/schema-sample.ts), which between them have every field. Validation is pure and
// cheap, so each field is validated with each payload on its own (in the plan cut down to the field's
// part: see planPart). Rendering is not: each payload goes in every field that accepts it at once, one
// render per feed, and fields are told apart by the tag each payload carries; refused fields are
// rendered a few at a time, each named in every element's error.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/pcp-elements.js';
import { validatePlan } from '../src/loader/index.js';
import { PlanError } from '../src/loader/plan-error.js';
import { SAMPLE_FEEDS, completePlan } from './fixtures/plans.js';
import { type Field, fieldMatcher, planPart, samplePlans, stringFields } from './fixtures/schema-sample.js';
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

const pointer = (path: Key[]) => path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

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
  ['/partners/*/aliases/*', 'used to match agency names in the action-plan filter'],
  ['/partners/*/aliases/*/~', 'used to match agency names in the action-plan filter'],
  ['/contact/social/*/kind', 'chooses how a link is described, not shown as given'],
  ['/links/*/kind', 'chooses how a link is described, not shown as given'],
  ['/objectives/*/shortTitle/~', 'the wheel shows a short title only where the full title does not fit'],
  ['/objectives/*/children/*/shortTitle', 'a short label for the wheel, which draws the top level only'],
  ['/objectives/*/children/*/shortTitle/~', 'a short label for the wheel, which draws the top level only'],
  ['/measures/*/unit', 'follows bare numbers only; every figure of the sample measure is printed text'],
  ['/measures/*/unit/~', 'follows bare numbers only; every figure of the sample measure is printed text'],
]);

/** How many problems an element's error lists (src/base/state-views.ts): refused fields are shown this many at a time. */
const LISTED_ISSUES = 5;

describe('hostile feeds, field by field', () => {
  const feeds: Json[] = [];
  const cases: Case[] = [];
  let elements: HTMLElement[] = [];
  /** The plan's required fields: a field is validated in its feed cut down to these, the referenced parts and its own. */
  let required: string[] = [];
  const names = new Map<number, string>();

  before(async function () {
    this.timeout(30000);
    for (const name of SAMPLE_FEEDS) {
      names.set(feeds.length, name);
      feeds.push((await loadFeed(name)) as unknown as Json);
    }
    names.set(feeds.length, 'complete plan');
    feeds.push(completePlan() as unknown as Json);
    const schema = (await (await fetch('/schema/plan.schema.json')).json()) as Record<string, unknown>;
    required = (schema['required'] as string[] | undefined) ?? [];
    for (const [index, plan] of samplePlans(schema).entries()) {
      names.set(feeds.length, `schema sample ${index + 1}`);
      feeds.push(plan);
    }
    // Each field in the first feed that has it, at the first place there. A string is one field's only: a
    // measure's baseline.printed is not also a key of the baseline given by language (see fieldMatcher).
    const fields = stringFields(schema);
    const fieldOf = fieldMatcher(fields.map((field) => field.pattern));
    const hits = new Map<string, { feed: number; path: Key[] }>();
    for (const [feed, value] of feeds.entries())
      for (const string of strings(value)) {
        const pattern = fieldOf(string.path, string.arrays);
        if (pattern !== undefined && !hits.has(pattern)) hits.set(pattern, { feed, path: string.path });
      }
    for (const [index, field] of fields.entries()) {
      const hit = hits.get(field.pattern);
      cases.push({ field, tag: `[F${index}]`, feed: hit?.feed ?? -1, path: hit?.path ?? [] });
    }
  });

  /** The fields a feed has (a field missing from every feed is reported by the first test, not tried). */
  const covered = () => cases.filter((item) => item.feed >= 0);

  const verdicts = new Map<string, unknown>();
  /**
   * What validatePlan makes of the payload in the field alone (undefined: accepted; else what it threw), in
   * the field's feed cut down to its part: the value is put in place and taken out again, not copied.
   */
  function verdict(item: Case, name: string): unknown {
    const key = `${item.tag} ${name}`;
    if (verdicts.has(key)) return verdicts.get(key);
    const feed = feeds[item.feed] as Record<string, Json>;
    let holder = feed as Record<Key, Json>;
    for (const step of item.path.slice(0, -1)) holder = holder[step] as Record<Key, Json>;
    const last = item.path.at(-1)!;
    const before = holder[last]!;
    holder[last] = PAYLOADS[name]!(item.tag);
    let result: unknown;
    try {
      validatePlan(planPart(feed, String(item.path[0]), required));
    } catch (error) {
      result = error;
    } finally {
      holder[last] = before;
    }
    verdicts.set(key, result);
    return result;
  }
  const accepts = (item: Case, name: string) => verdict(item, name) === undefined;

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

  /** Lets anything a payload might have scheduled (an onerror, an onload) run before we look. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  /** Gives every element the plan; a plan property in format 2 is validated and drawn in this update. */
  async function show(plan: Json, { settled = true } = {}): Promise<void> {
    for (const element of elements) (element as HTMLElement & { plan: unknown }).plan = plan;
    await Promise.all(
      elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
    );
    if (settled) await settle();
  }

  it('covers every string field of the schema with a feed that has it', () => {
    expect(cases.length).to.be.greaterThan(1000);
    expect(cases.filter((item) => item.feed === -1).map((item) => item.field.pattern)).to.deep.equal([]);
  });

  it('refuses every payload a field’s format forbids, at that field’s path, and never a javascript: or data: link', function () {
    this.timeout(60000);
    for (const item of covered()) {
      for (const name of Object.keys(PAYLOADS)) {
        const where = `${item.field.pattern} = ${name}`;
        const error = verdict(item, name);
        if (error !== undefined) {
          expect(error, where).to.be.instanceOf(PlanError);
          expect(
            (error as PlanError).issues.map((issue) => issue.path),
            where,
          ).to.include(pointer(item.path));
          continue;
        }
        expect(item.field.link && /^(javascript|data):/.test(PAYLOADS[name]!('')), `${where} was accepted as a link`).to.equal(
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
        const accepted = cases.filter((item) => item.feed === feed && accepts(item, name));
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
        failures.push(...found.map((problem) => `${names.get(feed)}: ${problem}`));
      }
      expect(failures).to.deep.equal([]);
      // Text fields show the payload, as text, somewhere (a field is counted where the payload fits: the
      // very long text may be shortened, and the format refuses some payloads in some fields).
      if (name === 'emoji') {
        const textFields = covered().filter((item) => !shown.has(item.field.pattern) && !NOT_SHOWN.has(item.field.pattern));
        const accepting = textFields.filter((item) => accepts(item, name));
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
    // About 350 renders: 4 s on a busy 2-core machine (20 s when each render waited 50 ms for scripts: see below).
    this.timeout(60000);
    const failures: string[] = [];
    /** Renders the refused fields' feed part with each holding the payload; returns the fields some element did not name. */
    const check = async (name: string, group: Case[], report: boolean): Promise<Case[]> => {
      const feed = feeds[group[0]!.feed] as Record<string, Json>;
      const plan = withValues(
        planPart(feed, String(group[0]!.path[0]), required),
        group.map((item) => ({ path: item.path, value: PAYLOADS[name]!(item.tag) })),
      );
      // Not settled: an error shows no markup (checked here, at once), and whatever a payload scheduled still
      // sets window.__pwned, with its field's tag, for the one look after every render (below).
      await show(plan, { settled: false });
      const unnamed = new Set<Case>();
      for (const element of elements) {
        for (const node of deepQuery(element.shadowRoot!, 'img, script, iframe, object, embed, [onerror], [onload]'))
          failures.push(`${group.map((item) => item.field.pattern).join(', ')} = ${name}: ${element.localName} has <${node.localName}>`);
        const where = (item: Case) => `${item.field.pattern} = ${name}: ${element.localName}`;
        const state = stateOf(element);
        const text = state === 'error' ? errorText(element) : '';
        for (const item of group) {
          if (state !== 'error') unnamed.add(item);
          else if (!text.includes(`${pointer(item.path)}:`)) unnamed.add(item);
          if (report && state !== 'error') failures.push(`${where(item)} is not in its error state`);
          else if (report && !text.includes(`${pointer(item.path)}:`)) failures.push(`${where(item)} does not name ${pointer(item.path)}`);
        }
        if (!visible(element.querySelector('.fallback'))) failures.push(`${group.map(where).join(', ')} hides its fallback`);
      }
      return [...unnamed];
    };
    for (const name of ['javascript: link', 'data: link']) {
      // Refused fields, by feed and part, a few at a time (as many as an error lists); any a batch leaves unnamed
      // (one field's problem hiding another's) is tried alone.
      const groups = new Map<string, Case[]>();
      for (const item of covered()) {
        if (accepts(item, name)) continue; // a text field: the tests above
        const key = `${item.feed} ${String(item.path[0])}`;
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      for (const group of groups.values())
        for (let start = 0; start < group.length; start += LISTED_ISSUES) {
          const unnamed = await check(name, group.slice(start, start + LISTED_ISSUES), false);
          for (const item of unnamed) await check(name, [item], true);
        }
    }
    await settle();
    const ran = pwned();
    if (ran) failures.push(`${cases.find((item) => item.tag === ran)?.field.pattern ?? ran}: script ran`);
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
