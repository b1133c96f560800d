// The elements used from React 19 as docs/frameworks.md shows: React 19 sets a property when the element has
// one (`plan`), an attribute otherwise (`heading-level`), and listens to `on<event-name>` props as DOM events.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import '../src/objectives/define.js';
import '../src/plan-summary/define.js';
import type { PlanLoadDetail } from '../src/base/events.js';
import type { PlanSelectDetail } from '../src/base/selection-context.js';
import { clearPlanCache } from '../src/loader/index.js';
import type { PlanErrorDetail } from '../src/loader/plan-error.js';
import type { ObjectivesLayout, PcpObjectives } from '../src/objectives/pcp-objectives.js';
import type { PcpPlan } from '../src/plan/pcp-plan.js';
import type { Plan } from '../src/schema/plan.js';
import { hits, uniqueFeedUrl } from './fixtures/plans.js';
import { $, $$, loadFeed, text } from './helpers/dom.js';
// JSX types of the elements: ./helpers/react-elements.d.ts (tsconfig.json includes it).

// Tells React that `act` is used here, as React Testing Library does.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const titles = (element: Element) => $$(element, '.title-text').map(text);

describe('React 19', () => {
  let cumbria: Plan;
  let cleveland: Plan;
  let container: HTMLDivElement;
  let root: Root;
  let consoleErrors: unknown[][];
  const originalError = console.error;

  before(async () => {
    [cumbria, cleveland] = await Promise.all([loadFeed('cumbria-2021-2025'), loadFeed('cleveland-2020-21-update')]);
  });

  beforeEach(() => {
    // React reports misuse (an unknown prop, a bad child) with console.error: none is expected.
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
    console.error = originalError;
    clearPlanCache();
    expect(consoleErrors.map((args) => args.map(String).join(' ')).join('\n')).to.equal('');
  });

  async function render(node: ReactNode): Promise<void> {
    await act(async () => root.render(node));
  }

  const objectives = () => container.querySelector('pcp-objectives')!;

  it('passes the plan as a property and heading-level as an attribute, and shows the objectives', async () => {
    await render(<pcp-objectives plan={cumbria} layout="accordion" heading-level={3}></pcp-objectives>);
    const element = objectives();
    await element.updateComplete;
    expect(element.plan).to.equal(cumbria);
    expect(element.hasAttribute('plan')).to.equal(false); // not "[object Object]"
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.layout).to.equal('accordion');
    expect(titles(element)).to.deep.equal(cumbria.objectives.map((objective) => objective.title));
    const toggles = $$(element, '[part="toggle"]');
    expect(toggles).to.have.length(7);
    expect(toggles[0]!.parentElement!.localName).to.equal('h3');
    expect(toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('calls onpcp-load with the validated plan', async () => {
    const loads: PlanLoadDetail[] = [];
    await render(<pcp-objectives plan={cumbria} onpcp-load={(event) => loads.push(event.detail)}></pcp-objectives>);
    await waitUntil(() => loads.length > 0, 'no pcp-load reached React');
    expect(loads).to.have.length(1);
    expect(loads[0]!.source).to.equal('property');
    expect(loads[0]!.plan.objectives).to.have.length(7);
  });

  it('calls onpcp-error for a plan that is not valid, and the element shows the error and its fallback', async () => {
    const bad = structuredClone(cumbria) as unknown as { objectives: Array<{ title: unknown }> };
    bad.objectives[4]!.title = null;
    const errors: PlanErrorDetail[] = [];
    await render(
      <pcp-objectives plan={bad as Plan} onpcp-error={(event) => errors.push(event.detail)}>
        <a href="/plan.pdf">Read the plan (PDF)</a>
      </pcp-objectives>,
    );
    await waitUntil(() => errors.length > 0, 'no pcp-error reached React');
    expect(errors[0]!.kind).to.equal('schema');
    expect(errors[0]!.path).to.equal('/objectives/4/title');
    const element = objectives();
    await element.updateComplete;
    const alert = text($(element, '[role="alert"]'));
    expect(alert).to.contain('This plan could not be shown').and.contain('/objectives/4/title');
    expect(element.querySelector('a')!.checkVisibility()).to.equal(true);
  });

  /** A component that shows, in React, the objective the reader opened in the element. */
  function Chooser({ plan, layout }: { plan: Plan; layout: ObjectivesLayout }) {
    const [chosen, setChosen] = useState<string | undefined>();
    return (
      <>
        <pcp-objectives plan={plan} layout={layout} onpcp-select={(event) => setChosen(event.detail.objectiveId)} />
        <p id="chosen">{chosen ?? 'none'}</p>
      </>
    );
  }

  it('calls onpcp-select with the objective a reader opens by keyboard or click, and React shows it', async () => {
    await render(<Chooser plan={cumbria} layout="accordion" />);
    const element = objectives();
    await element.updateComplete;
    const chosen = () => text(container.querySelector('#chosen')!);
    expect(chosen()).to.equal('none');
    const toggles = $$(element, '[part="toggle"]');

    toggles[1]!.focus();
    await act(() => sendKeys({ press: 'Enter' }));
    expect(chosen()).to.equal(cumbria.objectives[1]!.id);
    expect(toggles[1]!.getAttribute('aria-expanded')).to.equal('true');

    await act(async () => toggles[3]!.click());
    expect(chosen()).to.equal(cumbria.objectives[3]!.id);
    expect(toggles[3]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('updates the element when React re-renders with another plan, layout or handler', async () => {
    const first: Array<string | undefined> = [];
    const second: Array<string | undefined> = [];
    const view = (plan: Plan, layout: ObjectivesLayout, seen: typeof first) => (
      <pcp-objectives
        plan={plan}
        layout={layout}
        onpcp-select={(event: CustomEvent<PlanSelectDetail>) => seen.push(event.detail.objectiveId)}
      />
    );
    await render(view(cumbria, 'accordion', first));
    const element = objectives();
    await element.updateComplete;
    expect($$(element, '[part="card"]')).to.have.length(7);

    await render(view(cleveland, 'accordion', second));
    await element.updateComplete;
    expect(objectives()).to.equal(element); // the same element, updated
    expect(titles(element)).to.deep.equal(cleveland.objectives.map((objective) => objective.title));
    $$(element, '[part="toggle"]')[0]!.click();
    expect(second).to.deep.equal([cleveland.objectives[0]!.id]);
    expect(first).to.deep.equal([]); // React removed the old listener

    await render(view(cleveland, 'grid', second));
    await element.updateComplete;
    expect(element.getAttribute('layout')).to.equal('grid');
    expect($$(element, '[part="toggle"]')).to.have.length(0);
    expect($$(element, '[part="card"]')).to.have.length(5);
  });

  it('removes the element on unmount without errors, also while its feed is still loading', async () => {
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);
    window.addEventListener('error', onError);
    const failures: PlanErrorDetail[] = [];
    try {
      await render(<pcp-objectives plan={cumbria} layout="accordion" />);
      const element = objectives();
      await element.updateComplete;
      expect($$(element, '[part="card"]')).to.have.length(7);
      await act(async () => root.unmount());
      expect(element.isConnected).to.equal(false);
      expect(container.childElementCount).to.equal(0);

      // A reader leaves the view before a slow feed arrives: the download is dropped, not reported as an error.
      root = createRoot(container);
      const slow = `/__test__/slow?ms=1000&n=${Date.now()}`;
      await render(<pcp-objectives src={slow} onpcp-error={(event) => failures.push(event.detail)} />);
      const loading = objectives();
      await waitUntil(() => loading.shadowRoot?.querySelector('[part="loading"]'), 'no loading message');
      // Unmounted once the request has reached the server (which holds it for a second): on a busy machine an
      // unmount right away could abort it before it was sent, and there would be no download left to drop.
      await waitUntil(async () => (await hits(slow)) > 0, 'the feed was never requested');
      await act(async () => root.unmount());
      expect(container.childElementCount).to.equal(0);
      // Had the element kept its request, its answer ('{}', not a plan) would be in by the time this later one is.
      await (await fetch(slow)).text();
      await new Promise((resolve) => setTimeout(resolve));
      expect(failures).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      root = createRoot(container); // for afterEach's unmount
    }
  });

  it('<pcp-plan src> in React: one feed for the elements inside, a shared selection, no axe violations', async () => {
    const url = uniqueFeedUrl('cumbria-2021-2025');
    const loads: string[] = [];
    const selected: Array<string | undefined> = [];
    await render(
      <pcp-plan
        src={url}
        onpcp-load={(event) => loads.push(event.detail.source)}
        onpcp-select={(event) => selected.push(event.detail.objectiveId)}
      >
        <pcp-plan-summary heading-level={2}></pcp-plan-summary>
        <pcp-objectives layout="accordion" heading-level={3}></pcp-objectives>
        <pcp-objectives layout="list" heading-level={3}></pcp-objectives>
      </pcp-plan>,
    );
    const provider = container.querySelector<PcpPlan>('pcp-plan')!;
    const summary = container.querySelector('pcp-plan-summary')!;
    const [accordion, list] = [...container.querySelectorAll('pcp-objectives')] as [PcpObjectives, PcpObjectives];
    await waitUntil(() => loads.length > 0, 'no pcp-load from <pcp-plan> reached React', { timeout: 5000 });
    await Promise.all([summary.updateComplete, accordion.updateComplete, list.updateComplete]);
    expect(loads).to.deep.equal([url]);
    expect(await hits(url)).to.equal(1);
    expect(text($(summary, '[part="title"]'))).to.equal(cumbria.title);
    expect(text(summary.shadowRoot!)).to.contain('7 objectives');
    expect(titles(accordion)).to.deep.equal(cumbria.objectives.map((objective) => objective.title));
    expect(titles(list)).to.deep.equal(titles(accordion));

    $$(accordion, '[part="toggle"]')[2]!.click(); // bubbles to the provider's React handler
    await provider.updateComplete;
    await list.updateComplete;
    expect(selected).to.deep.equal([cumbria.objectives[2]!.id]);
    expect(provider.getAttribute('selected')).to.equal(cumbria.objectives[2]!.id);
    expect($$(list, '[part="card"]')[2]!.getAttribute('aria-current')).to.equal('true');
    await expect(container).to.be.accessible();
  });
});
