/** <pcp-progress> with feed format 2 measures: a series by period, number, period and source. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LiveRegionController } from '../charts/live-region.js';
import '../pcp-elements.js';
import type { PcpProgress } from './pcp-progress.js';
import type { Plan } from '../schema/plan.js';
import { $, $$, recordAnnouncements, text } from '../../test/helpers/dom.js';
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

/** Shows the first measure's values as a table (its "Show as table" button), as a reader would. */
async function showTable(element: PcpProgress): Promise<HTMLTableElement> {
  $<HTMLButtonElement>(element, '[part="series-controls"] button').click();
  await element.updateComplete;
  return $<HTMLTableElement>(element, 'table');
}

const columns = (element: PcpProgress) => $$(element, '[part="series"] [role="option"]');
const active = (element: PcpProgress) => element.shadowRoot!.activeElement;
const press = async (element: PcpProgress, key: string) => {
  await sendKeys({ press: key });
  await element.updateComplete;
};

describe('<pcp-progress> measure series', () => {
  it('shows the values as a table, when asked, with caption, headers, figures as printed and status labels from the plan scale', async () => {
    const element = await render(seriesPlan());
    expect(element.shadowRoot!.querySelector('table'), 'no table until asked for').to.equal(null);
    const table = await showTable(element);
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

  it('draws a column chart of list-box options: one per value, each showing its period and figure as printed, scaled to the tallest', async () => {
    const element = await render(seriesPlan());
    const chart = $(element, '[part="series"]');
    expect(chart.getAttribute('role')).to.equal('listbox');
    expect(chart.getAttribute('aria-orientation')).to.equal('horizontal');
    expect(chart.hasAttribute('aria-hidden')).to.equal(false);
    // Named by the summary, which is not read a second time in the flow.
    const summary = element.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!;
    expect(text(summary)).to.equal('A column chart of the values by period: 3 periods, from Q1 2023/24 to Q3 2023-24');
    expect(summary.getAttribute('aria-hidden')).to.equal('true');
    const options = columns(element);
    expect(options.map((option) => [text(option.querySelector('.period')!), text(option.querySelector('.value')!)])).to.deep.equal([
      ['Q1 2023/24', '88.1%'],
      ['Q2 2023/24', '79.4%'],
      ['Q3 2023-24', '90.25'],
    ]);
    expect(options.map((option) => [option.getAttribute('aria-label'), option.getAttribute('aria-posinset'), option.getAttribute('aria-setsize')])).to.deep.equal([
      ['Q1 2023/24, 88.1%, Content', '1', '3'],
      ['Q2 2023/24, 79.4%, Requires additional scrutiny', '2', '3'],
      ['Q3 2023-24, 90.25', '3', '3'],
    ]);
    // Every figure is on screen: nothing cut off or hidden.
    for (const option of options) {
      const value = option.querySelector<HTMLElement>('.value')!;
      expect(value.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(value.scrollWidth).to.be.at.most(value.clientWidth + 1);
    }
    const heights = options.map((option) => parseFloat(option.querySelector<HTMLElement>('.segment')!.style.height));
    expect(heights[2]).to.equal(100);
    expect(heights[1]).to.be.below(heights[0]!);
    // The columns stand on one baseline however their words wrap.
    const bottoms = options.map((option) => Math.round(option.querySelector('.segment')!.getBoundingClientRect().bottom));
    expect(new Set(bottoms).size).to.equal(1);
  });

  it("shows the plan's notes against values under the chart, each the description of its column, and not beside the table", async () => {
    const element = await render(seriesPlan());
    const notes = $$(element, '[part="series-notes"] li');
    expect(notes.map((note) => text(note))).to.deep.equal(['Q2 2023/24: new phone system']);
    const described = columns(element).map((option) => option.getAttribute('aria-describedby'));
    expect(described[0]).to.equal(null);
    expect(described[2]).to.equal(null);
    // The note alone: the column's name has said the period.
    expect(text(element.shadowRoot!.getElementById(described[1]!)!)).to.equal('new phone system');
    expect(notes[0]!.contains(element.shadowRoot!.getElementById(described[1]!))).to.equal(true);
    // As a table, the Note column has it: the list goes with the chart.
    await showTable(element);
    expect(element.shadowRoot!.querySelector('[part="series-notes"]')).to.equal(null);
  });

  it('from the keyboard: one tab stop, arrows, Home and End, Enter selects (pcp-select with the measure and period, announced once), Escape leaves', async () => {
    const clearAfter = LiveRegionController.clearAfter;
    LiveRegionController.clearAfter = 100;
    try {
      const element = await render(seriesPlan());
      const options = columns(element);
      expect(options.map((option) => option.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
      options[0]!.focus();
      await press(element, 'ArrowRight');
      expect(active(element)).to.equal(options[1]);
      expect(options.map((option) => option.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
      await press(element, 'End');
      expect(active(element)).to.equal(options[2]);
      await press(element, 'ArrowRight');
      expect(active(element), 'round to the first').to.equal(options[0]);
      await press(element, 'Home');
      expect(active(element)).to.equal(options[0]);
      await press(element, 'ArrowLeft');
      expect(active(element)).to.equal(options[2]);
      await press(element, 'ArrowUp');
      expect(active(element)).to.equal(options[1]);

      const region = $(element, '[aria-live]');
      const said = recordAnnouncements(region);
      const selected = oneEvent(element, 'pcp-select');
      await press(element, 'Enter');
      expect((await selected).detail).to.deep.equal({ objectiveId: undefined, measure: { id: 'answered', period: 'Q2 2023/24' } });
      await element.updateComplete;
      expect(options.map((option) => option.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
      await waitUntil(() => said.length > 0 && text(region) === '', 'announced, then cleared');
      expect(said).to.deep.equal(['Selected Q2 2023/24, 79.4%']);

      // Space selects too; the bare number's period is the plan's, written as the table writes it.
      await press(element, 'ArrowRight');
      const again = oneEvent(element, 'pcp-select');
      await press(element, ' ');
      expect((await again).detail.measure).to.deep.equal({ id: 'answered', period: 'Q3 2023-24' });

      await press(element, 'Escape');
      expect(active(element)).to.equal($(element, '[part="series-controls"] button'));
    } finally {
      LiveRegionController.clearAfter = clearAfter;
    }
  });

  it('"Show as table" puts the table in the chart\'s place and moves focus to it; pressed again, the chart is back', async () => {
    const element = await render(seriesPlan());
    const button = $<HTMLButtonElement>(element, '[part="series-controls"] button');
    expect(text(button)).to.equal('Show as table');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.focus();
    await press(element, 'Enter');
    await element.updateComplete;
    const table = $<HTMLTableElement>(element, 'table');
    expect(active(element), 'focus on the table, named by its caption').to.equal(table);
    expect(table.getAttribute('tabindex')).to.equal('-1');
    expect(element.shadowRoot!.querySelector('[part="series"]'), 'the chart gives way: nothing read twice').to.equal(null);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
    expect(columns(element)).to.have.length(3);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('a measure with one value, or figures that are not numbers, keeps its table and has no chart or button', async () => {
    const plan = minimalPlan({
      schemaVersion: '2.0',
      objectives: [],
      measures: [
        { id: 'one', title: 'Arrests', values: [{ period: '2023', figure: '57,357' }] },
        { id: 'grades', title: 'Grade', values: [{ period: '2019', figure: 'Good' }, { period: '2021', figure: 'Outstanding' }] },
      ],
    } as Partial<Plan>);
    const element = await render(plan);
    expect($$(element, 'table')).to.have.length(2);
    expect(element.shadowRoot!.querySelector('[part="series"], [part="series-controls"], [role="listbox"]')).to.equal(null);
    expect(text(element.shadowRoot as unknown as Node)).to.not.match(/arrow keys/);
  });

  it('shows the number, period and source, and nothing for fields not given', async () => {
    const element = await render(seriesPlan());
    const [first, second] = $$(element, '.measure');
    expect(text(first!.querySelector('.name')!)).to.equal('KPQ 3 999 calls answered in 10 seconds');
    expect(text(first!)).to.include('12 months to March 2024');
    expect(text(first!)).to.include('Source: Performance report, page 7');
    expect(text(second!)).to.include('Source: Force crime data');
    expect(text(second!)).to.not.match(/better|over time|Period/);
    expect(second!.querySelector('table, [part="series"], button')).to.equal(null);
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

  it('is accessible, as a chart and as a table, with a column selected', async () => {
    const element = await render(seriesPlan());
    columns(element)[1]!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    await showTable(element);
    await expect(element).to.be.accessible();
  });

  it('says how to use the columns, with script, after them (and the bars, when there are both)', async () => {
    const alone = await render({ ...seriesPlan(), objectives: [] });
    expect(text($(alone, '.instructions'))).to.equal('Use the arrow keys to move between the columns and Enter to select one.');
    const both = await render(seriesPlan());
    expect(text($(both, '.instructions'))).to.equal('Use the arrow keys to move between the bars, or the columns of a chart, and Enter to select one.');
  });

  it('rendered on the server: the columns a drawing screen readers skip, with their figures, then the table; no live controls', async function () {
    // `pcp render` starts Node: slow on a busy machine.
    this.timeout(30000);
    const response = await fetch(`/__test__/render?${new URLSearchParams({ feed: 'essex-2021-2024', element: 'pcp-progress' })}`);
    expect(response.ok, await response.clone().text()).to.equal(true);
    const parsed = (Document as unknown as { parseHTMLUnsafe(html: string): Document }).parseHTMLUnsafe(await response.text());
    const root = parsed.querySelector('pcp-progress')!.shadowRoot!;
    const chart = root.querySelector('[part="series"]')!;
    expect(chart, 'the columns are drawn').to.exist;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(text(chart)).to.contain('64.7%');
    const table = chart.nextElementSibling?.querySelector('table') ?? root.querySelector('table');
    expect(text(table!.querySelector('caption')!)).to.equal('Confidence: over time');
    // (A table's scrolling region is focusable: the keyboard scrolls it.)
    expect(root.querySelectorAll('[tabindex]:not([tabindex="-1"]):not(.table-region), [role="listbox"], [role="option"], [aria-selected], button'), 'no dead controls').to.have.length(0);
    expect(root.textContent ?? '').to.not.match(/arrow keys/i);
  });

  it('writes its words in Welsh', async () => {
    const element = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${seriesPlan()}></pcp-progress>`);
    await element.updateComplete;
    const chart = $(element, '[part="series"]');
    expect(text(element.shadowRoot!.getElementById(chart.getAttribute('aria-labelledby')!)!)).to.match(/^Siart colofn o’r gwerthoedd fesul cyfnod: 3 cyfnod, o /);
    expect(text($(element, '[part="series-controls"] button'))).to.equal('Dangos fel tabl');
    expect(text($(element, '.instructions'))).to.match(/^Defnyddiwch y bysellau saeth i symud rhwng y barrau, neu golofnau siart/);
    await showTable(element);
    expect(text($(element, 'caption'))).to.include('dros amser');
    expect($$(element, 'thead th').map(text)).to.include.members(['Cyfnod', 'Ffigur', 'Statws', 'Nodyn']);
  });
});
