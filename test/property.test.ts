// Property-based tests (fast-check, fixed seeds so a failure replays; fast-check prints the seed and
// the shrunk counterexample): the loader never throws anything but a PlanError whose paths exist in
// the input, and every element renders any valid plan and shows a clear error for a broken one.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/pcp-elements.js';
import { planFromText, validatePlan } from '../src/loader/index.js';
import { PlanError } from '../src/loader/plan-error.js';
import { SAMPLE_FEEDS } from './fixtures/plans.js';
import { invalidPlan, validPlan } from './fixtures/plan-arbitraries.js';
import { loadFeed } from './helpers/dom.js';
import { ALL_ELEMENTS, errorText, recordErrors, stateOf, uncaughtDuring, visible } from './helpers/elements.js';

const SEED = 20261123;
// Every run is made, whatever the machine's speed (a fixed number, from a fixed seed). Shrinking a failing element
// run would re-render many times, past the file's time limit: `endOnFailure` reports the first failing plan as it is.

type Json = unknown;

/** The value at a JSON Pointer, or `missing`. */
const missing = Symbol('missing');
function at(value: Json, pointer: string): Json | typeof missing {
  if (pointer === '') return value;
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return missing;
    node = (node as Record<string, Json>)[key];
  }
  return node;
}

/**
 * Runs a loader call on `input`: it returns a plan, or throws a PlanError whose every issue names a
 * path in the input (a missing field names where it should be, so its parent exists).
 */
function checkLoader(input: Json, call: () => unknown): void {
  let error: unknown;
  try {
    call();
    return;
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof PlanError)) throw new Error(`threw ${String(error)} instead of a PlanError`);
  expect(error.message).to.be.a('string').and.not.equal('');
  for (const issue of error.issues) {
    const parent = issue.path.slice(0, issue.path.lastIndexOf('/'));
    const exists =
      at(input, issue.path) !== missing || (issue.message === 'is required' && at(input, parent) !== missing);
    if (!exists) throw new Error(`issue path ${JSON.stringify(issue.path)} (${issue.message}) is not in the input`);
  }
}

/** Every path in a JSON value, as key lists. */
function paths(value: Json, base: Array<string | number> = [], found: Array<Array<string | number>> = []) {
  found.push(base);
  // Deep chains (added by an earlier mutation) are not walked to the bottom: their top is enough to pick from.
  if (base.length > 30) return found;
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...base, index], found));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths(item, [...base, key], found);
  return found;
}

function deeplyNested(depth: number, asObject: boolean): Json {
  let value: Json = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asObject ? { actions: value } : [value];
  return value;
}

/** Values a broken feed may hold where anything else was expected. */
const strangeValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER * 1024,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    'NaN',
    'Infinity',
    '1e400',
    '',
    ' ',
    '\u0000',
    '-0',
  ),
  fc.integer({ min: 200, max: 3000 }).chain((depth) => fc.boolean().map((asObject) => deeplyNested(depth, asObject))),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 5000 }),
);

const mutation = fc.record({ kind: fc.constantFrom('delete', 'replace'), pick: fc.nat(), value: strangeValue });

