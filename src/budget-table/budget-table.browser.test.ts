import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import type { Plan } from '../schema/plan.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan } from '../../test/fixtures/plans.js';
import { revenueBudget } from './budget-table-fixtures.js';
import type { PcpBudgetTable } from './pcp-budget-table.js';

// The table's figures, columns, totals, CSV and words are decided in budget-table-view.ts and tested
// in Node (budget-table-view.unit.test.ts); here: the table as drawn, events, styles, keyboard, axe.

/** What a sighted reader sees in a cell (screen-reader-only text left out). */
function seen(cell: Element): string {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, .flag').forEach((node) => node.remove());
  return text(clone);
}
/** What a screen reader reads in a cell (aria-hidden text left out). */
function heard(cell: Element): string {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return text(clone);
}
const rows = (element: Element) =>
  $$(element, 'tbody tr, tfoot tr').map((row) => [text(row.querySelector('th')!), ...[...row.querySelectorAll('td')].map(seen)]);

async function render(plan: Plan, attributes = ''): Promise<PcpBudgetTable> {
  const element = await fixture<PcpBudgetTable>(`<pcp-budget-table ${attributes}></pcp-budget-table>`);
  element.plan = plan;
  await element.updateComplete;
  return element;
}

describe('<pcp-budget-table>', () => {
  let cumbria: Plan;
  before(async () => {
    cumbria = await loadFeed('cumbria-2021-2025');
  });

  it('shows the Cumbria budget: four years as printed, every figure as printed, income negative', async () => {
    const element = await render(cumbria);
    expect($$(element, 'thead th').map(text)).to.deep.equal(['Budget line', '2021-2022', '2022-2023', '2023-2024', '2024-2025']);
    expect($$(element, 'thead th').every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect($$(element, 'tbody th, tfoot th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rows(element)).to.deep.equal([
      ['Police Officer Pay', '£97,139,153', '£97,777,271', '£97,038,027', '£99,657,439'],
      ['Police Staff Pay', '£27,181,018', '£29,072,012', '£30,228,476', '£31,036,493'],
      ['Non-Pay Costs', '£17,913,471', '£18,566,079', '£17,590,381', '£17,967,245'],
      ['Income', '−£5,260,984', '−£5,106,493', '−£5,158,104', '−£5,318,071'],
      ['Total', '£136,972,658', '£136,308,869', '£139,698,780', '£143,343,106'],
    ]);
    // A proper minus sign, and read out as "minus".
    const income = $$(element, 'tbody tr')[3]!.querySelector('td')!;
    expect(seen(income).codePointAt(0)).to.equal(0x2212);
    expect(heard(income)).to.equal('minus £5,260,984');
    expect(text($(element, 'caption'))).to.equal('Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
    expect(text($(element, '[part="title"]'))).to.equal(text($(element, 'caption')));
    await expect(element).to.be.accessible();
  });

  it('works out the totals: three years agree with the plan, 2022-23 is flagged and reported', async () => {
    const element = await fixture<PcpBudgetTable>(html`<pcp-budget-table></pcp-budget-table>`);
    const warned = oneEvent(element, 'pcp-warning');
    element.plan = cumbria;
    const warning = await warned;
    expect(warning.detail.path).to.equal('/budgets/0/statedTotals/2022-23');
    // The same words as the loader's warning for this path (pcp validate, the pcp-warning of <pcp-plan>).
    expect(warning.detail.message).to.equal('the stated total £136,308,869 differs from the sum of the lines £140,308,869 by −£4,000,000');
    const totals = [...$(element, 'tfoot tr').querySelectorAll('td')];
    expect(totals.map((cell) => cell.querySelector('.flag') !== null)).to.deep.equal([false, true, false, false]);
    expect(text(totals[1]!.querySelector('.flag')!)).to.equal('Lines add up to £140,308,869');
    expect(text($(element, 'p.notes'))).to.contain('2022-2023: The plan states £136,308,869 but the lines add up to £140,308,869');
  });

  it('flags a wrong stated total in any feed, and stays quiet when totals agree', async () => {
    const plan = minimalPlan({ budgets: [revenueBudget()] });
    const events: string[] = [];
    const element = await fixture<PcpBudgetTable>(html`<pcp-budget-table @pcp-warning=${(event: CustomEvent) => events.push(event.detail.path)}></pcp-budget-table>`);
    element.plan = plan;
    await element.updateComplete;
    expect(events).to.deep.equal(['/budgets/0/statedTotals/2026-27']);
    expect(rows(element).at(-1)).to.deep.equal(['Total', '£800', '£900']);
    expect($$(element, '.flag').map(text)).to.deep.equal(['Lines add up to £850']);
    // Without stated totals there is no total row: a sum the plan does not print is never shown.
    delete plan.budgets![0]!.statedTotals;
    const unstated = await render(structuredClone(plan));
    expect(rows(unstated).at(-1)).to.deep.equal(['Fees', '−£200', '−£250']);
    expect($$(unstated, 'tfoot')).to.have.length(0);
    expect($$(unstated, '.flag')).to.have.length(0);
  });

  it('shows amounts and totals exactly as printed, with the total row the plan names, groups and unit', async () => {
    const plan = minimalPlan({
      budgets: [
        {
          id: 'funding',
          title: 'Where the money comes from',
          unit: '£m',
          periods: [{ id: '2024-25', label: '2024/25' }],
          lines: [
            { id: 'grant', label: 'Government grant', group: 'Funding', values: { '2024-25': '£529.00' } },
            { id: 'precept', label: 'Council tax precept', group: 'Funding', values: { '2024-25': { printed: '£78m', value: 78 } } },
            { id: 'officers', label: 'Police officers', group: 'Spending', values: { '2024-25': 6.44 } },
          ],
          statedTotals: { '2024-25': '£607.00' },
          totalLabel: 'Net budget requirement',
        },
      ],
    });
    const element = await render(plan);
    expect(rows(element)).to.deep.equal([
      ['Funding'],
      ['Government grant', '£529.00'],
      ['Council tax precept', '£78m'],
      ['Spending'],
      ['Police officers', '£6.44'],
      ['Net budget requirement', '£607.00'],
    ]);
    expect(text($(element, 'thead th'))).to.contain('(£m)');
    expect($$(element, 'th[scope="rowgroup"]').map(text)).to.deep.equal(['Funding', 'Spending']);
  });

  it('adds the change on the previous year, in pounds and per cent', async () => {
    const element = await render(cumbria, 'change');
    expect($$(element, 'thead th').map(text)).to.deep.equal([
      'Budget line',
      '2021-2022',
      'Change on 2021-2022',
      '2022-2023',
      'Change on 2022-2023',
      '2023-2024',
      'Change on 2023-2024',
      '2024-2025',
    ]);
    expect(rows(element)[0]!.slice(1, 4)).to.deep.equal(['£97,139,153', '+£638,118 (+0.7%)', '£97,777,271']);
    expect(rows(element)[1]![4]).to.equal('+£1,156,464 (+4.0%)');
    expect(rows(element)[0]![4]).to.equal('−£739,244 (−0.8%)');
    // A fall is read as "minus", a rise as "plus".
    expect(heard($$(element, 'tbody tr')[0]!.querySelectorAll('td')[3]!)).to.equal('minus £739,244 (minus 0.8%)');
    expect(heard($$(element, 'tbody tr')[0]!.querySelectorAll('td')[1]!)).to.equal('plus £638,118 (plus 0.7%)');
    await expect(element).to.be.accessible();
  });

  it('highlights the total row by default, or shows it plain, or leaves it out', async () => {
    const highlighted = await render(cumbria);
    expect(getComputedStyle($(highlighted, 'tfoot th')).fontWeight).to.equal('700');
    const plain = await render(cumbria, 'total="plain"');
    expect(getComputedStyle($(plain, 'tfoot th')).fontWeight).to.equal('400');
    const none = await render(cumbria, 'total="none"');
    expect(none.shadowRoot!.querySelector('tfoot')).to.equal(null);
  });

  it('copies each figure once (the spoken copy is not selectable)', async () => {
    const element = await render(cumbria);
    const spoken = $(element, 'tbody tr.income .spoken');
    expect(getComputedStyle(spoken).userSelect).to.equal('none');
  });

  it('keeps a working CSV link after being moved in the page', async () => {
    const element = await render(cumbria);
    const home = element.parentElement!;
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(element);
    await element.updateComplete;
    home.append(element);
    await element.updateComplete;
    const link = $(element, '[part="download"] a') as HTMLAnchorElement;
    expect((await (await fetch(link.href)).text()).split('\r\n')[0]).to.equal('Budget line,2021-2022,2022-2023,2023-2024,2024-2025');
  });

  it('shows only the years asked for, by id or as the plan heads them, and flags only those', async () => {
    const element = await render(cumbria, 'years="2023-24, 2024-25"');
    expect($$(element, 'thead th').map(text)).to.deep.equal(['Budget line', '2023-2024', '2024-2025']);
    expect($$(element, '.flag')).to.have.length(0);
    expect(element.shadowRoot!.textContent).to.not.contain('£140,308,869');
    const byLabel = await render(cumbria, 'years="2021-2022 2022-2023"');
    expect($$(byLabel, 'thead th').map(text)).to.deep.equal(['Budget line', '2021-2022', '2022-2023']);
    expect($$(byLabel, '.flag')).to.have.length(1);
    const none = await render(cumbria, 'years="1999-00"');
    expect(text($(none, '[part="empty"]'))).to.equal('This budget has none of the years "1999-00".');
  });

  it('offers the same figures as CSV', async () => {
    const element = await render(cumbria);
    const link = $(element, '[part="download"] a') as HTMLAnchorElement;
    // The link's name says which table it gives (WCAG 2.4.4), the caption visually hidden after the words shown.
    expect(text(link)).to.equal('Download CSV: Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
    expect(text(link.querySelector('.visually-hidden')!)).to.equal(': Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
    expect(link.download).to.equal(`cumbria-2021-2025-${cumbria.budgets![0]!.id}.csv`);
    const lines = (await (await fetch(link.href)).text()).trim().split('\r\n');
    expect(lines).to.deep.equal([
      'Budget line,2021-2022,2022-2023,2023-2024,2024-2025',
      'Police Officer Pay,97139153,97777271,97038027,99657439',
      'Police Staff Pay,27181018,29072012,30228476,31036493',
      'Non-Pay Costs,17913471,18566079,17590381,17967245',
      'Income,-5260984,-5106493,-5158104,-5318071',
      'Total (as stated),136972658,136308869,139698780,143343106',
    ]);
  });

  it('stays a table at 320px: the figures scroll in a labelled region the keyboard reaches, the row headers stay', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><button>before</button><pcp-budget-table .plan=${cumbria}></pcp-budget-table></div>`);
    const element = wrapper.querySelector('pcp-budget-table')!;
    await element.updateComplete;
    expect(element.scrollWidth).to.be.at.most(320);
    // Nothing inside makes the page itself scroll sideways (the test page is wider than 320px, so compare with it).
    expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    // Screen-reader-only text is positioned against the scrolling region, so it scrolls with it and cannot widen the page.
    const region = $(element, '[role="region"]');
    for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('.spoken')) {
      expect(region.contains(node.offsetParent), 'screen-reader text is positioned inside the region').to.equal(true);
    }
    // The title wraps above the table rather than scrolling away with the figures.
    expect($(element, '[part="title"]').getBoundingClientRect().width).to.be.at.most(320);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(element.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(region);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    // The browser may scroll smoothly: wait for the scroll rather than read it at once (flaky on a busy machine).
    await waitUntil(() => region.scrollLeft > 0, 'the region scrolls with the arrow keys');
    expect(getComputedStyle($(element, 'tbody th')).position).to.equal('sticky');
    await expect(element).to.be.accessible();
  });

  it('says so when the plan has no budget, or not the one named', async () => {
    expect(text($(await render(minimalPlan()), '[part="empty"]'))).to.equal('This plan has no budget.');
    expect(text($(await render(cumbria, 'budget="capital"'), '[part="empty"]'))).to.equal('This plan has no budget "capital".');
  });
});
