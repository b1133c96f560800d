import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../pcp-elements.js';
import { clearPlanCache } from '../loader/index.js';
import type { PcpObjectives } from './pcp-objectives.js';
import { countActions } from './actions-view.js';
import type { PcpPlan } from '../plan/pcp-plan.js';
import type { Plan } from '../schema/plan.js';
import { contrast, usePreset } from '../../test/helpers/contrast.js';
import { $, $$, loadFeed, text } from '../../test/helpers/dom.js';
import { minimalPlan, SAMPLE_FEEDS } from '../../test/fixtures/plans.js';


async function render(plan: Plan, attributes = ''): Promise<PcpObjectives> {
  const element = await fixture<PcpObjectives>(`<pcp-objectives ${attributes}></pcp-objectives>`);
  element.plan = plan;
  await element.updateComplete;
  return element;
}

// checkVisibility() also sees content hidden by hidden="until-found" (content-visibility: hidden).
const visible = (node: Element) => node.checkVisibility();

describe('<pcp-objectives>', () => {
  let cumbria: Plan;
  before(async () => {
    cumbria = await loadFeed('cumbria-2021-2025');
  });
  afterEach(() => clearPlanCache());

  describe('content', () => {
    it('shows Cumbria\'s 7 numbered objectives with their intro lines and 38 actions', async () => {
      const element = await render(cumbria);
      const cards = $$(element, '[part="card"]');
      expect(cards).to.have.length(7);
      expect($$(element, '[part="number"]').map(text)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7']);
      expect(text($$(element, '[part="title"]')[2]!)).to.equal('3 A focus on victims');
      expect(text($$(element, '[part="intro"]')[2]!)).to.equal('Work with partner agencies, the Police and support organisations to:');
      expect($$(element, '[part="actions"] > li')).to.have.length(38);
      expect(cards.map((card) => card.querySelectorAll('[part="actions"] > li').length)).to.deep.equal([9, 6, 9, 5, 5, 2, 2]);
      expect(text($$(element, '[part="actions"] > li')[0]!)).to.match(/^Develop projects and support policing activities/);
    });

    for (const name of SAMPLE_FEEDS) {
      it(`shows every objective and every action of ${name}`, async () => {
        const plan = await loadFeed(name);
        const element = await render(plan);
        expect($$(element, '[part="card"]')).to.have.length(plan.objectives.length);
        const expected = plan.objectives.reduce((total, objective) => total + countActions(objective.actions), 0);
        expect($$(element, '[part="actions"] li')).to.have.length(expected);
        for (const [index, objective] of plan.objectives.entries()) {
          expect(text($$(element, '.title-text')[index]!)).to.equal(objective.title);
        }
      });
    }

    it('keeps nested actions nested, with a status tag only where it changes', async () => {
      const element = await render(await loadFeed('cleveland-2020-21-update'));
      const first = $(element, '[part="card"] [part="actions"] > li');
      expect(text(first)).to.match(/^Developing the culture of Cleveland Police status: Delivered Everyone Matters$/);
      expect(text(first.querySelector('[part="status"]')!)).to.equal('status: Delivered');
      const nested = first.querySelector('[part="actions"] > li')!;
      expect(text(nested)).to.equal('Everyone Matters');
      const statuses = $$(element, '[part="card"]')[0]!.querySelectorAll(':scope [part="actions"] > li > [part="status"]');
      expect([...statuses].map(text)).to.include.members(['status: Delivered', 'status: Planned']);
    });

    it('prints the headings the plan uses ("What we will do", "How we will achieve this") and each theme\'s introduction', async () => {
      const element = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'), 'heading-level="3"');
      const card = $$(element, '[part="card"]')[0]!;
      expect([...card.querySelectorAll('h4')].map(text)).to.deep.equal(['What we will do', 'How we will achieve this']);
      expect(text(card.querySelector('[part="subsection"]')!)).to.match(/^One of the first questions I am often asked/);
      expect($$(element, '[part="number"]')).to.have.length(0); // the themes are not numbered in the plan
    });

    it('renders a plan with no objectives as an empty state', async () => {
      const element = await render(minimalPlan({ objectives: [] }));
      expect(text($(element, '[part="empty"]'))).to.equal('This plan has no objectives.');
    });

    for (const layout of ['grid', 'list', 'accordion']) {
      it(`${layout}: 12 objectives with long titles and no optional parts fit 320px without overflow`, async () => {
        const plan = minimalPlan({
          objectives: Array.from({ length: 12 }, (_, index) => ({
            id: `objective-${index + 1}`,
            number: index + 1,
            title: `Objective ${index + 1}: ${'Partnershipworkingacrossthecounty'.repeat(3)} and a great deal more words in the title`,
          })),
        });
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><pcp-objectives layout=${layout} .plan=${plan}></pcp-objectives></div>`);
        const element = wrapper.querySelector('pcp-objectives')!;
        await element.updateComplete;
        if (layout === 'accordion') element.showAll();
        await element.updateComplete;
        expect($$(element, '[part="card"]')).to.have.length(12);
        expect(element.scrollWidth).to.be.at.most(320);
        await expect(element).to.be.accessible();
      });
    }

    it('reads a status as a status, not run on from the action', async () => {
      const element = await render(await loadFeed('cleveland-2020-21-update'));
      expect(text($(element, '[part="status"]'))).to.equal('status: Delivered');
      expect(getComputedStyle($(element, '[part="status"] .visually-hidden')).position).to.equal('absolute');
    });

    it('keeps headings one level deeper than the titles, even below h6', async () => {
      const element = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'), 'heading-level="6"');
      const sub = $(element, '[part="subheading"]');
      expect(sub.getAttribute('role')).to.equal('heading');
      expect(sub.getAttribute('aria-level')).to.equal('7');
    });
  });

  describe('layouts', () => {
    it('grid: cards in columns on a wide page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"><pcp-objectives layout="grid" .plan=${cumbria}></pcp-objectives></div>`);
      const element = wrapper.querySelector('pcp-objectives')!;
      await element.updateComplete;
      const [first, second] = $$(element, '[part="card"]');
      expect(second!.getBoundingClientRect().top).to.equal(first!.getBoundingClientRect().top);
      expect($(element, 'ol[role="list"]')).to.exist;
    });

    it('list: one objective under another', async () => {
      const element = await render(cumbria, 'layout="list"');
      const [first, second] = $$(element, '[part="card"]');
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().bottom - 1);
    });

    it('falls back to list for an unknown layout', async () => {
      const element = await render(cumbria, 'layout="carousel"');
      await element.updateComplete;
      expect(element.layout).to.equal('list');
      expect(element.getAttribute('layout')).to.equal('list');
    });

    it('shows a plan with a single objective on its own, not as a list of one', async () => {
      const plan = minimalPlan();
      plan.objectives = plan.objectives.slice(0, 1);
      for (const layout of ['list', 'accordion']) {
        const element = await render(plan, `layout="${layout}"`);
        expect(element.shadowRoot!.querySelector('li[part="card"], ol')).to.equal(null);
        expect($$(element, 'div[part="card"]')).to.have.length(1);
        await expect(element).to.be.accessible();
      }
    });

    it('picks an objective by id before number when both could match', async () => {
      const plan = minimalPlan();
      plan.objectives[0]!.id = '3';
      plan.objectives[0]!.number = 1;
      const element = await render(plan, 'objective="3"');
      expect($$(element, '[part="card"]').map((card) => text(card.querySelector('.title-text')!))).to.deep.equal(['Safer streets']);
      await expect(element).to.be.accessible();
    });

    it('accordion: closed panels that stay findable, toggles that announce their state', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      const toggles = $$(element, '[part="toggle"]');
      expect(toggles).to.have.length(7);
      expect(toggles.every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).to.equal(true);
      const panel = element.shadowRoot!.getElementById(toggles[0]!.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(visible(panel.querySelector('li')!)).to.equal(false);
      // The toggle sits inside the heading, so the heading outline survives.
      expect(toggles[0]!.parentElement!.localName).to.equal('h2');
      toggles[0]!.click();
      await element.updateComplete;
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(visible(panel.querySelector('li')!)).to.equal(true);
    });

    it('accordion: Tab reaches each toggle, Enter and Space open and close it', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      const showAll = $(element, '[part="toolbar"] button');
      showAll.focus();
      await sendKeys({ press: 'Tab' });
      const toggles = $$(element, '[part="toggle"]');
      expect(element.shadowRoot!.activeElement).to.equal(toggles[0]);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('false');
      // Tab moves on to the next objective (the closed panel holds no focusable content).
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(toggles[1]);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggles[1]!.getAttribute('aria-expanded')).to.equal('true');
      // A visible focus indicator.
      expect(getComputedStyle(toggles[1]!).outlineStyle).to.equal('solid');
    });

    it('accordion: "Show all sections" opens every objective and becomes "Hide all sections"', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      const button = $(element, '[part="toolbar"] button');
      expect(text(button)).to.equal('Show all sections');
      button.click();
      await element.updateComplete;
      expect($$(element, '[part="toggle"]').every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(text(button)).to.equal('Hide all sections');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      button.click();
      await element.updateComplete;
      expect($$(element, '[part="toggle"]').every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    for (const layout of ['grid', 'list', 'accordion']) {
      it(`${layout}: no axe-core violations`, async () => {
        const element = await render(cumbria, `layout="${layout}"`);
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('one objective, headings, deep links', () => {
    it('shows one objective alone by number or by id', async () => {
      const byNumber = await render(cumbria, 'objective="3"');
      expect($$(byNumber, '[part="card"]').map((card) => text(card.querySelector('.title-text')!))).to.deep.equal(['A focus on victims']);
      expect(byNumber.shadowRoot!.querySelector('ol')).to.equal(null);
      const byId = await render(cumbria, `objective="${cumbria.objectives[6]!.id}"`);
      expect(text($(byId, '.title-text'))).to.equal('Integrating blue light services');
      await expect(byId).to.be.accessible();
    });

    it('says so when the named objective is not in the plan', async () => {
      const element = await render(cumbria, 'objective="99"');
      expect(text($(element, '[part="empty"]'))).to.equal('This plan has no objective "99".');
    });

    it('uses the heading level the host sets, for titles and the headings inside', async () => {
      const element = await render(await loadFeed('cambridgeshire-peterborough-2021-2024'), 'heading-level="4"');
      expect($$(element, 'h4[part="title"]')).to.have.length(5);
      expect($$(element, 'h5').length).to.be.greaterThan(0);
      expect(element.shadowRoot!.querySelector('h2, h3')).to.equal(null);
    });

    const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

    it('opens, selects and focuses the objective named when the URL hash changes', async () => {
      const id = cumbria.objectives[3]!.id;
      try {
        const element = await render(cumbria, 'layout="accordion"');
        const selected = oneEvent(element, 'pcp-select');
        location.hash = id;
        expect((await selected).detail.objectiveId).to.equal(id);
        await element.updateComplete;
        const card = $(element, `[data-objective="${id}"]`);
        expect(card.id).to.equal(id);
        const toggle = card.querySelector('[part="toggle"]')!;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        await waitUntil(() => element.shadowRoot!.activeElement === toggle, 'focus moved to the objective');
      } finally {
        clearHash();
      }
    });

    it('opens the objective named in the URL hash when the page loads with it', async () => {
      const id = cumbria.objectives[5]!.id;
      history.replaceState(null, '', `#${id}`);
      try {
        const element = await render(cumbria, 'layout="accordion"');
        await element.updateComplete;
        expect($(element, `[data-objective="${id}"] [part="toggle"]`).getAttribute('aria-expanded')).to.equal('true');
        expect($$(element, '[aria-expanded="true"][part="toggle"]')).to.have.length(1);
      } finally {
        clearHash();
      }
    });

    it('lets only the first element showing an objective answer its hash, and ignores malformed hashes', async () => {
      const id = cumbria.objectives[2]!.id;
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error);
      window.addEventListener('error', onError);
      try {
        const wrapper = await fixture(html`<div>
          <pcp-objectives layout="accordion" .plan=${cumbria}></pcp-objectives>
          <pcp-objectives layout="accordion" .plan=${cumbria}></pcp-objectives>
        </div>`);
        const [first, second] = [...wrapper.querySelectorAll('pcp-objectives')];
        location.hash = id;
        await waitUntil(() => $$(first!, '[aria-expanded="true"][part="toggle"]').length === 1, 'the first opened');
        await second!.updateComplete;
        expect($$(second!, '[aria-expanded="true"][part="toggle"]')).to.have.length(0);
        location.hash = '100%';
        await aTimeout(20);
      } finally {
        window.removeEventListener('error', onError);
        clearHash();
      }
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('a new plan', () => {
    it('closes what was open in the old plan and forgets its selection, even where the ids are the same', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      $$(element, '[part="toggle"]')[2]!.click();
      await element.updateComplete;
      expect($$(element, '[aria-expanded="true"][part="toggle"]')).to.have.length(1);
      expect($$(element, '[aria-current]')).to.have.length(1);
      element.plan = structuredClone(cumbria);
      await element.updateComplete;
      expect($$(element, '[part="toggle"]')).to.have.length(7);
      expect($$(element, '[aria-expanded="true"][part="toggle"]')).to.have.length(0);
      expect($$(element, '[aria-current]')).to.have.length(0);
      // The same plan again is not a new plan: what the reader opens stays open.
      $$(element, '[part="toggle"]')[0]!.click();
      await element.updateComplete;
      element.requestUpdate();
      await element.updateComplete;
      expect($$(element, '[aria-expanded="true"][part="toggle"]')).to.have.length(1);
    });

    it('opens the objective named in the URL hash in the new plan too', async () => {
      const id = cumbria.objectives[4]!.id;
      const element = await render(cumbria, 'layout="accordion"');
      history.replaceState(null, '', `#${id}`);
      try {
        element.plan = structuredClone(cumbria);
        await element.updateComplete;
        await element.updateComplete;
        expect($(element, `[data-objective="${id}"] [part="toggle"]`).getAttribute('aria-expanded')).to.equal('true');
        expect($$(element, '[aria-expanded="true"][part="toggle"]')).to.have.length(1);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('easy read', () => {
    const easyPlan = () => {
      const plan = minimalPlan();
      plan.objectives[0]!.summary = ['We will reduce anti-social behaviour through targeted multi-agency interventions.'];
      plan.objectives[0]!.easyRead = ['We will work with others to stop people causing trouble in your area.'];
      plan.objectives[1]!.summary = ['Victims will be placed at the heart of the criminal justice system.'];
      return plan;
    };

    it('offers a visible toggle between the plan\'s words and the easy-read version', async () => {
      const element = await render(easyPlan());
      const toggle = $(element, '.easy-read-toggle');
      expect(text(toggle)).to.equal('Easy read');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(element, '[part="summary"]'))).to.match(/^We will reduce anti-social behaviour/);
      toggle.click();
      await element.updateComplete;
      expect(element.reading).to.equal('easy');
      expect(element.getAttribute('reading')).to.equal('easy');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(text($(element, '[part="summary"]'))).to.equal('We will work with others to stop people causing trouble in your area.');
      // An objective without an easy-read version keeps the plan's words and says so.
      expect(text($$(element, '.easy-read-note')[0]!)).to.contain('no easy-read version');
      await expect(element).to.be.accessible();
      // Pressed again, it goes back to the plan's words.
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(text($(element, '[part="summary"]'))).to.match(/^We will reduce anti-social behaviour/);
    });

    it('starts in easy read with reading="easy", and has no toggle when the feed has no easy read', async () => {
      const element = await render(easyPlan(), 'reading="easy"');
      expect(text($(element, '[part="summary"]'))).to.match(/^We will work with others/);
      const plain = await render(cumbria);
      expect(plain.shadowRoot!.querySelector('.easy-read-toggle')).to.equal(null);
    });
  });

  describe('shared selection inside <pcp-plan>', () => {
    it('opening an objective in one element opens it in the other and sets <pcp-plan selected>', async () => {
      const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${cumbria}>
        <pcp-objectives layout="accordion"></pcp-objectives>
        <pcp-objectives layout="accordion"></pcp-objectives>
      </pcp-plan>`);
      const [one, two] = [...provider.querySelectorAll('pcp-objectives')];
      await one!.updateComplete;
      const selected = oneEvent(provider, 'pcp-select');
      $$(one!, '[part="toggle"]')[4]!.click();
      expect((await selected).detail.objectiveId).to.equal(cumbria.objectives[4]!.id);
      expect(provider.selected).to.equal(cumbria.objectives[4]!.id);
      await provider.updateComplete;
      await two!.updateComplete;
      expect($$(two!, '[part="toggle"]')[4]!.getAttribute('aria-expanded')).to.equal('true');
      expect($$(two!, '[part="card"]')[4]!.getAttribute('aria-current')).to.equal('true');
    });

    it('opens each objective the page selects in turn, leaving the ones opened before open', async () => {
      const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${cumbria}><pcp-objectives layout="accordion"></pcp-objectives></pcp-plan>`);
      const element = provider.querySelector('pcp-objectives')!;
      await element.updateComplete;
      for (const index of [1, 3]) {
        provider.selected = cumbria.objectives[index]!.id;
        await provider.updateComplete;
        await element.updateComplete;
      }
      const expanded = $$(element, '[part="toggle"]').map((toggle) => toggle.getAttribute('aria-expanded'));
      expect(expanded).to.deep.equal(['false', 'true', 'false', 'true', 'false', 'false', 'false']);
      expect($$(element, '[aria-current]').map((card) => card.dataset['objective'])).to.deep.equal([cumbria.objectives[3]!.id]);
    });

    it('follows a selection set on the provider', async () => {
      const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${cumbria}><pcp-objectives layout="grid"></pcp-objectives></pcp-plan>`);
      const element = provider.querySelector('pcp-objectives')!;
      provider.selected = cumbria.objectives[1]!.id;
      await provider.updateComplete;
      await element.updateComplete;
      expect($$(element, '[part="card"]')[1]!.getAttribute('aria-current')).to.equal('true');
      expect($$(element, '[aria-current]')).to.have.length(1);
    });

    it('keeps two plans on one page apart, even when their objective ids are the same', async () => {
      const copy = { ...structuredClone(cumbria), id: 'cumbria-copy' };
      const wrapper = await fixture(html`<div>
        <pcp-plan .plan=${cumbria}><pcp-objectives layout="accordion"></pcp-objectives></pcp-plan>
        <pcp-plan .plan=${copy}><pcp-objectives layout="accordion"></pcp-objectives></pcp-plan>
      </div>`);
      const [firstPlan, secondPlan] = [...wrapper.querySelectorAll('pcp-plan')];
      const [first, second] = [...wrapper.querySelectorAll('pcp-objectives')];
      await first!.updateComplete;
      $$(first!, '[part="toggle"]')[0]!.click();
      await aTimeout(0);
      await second!.updateComplete;
      expect(firstPlan!.selected).to.equal(cumbria.objectives[0]!.id);
      expect(secondPlan!.selected).to.equal(undefined);
      expect($$(second!, '[aria-expanded="true"]')).to.have.length(0);
    });

    it('fires pcp-select each time an objective is opened, and closing the selected one clears the selection', async () => {
      const provider = await fixture<PcpPlan>(html`<pcp-plan .plan=${cumbria}><pcp-objectives layout="accordion"></pcp-objectives></pcp-plan>`);
      const element = provider.querySelector('pcp-objectives')!;
      await element.updateComplete;
      const events: Array<string | undefined> = [];
      provider.addEventListener('pcp-select', (event) => events.push(event.detail.objectiveId));
      const toggle = $$(element, '[part="toggle"]')[1]!;
      for (let i = 0; i < 3; i += 1) {
        toggle.click();
        await provider.updateComplete;
        await element.updateComplete;
      }
      const id = cumbria.objectives[1]!.id;
      expect(events).to.deep.equal([id, undefined, id]);
      toggle.click();
      await provider.updateComplete;
      await element.updateComplete;
      expect(provider.selected).to.equal(undefined);
      expect($$(element, '[aria-current]')).to.have.length(0);
    });
  });

  describe('states, media and themes', () => {
    it('shows the error with its path and keeps the fallback content', async () => {
      const bad = structuredClone(cumbria) as unknown as { objectives: Array<{ title: unknown }> };
      bad.objectives[4]!.title = null;
      const element = await fixture<PcpObjectives>(html`<pcp-objectives .plan=${bad}><a href="/plan.pdf">Read the plan (PDF)</a></pcp-objectives>`);
      expect(text($(element, '[role="alert"]'))).to.contain('/objectives/4/title: expected text but got null');
      expect(visible(element.querySelector('a')!)).to.equal(true);
    });

    it('prints every objective open, without shadows or controls', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      await emulateMedia({ media: 'print' });
      try {
        expect(visible($(element, '.panel li'))).to.equal(true);
        expect(getComputedStyle($(element, '[part="toolbar"]')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      const grid = await render(cumbria, 'layout="grid"');
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(grid, '[part="card"]')).boxShadow).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('has no transitions under prefers-reduced-motion', async () => {
      const element = await render(cumbria, 'layout="accordion"');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle($(element, '.chevron')).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      expect(getComputedStyle($(element, '.chevron')).transitionDuration).to.not.equal('0s');
    });

    it('keeps card edges and number badges visible in forced-colors mode', async () => {
      const element = await render(cumbria, 'layout="grid"');
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const number = getComputedStyle($(element, '[part="number"]'));
        const card = getComputedStyle($(element, '[part="card"]'));
        expect(number.borderTopStyle).to.equal('solid');
        expect(contrast(number.borderTopColor, card.backgroundColor), 'badge edge').to.be.at.least(3);
        expect(card.borderTopStyle).to.equal('solid');
        expect(contrast(card.borderTopColor, card.backgroundColor), 'card edge').to.be.at.least(3);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    for (const preset of ['neutral', 'govuk'] as const) {
      it(`${preset} preset: text 4.5:1 and controls 3:1, no axe-core violations`, async () => {
        const remove = await usePreset(preset);
        try {
          const element = await render(cumbria, 'layout="accordion"');
          const surface = getComputedStyle($(element, '[part="card"]')).backgroundColor;
          const card = $(element, '[part="card"]');
          expect(contrast(getComputedStyle(card).color, surface)).to.be.at.least(4.5);
          const number = getComputedStyle($(element, '[part="number"]'));
          expect(contrast(number.color, number.backgroundColor)).to.be.at.least(4.5);
          const toggle = $(element, '[part="toggle"]');
          expect(contrast(getComputedStyle(toggle).color, surface)).to.be.at.least(4.5);
          toggle.focus();
          await sendKeys({ press: 'Shift' }); // a key press makes the focus keyboard focus (:focus-visible)
          const focused = getComputedStyle(toggle);
          expect(focused.outlineStyle, 'focus outline').to.equal('solid');
          expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
          expect(contrast(focused.outlineColor, surface), 'focus outline contrast').to.be.at.least(3);
          const button = getComputedStyle($(element, '[part="toolbar"] button'));
          expect(contrast(button.borderTopColor, surface), 'button border').to.be.at.least(3);
          const grid = await render(cumbria, 'layout="grid"');
          const cardStyle = getComputedStyle($(grid, '[part="card"]'));
          expect(contrast(cardStyle.borderTopColor, surface), 'card border').to.be.at.least(3);
          await expect(element).to.be.accessible();
          await expect(grid).to.be.accessible();
        } finally {
          remove();
        }
      });
    }
  });
});
