// The elements used from Vue 3 as docs/frameworks.md shows: templates with `isCustomElement`, `:plan` bound as a
// DOM property (Vue sets a property when the element has one), plain attributes, `@pcp-…` listeners, reactivity.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createApp, nextTick, ref, toRaw, type App } from 'vue';
import '../src/objectives/define.js';
import '../src/plan-summary/define.js';
import { clearPlanCache } from '../src/loader/index.js';
import type { ObjectivesLayout, PcpObjectives } from '../src/objectives/pcp-objectives.js';
import type { PcpPlan } from '../src/plan/pcp-plan.js';
import type { PcpPlanSummary } from '../src/plan-summary/pcp-plan-summary.js';
import type { Plan } from '../src/schema/plan.js';
import { hits, uniqueFeedUrl } from './fixtures/plans.js';
import { $, $$, loadFeed, text } from './helpers/dom.js';

const titles = (element: Element) => $$(element, '.title-text').map(text);

describe('Vue 3', () => {
  let cumbria: Plan;
  let cleveland: Plan;
  let container: HTMLDivElement;
  let app: App | undefined;
  let warnings: string[];
  const original = { warn: console.warn, error: console.error };

  before(async () => {
    [cumbria, cleveland] = await Promise.all([loadFeed('cumbria-2021-2025'), loadFeed('cleveland-2020-21-update')]);
  });

  beforeEach(() => {
    // Vue reports problems ("Failed to resolve component: pcp-objectives") with console.warn: none is expected.
    warnings = [];
    console.warn = console.error = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app?.unmount();
    app = undefined;
    container.remove();
    Object.assign(console, original);
    clearPlanCache();
    expect(warnings.join('\n')).to.equal('');
  });

  /** Mounts a template as an app would, with pcp-* tags left to the browser. */
  function mount(template: string, setup: () => Record<string, unknown>) {
    app = createApp({ template, setup });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('pcp-');
    app.mount(container);
  }

  async function settled<T extends Element & { updateComplete: Promise<boolean> }>(selector: string): Promise<T> {
    await nextTick();
    const element = container.querySelector<T>(selector)!;
    await element.updateComplete;
    return element;
  }

  it('binds :plan as a property, heading-level as an attribute, calls @pcp-load; shows the objectives', async () => {
    const loads: string[] = [];
    mount(
      `<pcp-objectives :plan="plan" layout="accordion" heading-level="3" @pcp-load="onLoad"></pcp-objectives>`,
      () => ({
        plan: ref(cumbria),
        onLoad: (event: HTMLElementEventMap['pcp-load']) => loads.push(event.detail.source),
      }),
    );
    const element = await settled<PcpObjectives>('pcp-objectives');
    expect(toRaw(element.plan)).to.equal(cumbria); // Vue passes its reactive proxy of the plan
    expect(element.hasAttribute('plan')).to.equal(false);
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(loads).to.deep.equal(['property']);
    expect(titles(element)).to.deep.equal(cumbria.objectives.map((objective) => objective.title));
    const toggles = $$(element, '[part="toggle"]');
    expect(toggles).to.have.length(7);
    expect(toggles[0]!.parentElement!.localName).to.equal('h3');
  });

  it('calls @pcp-select with the objective a reader opens by keyboard or click; the template shows it', async () => {
    mount(
      `<pcp-objectives :plan="plan" layout="accordion" @pcp-select="chosen = $event.detail.objectiveId">
       </pcp-objectives>
       <p id="chosen">{{ chosen ?? 'none' }}</p>`,
      () => ({ plan: ref(cumbria), chosen: ref<string | undefined>() }),
    );
    const element = await settled<PcpObjectives>('pcp-objectives');
    const chosen = () => text(container.querySelector('#chosen')!);
    expect(chosen()).to.equal('none');
    const toggles = $$(element, '[part="toggle"]');
    toggles[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chosen() === cumbria.objectives[1]!.id, `Vue shows "${chosen()}" after Enter`);
    expect(toggles[1]!.getAttribute('aria-expanded')).to.equal('true');
    toggles[4]!.click();
    await nextTick();
    expect(chosen()).to.equal(cumbria.objectives[4]!.id);
  });

  it('updates the element when the plan or layout changes', async () => {
    const plan = ref(cumbria);
    const layout = ref<ObjectivesLayout>('accordion');
    mount(`<pcp-objectives :plan="plan" :layout="layout"></pcp-objectives>`, () => ({ plan, layout }));
    const element = await settled<PcpObjectives>('pcp-objectives');
    expect($$(element, '[part="toggle"]')).to.have.length(7);

    plan.value = cleveland;
    const updated = await settled<PcpObjectives>('pcp-objectives');
    expect(updated).to.equal(element); // the same element, updated
    expect(titles(element)).to.deep.equal(cleveland.objectives.map((objective) => objective.title));
    expect($$(element, '[part="toggle"]')).to.have.length(5);

    layout.value = 'grid';
    await settled('pcp-objectives');
    expect(element.getAttribute('layout')).to.equal('grid');
    expect($$(element, '[part="toggle"]')).to.have.length(0);
    expect($$(element, '[part="card"]')).to.have.length(5);
  });

  it('<pcp-plan :src> loads one feed for the elements inside and its @pcp-load reaches Vue', async () => {
    const url = uniqueFeedUrl('cumbria-2021-2025');
    const loaded = ref(false);
    mount(
      `<pcp-plan :src="url" @pcp-load="loaded = true">
         <pcp-plan-summary heading-level="2"></pcp-plan-summary>
         <pcp-objectives layout="list" heading-level="3"></pcp-objectives>
       </pcp-plan>
       <p v-if="loaded" id="status">Plan loaded</p>`,
      () => ({ url, loaded }),
    );
    await waitUntil(() => container.querySelector('#status'), 'no pcp-load reached Vue', { timeout: 5000 });
    const provider = container.querySelector<PcpPlan>('pcp-plan')!;
    const summary = await settled<PcpPlanSummary>('pcp-plan-summary');
    const objectives = await settled<PcpObjectives>('pcp-objectives');
    expect(provider.src).to.equal(url);
    expect(text($(summary, '[part="title"]'))).to.equal(cumbria.title);
    expect(text(summary.shadowRoot!)).to.contain('7 objectives');
    expect(titles(objectives)).to.deep.equal(cumbria.objectives.map((objective) => objective.title));
    expect(await hits(url)).to.equal(1);
  });

  it('calls @pcp-error when the feed cannot be loaded, and the page keeps its fallback link', async () => {
    const failure = ref('');
    mount(
      `<pcp-objectives src="/__test__/status?code=404" @pcp-error="failure = $event.detail.kind">
         <a href="/plan.pdf">Read the plan (PDF)</a>
       </pcp-objectives>
       <p id="failure">{{ failure }}</p>`,
      () => ({ failure }),
    );
    const failed = () => text(container.querySelector('#failure')!);
    await waitUntil(() => failed() !== '', 'no pcp-error reached Vue', { timeout: 5000 });
    expect(failed()).to.equal('http');
    const element = await settled<PcpObjectives>('pcp-objectives');
    expect(text($(element, '[role="alert"]'))).to.contain('This plan could not be shown');
    expect(element.querySelector('a')!.checkVisibility()).to.equal(true);
  });

  it('removes the element when the app unmounts, without warnings or errors', async () => {
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener('error', onError);
    try {
      mount(`<pcp-objectives :plan="plan" layout="accordion"></pcp-objectives>`, () => ({ plan: ref(cumbria) }));
      const element = await settled<PcpObjectives>('pcp-objectives');
      expect($$(element, '[part="card"]')).to.have.length(7);
      app!.unmount();
      app = undefined;
      expect(element.isConnected).to.equal(false);
      expect(container.childElementCount).to.equal(0);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
