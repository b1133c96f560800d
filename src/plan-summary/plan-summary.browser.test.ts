import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { PcpPlanSummary } from './pcp-plan-summary.js';
import { minimalPlan } from '../../test/fixtures/plans.js';

function facts(element: PcpPlanSummary): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const term of element.shadowRoot!.querySelectorAll('dt')) {
    entries[term.textContent!.trim()] = term.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim();
  }
  return entries;
}

describe('<pcp-plan-summary>', () => {
  it('shows the title as a heading, the strapline and the plan facts', async () => {
    const element = await fixture<PcpPlanSummary>(
      html`<pcp-plan-summary .plan=${minimalPlan({ strapline: 'Safer together', status: 'draft' })}></pcp-plan-summary>`,
    );
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Test Police and Crime Plan');
    expect(element.shadowRoot!.querySelector('[part="strapline"]')!.textContent).to.equal('Safer together');
    expect(facts(element)).to.deep.equal({
      'Published by': 'Testshire Police and Crime Commissioner',
      Area: 'Testshire',
      Period: '2024-2028',
      Status: 'Draft',
      Objectives: '3 objectives',
    });
    await expect(element).to.be.accessible();
  });

  it('uses the heading level the host page sets, and an ARIA heading past h6', async () => {
    const element = await fixture<PcpPlanSummary>(html`<pcp-plan-summary heading-level="4" .plan=${minimalPlan()}></pcp-plan-summary>`);
    expect(element.shadowRoot!.querySelector('h4')).to.exist;
    element.headingLevel = 9;
    await element.updateComplete;
    const title = element.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('9');
    // Nonsense falls back to the default, h2.
    element.headingLevel = 0;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('h2')).to.exist;
  });

  it('writes one objective in the singular and the period from its dates when there is no label', async () => {
    const plan = minimalPlan({ period: { start: '2024', end: '2027' } });
    plan.objectives = plan.objectives.slice(0, 1);
    const element = await fixture<PcpPlanSummary>(html`<pcp-plan-summary .plan=${plan}></pcp-plan-summary>`);
    expect(facts(element)['Objectives']).to.equal('1 objective');
    expect(facts(element)['Period']).to.equal('2024 to 2027');
  });

  it('shows feed text as text, never as HTML', async () => {
    const element = await fixture<PcpPlanSummary>(
      html`<pcp-plan-summary .plan=${minimalPlan({ title: '<img src=x onerror="window.__pwned=1">Plan' })}></pcp-plan-summary>`,
    );
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.contain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fits a 320px column with a very long title and area, without horizontal overflow', async () => {
    const long = 'Partnership'.repeat(12);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <pcp-plan-summary .plan=${minimalPlan({ title: `The ${long} Plan`, area: long })}></pcp-plan-summary>
    </div>`);
    const element = wrapper.querySelector('pcp-plan-summary')!;
    await element.updateComplete;
    expect(element.scrollWidth).to.be.at.most(320);
    // In a narrow column each label sits above its value.
    const term = element.shadowRoot!.querySelector('dt')!.getBoundingClientRect();
    const value = element.shadowRoot!.querySelector('dd')!.getBoundingClientRect();
    expect(value.top).to.be.greaterThan(term.top);
  });

  it('shows its own load error with the JSON path, fires pcp-error, and keeps its fallback content', async () => {
    const bad = minimalPlan();
    (bad as { status: string }).status = 'final';
    const failed = oneEvent(document, 'pcp-error');
    const element = await fixture<PcpPlanSummary>(
      html`<pcp-plan-summary .plan=${bad}><a href="/plan.pdf">Read the plan (PDF)</a></pcp-plan-summary>`,
    );
    const event = await failed;
    expect(event.detail.path).to.equal('/status');
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/status: expected one of "draft", "consultation", "published", "superseded" but got "final"');
    const link = element.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    // The fallback link is still reachable with the keyboard.
    link.focus();
    expect(document.activeElement).to.equal(link);
    await expect(element).to.be.accessible();
  });

  it('hides fallback content once the plan renders', async () => {
    const element = await fixture<PcpPlanSummary>(html`<pcp-plan-summary .plan=${minimalPlan()}><p>Fallback</p></pcp-plan-summary>`);
    expect(element.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
  });
});

describe('loading without layout shift', () => {
  it('keeps the height a page reserves with --pcp-loading-height while the feed loads', async () => {
    const element = await fixture<PcpPlanSummary>(
      html`<pcp-plan-summary style="--pcp-loading-height: 12rem" src="/__test__/slow?ms=300&r=${Date.now()}"></pcp-plan-summary>`,
    );
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="loading"]')).to.exist;
    expect(element.getBoundingClientRect().height).to.be.closeTo(192, 2);
  });
});
