/** <pcp-progress> with feed format 2 measures: a series by period, number, period and source. */
import { expect, fixture, html } from '@open-wc/testing';
import '../pcp-elements.js';
import type { PcpProgress } from './pcp-progress.js';
import type { Plan } from '../schema/plan.js';
import { $, $$, text } from '../../test/helpers/dom.js';
import { minimalPlan } from '../../test/fixtures/plans.js';
import { inLanguage } from '../../test/helpers/languages.js';
import { answeredMeasure, panelScale } from './progress-fixtures.js';

function seriesPlan(): Plan {
  return minimalPlan({
    schemaVersion: '2.0',
    ...panelScale(),
    measures: [
      { ...answeredMeasure(), source: { title: 'Performance report', page: 7 } },
      { id: 'bare', title: 'Burglaries', source: 'Force crime data', current: '1,204' },
    ],
  } as Partial<Plan>);
}

async function render(plan: Plan): Promise<PcpProgress> {
  const element = await fixture<PcpProgress>(html`<pcp-progress .plan=${plan}></pcp-progress>`);
  await element.updateComplete;
  return element;
}

describe('<pcp-progress> measure series', () => {
  it('shows the values as a table with caption, headers, figures as printed and status labels from the plan scale', async () => {
    const element = await render(seriesPlan());
    const table = $(element, 'table');
    expect(text(table.querySelector('caption')!)).to.equal('999 calls answered in 10 seconds: over time');
    expect($$(element, 'thead th').map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
      ['Period', 'col'],
      ['Figure', 'col'],
      ['Status', 'col'],
      ['Note', 'col'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(rows).to.deep.equal([
      ['Q1 2023/24', '88.1%', 'Content', ''],
      ['Q2 2023/24', '79.4%', 'Requires additional scrutiny', 'new phone system'],
      ['Q3 2023-24', '90.25', '', ''],
    ]);
    expect(table.querySelector('tbody th[scope="row"]')).to.exist;
    // Each status carries its pattern as well as its colour.
    expect(table.querySelectorAll('.swatch[class*="p"]').length).to.equal(2);
  });

  it('draws a small column chart hidden from screen readers, one column per value, without axis numbers', async () => {
    const element = await render(seriesPlan());
    const chart = $(element, '.series');
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelectorAll('.column')).to.have.length(3);
    expect(text(chart)).to.equal('');
    const heights = [...chart.querySelectorAll<HTMLElement>('.segment')].map((segment) => parseFloat(segment.style.height));
    expect(heights[2]).to.equal(100);
    expect(heights[1]).to.be.below(heights[0]!);
  });

  it('shows the number, period and source, and nothing for fields not given', async () => {
    const element = await render(seriesPlan());
    const [first, second] = $$(element, '.measure');
    expect(text(first!.querySelector('.name')!)).to.equal('KPQ 3 999 calls answered in 10 seconds');
    expect(text(first!)).to.include('12 months to March 2024');
    expect(text(first!)).to.include('Source: Performance report, page 7');
    expect(text(second!)).to.include('Source: Force crime data');
    expect(text(second!)).to.not.match(/better|over time|Period/);
    expect(second!.querySelector('table, .series')).to.equal(null);
    expect(text(element.shadowRoot!.firstElementChild!.parentNode as unknown as Element)).to.not.include('the feed');
  });

  it('puts the series in the CSV', async () => {
    const element = await render(seriesPlan());
    const link = $<HTMLAnchorElement>(element, '.download a');
    const csv = await (await fetch(link.href)).text();
    expect(csv).to.include('Period');
    expect(csv).to.match(/Measure value,KPQ 3 999 calls answered in 10 seconds,.*88\.1%.*Content.*Q1 2023\/24/);
    expect(csv).to.match(/Measure value,.*90\.25.*Q3 2023-24/);
  });

  it('is accessible', async () => {
    const element = await render(seriesPlan());
    await expect(element).to.be.accessible();
  });

  it('writes its words in Welsh', async () => {
    const element = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${seriesPlan()}></pcp-progress>`);
    await element.updateComplete;
    expect(text($(element, 'caption'))).to.include('dros amser');
    expect($$(element, 'thead th').map(text)).to.include.members(['Cyfnod', 'Ffigur', 'Statws', 'Nodyn']);
  });
});
