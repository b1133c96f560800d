// A CMS page may load scripts in any order, so an element can upgrade before the <pcp-plan> around
// it. This file defines <pcp-plan> only mid-test (each test file runs in its own page).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { PcpPlanSummary } from '../src/plan-summary/pcp-plan-summary.js';
import { minimalPlan } from './fixtures/plans.js';

customElements.define('pcp-plan-summary', PcpPlanSummary);

describe('an element upgraded before its provider', () => {
  it('waits (loading, not an error) and connects when <pcp-plan> is defined', async () => {
    const json = JSON.stringify(minimalPlan({ title: 'Defined late' }));
    const wrapper = await fixture(
      `<div><pcp-plan><script type="application/json">${json}</script><pcp-plan-summary></pcp-plan-summary></pcp-plan></div>`,
    );
    const summary = wrapper.querySelector('pcp-plan-summary') as PcpPlanSummary;
    await summary.updateComplete;
    expect(customElements.get('pcp-plan')).to.equal(undefined);
    expect(summary.shadowRoot!.textContent).to.contain('Loading the plan');
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);

    await import('../src/plan/define.js');
    await waitUntil(() => summary.loadedPlan !== undefined, 'the summary never received the plan');
    await summary.updateComplete;
    expect(summary.shadowRoot!.textContent).to.contain('Defined late');
  });
});
