import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import { contrast } from '../../test/helpers/contrast.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan } from '../../test/fixtures/plans.js';
import type { PcpFunding } from './pcp-funding.js';

/** A made-up plan with twelve shares, one for each pattern (each colour twice). */
const twelveShares = () =>
  minimalPlan({
    fundingShares: [
      {
        id: 'income',
        title: 'Where the money comes from',
        shares: ['Grant', 'Precept', 'Reserves', 'Fees', 'Partners', 'Other', 'Capital', 'Lottery', 'Trust', 'Sales', 'Rents', 'Interest'].map((label, index) => ({
          label,
          percent: [30, 20, 10, 8, 7, 6, 5, 4, 4, 3, 2, 1][index]!,
        })),
      },
    ],
  });

/** The colour a pattern's marks are drawn in: lines, zigzags and rings are stroked; dots, squares and triangles filled. */
function patternInk(element: PcpFunding, url: string): string[] {
  const id = /^url\(#(.+)\)$/.exec(url)![1]!;
  const pattern = element.shadowRoot!.getElementById(id)!;
  return [...pattern.children].map((mark) => {
    const style = getComputedStyle(mark);
    return mark.localName === 'line' || mark.localName === 'polyline' || mark.classList.contains('ring') ? style.stroke : style.fill;
  });
}

// The list, the slices and the CSV are decided in funding-view.ts and tested in Node
// (funding-view.unit.test.ts); here: the donut and the list as drawn, the download, and axe.
describe('<pcp-funding>', () => {
  it("shows Cleveland's 27.5% precept and 72.5% government as text beside the donut", async () => {
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${await loadFeed('cleveland-2020-21-update')}></pcp-funding>`);
    const items = $$(element, '[part="list"] li').map(text);
    expect(items).to.deep.equal(['Local Precept: 27.5%', 'Government: 72.5%']);
    expect($$(element, '[part="chart"] path.slice')).to.have.length(2);
    // With script the slices are the content, named by the list's lines, which are then hidden (read once).
    // The list box holds its options directly (Chromium exposes an SVG option under another <g> as a group).
    const listbox = $(element, '[part="chart"] [role="listbox"]');
    expect([...listbox.children].filter((child) => child.getAttribute('role') === 'option')).to.have.length(2);
    expect($(element, '[part="list"]').getAttribute('aria-hidden')).to.equal('true');
    const names = $$(element, '[role="option"]').map((option) => text(element.shadowRoot!.getElementById(option.getAttribute('aria-labelledby')!)!));
    expect(names).to.deep.equal(items);
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
    // The chart is named by its summary, not after its heading (read just before: the title would be heard twice):
    // what kind of chart it is and how many slices it has, before the chart.
    const title = sets[0]!.querySelector('[part="title"]')!;
    const summary = element.shadowRoot!.getElementById(sets[0]!.getAttribute('aria-labelledby')!)!;
    // With script the donut inside is a list box of slices (named shortly: the summary has named the figure).
    expect(sets[0]!.querySelector('[part="chart"] [role="listbox"]')!.getAttribute('aria-label')).to.equal('Slices');
    expect(summary === title, 'named after its heading').to.equal(false);
    expect(summary.getAttribute('part')).to.equal('summary');
    expect(text(summary)).to.equal('A donut chart of 2 slices');
    expect(text(summary)).to.not.contain(text(title));
    // Read once: as the name, not again in the flow.
    expect(summary.getAttribute('aria-hidden')).to.equal('true');
    expect(summary.classList.contains('visually-hidden')).to.equal(true);
    expect(summary.compareDocumentPosition(sets[0]!.querySelector('[part="chart"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(text(sets[1]!)).to.contain('98.5%');
    await expect(element).to.be.accessible();
  });

  it('keeps every slice and its key swatch distinct in forced colours: its own pattern, in CanvasText on Canvas', async () => {
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${twelveShares()}></pcp-funding>`);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      const slices = $$(element, '[part="chart"] path.slice');
      const swatches = $$(element, '[part="list"] li .swatch');
      expect(slices).to.have.length(12);
      expect(swatches).to.have.length(12);
      const patterns = slices.map((slice, index) => {
        const overlay = slice.nextElementSibling!;
        const fill = overlay.getAttribute('fill')!;
        const ground = getComputedStyle(slice).fill;
        // The pattern's marks stand out from the slice they are drawn on (in the system colours, not the white of the light preset).
        for (const ink of patternInk(element, fill)) expect(contrast(ink, ground), `pattern of slice ${index + 1}`).to.be.at.least(4.5);
        expect(contrast(getComputedStyle(slice).stroke, ground), `outline of slice ${index + 1}`).to.be.at.least(4.5);
        // The key swatch shows the same pattern on the same ground.
        const [base, mark] = [...swatches[index]!.querySelectorAll('rect')];
        expect(mark!.getAttribute('fill'), `swatch ${index + 1}`).to.equal(fill);
        expect(getComputedStyle(base!).fill, `swatch ${index + 1}`).to.equal(ground);
        // The pattern as drawn: its marks and their turn, without its id.
        const id = /#(.+)\)/.exec(fill)![1]!;
        return element.shadowRoot!.getElementById(id)!.outerHTML.replace(id, '');
      });
      // Twelve slices, twelve different patterns: in forced colours the pattern is all that tells them apart.
      expect(new Set(patterns).size).to.equal(12);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('gives each of up to twelve shares a pattern of its own and a colour unlike its neighbours, in the donut and the list alike', async () => {
    const labels = ['Grant', 'Precept', 'Reserves', 'Fees', 'Partners', 'Other', 'Capital', 'Lottery', 'Trust'];
    const plan = minimalPlan({
      fundingShares: [{ id: 'income', title: 'Where the money comes from', shares: labels.map((label) => ({ label, percent: 100 / labels.length })) }],
    });
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${plan}></pcp-funding>`);
    const slices = $$(element, '[part="chart"] path.slice');
    const swatches = $$(element, '[part="list"] li .swatch');
    expect(slices).to.have.length(labels.length);
    const looks = slices.map((slice) => `${[...slice.classList].find((name) => /^c\d$/.test(name))} ${slice.nextElementSibling!.getAttribute('fill')}`);
    expect(new Set(looks).size, looks.join(', ')).to.equal(labels.length);
    // In forced colours only the pattern is left: each slice has its own.
    expect(new Set(looks.map((look) => look.split(' ')[1])).size).to.equal(labels.length);
    for (const [index, look] of looks.entries()) {
      const next = looks[(index + 1) % looks.length]!;
      const pair = `${index + 1} and ${((index + 1) % looks.length) + 1}`;
      expect(look.split(' ')[0], `colour of ${pair}`).not.to.equal(next.split(' ')[0]);
      const [base, mark] = [...swatches[index]!.querySelectorAll('rect')];
      expect(`${[...base!.classList].find((name) => /^c\d$/.test(name))} ${mark!.getAttribute('fill')}`, `swatch ${index + 1}`).to.equal(look);
    }
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

  it('keeps a line whose figure links to its source readable, so the link is never inside hidden content', async () => {
    const plan = minimalPlan({
      fundingShares: [
        {
          id: 'income',
          title: 'Where the money comes from',
          shares: [
            { label: 'Grant', percent: { printed: '60%', source: { title: 'Budget report', url: 'https://example.org/budget' } } },
            { label: 'Precept', percent: 40 },
          ],
        },
      ],
    } as never);
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${plan}></pcp-funding>`);
    const link = $(element, '[part="list"] a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/budget');
    expect(link.closest('[aria-hidden="true"]'), 'no hidden ancestor').to.equal(null);
    // The other line, a slice's name only, is still read once, as the slice.
    const lines = $$(element, '[part="list"] li');
    expect(lines.map((line) => line.getAttribute('aria-hidden'))).to.deep.equal([null, 'true']);
    await expect(element).to.be.accessible();
  });

  it('is one tab stop per donut: arrows move round its slices, Enter selects (pcp-select, announced once), Escape leaves', async () => {
    const plan = await loadFeed('west-yorkshire-2021-2024');
    const element = await fixture<PcpFunding>(html`<pcp-funding .plan=${plan}></pcp-funding>`);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const active = () => element.shadowRoot!.activeElement as SVGGElement | null;
    const name = () => text(element.shadowRoot!.getElementById(active()!.getAttribute('aria-labelledby')!)!);
    expect(name()).to.equal('Government grant: 53.8%');
    expect(`${active()!.getAttribute('aria-posinset')} of ${active()!.getAttribute('aria-setsize')}`).to.equal('1 of 4');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(name()).to.equal('Income: 22.7%');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(name()).to.equal('Other: 0.9%');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(name()).to.equal('Government grant: 53.8%');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(name()).to.equal('Other: 0.9%');
    // One tab stop per donut.
    expect($$(element, '[role="option"][tabindex="0"]')).to.have.length(2);
    const selected = oneEvent(element, 'pcp-select');
    await sendKeys({ press: 'Enter' });
    const detail = (await selected).detail;
    expect(detail).to.deep.equal({ objectiveId: undefined, share: { set: 'where-the-money-came-from-2024-25', index: 3, label: 'Other' } });
    await element.updateComplete;
    expect(active()!.getAttribute('aria-selected')).to.equal('true');
    expect($(element, '.selected-ring')).to.exist;
    await new Promise(requestAnimationFrame);
    await element.updateComplete;
    expect(text($(element, '[aria-live="polite"]'))).to.equal('Selected Other: 0.9%');
    await sendKeys({ press: 'Escape' });
    expect(element.shadowRoot!.activeElement).to.equal($(element, '[part="download"] a'));
    await expect(element).to.be.accessible();
    before.remove();
  });
});
