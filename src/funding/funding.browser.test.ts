import { expect, fixture, html } from '@open-wc/testing';
import '../pcp-elements.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import type { PcpFunding } from './pcp-funding.js';

// The list, the slices and the CSV are decided in funding-view.ts and tested in Node
// (funding-view.unit.test.ts); here: the donut and the list as drawn, the download, and axe.
describe('<pcp-funding>', () => {
  it("shows Cleveland's 27.5% precept and 72.5% government as text beside the donut", async () => {
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${await loadFeed('cleveland-2020-21-update')}></pcp-funding>`);
    const items = $$(element, '[part="list"] li').map(text);
    expect(items).to.deep.equal(['Local Precept: 27.5%', 'Government: 72.5%']);
    expect($$(element, '[part="chart"] path.slice')).to.have.length(2);
    expect($(element, '[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
    // Each share's colour in the donut is its colour in the list.
    const slices = $$(element, '[part="chart"] path.slice').map((path) => path.getAttribute('class'));
    const swatches = $$(element, '[part="list"] li rect.slice').map((rect) => rect.getAttribute('class'));
    expect(slices).to.deep.equal(swatches);
    await expect(element).to.be.accessible();
  });

  it("shows Cambridgeshire's approximately 56% grant with the rest marked as not broken down, and the 98.5% passed on", async () => {
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${await loadFeed('cambridgeshire-peterborough-2021-2024')}></pcp-funding>`);
    const sets = $$(element, '[part="set"]');
    expect(sets).to.have.length(2);
    expect([...sets[0]!.querySelectorAll('li')].map(text)).to.deep.equal([
      // The plan prints "approximately 56%": the qualifier is part of the figure.
      'Police Settlement Grant: approximately 56%',
      // 100 − "approximately 56%" is no figure the plan gives: the rest is drawn, its size not said.
      'The rest: the policing part of your council tax (the plan gives no figure).',
    ]);
    expect(text(sets[0]!.querySelector('.period')!)).to.equal('Shares of: Our overall funding · 2021/22');
    expect(sets[0]!.querySelector('path.rest')).to.exist;
    expect(sets[0]!.getAttribute('aria-labelledby')).to.equal(sets[0]!.querySelector('[part="title"]')!.id);
    expect(text(sets[1]!)).to.contain('98.5%');
    await expect(element).to.be.accessible();
  });

  it('offers the shares as CSV, remainders included', async () => {
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${await loadFeed('cambridgeshire-peterborough-2021-2024')}></pcp-funding>`);
    const link = $<HTMLAnchorElement>(element, '[part="download"] a');
    expect(text(link)).to.equal('Download CSV: Police and Crime Plan 2021 to 2024');
    expect(link.download).to.equal('cambridgeshire-peterborough-2021-2024-funding.csv');
    const lines = (await (await fetch(link.href)).text()).trim().split('\r\n');
    expect(lines[0]).to.equal('Set,Share,Per cent,Amount (£),Period');
    expect(lines[1]).to.equal('Police Settlement Grant,Police Settlement Grant,approximately 56%,,2021/22');
    expect(lines[2]).to.equal('Police Settlement Grant,the policing part of your council tax,,,2021/22');
  });
});
