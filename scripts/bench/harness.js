// The in-page half of the Chromium bench (loaded by bench.html after dist/pcp-elements.js).
// window.pcpBench times one element from "plan in memory" to "rendered and laid out", and the same
// content as static HTML (the floor), alternating the two so drift affects both alike.
import { floorHtml, timeFloor } from './floor.js';
// The loader from the bundle itself (bench.html loads the same URL, so this is the same module).
import * as bundle from '/dist/api.js';
// The element classes, from the bundle bench.html loaded (the same URL, so the same classes).
import * as elementClasses from '/dist/pcp-elements.js';

const plans = new Map();
const stage = () => document.getElementById('stage');

/** Every pcp element under `node`, through shadow roots (node itself included). */
function pcpElements(node, found = []) {
  if (node.localName?.startsWith('pcp-')) found.push(node);
  for (const child of (node.shadowRoot ?? node).querySelectorAll('*')) {
    if (child.localName.startsWith('pcp-')) pcpElements(child, found);
  }
  return found;
}

/** Waits until neither the element nor any pcp element rendered inside it has an update pending. */
async function settle(element) {
  for (;;) {
    const pending = pcpElements(element).filter((each) => each.isUpdatePending || !each.hasUpdated);
    if (!pending.length) return;
    await Promise.all(pending.map((each) => each.updateComplete));
  }
}

// Lit update() time of every pcp element, so work an element does after its first frame (the wheel
// redraws once a ResizeObserver reports its box) can be added to its time without the idle wait.
let lateWork = 0;
let lateUpdates = 0;
let counting = false;
function countUpdates() {
  // Every element class the bundle exports (one per element in src/elements.ts), but the provider.
  for (const [name, element] of Object.entries(elementClasses)) {
    if (name === 'PcpPlan') continue;
    const proto = element.prototype;
    const update = proto.update;
    proto.update = function (changed) {
      const start = performance.now();
      update.call(this, changed);
      if (counting) {
        lateWork += performance.now() - start;
        lateUpdates += 1;
      }
    };
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** One run: a fresh element given the plan, until it and its nested elements are rendered and laid out. */
async function renderOnce(tag, attrs, plan) {
  stage().replaceChildren();
  const start = performance.now();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.plan = plan;
  stage().append(element);
  await settle(element);
  element.getBoundingClientRect();
  document.body.offsetHeight; // forced layout
  const firstPass = performance.now() - start;
  // Anything the element does on the next frame (ResizeObserver) is work too: add its update time
  // and the layout after it, not the wait for the frame.
  lateWork = 0;
  lateUpdates = 0;
  counting = true;
  await nextFrame();
  await settle(element);
  counting = false;
  const layoutStart = performance.now();
  document.body.offsetHeight;
  const late = lateUpdates ? lateWork + performance.now() - layoutStart : 0;
  return { ms: firstPass + late, late: lateUpdates, element };
}

function stateOf(element) {
  const root = element.shadowRoot;
  if (root.querySelector('[part~="error"]')) return `error: ${root.querySelector('[part~="error"]').textContent.trim().replace(/\s+/g, ' ')}`;
  if (root.querySelector('[part~="empty"]')) return 'empty';
  if (root.querySelector('[part~="loading"]')) return 'loading';
  return 'ok';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

window.pcpBench = {
  ready: Promise.all([customElements.whenDefined('pcp-plan-document'), customElements.whenDefined('pcp-priority-wheel')]).then(countUpdates),

  /**
   * Parses and validates a feed as the loader does after a download, and keeps the validated plan:
   * the timed runs start from it, as every element loading that URL does. (A plain parsed object
   * set as `plan` is validated by each element it is given to; the loader's plan is validated once.)
   * Returns the median parse + validate time, or undefined if the bundle does not export the loader.
   */
  setPlan(key, text, runs = 9) {
    if (typeof bundle.planFromText !== 'function') {
      plans.set(key, JSON.parse(text));
      return undefined;
    }
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      plans.set(key, bundle.planFromText(text));
      samples.push(performance.now() - start);
    }
    return median(samples);
  },

  /**
   * Times `tag` with `attrs` on plan `key`: warm-up runs (the first validates the plan, which is then
   * cached), then element and floor runs alternately until `maxRuns` pairs or `budgetMs` spent.
   */
  async measure({ key, tag, attrs = {}, maxRuns = 25, minRuns = 3, budgetMs = 1500 }) {
    let plan = plans.get(key);
    const first = await renderOnce(tag, attrs, plan);
    const state = stateOf(first.element);
    // The element's validated feed stands in for the loader's plan: an element given it does not validate
    // it again. Its feed in all its languages (`feed`, protected in TypeScript), not `loadedPlan`: that is
    // the plan in the page's language, for a feed with translated text a new object, which each element
    // given it validated again (the wheel on the bilingual feeds was timing validation).
    const validated = first.element.feed ?? first.element.loadedPlan;
    if (validated) plan = validated;
    if (state !== 'ok') return { state };
    const html = floorHtml(first.element);
    const elementHeight = first.element.getBoundingClientRect().height;
    const floorHeight = await timeFloor(stage(), html).then((run) => run.height);
    await renderOnce(tag, attrs, plan); // second warm-up: JIT, style caches
    const element = [];
    const floor = [];
    let late = 0;
    const begin = performance.now();
    while (element.length < maxRuns && (element.length < minRuns || performance.now() - begin < budgetMs)) {
      const run = await renderOnce(tag, attrs, plan);
      element.push(run.ms);
      late = Math.max(late, run.late);
      floor.push((await timeFloor(stage(), html)).ms);
    }
    // Each element run is paired with the floor run after it: other load on the machine hits both
    // of a pair alike, so the median of the pairs' ratios is steadier than a ratio of medians.
    const ratios = element.map((time, index) => time / Math.max(floor[index], 0.05));
    stage().replaceChildren();
    return {
      state,
      runs: element.length,
      elementMs: median(element),
      floorMs: median(floor),
      ratio: median(ratios),
      late,
      htmlBytes: new Blob([html]).size,
      elementHeight: Math.round(elementHeight),
      floorHeight: Math.round(floorHeight),
    };
  },
};
