import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import type { PcpPlanDocument } from './pcp-plan-document.js';
import type { Plan } from '../schema/plan.js';
import { deepText, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan, SAMPLE_FEEDS } from '../../test/fixtures/plans.js';


/** Every heading in reading order, through shadow roots: [level, text]. */
function outline(root: Node): Array<[number, string]> {
  const headings: Array<[number, string]> = [];
  const walk = (node: Node) => {
    const element = node as Element;
    if (element.nodeType === Node.ELEMENT_NODE) {
      const match = /^h([1-6])$/.exec(element.localName);
      const level = match ? Number(match[1]) : element.getAttribute('role') === 'heading' ? Number(element.getAttribute('aria-level')) : 0;
      if (level && element.checkVisibility()) headings.push([level, text(element)]);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return headings;
}

/** One top heading at `top`, and no level skipped on the way down. */
function expectOutline(element: PcpPlanDocument, top: number): void {
  const headings = outline(element.shadowRoot!);
  expect(headings.filter(([level]) => level === top)).to.have.length(1);
  expect(headings[0]![0]).to.equal(top);
  expect(Math.min(...headings.map(([level]) => level))).to.equal(top);
  for (let index = 1; index < headings.length; index += 1) {
    expect(headings[index]![0] - headings[index - 1]![0], `${headings[index - 1]![1]} → ${headings[index]![1]}`).to.be.at.most(1);
  }
}

async function render(plan: Plan, level = 1): Promise<PcpPlanDocument> {
  const element = await fixture<PcpPlanDocument>(html`<pcp-plan-document heading-level=${level} .plan=${plan}></pcp-plan-document>`);
  // The parts inside render on their own update cycles.
  await waitUntil(() => deepText(element).includes(plan.title), 'the document rendered');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return element;
}

describe('<pcp-plan-document>', () => {
  let cumbria: Plan;
  before(async () => {
    cumbria = await loadFeed('cumbria-2021-2025');
  });

  it('shows the whole Cumbria plan: forewords, 7 objectives and 38 actions, budget, grant, monitoring, contact', async () => {
    const element = await render(cumbria);
    const all = deepText(element);
    for (const foreword of cumbria.forewords!) {
      expect(all).to.contain(foreword.title);
      for (const paragraph of foreword.paragraphs) expect(all).to.contain(paragraph.replace(/\s+/g, ' '));
    }
    expect(all).to.contain('Peter McCall').and.contain('Michelle Skeer QPM');
    const objectives = element.shadowRoot!.querySelector('pcp-objectives')!;
    expect(objectives.shadowRoot!.querySelectorAll('[part="card"]')).to.have.length(7);
    expect(objectives.shadowRoot!.querySelectorAll('[part="actions"] > li')).to.have.length(38);
    const budget = element.shadowRoot!.querySelector('pcp-budget-table')!;
    expect(text(budget.shadowRoot!.querySelector('tfoot')!)).to.contain('£136,972,658');
    expect(all).to.contain("Police and Crime Commissioner's Property Fund");
    for (const item of cumbria.monitoring!.items) expect(all).to.contain(item.text);
    expect(all).to.contain('01768 217734').and.contain('commissioner@cumbria-pcc.gov.uk').and.contain('braille');
    await expect(element).to.be.accessible();
  });

  for (const name of SAMPLE_FEEDS) {
    it(`${name}: every fact the feed carries is on the page, with a correct heading outline and no axe-core violations`, async () => {
      const plan = await loadFeed(name);
      const element = await render(plan);
      const all = deepText(element);
      const mustShow = [
        plan.title,
        ...plan.objectives.map((objective) => objective.title),
        ...plan.objectives.flatMap((objective) => (objective.actions ?? []).map((action) => action.text)),
        ...(plan.forewords ?? []).flatMap((foreword) => [foreword.title, foreword.author?.name ?? '']),
        ...(plan.monitoring?.items ?? []).map((item) => item.text),
        ...(plan.nationalPriorities?.items ?? []).map((item) => item.text),
        ...(plan.grants ?? []).map((grant) => grant.name),
        ...(plan.sections ?? []).flatMap((section) => [section.title, ...(section.items ?? []).map((item) => item.text)]).filter(Boolean),
        ...(plan.keyFigures ?? []).map((figure) => figure.label),
        ...(plan.contact?.phone ? [plan.contact.phone] : []),
        ...(plan.contact?.email ? [plan.contact.email] : []),
        ...(plan.subtitle ? [plan.subtitle] : []),
        ...(plan.strapline ? [plan.strapline] : []),
        ...(plan.vision ?? []),
        ...(plan.people ?? []).flatMap((person) => [person.name, person.role]),
        ...(plan.introduction ?? []).flatMap((section) => [section.title, ...(section.paragraphs ?? [])]).filter(Boolean),
        ...(plan.partners ?? []).map((partner) => partner.name),
        ...(plan.measures ?? []).map((measure) => measure.title),
        ...plan.objectives.flatMap((objective) => [objective.outcome, objective.aim]).filter(Boolean),
        ...(plan.sources ?? []).map((source) => source.title),
        ...(plan.notes ?? []),
        ...(plan.accessibleFormats?.text ? [plan.accessibleFormats.text] : []),
        ...(plan.fundingShares ?? []).flatMap((set) => [set.title, set.of]).filter(Boolean),
      ] as string[];
      for (const fact of mustShow) expect(all, fact).to.contain(fact.replace(/\s+/g, ' '));
      expectOutline(element, 1);
      await expect(element).to.be.accessible();
    });
  }

  for (const level of [3, 4, 5, 6]) {
    it(`keeps a correct outline below heading-level ${level} (ARIA headings past h6)`, async () => {
      for (const name of ['cumbria-2021-2025', 'cleveland-2020-21-update'] as const) {
        const element = await render(await loadFeed(name), level);
        expectOutline(element, level);
      }
    });
  }

  it('carries a draft banner for the Cambridgeshire and Peterborough draft, and none for a published plan', async () => {
    const draft = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'));
    expect(text(draft.shadowRoot!.querySelector('[part="banner"]')!)).to.equal('Draft This plan is a draft. It may change before it is published.');
    const published = await render(cumbria);
    expect(published.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
    expect(text(published.shadowRoot!.querySelector('.meta')!)).to.contain('Period: 2021-2025');
  });

  it('has a contents list the keyboard can use: Enter on a link moves focus to that part', async () => {
    const element = await render(cumbria);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')];
    expect(links.map(text)).to.include.members(['Forewords', 'Objectives', 'Money', 'Contact']);
    const money = links.find((link) => text(link) === 'Money')!;
    money.focus();
    await sendKeys({ press: 'Enter' });
    const section = element.shadowRoot!.activeElement!;
    expect(section.id).to.match(/-money$/);
    expect(text(section.querySelector('.section-heading')!)).to.equal('Money');
    // The skip link passes the contents list.
    const skip = element.shadowRoot!.querySelector<HTMLButtonElement>('.skip')!;
    skip.focus();
    expect(skip.getBoundingClientRect().left).to.be.at.least(0);
    await sendKeys({ press: 'Enter' });
    // …to the first part, a region named by its heading.
    const first = element.shadowRoot!.activeElement!;
    expect(first.id).to.match(/-forewords$/);
    expect(first.getAttribute('aria-labelledby')).to.match(/-forewords-heading$/);
  });

  it('prints cleanly: every part from a new page, no contents list or skip control', async () => {
    const element = await render(cumbria);
    await emulateMedia({ media: 'print' });
    try {
      const sections = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.doc-section')];
      expect(sections.length).to.be.greaterThan(5);
      expect(getComputedStyle(sections[0]!).breakBefore).to.not.equal('page');
      for (const section of sections.slice(1)) expect(getComputedStyle(section).breakBefore, section.id).to.equal('page');
      expect(getComputedStyle(element.shadowRoot!.querySelector('nav')!).display).to.equal('none');
      expect(getComputedStyle(element.shadowRoot!.querySelector('.skip')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps focus in the document when the plan changes under it', async () => {
    const element = await render(cumbria);
    const contact = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')].find((link) => text(link) === 'Contact')!;
    contact.click();
    expect(element.shadowRoot!.activeElement!.id).to.match(/-contact$/);
    element.plan = await loadFeed('cambridgeshire-2016-framework');
    await element.updateComplete;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement, 'focus stays inside').to.not.equal(null);
  });

  it('sends one pcp-load for the page, not one per part', async () => {
    const loads: EventTarget[] = [];
    const listener = (event: Event) => loads.push(event.composedPath()[0]!);
    document.addEventListener('pcp-load', listener);
    try {
      await render(cumbria);
    } finally {
      document.removeEventListener('pcp-load', listener);
    }
    expect(loads.map((target) => (target as Element).localName)).to.deep.equal(['pcp-plan-document']);
  });

  it('shows a plan with only the required parts', async () => {
    const element = await render(minimalPlan());
    expect([...element.shadowRoot!.querySelectorAll('[part="contents"] a')].map(text)).to.deep.equal(['Objectives', 'Progress']);
    await expect(element).to.be.accessible();
  });
});

describe('narrative elements', () => {
  let cumbria: Plan;
  before(async () => {
    cumbria = await loadFeed('cumbria-2021-2025');
  });

  it('<pcp-foreword> shows each foreword with its author and signature', async () => {
    const element = await fixture<HTMLElement>(html`<pcp-foreword .plan=${cumbria}></pcp-foreword>`);
    const forewords = [...element.shadowRoot!.querySelectorAll('[part="foreword"]')];
    expect(forewords).to.have.length(2);
    expect(text(forewords[0]!.querySelector('[part="signature"]')!)).to.equal('Peter McCall, Police and Crime Commissioner');
    expect(text(forewords[1]!.querySelector('[part="signature"]')!)).to.equal('Michelle Skeer QPM Chief Constable');
    const one = await fixture<HTMLElement>(html`<pcp-foreword foreword="2" .plan=${cumbria}></pcp-foreword>`);
    expect(one.shadowRoot!.querySelectorAll('[part="foreword"]')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('<pcp-contact> links the phone, email and website, and makes the accessible-formats offer', async () => {
    const element = await fixture<HTMLElement>(html`<pcp-contact .plan=${cumbria}></pcp-contact>`);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')].map((link) => link.getAttribute('href'));
    expect(links).to.include.members(['tel:01768217734', 'mailto:commissioner@cumbria-pcc.gov.uk', 'http://www.cumbria-pcc.gov.uk']);
    expect(text(element.shadowRoot!.querySelector('[part="formats"]')!)).to.contain('braille, audio, large print, easy read');
    await expect(element).to.be.accessible();
  });

  it('<pcp-grants> shows each grant with what it is and who may apply; awards in a table', async () => {
    const element = await fixture<HTMLElement>(html`<pcp-grants .plan=${cumbria}></pcp-grants>`);
    expect(text(element.shadowRoot!.querySelector('[part="title"]')!)).to.equal("Police and Crime Commissioner's Property Fund");
    expect(text(element.shadowRoot!.querySelector('[part="status"]')!)).to.equal('Open for applications');
    const cleveland = await fixture<HTMLElement>(html`<pcp-grants .plan=${await loadFeed('cleveland-2020-21-update')}></pcp-grants>`);
    expect(text(cleveland.shadowRoot!)).to.contain('£203,000').and.contain('£546,000');
    const withAwards = minimalPlan({
      grants: [{ id: 'fund', name: 'Community Fund', awards: [{ recipient: 'Youth Club', project: 'Late nights', amount: 2500, date: '2024-06' }] }],
    });
    const awards = await fixture<HTMLElement>(html`<pcp-grants .plan=${withAwards}></pcp-grants>`);
    expect([...awards.shadowRoot!.querySelectorAll('tbody td, tbody th')].map(text)).to.deep.equal(['Youth Club', 'Late nights', '£2,500', 'June 2024']);
    await expect(awards).to.be.accessible();
  });

  it('<pcp-monitoring> and <pcp-national-priorities> show the statement and every item', async () => {
    const monitoring = await fixture<HTMLElement>(html`<pcp-monitoring .plan=${cumbria}></pcp-monitoring>`);
    expect(monitoring.shadowRoot!.querySelectorAll('[part="list"] > ul > li')).to.have.length(cumbria.monitoring!.items.length);
    const national = await fixture<HTMLElement>(html`<pcp-national-priorities .plan=${cumbria}></pcp-national-priorities>`);
    expect(text(national.shadowRoot!)).to.contain('Beating Crime Plan');
    const none = await fixture<HTMLElement>(html`<pcp-monitoring .plan=${minimalPlan()}></pcp-monitoring>`);
    expect(text(none.shadowRoot!.querySelector('[part="empty"]')!)).to.equal('This plan does not describe how it is monitored.');
    await expect(monitoring).to.be.accessible();
  });
});
