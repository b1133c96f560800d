import { expect, fixture, html } from '@open-wc/testing';
import '../pcp-elements.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import type { PcpScenarioTable } from './pcp-scenario-table.js';

// The cells, their formats, picking and the empty states are decided in scenario-table-view.ts and
// tested in Node (scenario-table-view.unit.test.ts); here: the table as drawn, and axe.
describe('<pcp-scenario-table>', () => {
  it("shows Cleveland's grant-or-precept table exactly as printed", async () => {
    const element = await fixture<PcpScenarioTable>(html`<pcp-scenario-table .plan=${await loadFeed('cleveland-2020-21-update')}></pcp-scenario-table>`);
    await element.updateComplete;
    expect($$(element, 'thead th').map(text)).to.deep.equal(['Government Grant Increase', 'Precept Increase']);
    expect($$(element, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    const rows = $$(element, 'tbody tr').map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(rows).to.deep.equal([
      ['0.0%', '9.8%'],
      ['1.0%', '7.6%'],
      ['2.0%', '5.2%'],
      ['3.0%', '3.0%'],
      ['4.3%', '0.0%'],
    ]);
    expect($$(element, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(text($(element, 'caption'))).to.equal('What does this £3.6m equate to?');
    expect(text($(element, '[part="title"]'))).to.equal('What does this £3.6m equate to?');
    const region = $(element, '[part="region"]');
    expect(element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
    expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('£3.6m is the equivalent of a 9.8% increase in Precept');
    await expect(element).to.be.accessible();
  });
});
