import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../pcp-elements.js';
import { clearPlanCache } from '../loader/index.js';
import type { PcpPlan } from './pcp-plan.js';
import type { PcpPlanSummary } from '../plan-summary/pcp-plan-summary.js';
import { hits, minimalPlan, uniqueFeedUrl } from '../../test/fixtures/plans.js';

function shadowText(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function ready(element: PcpPlan | PcpPlanSummary) {
  await waitUntil(() => element.loadedPlan !== undefined || shadowText(element).includes('could not be shown'), 'plan did not settle', {
    timeout: 5000,
  });
  await element.updateComplete;
}

describe('<pcp-plan>', () => {
  afterEach(() => clearPlanCache());

  it('shares one fetched feed with every element inside it', async () => {
    const url = uniqueFeedUrl('cleveland-2020-21-update');
    const loaded = oneEvent(document, 'pcp-load');
    const plan = await fixture<PcpPlan>(html`
      <pcp-plan src=${url}>
        <pcp-plan-summary></pcp-plan-summary>
        <section><pcp-plan-summary heading-level="3"></pcp-plan-summary></section>
      </pcp-plan>
    `);
    const event = await loaded;
    expect(event.target).to.equal(plan);
    expect(event.detail.plan.objectives).to.have.length(5);
    expect(event.detail.source).to.contain('/__test__/feed');
    const summaries = [...plan.querySelectorAll('pcp-plan-summary')];
    await Promise.all(summaries.map((summary) => summary.updateComplete));
    for (const summary of summaries) {
      expect(shadowText(summary)).to.contain('Police and Crime Plan Update 2020-2021').and.contain('5 objectives');
    }
    expect(summaries[1]!.shadowRoot!.querySelector('h3')).to.exist;
    expect(plan.getAttribute('state')).to.equal('ready');
    expect(await hits(url)).to.equal(1);
  });

  it('makes one request for several providers and elements on one URL', async () => {
    const url = uniqueFeedUrl();
    const wrapper = await fixture(html`<div>
      <pcp-plan src=${url}><pcp-plan-summary></pcp-plan-summary></pcp-plan>
      <pcp-plan src=${url}><pcp-plan-summary></pcp-plan-summary></pcp-plan>
      <pcp-plan-summary src=${url}></pcp-plan-summary>
    </div>`);
    const elements = [...wrapper.querySelectorAll<PcpPlanSummary>('pcp-plan-summary')];
    await Promise.all(elements.map(ready));
    expect(await hits(url)).to.equal(1);
  });

  it('reads an inline <script type="application/json"> feed', async () => {
    const json = JSON.stringify(minimalPlan({ title: 'Inline plan' }));
    const plan = await fixture<PcpPlan>(`<pcp-plan><script type="application/json">${json}</script><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await ready(summary);
    expect(shadowText(summary)).to.contain('Inline plan').and.contain('3 objectives');
  });

  it('reads an inline feed written inside an HTML comment, as pcp render writes it', async () => {
    // `<` and `>` escaped as pcp render does, so feed text cannot end the comment or the script.
    const json = JSON.stringify(minimalPlan({ title: 'Commented <plan> --> here' })).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const plan = await fixture<PcpPlan>(`<pcp-plan><script type="application/json">\n  <!--${json}-->\n</script><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await ready(summary);
    expect(shadowText(summary)).to.contain('Commented <plan> --> here').and.contain('3 objectives');
    // Only a whole-script comment is unwrapped: a comment in front of JSON is not JSON.
    const element = await fixture<PcpPlanSummary>(`<pcp-plan-summary><script type="application/json"><!-- a note -->${json}</script></pcp-plan-summary>`);
    await ready(element);
    expect(shadowText(element)).to.contain('could not be shown');
  });

  it('takes a plan property set from JavaScript, and follows changes to it', async () => {
    const plan = await fixture<PcpPlan>(html`<pcp-plan .plan=${minimalPlan({ title: 'First' })}><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await ready(summary);
    expect(shadowText(summary)).to.contain('First');
    plan.plan = minimalPlan({ title: 'Second' });
    await plan.updateComplete;
    await summary.updateComplete;
    expect(shadowText(summary)).to.contain('Second');
  });

  it('shows a clear error with the JSON path, fires pcp-error and keeps the fallback content', async () => {
    const bad = minimalPlan();
    (bad.objectives[1] as { title: unknown }).title = 42;
    const plan = await fixture<PcpPlan>(html`<pcp-plan>
      <pcp-plan-summary><p id="inner-fallback">Summary unavailable</p></pcp-plan-summary>
      <a id="fallback" href="/plan.pdf">Read the plan (PDF)</a>
    </pcp-plan>`);
    setTimeout(() => {
      plan.plan = bad;
    });
    const event = await oneEvent(plan, 'pcp-error');
    expect(event.detail.kind).to.equal('schema');
    expect(event.detail.path).to.equal('/objectives/1/title');
    await plan.updateComplete;
    const alert = plan.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('This plan could not be shown').and.contain('/objectives/1/title: expected text but got 42');
    expect(plan.getAttribute('state')).to.equal('error');
    // The author's fallback stays visible; the inner element shows its own fallback without repeating the alert.
    const fallback = plan.querySelector<HTMLElement>('#fallback')!;
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(plan.querySelector<HTMLElement>('#inner-fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(plan).to.be.accessible();
  });

  it('shows content marked slot="fallback" only when the plan cannot be shown, its other content always', async () => {
    const url = uniqueFeedUrl('cleveland-2020-21-update');
    const loaded = await fixture<PcpPlan>(html`<pcp-plan src=${url}>
      <p id="intro">Our plan in brief:</p>
      <pcp-plan-summary><a id="summary-fallback" slot="fallback" href="/plan.pdf">Summary (PDF)</a></pcp-plan-summary>
      <a id="fallback" slot="fallback" href="/plan.pdf">Read the plan (PDF)</a>
    </pcp-plan>`);
    await ready(loaded.querySelector<PcpPlanSummary>('pcp-plan-summary')!);
    await loaded.updateComplete;
    const height = (selector: string, root: Element) => root.querySelector<HTMLElement>(selector)!.getBoundingClientRect().height;
    expect(height('#intro', loaded)).to.be.greaterThan(0);
    expect(height('#fallback', loaded), 'the PDF link goes once the plan is on screen').to.equal(0);
    expect(height('#summary-fallback', loaded)).to.equal(0);

    const failed = await fixture<PcpPlan>(html`<pcp-plan src="/__test__/status?code=404">
      <p id="intro">Our plan in brief:</p>
      <pcp-plan-summary><a id="summary-fallback" slot="fallback" href="/plan.pdf">Summary (PDF)</a></pcp-plan-summary>
      <a id="fallback" slot="fallback" href="/plan.pdf">Read the plan (PDF)</a>
    </pcp-plan>`);
    await waitUntil(() => failed.getAttribute('state') === 'error', 'the feed did not fail', { timeout: 5000 });
    await failed.querySelector<PcpPlanSummary>('pcp-plan-summary')!.updateComplete;
    expect(height('#intro', failed)).to.be.greaterThan(0);
    expect(height('#fallback', failed)).to.be.greaterThan(0);
    expect(height('#summary-fallback', failed)).to.be.greaterThan(0);

    // A single element shows a slot="fallback" child on error too (the same markup works in and out of <pcp-plan>).
    const alone = await fixture(html`<pcp-plan-summary src="/__test__/status?code=404"><a id="alone" slot="fallback" href="/plan.pdf">PDF</a></pcp-plan-summary>`);
    await waitUntil(() => alone.shadowRoot?.querySelector('[role="alert"]'), 'no error shown', { timeout: 5000 });
    expect(height('#alone', alone.parentElement!)).to.be.greaterThan(0);
  });

  it('reports a feed that is not JSON with its line and column', async () => {
    const plan = await fixture<PcpPlan>(`<pcp-plan><script type="application/json">{"title": "A",\n "area": }</script></pcp-plan>`);
    // (Not in the first update: the scanner that finds the line and column loads when JSON.parse fails.)
    await ready(plan);
    const text = shadowText(plan);
    expect(text).to.contain('not valid JSON').and.contain('line 2, column 10: expected a value but found "}"');
  });

  it('fires one pcp-error for inline JSON that does not parse, with the line and column, or none when fixed first', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: CustomEvent[] = [];
    wrapper.addEventListener('pcp-error', (event) => errors.push(event as CustomEvent));
    const broken = document.createElement('pcp-plan');
    broken.innerHTML = '<script type="application/json">{"title": "A",\n "area": }</script>';
    wrapper.append(broken);
    await ready(broken);
    expect(errors.map((event) => [event.detail.kind, event.detail.source, event.detail.issues[0].message])).to.deep.equal([
      ['not-json', 'inline', 'line 2, column 10: expected a value but found "}"'],
    ]);
    // Mended while the error is being worked out: the feed shows, and no error is fired.
    errors.length = 0;
    const mended = document.createElement('pcp-plan');
    mended.innerHTML = '<script type="application/json">{"title": </script>';
    wrapper.append(mended);
    mended.querySelector('script')!.textContent = JSON.stringify(minimalPlan({ title: 'Mended' }));
    await ready(mended);
    await aTimeout(50);
    expect(mended.loadedPlan?.title).to.equal('Mended');
    expect(errors).to.deep.equal([]);
  });

  it('reports a 404 and recovers when src changes', async () => {
    const failed = oneEvent(document, 'pcp-error');
    const plan = await fixture<PcpPlan>(html`<pcp-plan src="/demo/feeds/missing.json"><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
    const error = await failed;
    expect(error.detail.kind).to.equal('http');
    await plan.updateComplete;
    expect(shadowText(plan)).to.contain('404');
    const loaded = oneEvent(plan, 'pcp-load');
    plan.src = uniqueFeedUrl('west-cumbria-csp-2012-13');
    await loaded;
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await summary.updateComplete;
    expect(shadowText(summary)).to.contain('West Cumbria Community Safety Partnership Plan 2012/13');
  });

  it('offers "Try again" when the feed could not be fetched, and fetches afresh', async () => {
    const url = `/__test__/status?code=503&r=${Date.now()}`;
    const failed = oneEvent(document, 'pcp-error');
    const plan = await fixture<PcpPlan>(html`<pcp-plan src=${url}><a href="/plan.pdf">The plan (PDF)</a></pcp-plan>`);
    await failed;
    await plan.updateComplete;
    const retry = plan.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry.textContent).to.equal('Try again');
    expect(await hits(url)).to.equal(1);
    const failedAgain = oneEvent(plan, 'pcp-error');
    retry.click();
    await failedAgain;
    expect(await hits(url)).to.equal(2);
    await expect(plan).to.be.accessible();
  });

  it('does not offer "Try again" for a feed that is broken', async () => {
    const plan = await fixture<PcpPlan>(`<pcp-plan><script type="application/json">{"title": </script></pcp-plan>`);
    await ready(plan);
    expect(plan.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(plan.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
  });

  it('shows a loading state while the feed is on its way, then the content', async () => {
    const failed = oneEvent(document, 'pcp-error');
    const plan = await fixture<PcpPlan>(html`<pcp-plan src="/__test__/slow?ms=300&k=${Date.now()}"><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await summary.updateComplete;
    expect(plan.getAttribute('state')).to.equal('loading');
    expect(summary.hasAttribute('aria-busy')).to.equal(true);
    expect(summary.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading the plan');
    // "{}" arrives: not a plan, so the provider reports a schema error at the root.
    const error = await failed;
    expect(error.detail.issues.map((issue: { path: string }) => issue.path)).to.include('/title');
  });

  it('times out as the timeout attribute says', async () => {
    const failed = oneEvent(document, 'pcp-error');
    await fixture<PcpPlan>(html`<pcp-plan timeout="100" src="/__test__/slow?ms=2000&k=${Date.now()}"></pcp-plan>`);
    const error = await failed;
    expect(error.detail.kind).to.equal('timeout');
  });

  it('tells the author when an element has no source and no provider', async () => {
    const summary = await fixture<PcpPlanSummary>(html`<pcp-plan-summary><p>Fallback</p></pcp-plan-summary>`);
    await summary.updateComplete;
    expect(shadowText(summary)).to.contain('<pcp-plan-summary> has no plan').and.contain('put it inside <pcp-plan>');
  });

  it('shows an error for a src that is not a URL, without throwing into the page', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    try {
      const failed = oneEvent(document, 'pcp-error');
      const plan = await fixture<PcpPlan>(html`<pcp-plan src="http://["></pcp-plan>`);
      expect((await failed).detail.kind).to.equal('network');
      await plan.updateComplete;
      expect(shadowText(plan)).to.contain('is not a valid URL');
      expect(plan.getAttribute('state')).to.equal('error');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('keeps its plan when moved within the page: no second request, no second pcp-load', async () => {
    const url = uniqueFeedUrl();
    let loads = 0;
    const count = (event: Event) => {
      if ((event as CustomEvent).detail.source.includes(url)) loads += 1;
    };
    document.addEventListener('pcp-load', count);
    const wrapper = await fixture(html`<div><section></section><pcp-plan src=${url}><pcp-plan-summary></pcp-plan-summary></pcp-plan></div>`);
    const plan = wrapper.querySelector('pcp-plan')!;
    wrapper.querySelector('section')!.append(plan); // moved while loading
    await waitUntil(() => plan.loadedPlan !== undefined);
    wrapper.append(plan); // moved again once loaded
    await aTimeout(50);
    document.removeEventListener('pcp-load', count);
    expect(loads).to.equal(1);
    expect(await hits(url)).to.equal(1);
    const summary = plan.querySelector('pcp-plan-summary')!;
    await summary.updateComplete;
    expect(shadowText(summary)).to.contain('7 objectives');
  });

  it('forgets the provider it was moved out of', async () => {
    const wrapper = await fixture(html`<div><pcp-plan .plan=${minimalPlan()}><pcp-plan-summary></pcp-plan-summary></pcp-plan></div>`);
    const summary = wrapper.querySelector('pcp-plan-summary')!;
    await ready(summary);
    const failed = oneEvent(summary, 'pcp-error');
    wrapper.append(summary);
    expect((await failed).detail.kind).to.equal('no-source');
    await summary.updateComplete;
    expect(shadowText(summary)).to.contain('has no plan');
  });

  it('aborts its download when removed from the page', async () => {
    const url = `/__test__/slow?ms=500&k=${Date.now()}`;
    let aborted = false;
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      init?.signal?.addEventListener('abort', () => {
        aborted = true;
      });
      return realFetch(input, init);
    };
    try {
      const plan = await fixture<PcpPlan>(html`<pcp-plan src=${url}></pcp-plan>`);
      await aTimeout(50);
      plan.remove();
      await waitUntil(() => aborted, 'the request was not aborted');
    } finally {
      window.fetch = realFetch;
    }
  });
});
