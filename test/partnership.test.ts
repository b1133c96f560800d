import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pcp-elements.js';
import type { PcpActionPlan } from '../src/action-plan/pcp-action-plan.js';
import type { PcpOutcomes } from '../src/outcomes/pcp-outcomes.js';
import type { Plan } from '../src/schema/plan.js';
import { minimalPlan } from './fixtures/plans.js';

async function loadFeed(name: string): Promise<Plan> {
  return (await (await fetch(`/demo/feeds/${name}.json`)).json()) as Plan;
}
const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The table's entries as [agency, actions, review date]. */
const entries = (element: Element) =>
  $$(element, 'table tbody tr:not(.group)').map((row) => {
    const cells = [...row.querySelectorAll('td')];
    return cells.slice(-3).map(text);
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
    expect($$(element, 'tr.group .priority-name').map(text)).to.deep.equal([
      'Anti-Social Behaviour',
      'Reduce Re-Offending',
      'Domestic Violence',
      'KSI',
      'Crime',
    ]);
    expect($$(element, 'tr.group th').every((th) => th.getAttribute('scope') === 'rowgroup')).to.equal(true);
    expect(entries(element)).to.have.length(24);
    expect(text($(element, '[part="count"]'))).to.equal('Showing 24 of 24 entries');
    // Every agency and action of the feed is on screen.
    const shown = element.shadowRoot!.querySelector('table')!.textContent!.replace(/\s+/g, ' ');
    for (const row of westCumbria.actionPlan!.rows) {
      for (const aim of row.aims) expect(shown).to.contain(aim);
      for (const agency of row.agencies) {
        expect(shown).to.contain(agency.agency);
        for (const action of agency.actions ?? []) expect(shown).to.contain(action);
      }
    }
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
  });

  it('filters by priority and by free text', async () => {
    const ksi = await render(westCumbria, 'priority="KSI"');
    expect($$(ksi, 'tr.group')).to.have.length(1);
    expect(entries(ksi)).to.have.length(1);
    const byObjective = await render(westCumbria, `priority="${westCumbria.actionPlan!.rows.find((row) => row.priority === 'Crime')!.objectiveId}"`);
    expect(entries(byObjective)).to.have.length(2);
    const search = await render(westCumbria, 'search="credit union"');
    expect(entries(search).map(([agency]) => agency)).to.deep.equal(['Derwent & Solway HA']);
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
    await element.updateComplete;
    expect(element.search).to.equal('fire');
    expect(entries(element).map(([agency]) => agency)).to.deep.equal(['Cumbria Fire & Rescue', 'Derwent & Solway HA']);
    expect(getComputedStyle(element.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    before.remove();
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
    const link = $(element, 'tr.group a') as HTMLAnchorElement;
    expect(text(link)).to.equal('Crime prevention');
    expect(link.href).to.equal('https://pcc.example.org/plan#crime-prevention');
    expect(text($(element, 'tr.group th'))).to.equal('Safer streets (supports Crime prevention)');
  });

  it('says so when the plan has no action plan', async () => {
    const element = await render(minimalPlan());
    expect(text($(element, '[part="empty"]'))).to.equal('This plan has no action plan.');
  });
});

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

  it('keeps two feeds on one page apart', async () => {
    const wrapper = await fixture(html`<div>
      <pcp-plan .plan=${framework}><pcp-outcomes></pcp-outcomes></pcp-plan>
      <pcp-plan .plan=${await loadFeed('west-cumbria-csp-2012-13')}><pcp-action-plan></pcp-action-plan><pcp-outcomes></pcp-outcomes></pcp-plan>
    </div>`);
    const [outcomes, cspOutcomes] = [...wrapper.querySelectorAll('pcp-outcomes')];
    const actionPlan = wrapper.querySelector('pcp-action-plan')!;
    await Promise.all([outcomes!.updateComplete, cspOutcomes!.updateComplete, actionPlan.updateComplete]);
    expect($$(outcomes!, 'tbody tr')).to.have.length(4);
    expect(text($(cspOutcomes!, '[part="empty"]'))).to.equal('This plan states no shared outcomes or aims.');
    expect(text($(actionPlan, '[part="count"]'))).to.equal('Showing 24 of 24 entries');
  });
});