function mutate(feed: Json, mutations: Array<{ kind: string; pick: number; value: Json }>): Json {
  let copy = structuredClone(feed);
  for (const { kind, pick, value } of mutations) {
    const all = paths(copy);
    const path = all[pick % all.length]!;
    if (path.length === 0) {
      if (kind === 'replace') copy = value;
      continue;
    }
    const parent = at(
      copy,
      path
        .slice(0, -1)
        .map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`)
        .join(''),
    ) as Record<string | number, Json>;
    const last = path.at(-1)!;
    if (kind === 'replace') parent[last] = value;
    else if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  }
  return copy;
}

describe('property: the loader', () => {
  const feeds: Json[] = [];
  before(async () => {
    for (const name of SAMPLE_FEEDS) feeds.push(await loadFeed(name));
  });

  it('validatePlan never throws anything but a PlanError with paths in the input, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkLoader(value, () => validatePlan(value))),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
  });

  it('planFromText never throws anything but a PlanError, for any text and any JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        let parsed: Json = missing;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: only the whole feed ("") can be named
        }
        checkLoader(parsed === missing ? '' : parsed, () => planFromText(text, 'inline'));
      }),
      { seed: SEED, numRuns: 300, includeErrorInReport: true },
    );
  });

  it('mutated sample feeds (deleted and replaced parts, wrong types, huge numbers, NaN-like text, deep nesting) are judged, never crash', function () {
    this.timeout(60000);
    fc.assert(
      fc.property(
        fc.nat({ max: SAMPLE_FEEDS.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (which, mutations, cut) => {
          const broken = mutate(feeds[which], mutations);
          checkLoader(broken, () => validatePlan(broken, 'property'));
          // The same feed as text, whole and cut short somewhere, goes through the parser too.
          const text = JSON.stringify(broken) ?? '';
          checkLoader(JSON.parse(text === '' ? 'null' : text), () => planFromText(text, 'inline'));
          checkLoader('', () => planFromText(text.slice(0, Math.floor(text.length * cut)), 'inline'));
        },
      ),
      { seed: SEED, numRuns: 150, includeErrorInReport: true },
    );
  });
});

describe('property: every element', () => {
  /** Every element side by side, each with fallback content; `pcp-plan` provides to an objectives list. */
  async function everyElement(): Promise<HTMLElement[]> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    for (const tag of ALL_ELEMENTS) {
      const element = document.createElement(tag);
      element.innerHTML =
        tag === 'pcp-plan'
          ? '<pcp-objectives></pcp-objectives><p class="fallback">The plan (PDF)</p>'
          : '<p class="fallback">The plan (PDF)</p>';
      wrapper.append(element);
    }
    return [...wrapper.children] as HTMLElement[];
  }

  async function show(elements: HTMLElement[], plan: unknown): Promise<void> {
    for (const element of elements) (element as HTMLElement & { plan: unknown }).plan = plan;
    const all = [
      ...elements,
      ...elements.flatMap((element) =>
        [...element.querySelectorAll<HTMLElement>('*')].filter((child) => child.localName.startsWith('pcp-')),
      ),
    ];
    const settled = () =>
      Promise.all(all.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await settled();
    // A format-1 plan waits for the upgrade module (loaded once, on demand): let it arrive, then settle again.
    if (all.some((element) => stateOf(element) === 'loading')) {
      await import('../src/loader/migrate.js');
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settled();
    }
  }

  it('renders any valid plan without an error and without an uncaught exception', async function () {
    this.timeout(120000);
    const elements = await everyElement();
    const inner = elements[0]!.querySelector('pcp-objectives')!;
    await fc.assert(
      fc.asyncProperty(validPlan, async (plan) => {
        // The generator must make plans the validator accepts; if not, the arbitrary is wrong.
        expect(() => validatePlan(plan), 'generated plan is valid').not.to.throw();
        const uncaught = await uncaughtDuring(() => show(elements, plan));
        expect(uncaught).to.deep.equal([]);
        for (const element of [...elements, inner]) {
          expect(stateOf(element), `${element.localName}: ${errorText(element)}`).to.equal('ready');
          if (element.localName !== 'pcp-plan')
            expect(visible(element.querySelector('.fallback')), `${element.localName} hides its fallback`).to.equal(
              false,
            );
        }
      }),
      { seed: SEED, numRuns: 40, includeErrorInReport: true, endOnFailure: true },
    );
  });

  it('shows an error naming the path for a broken plan, fires pcp-error and keeps the fallback content', async function () {
    this.timeout(120000);
    const elements = await everyElement();
    await fc.assert(
      fc.asyncProperty(invalidPlan, async ({ plan, path, breakage }) => {
        const errors = recordErrors();
        const uncaught = await uncaughtDuring(() => show(elements, plan));
        errors.stop();
        expect(uncaught).to.deep.equal([]);
        for (const element of elements) {
          const tag = `${element.localName} (${breakage})`;
          expect(stateOf(element), tag).to.equal('error');
          expect(errorText(element), tag).to.contain(`${path}:`);
          const fired = errors.events.get(element) ?? [];
          expect(fired.length, `${tag}: one pcp-error`).to.equal(1);
          expect(
            fired[0]!.detail.issues.map((issue: { path: string }) => issue.path),
            tag,
          ).to.include(path);
          expect(visible(element.querySelector('.fallback')), `${tag}: fallback shown`).to.equal(true);
        }
      }),
      { seed: SEED, numRuns: 30, includeErrorInReport: true, endOnFailure: true },
    );
  });
});
