// A feed with fields the format does not have still renders (valibot drops them), but the page's author hears of
// it: one `pcp-warning` per load, naming each field's path and the field probably meant.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/pcp-elements.js';
import type { PlanWarningDetail } from '../src/base/events.js';
import type { PcpObjectives } from '../src/objectives/pcp-objectives.js';
import type { PcpPlan } from '../src/plan/pcp-plan.js';
import type { PcpPlanDocument } from '../src/plan-document/pcp-plan-document.js';
import { minimalPlan } from './fixtures/plans.js';
import { $$, text } from './helpers/dom.js';

const ACTIONZ = { path: '/objectives/0/actionz', message: 'unknown field; did you mean "actions"?' };

/** The minimal plan with its first objective's actions under a misspelt name, and a second unknown field. */
function misspelt(): Record<string, unknown> {
  const plan = minimalPlan() as unknown as { objectives: Array<Record<string, unknown>> } & Record<string, unknown>;
  plan.objectives[0]!['actionz'] = plan.objectives[0]!['actions'];
  delete plan.objectives[0]!['actions'];
  plan['colour'] = 'blue';
  return plan;
}

/** The unknown-field warnings that reach `document` while `run` runs. */
async function warningsDuring(run: () => Promise<void>): Promise<PlanWarningDetail[]> {
  const seen: PlanWarningDetail[] = [];
  const listener = (event: CustomEvent<PlanWarningDetail>) => {
    if (event.detail.message.startsWith('unknown field')) seen.push(event.detail);
  };
  document.addEventListener('pcp-warning', listener);
  try {
    await run();
    // Elements load the check after the plan is shown: let it arrive and run.
    await import('../src/loader/unknown-fields.js');
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    document.removeEventListener('pcp-warning', listener);
  }
  return seen;
}

describe('unknown fields in the browser', () => {
  it('an element given a feed with an unknown field fires pcp-warning naming its path', async () => {
    const element = await fixture<PcpObjectives>(html`<pcp-objectives layout="list"></pcp-objectives>`);
    const warned = oneEvent(element, 'pcp-warning');
    element.plan = misspelt();
    const { detail } = await warned;
    expect(detail.path).to.equal('/objectives/0/actionz');
    expect(detail.message).to.equal('unknown field; did you mean "actions"? (and 1 more unknown field: see issues)');
    expect(detail.issues).to.deep.equal([ACTIONZ, { path: '/colour', message: 'unknown field; it is not part of the plan format and is not shown' }]);
    // The plan still renders, without what the misspelt field held.
    await element.updateComplete;
    expect(text(element.shadowRoot!)).to.contain('Safer streets').and.not.contain('Patrol the town centre');
  });

  it('fires once per load, not per render, and not for a feed without unknown fields', async () => {
    const seen = await warningsDuring(async () => {
      const element = await fixture<PcpObjectives>(html`<pcp-objectives></pcp-objectives>`);
      element.plan = misspelt();
      await element.updateComplete;
      element.headingLevel = 3;
      element.setAttribute('lang', 'cy');
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      const clean = await fixture<PcpObjectives>(html`<pcp-objectives></pcp-objectives>`);
      clean.plan = minimalPlan();
      await clean.updateComplete;
    });
    expect(seen.map((detail) => detail.path)).to.deep.equal(['/objectives/0/actionz']);
  });

  it('reads an inline feed the same way', async () => {
    const feed = JSON.stringify(misspelt());
    const seen = await warningsDuring(async () => {
      const element = await fixture<PcpObjectives>(`<pcp-objectives><script type="application/json">${feed}</script></pcp-objectives>`);
      await element.updateComplete;
    });
    expect(seen).to.have.length(1);
    expect(seen[0]!.issues![0]).to.deep.equal(ACTIONZ);
  });

  it('<pcp-plan> warns once for the elements inside it, and <pcp-plan-document> once for its parts', async () => {
    const provided = await warningsDuring(async () => {
      const provider = await fixture<PcpPlan>(html`<pcp-plan><pcp-objectives></pcp-objectives><pcp-plan-summary></pcp-plan-summary></pcp-plan>`);
      const warned = oneEvent(provider, 'pcp-warning');
      provider.plan = misspelt();
      expect((await warned).target).to.equal(provider);
      await Promise.all([...provider.querySelectorAll('pcp-objectives, pcp-plan-summary')].map((element) => (element as PcpObjectives).updateComplete));
    });
    expect(provided.map((detail) => detail.path)).to.deep.equal(['/objectives/0/actionz']);

    const documented = await warningsDuring(async () => {
      const element = await fixture<PcpPlanDocument>(html`<pcp-plan-document></pcp-plan-document>`);
      element.plan = misspelt();
      await element.updateComplete;
      const parts = $$(element, 'pcp-objectives, pcp-plan-summary');
      expect(parts.length).to.be.greaterThan(0);
      await Promise.all(parts.map((part) => (part as PcpObjectives).updateComplete));
    });
    expect(documented.map((detail) => detail.path)).to.deep.equal(['/objectives/0/actionz']);
  });
});
