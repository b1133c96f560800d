// <pcp-outcomes> in a browser: the table and the cards, one theme, feeds kept apart, and axe.
// What it shows is decided by outcomesView (outcomes-view.unit.test.ts, in Node).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../pcp-elements.js';
import type { PcpOutcomes } from './pcp-outcomes.js';
import type { Plan } from '../schema/plan.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';

describe('<pcp-outcomes>', () => {
  let framework: Plan;
  before(async () => {
    framework = await loadFeed('cambridgeshire-2016-framework');
  });

  it('shows the four 2016 shared outcomes and aims verbatim, as a table', async () => {
    const element = await fixture<PcpOutcomes>(html`<pcp-outcomes .plan=${framework}></pcp-outcomes>`);
    const rows = $$(element, 'tbody tr').map((row) => [text(row.querySelector('th')!), ...[...row.querySelectorAll('td')].map(text)]);
    expect(rows).to.deep.equal([
      ['Victims', 'Victims and witnesses are placed at the heart of the criminal justice system and have access to clear pathways of support', 'Deliver a victim first approach'],
      ['Offenders', 'Offenders are brought to justice and are less likely to re-offend', 'Reduce re-offending'],
      ['Communities', 'Communities have confidence in how we respond to their needs', 'Support safer and stronger communities'],
      ['Transformation', 'We deliver improved outcomes and savings through innovation and collaboration', 'Ensure value for money for tax-payers now and in the future'],
    ]);
    expect($$(element, 'thead th').map(text)).to.deep.equal(['Theme', 'Shared outcome', 'Aim']);
    await expect(element).to.be.accessible();
  });

  it('shows cards, or one theme alone', async () => {
    const cards = await fixture<PcpOutcomes>(html`<pcp-outcomes layout="cards" .plan=${framework}></pcp-outcomes>`);
    expect($$(cards, '[part="card"]')).to.have.length(4);
    expect([...$$(cards, '[part="card"]')[1]!.querySelectorAll('dt')].map(text)).to.deep.equal(['Shared outcome', 'Aim']);
    await expect(cards).to.be.accessible();
    const one = await fixture<PcpOutcomes>(html`<pcp-outcomes theme="Offenders" .plan=${framework}></pcp-outcomes>`);
    expect($$(one, 'tbody tr')).to.have.length(1);
    expect(text($(one, 'tbody th'))).to.equal('Offenders');
  });

  it('keeps two feeds on one page apart, each element following its own src', async () => {
    const wrapper = await fixture(html`<div>
      <pcp-outcomes src="/demo/feeds/cambridgeshire-2016-framework.json"></pcp-outcomes>
      <pcp-action-plan src="/demo/feeds/west-cumbria-csp-2012-13.json" agency="Cumbria Constabulary"></pcp-action-plan>
      <pcp-plan src="/demo/feeds/west-cumbria-csp-2012-13.json"><pcp-outcomes></pcp-outcomes></pcp-plan>
    </div>`);
    const [outcomes, cspOutcomes] = [...wrapper.querySelectorAll('pcp-outcomes')];
    const actionPlan = wrapper.querySelector('pcp-action-plan')!;
    await waitUntil(() => [outcomes!, cspOutcomes!, actionPlan].every((element) => element.loadedPlan), 'all three loaded');
    await Promise.all([outcomes!.updateComplete, cspOutcomes!.updateComplete, actionPlan.updateComplete]);
    expect($$(outcomes!, 'tbody tr')).to.have.length(4);
    expect(text($(cspOutcomes!, '[part="empty"]'))).to.equal('This plan states no shared outcomes or aims.');
    expect(text($(actionPlan, '[part="count"]'))).to.equal('Showing 4 of 24 entries');
  });
});
