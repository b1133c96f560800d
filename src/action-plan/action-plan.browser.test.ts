// <pcp-action-plan> in a browser: rendering, filters, keyboard, cards, the CSV download and axe.
// What it shows is decided by actionPlanView (action-plan-view.unit.test.ts, in Node).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import type { PcpActionPlan } from './pcp-action-plan.js';
import type { Plan } from '../schema/plan.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan } from '../../test/fixtures/plans.js';

/** A cell's text; list items joined with " | ". */
const cellText = (cell: Element) => {
  const items = [...cell.querySelectorAll('li')];
  return items.length ? items.map(text).join(' | ') : text(cell);
};
/** The tables' entries as [agency, actions, review date]. */
const entries = (element: Element) =>
  $$(element, 'table tbody tr').map((row) => {
    const cells = [...row.querySelectorAll('td')];
    return cells.slice(-3).map(cellText);
  });

async function render(plan: Plan, attributes = '', width = 1000): Promise<PcpActionPlan> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width: ${width}px"><pcp-action-plan ${attributes}></pcp-action-plan></div>`);
  const element = wrapper.querySelector('pcp-action-plan')!;
  element.plan = plan;
  await element.updateComplete;
  return element;
}

describe('<pcp-action-plan>', () => {
  let westCumbria: Plan;
  before(async () => {
    westCumbria = await loadFeed('west-cumbria-csp-2012-13');
  });

  it('shows every row of the West Cumbria table, grouped by its five priorities, each agency with its actions', async () => {
    const element = await render(westCumbria);
    expect($$(element, '.group-caption .priority-name').map(text)).to.deep.equal([
      'Anti-Social Behaviour',
      'Reduce Re-Offending',
      'Domestic Violence',
      'KSI',
      'Crime',
    ]);
    // One table per priority, captioned with it, so the priority is announced with its cells.
    expect($$(element, 'table')).to.have.length(5);
    expect(entries(element)).to.have.length(24);
    expect(text($(element, '[part="count"]'))).to.equal('Showing 24 of 24 entries');
    // Every agency and action of the feed is on screen.
    const shown = $$(element, 'table').map((table) => table.textContent!).join(' ').replace(/\s+/g, ' ');
    for (const row of westCumbria.actionPlan!.rows) {
      for (const aim of row.aims) expect(shown).to.contain(aim);
      for (const agency of row.agencies) {
        expect(shown).to.contain(agency.agency);
        for (const action of agency.actions ?? []) expect(shown).to.contain(action);
      }
    }
    // Rows as the source table prints them (agency, actions), read against the document.
    const rows = entries(element);
    expect(rows).to.deep.include(['Derwent & Solway HA / Impact HA', 'Undertake a Pilot to provide accommodation for an IOM Client', 'January 2012']);
    expect(rows).to.deep.include(['IOM Team', 'Address Housing Issues for IOM cohort through Housing Task & Finish Groups', '–']);
    expect(rows).to.deep.include(['All Agencies', 'Continue to develop and support the Domestic Violence Champions Network in West Cumbria', '–']);
    expect(rows[2]).to.deep.equal([
      'Prevent & Deter',
      'Report on youths at the different stages of the its your choice programme | Record number of young people referred to Prevent Deter | Record & Monitor numbers accepted onto the Prevent & Deter Programme',
      '–',
    ]);
    // Aims are row headers spanning their agencies, not empty cells.
    const aim = $$(element, 'tbody th[scope="row"]')[1]!;
    expect(text(aim)).to.equal('Reduce Alcohol Related Youth Anti-Social Behaviour');
    expect(aim.getAttribute('rowspan')).to.equal('4');
    await expect(element).to.be.accessible();
  });

  it('writes review dates as en-GB months, and marks those an as-of date has passed', async () => {
    const element = await render(westCumbria, 'as-of="2012-03"');
    const dated = entries(element).filter(([, , date]) => date !== '–');
    expect(dated).to.deep.equal([
      ['Derwent & Solway HA / Impact HA', 'Undertake a Pilot to provide accommodation for an IOM Client', 'January 2012Overdue'],
      ['West Cumbria CSP', 'Secure continuation of IOM outreach worker post', 'December 2011Overdue'],
      ['Derwent & Solway HA', 'Radio campaign to be delivered to increase the awareness of the not in my home domestic violence campaign', 'December 2011Overdue'],
    ]);
    const early = await render(westCumbria, 'as-of="2011-12-15"');
    expect(entries(early).filter(([, , date]) => date?.includes('Overdue'))).to.have.length(0);
    const onTime = await render(westCumbria);
    expect($$(onTime, '.overdue')).to.have.length(0);
    // The feed's own asOf works too.
    const fromFeed = await render({ ...structuredClone(westCumbria), asOf: '2012-02' });
    expect($$(fromFeed, '.tables .overdue')).to.have.length(3);
  });

  it('warns about an as-of that is not a date, and marks nothing', async () => {
    const element = await fixture<PcpActionPlan>(html`<pcp-action-plan></pcp-action-plan>`);
    const warned = oneEvent(element, 'pcp-warning');
    element.asOf = 'March 2012';
    element.plan = westCumbria;
    expect((await warned).detail.message).to.contain('as-of="March 2012" is not a date');
    await element.updateComplete;
    expect($$(element, '.overdue')).to.have.length(0);
  });

  it('filters to one agency by its full name, its short name, or the agency="…" attribute', async () => {
    const police = await render(westCumbria, 'agency="Cumbria Constabulary"');
    expect(entries(police).map(([agency]) => agency)).to.deep.equal(Array(4).fill('Cumbria Constabulary'));
    expect(text($(police, '[part="count"]'))).to.equal('Showing 4 of 24 entries');

    const full = await render(westCumbria, 'agency="Derwent & Solway Housing Association"');
    const short = await render(westCumbria, 'agency="Derwent & Solway HA"');
    expect(entries(full)).to.have.length(7);
    expect(entries(short)).to.deep.equal(entries(full));
    expect(new Set(entries(full).map(([agency]) => agency))).to.deep.equal(
      new Set(['Derwent & Solway HA', 'Derwent & Solway Housing Association', 'Derwent & Solway HA / Impact HA']),
    );
    // The control shows the partner's full name.
    expect(($(short, 'select[id$="agency"]') as HTMLSelectElement).value).to.equal('Derwent & Solway Housing Association');
    // A joint entry belongs to both its partners.
    const impact = await render(westCumbria, 'agency="Impact HA"');
    expect(entries(impact).map(([agency]) => agency)).to.deep.equal(['Derwent & Solway HA / Impact HA']);
  });

  it('filters by priority and by free text', async () => {
    const ksi = await render(westCumbria, 'priority="KSI"');
    expect($$(ksi, 'table')).to.have.length(1);
    expect(entries(ksi)).to.have.length(1);
    // By objective id, which differs from the printed name; the control shows the printed name.
    const byObjective = await render(westCumbria, 'priority="re-offending"');
    expect(entries(byObjective)).to.have.length(6);
    expect(($(byObjective, 'select[id$="priority"]') as HTMLSelectElement).value).to.equal('Reduce Re-Offending');
    const search = await render(westCumbria, 'search="credit union"');
    expect(entries(search).map(([agency]) => agency)).to.deep.equal(['Derwent & Solway HA']);
    // Searched like names are matched: "and" for "&", and a partner's other names.
    const fire = await render(westCumbria, 'search="fire and rescue"');
    expect(entries(fire).map(([agency]) => agency)).to.include('Cumbria Fire & Rescue');
    const council = await render(westCumbria, 'search="Cumbria County Council"');
    expect(entries(council).map(([agency]) => agency)).to.deep.equal(['Cumbria Fire & Rescue']);
    const nothingFound = await render(westCumbria, 'search="zzz"');
    expect(text($(nothingFound, '[part="empty"]'))).to.equal('No entries match these filters.');
  });

  it('works from the keyboard: Tab to the filters, choose with the arrows, type to search', async () => {
    const element = await render(westCumbria);
    const before = document.createElement('button');
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const priority = $(element, 'select[id$="priority"]') as HTMLSelectElement;
    expect(element.shadowRoot!.activeElement).to.equal(priority);
    expect(priority.labels[0]!.textContent).to.equal('Priority');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.priority).to.equal('Anti-Social Behaviour');
    expect(entries(element)).to.have.length(13);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal($(element, 'input[type="search"]'));
    await sendKeys({ type: 'fire' });
    // Filtering waits for a pause in typing (300 ms), so the count is announced once, not per key.
    await waitUntil(() => element.search === 'fire', 'the search applied after the pause');
    await element.updateComplete;
    expect(entries(element).map(([agency]) => agency)).to.deep.equal(['Cumbria Fire & Rescue', 'Derwent & Solway HA']);
    expect(getComputedStyle(element.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    before.remove();
  });

  it('filters once typing pauses, not on every key', async () => {
    const element = await render(westCumbria);
    const input = $(element, 'input[type="search"]') as HTMLInputElement;
    for (const value of ['p', 'po', 'pol']) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(element.search).to.equal(undefined);
    await waitUntil(() => element.search === 'pol', 'applied after the pause');
  });

  it('becomes labelled cards in a narrow container, with no sideways scrolling', async () => {
    const element = await render(westCumbria, '', 320);
    expect($(element, '.table-region').checkVisibility()).to.equal(false);
    const cards = $$(element, '.card');
    expect(cards.length).to.equal(westCumbria.actionPlan!.rows.length);
    expect(cards[0]!.checkVisibility()).to.equal(true);
    expect([...cards[0]!.querySelectorAll('dt')].map(text)).to.deep.equal(['Aims', 'Baseline data', 'Agency', 'Actions', 'Review date', 'Agency', 'Actions', 'Review date']);
    expect(element.scrollWidth).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('downloads what is shown as CSV', async () => {
    const element = await render(westCumbria, 'agency="Cumbria Constabulary"');
    const link = $(element, '[part="download"] a') as HTMLAnchorElement;
    expect(link.download).to.equal('west-cumbria-csp-2012-13-action-plan.csv');
    const lines = (await (await fetch(link.href)).text()).trim().split('\r\n');
    expect(lines[0]).to.equal('Priority,Aims,Baseline data,Agency,Actions,Review date');
    expect(lines).to.have.length(5);
    expect(lines[1]).to.match(/^Anti-Social Behaviour,Reduce Repeat Victimization,,Cumbria Constabulary,Monitor Gold/);
  });

  it('links a CSP priority to the commissioner objective it supports', async () => {
    const plan = minimalPlan({
      publisher: { name: 'Testshire CSP', kind: 'community-safety-partnership' },
      actionPlan: { rows: [{ priority: 'Safer streets', objectiveId: 'safer-streets', aims: ['Fewer burglaries'], agencies: [{ agency: 'Police' }] }] },
    });
    plan.objectives[0]!.supports = [
      { planId: 'testshire-pcc', objectiveId: 'crime-prevention', url: 'https://pcc.example.org/plan', title: 'Crime prevention' },
    ];
    const element = await render(plan);
    const link = $(element, '.group-caption a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Crime prevention');
    expect(link.href).to.equal('https://pcc.example.org/plan#crime-prevention');
    expect(text($(element, '.group-caption'))).to.equal('Safer streets (supports Crime prevention): Test Police and Crime Plan: action plan');
  });

  it('links an agency to its partner\'s website when the feed gives one', async () => {
    const plan = structuredClone(westCumbria);
    plan.partners!.find((partner) => partner.name === 'Cumbria Constabulary')!.url = 'https://www.cumbria.police.uk';
    const element = await render(plan, 'agency="Cumbria Constabulary"');
    const links = $$(element, 'table td a') as HTMLAnchorElement[];
    expect(links).to.have.length(4);
    expect(links[0]!.href).to.equal('https://www.cumbria.police.uk/');
  });

  it('says so when the plan has no action plan', async () => {
    const element = await render(minimalPlan());
    expect(text($(element, '[part="empty"]'))).to.equal('This plan has no action plan.');
  });
});
