// A feed in format 1.x renders in the browser by src, inline JSON and the plan property: the elements load
// the upgrade to format 2 (loader/migrate.ts) only for such a feed, and read it as `pcp migrate` writes it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/pcp-elements.js';
import type { PlanLoadDetail, PlanWarningDetail } from '../src/base/events.js';
import { clearPlanCache } from '../src/loader/index.js';
import type { PcpPlanSummary } from '../src/plan-summary/pcp-plan-summary.js';

const FEED = '/test/fixtures/v1/cleveland-2020-21-update.json';
const TITLE = 'Police and Crime Plan Update 2020-2021';

async function feedText(): Promise<string> {
  const response = await fetch(FEED);
  expect(response.ok, 'the format-1 fixture is served').to.equal(true);
  return response.text();
}

/** What the element loaded, and any unknown-field warnings it gave (a 1.x feed read without the upgrade has some). */
async function settle(element: PcpPlanSummary, loaded: Promise<CustomEvent<PlanLoadDetail>>): Promise<{ detail: PlanLoadDetail; warnings: PlanWarningDetail[] }> {
  const warnings: PlanWarningDetail[] = [];
  element.addEventListener('pcp-warning', (event) => warnings.push((event as CustomEvent<PlanWarningDetail>).detail));
  const { detail } = await loaded;
  await element.updateComplete;
  // The unknown-field check is loaded after the plan is shown: let it arrive and run.
  await import('../src/loader/unknown-fields.js');
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { detail, warnings };
}

function expectUpgraded({ detail, warnings }: { detail: PlanLoadDetail; warnings: PlanWarningDetail[] }, element: PcpPlanSummary) {
  expect(detail.plan.schemaVersion).to.equal('2.0');
  // labels.objective/objectives of format 1 are levels[0] in format 2.
  expect(detail.plan.levels?.[0]).to.deep.equal({ singular: 'priority', plural: 'priorities' });
  expect(warnings.filter((warning) => warning.message.startsWith('unknown field'))).to.deep.equal([]);
  expect(element.shadowRoot!.textContent).to.contain(TITLE);
}

describe('feeds in format 1', () => {
  afterEach(() => clearPlanCache());

  it('render from src', async () => {
    const loaded = oneEvent(document, 'pcp-load');
    const element = await fixture<PcpPlanSummary>(html`<pcp-plan-summary src=${`${FEED}?n=${Date.now()}`}></pcp-plan-summary>`);
    expectUpgraded(await settle(element, loaded), element);
  });

  it('render from inline JSON', async () => {
    const text = await feedText();
    const loaded = oneEvent(document, 'pcp-load');
    const element = await fixture<PcpPlanSummary>(
      html`<pcp-plan-summary>${unsafeHTML(`<script type="application/json">${text.replace(/</g, '\\u003c')}</script>`)}</pcp-plan-summary>`,
    );
    expectUpgraded(await settle(element, loaded), element);
  });

  it('render from the plan property, leaving the object given as it was', async () => {
    const feed = JSON.parse(await feedText()) as Record<string, unknown>;
    const copy = structuredClone(feed);
    const element = await fixture<PcpPlanSummary>(html`<pcp-plan-summary></pcp-plan-summary>`);
    const loaded = oneEvent(element, 'pcp-load');
    element.plan = feed;
    expectUpgraded(await settle(element, loaded), element);
    expect(feed).to.deep.equal(copy);
  });
});
