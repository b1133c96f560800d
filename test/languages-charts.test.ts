/**
 * Welsh and English in the chart elements: <pcp-priority-wheel>, <pcp-progress> and <pcp-funding>.
 * On a Welsh page their own words are Welsh (chart descriptions, segment names, announcements,
 * tables, CSV), numbers and dates follow cy-GB, Welsh feed text shows, and English fallbacks carry
 * `lang="en"`. The same feeds on an English page read as before.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/pcp-elements.js';
import type { PcpPriorityWheel } from '../src/priority-wheel/pcp-priority-wheel.js';
import type { PcpProgress } from '../src/progress/pcp-progress.js';
import type { PcpFunding } from '../src/funding/pcp-funding.js';
import type { Plan } from '../src/schema/plan.js';
import { minimalPlan } from './fixtures/plans.js';
import { $, $$, loadFeed, text } from './helpers/dom.js';
import { englishLeftIn, inLanguage, withWelsh } from './helpers/languages.js';

/** What a reader meets in the shadow root: its text and every accessible name and description. */
function shown(element: Element): string {
  const root = element.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label], [aria-valuetext]')].map(
    (node) => `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('aria-valuetext') ?? ''}`,
  );
  return [text(root), ...labels].join('\n');
}

async function csvOf(element: Element, selector: string): Promise<string[]> {
  const link = $<HTMLAnchorElement>(element, selector);
  return (await (await fetch(link.href)).text()).trim().split('\r\n');
}

/** Cleveland's plan with an "as of" date and two measures, so every part of <pcp-progress> shows. */
async function progressFeed(): Promise<Plan> {
  const plan = await loadFeed('cleveland-2020-21-update');
  return {
    ...plan,
    asOf: '2021-04-01',
    measures: [
      {
        id: 'officers',
        title: 'Police officers',
        unit: 'officers',
        better: 'higher',
        baseline: 1100,
        baselineDate: '2020-03',
        current: 1180,
        currentDate: '2021-03',
        target: 1300,
        deadline: '2022-03-31',
        rag: 'amber',
        illustrative: true,
        note: 'Counted as full-time equivalents.',
      },
      { id: 'burglary', title: 'Burglaries', better: 'lower', baseline: 2400, target: 2000, rag: 'red' },
    ],
  } as Plan;
}

describe('languages: charts', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('<pcp-priority-wheel>', () => {
    it('describes, names and announces in Welsh', async () => {
      const plan = await loadFeed('cleveland-2020-21-update');
      const element = await inLanguage<PcpPriorityWheel>('cy', html`<pcp-priority-wheel .plan=${plan} rings="2"></pcp-priority-wheel>`);
      await waitUntil(() => element.shadowRoot!.querySelector('svg [role="option"]'), 'the wheel is drawn');
      const count = plan.objectives.length;
      // The feed calls its objectives "priorities" in English only: a Welsh page uses its own word.
      // The Welsh summary names the chart (read once, not also as a paragraph before it).
      expect($(element, 'svg').getAttribute('aria-labelledby')).to.equal($(element, '.visually-hidden').id);
      expect(text($(element, '.visually-hidden'))).to.equal(
        `Olwyn flaenoriaethau ${plan.title}: "${plan.strapline ?? plan.vision?.[0] ?? plan.title}" yn y canol, gyda ${count} amcan o’i amgylch, a’u camau gweithredu mewn cylch allanol.`,
      );
      const actions = plan.objectives[0]!.actions?.length ?? 0;
      expect($(element, '[role="option"][aria-posinset="1"]').getAttribute('aria-label')).to.match(
        new RegExp(`, ${actions} cam gweithredu$`),
      );
      const listboxes = $$(element, '[role="listbox"]').map((node) => node.getAttribute('aria-label'));
      expect(listboxes).to.deep.equal(['amcanion', 'Camau gweithredu pob amcan']);
      const firstAction = $(element, '[data-key="a0.0"]').getAttribute('aria-label')!;
      expect(firstAction).to.match(new RegExp(`, cam gweithredu 1 o ${actions} o fewn amcan ${plan.objectives[0]!.number ?? 1}$`));
      expect(text($(element, '[part="controls"] button'))).to.equal('Dangos fel tabl');
      expect(text($(element, '[part="controls"] a'))).to.equal('Lawrlwytho CSV: Police and Crime Plan Update 2020-2021: amcanion');
      expect(text($(element, '.instructions'))).to.equal('Defnyddiwch y bysellau saeth i symud o amgylch yr olwyn, a’r fysell Enter i ddewis.');
      expect(text($(element, '.prompt'))).to.equal('Dewiswch un o’r amcanion yn yr olwyn i weld beth fydd y cynllun yn ei wneud.');
      expect(englishLeftIn(shown(element), ['common', 'wheel'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      $<SVGElement>(element, '[role="option"][aria-posinset="2"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      const second = plan.objectives[1]!;
      await waitUntil(() => text($(element, '[aria-live="polite"]')) !== '', 'the selection is announced');
      expect(text($(element, '[aria-live="polite"]'))).to.equal(`Dewiswyd amcan ${second.number ?? 2}: ${second.title}`);
      expect(text($(element, '.detail-title'))).to.equal(`${second.number !== undefined ? `${second.number} ` : ''}${second.title}`);
      expect(englishLeftIn(shown(element), ['common', 'wheel'])).to.deep.equal([]);
    });

    it('shows its table and CSV in Welsh, and its empty state', async () => {
      const plan = await loadFeed('cumbria-2021-2025');
      const element = await inLanguage<PcpPriorityWheel>('cy', html`<pcp-priority-wheel .plan=${plan} view="table"></pcp-priority-wheel>`);
      expect($$(element, 'thead th').map(text)).to.deep.equal(['Rhif', 'Teitl', 'Crynodeb', 'Camau gweithredu']);
      expect(text($(element, 'caption'))).to.equal(`${plan.title}: amcanion`);
      expect($(element, '[part="controls"] button').getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLAnchorElement>(element, '[part="controls"] a').download).to.equal('cumbria-2021-2025-amcanion.csv');
      const lines = await csvOf(element, '[part="controls"] a');
      expect(lines[0]).to.equal('Rhif,Teitl,Crynodeb,Camau gweithredu,Rhestr camau gweithredu');
      expect(lines).to.have.length(plan.objectives.length + 1);
      expect(englishLeftIn(shown(element), ['common', 'wheel'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      const empty = await inLanguage<PcpPriorityWheel>('cy', html`<pcp-priority-wheel .plan=${minimalPlan({ objectives: [] })}></pcp-priority-wheel>`);
      expect(text($(empty, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn amcanion i’w dangos.');
    });

    it('shows Welsh feed text and the feed’s Welsh words, and marks English fallbacks', async () => {
      const feed = withWelsh(await loadFeed('cumbria-2021-2025'), {
        '/title': 'Cynllun Heddlu a Throseddu 2021-2025',
        '/objectives/0/title': 'Ffocws ar droseddu ac achosion troseddu',
        '/levels/0/singular': 'blaenoriaeth',
        '/levels/0/plural': 'blaenoriaethau',
      });
      // Objective 2's title as a translation pair with no Welsh.
      (feed.objectives[1] as unknown as { title: unknown }).title = { en: 'A visible and effective police presence' };
      const element = await inLanguage<PcpPriorityWheel>('cy', html`<pcp-priority-wheel .plan=${feed} view="table"></pcp-priority-wheel>`);
      expect(text($(element, 'caption'))).to.equal('Cynllun Heddlu a Throseddu 2021-2025: blaenoriaethau');
      const titles = $$(element, 'tbody th[scope="row"]');
      expect(text(titles[0]!)).to.equal('Ffocws ar droseddu ac achosion troseddu');
      expect(titles[0]!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      expect(titles[1]!.querySelector('span[lang="en"]')?.textContent).to.equal('A visible and effective police presence');
      await expect(element).to.be.accessible();

      element.view = 'chart';
      await element.updateComplete;
      await waitUntil(() => element.shadowRoot!.querySelector('svg [role="option"]'), 'the wheel is drawn');
      expect($(element, '[role="option"][aria-posinset="1"]').getAttribute('aria-label')).to.match(/^1 Ffocws ar droseddu ac achosion troseddu, /);
      // The feed's Welsh word names the list of them (each one's position is aria-posinset, not words).
      expect($(element, '[role="listbox"]').getAttribute('aria-label')).to.equal('blaenoriaethau');
      $<SVGElement>(element, '[role="option"][aria-posinset="2"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitUntil(() => element.shadowRoot!.querySelector('.detail-title span[lang="en"]'), 'the detail panel shows objective 2');
      expect(text($(element, '.detail-title'))).to.equal('2 A visible and effective police presence');
      await waitUntil(() => text($(element, '[aria-live="polite"]')) !== '', 'the selection is announced');
      expect(text($(element, '[aria-live="polite"]'))).to.equal('Dewiswyd blaenoriaeth 2: A visible and effective police presence');
    });

    it('reads as before on an English page', async () => {
      const plan = await loadFeed('cambridgeshire-peterborough-2021-2024');
      const element = await inLanguage<PcpPriorityWheel>('en', html`<pcp-priority-wheel .plan=${plan}></pcp-priority-wheel>`);
      expect(text($(element, '.visually-hidden'))).to.match(/^Priority wheel of .*, with \d+ themes around it\.$/);
      expect(text($(element, '.prompt'))).to.equal('Select a theme in the wheel to see what the plan will do.');
      expect(text($(element, '[part="controls"]'))).to.equal('Show as table Download CSV: Police and Crime Plan 2021 to 2024: themes');
      expect(element.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  describe('<pcp-progress>', () => {
    it('reports progress, measures and the key in Welsh, with Welsh dates', async () => {
      const element = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${await progressFeed()}></pcp-progress>`);
      expect(text($(element, '.as-of'))).to.equal('Cynnydd ar 1 Ebrill 2021');
      expect(text($(element, '[part="summary"]'))).to.match(/^Ar draws y cynllun: \d+ o \d+ ymrwymiad wedi’u cyflawni \(\d+(\.\d)?%\)/);
      expect($$(element, '.section-title').map(text)).to.deep.equal(['Ymrwymiadau', 'Mesurau']);
      // The key explains only the bars, which screen readers skip: it is hidden from them too.
      expect($(element, '[part="legend"]').getAttribute('aria-hidden')).to.equal('true');
      expect(text($(element, '[part="legend"]'))).to.include('Wedi’i gyflawni');
      expect(text($(element, '[part="legend"]'))).to.include('Ambr');
      expect(text($$(element, '[part="counts"]')[0]!)).to.match(/^\d+ o \d+ wedi’u cyflawni/);
      const [officers, burglary] = $$(element, '[part="measure"]');
      expect(text(officers!.querySelector('.figures')!)).to.equal(
        '40% o’r ffordd o’r llinell sylfaen i’r targed. Nawr 1,180 officers (Mawrth 2021). Llinell sylfaen 1,100 officers (Mawrth 2020). ' +
          'Targed 1,300 officers erbyn 31 Mawrth 2022. Gorau po uchaf. (Ffigurau enghreifftiol.)',
      );
      expect(officers!.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).to.equal('40% o’r ffordd o’r llinell sylfaen i’r targed');
      expect(officers!.querySelector('[role="meter"]')!.getAttribute('aria-label')).to.equal('Cynnydd tuag at y targed');
      expect(text(officers!.querySelector('.tag')!)).to.equal('Sgôr: Ambr');
      expect(text(burglary!.querySelector('.figures')!)).to.equal(
        'Llinell sylfaen 2,400. Targed 2,000. Gorau po isaf. Nid oes ffigur cyfredol wedi’i adrodd eto.',
      );
      expect(text($(element, '[part="download"]'))).to.equal('Lawrlwytho CSV: Cynnydd');
      expect($<HTMLAnchorElement>(element, '[part="download"] a').download).to.equal('cleveland-2020-21-update-cynnydd.csv');
      const lines = await csvOf(element, '[part="download"] a');
      expect(lines[0]).to.equal(
        'Math,Enw,Ymrwymiadau,Wedi’i gyflawni,Ar y gweill,Mewn perygl,Heb ddechrau,Wedi’i gynllunio,Heb ei raddio,Llinell sylfaen,Cyfredol,Targed,Dyddiad terfyn,Cyfeiriad,Sgôr',
      );
      expect(lines[1]).to.match(/^Amcan,/);
      expect(lines.at(-2)).to.match(/^Mesur,Police officers,.*,gorau po uchaf,Ambr$/);
      expect(englishLeftIn(shown(element), ['common', 'progress'])).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('keeps an author’s scale labels as written, and has Welsh empty states', async () => {
      const plan = await progressFeed();
      const element = await inLanguage<PcpProgress>(
        'cy',
        html`<pcp-progress .plan=${plan} scale='{"delivered": {"label": "Done"}}'></pcp-progress>`,
      );
      expect(text($(element, '[part="legend"]'))).to.include('Done');
      expect(text($(element, '[part="legend"]'))).to.include('Wedi’i gynllunio');
      expect(text($$(element, '[part="counts"]')[0]!)).to.match(/^\d+ o \d+ Done/);
      const none = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${await loadFeed('cumbria-2021-2025')}></pcp-progress>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn adrodd unrhyw gynnydd eto.');
      const noMatch = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${plan} objective="nope"></pcp-progress>`);
      expect(text($(noMatch, '[part="empty"]'))).to.equal('Nid oes cynnydd yn cyfateb i’r dewis hwn.');
      // One objective: "shown here", not "across the plan".
      const one = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${plan} objective="1"></pcp-progress>`);
      expect(text($(one, '[part="summary"]'))).to.match(/^Yn y dangosiad hwn: /);
    });

    it('shows Welsh feed text and marks English fallbacks, with no date given', async () => {
      const feed = withWelsh(await loadFeed('cleveland-2020-21-update'), {
        '/documentType': 'Diweddariad Cynllun Heddlu a Throseddu',
        '/objectives/0/title': 'Atal troseddu',
      });
      // A period in English words ("2020-2021" alone has no language: figures are not marked).
      (feed.period as unknown as { label: unknown }).label = { en: '2020 to 2021' };
      const element = await inLanguage<PcpProgress>('cy', html`<pcp-progress .plan=${feed}></pcp-progress>`);
      const asOf = $(element, '.as-of');
      expect(text(asOf)).to.equal('Cynnydd yn ôl Diweddariad Cynllun Heddlu a Throseddu (2020 to 2021); nid yw’r cynllun yn rhoi dyddiad ar ei gyfer.');
      expect(asOf.querySelector('span[lang="en"]')?.textContent).to.equal('2020 to 2021');
      const firstRow = $(element, '[part="row"] .name');
      expect(text(firstRow)).to.match(/Atal troseddu$/);
      expect(firstRow.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('reads as before on an English page', async () => {
      const element = await inLanguage<PcpProgress>('en', html`<pcp-progress .plan=${await progressFeed()}></pcp-progress>`);
      expect(text($(element, '.as-of'))).to.equal('Progress as of 1 April 2021');
      expect(text($(element, '[part="summary"]'))).to.match(/^Across the plan: \d+ of \d+ commitments delivered/);
      expect(text($$(element, '[part="measure"]')[1]!.querySelector('.figures')!)).to.equal(
        'Baseline 2,400. Target 2,000. Lower is better. No current figure reported yet.',
      );
      expect(element.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  describe('<pcp-funding>', () => {
    it('describes the shares in Welsh, with Welsh money and CSV', async () => {
      const plan = await loadFeed('cambridgeshire-peterborough-2021-2024');
      const sets = plan.fundingShares!;
      // A set with no name for its remainder, and a share with an amount that is illustrative.
      delete sets[0]!.remainderLabel;
      Object.assign(sets[1]!.shares[1]!, { amount: 1234567, illustrative: true });
      const element = await inLanguage<PcpFunding>('cy', html`<pcp-funding .plan=${plan}></pcp-funding>`);
      const [first, second] = $$(element, '[part="set"]');
      expect(text(first!.querySelector('.period')!)).to.equal('Cyfrannau o: Our overall funding · 2021/22');
      expect(text(first!.querySelector('li.rest-text')!)).to.equal('Nid yw’r cynllun yn rhannu’r gweddill.');
      expect(text(second!.querySelectorAll('li')[1]!)).to.equal('Not passed to the Chief Constable: 1.5% (£1,234,567) (enghreifftiol)');
      expect(text($(element, '[part="download"]'))).to.equal('Lawrlwytho CSV: Police and Crime Plan 2021 to 2024');
      expect($<HTMLAnchorElement>(element, '[part="download"] a').download).to.equal('cambridgeshire-peterborough-2021-2024-cyllid.csv');
      const lines = await csvOf(element, '[part="download"] a');
      expect(lines[0]).to.equal('Grŵp,Cyfran,Y cant,Swm (£),Cyfnod');
      expect(lines).to.include('Police Settlement Grant,Heb ei rannu yn y cynllun,,,2021/22');
      expect(englishLeftIn(shown(element), ['common', 'funding'])).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('has Welsh empty states', async () => {
      const none = await inLanguage<PcpFunding>('cy', html`<pcp-funding .plan=${minimalPlan()}></pcp-funding>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn nodi cyfrannau cyllid.');
      const plan = await loadFeed('cambridgeshire-peterborough-2021-2024');
      const missing = await inLanguage<PcpFunding>('cy', html`<pcp-funding .plan=${plan} shares="nope"></pcp-funding>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn gyfrannau cyllid "nope".');
    });

    it('shows Welsh feed text and marks English fallbacks', async () => {
      const feed = withWelsh(await loadFeed('cambridgeshire-peterborough-2021-2024'), {
        '/fundingShares/0/title': 'Grant Setliad yr Heddlu',
        '/fundingShares/0/shares/0/label': 'Grant Setliad yr Heddlu',
      });
      const set = feed.fundingShares![0]! as unknown as { remainderLabel: unknown };
      set.remainderLabel = { en: 'the policing part of your council tax' };
      const element = await inLanguage<PcpFunding>('cy', html`<pcp-funding .plan=${feed}></pcp-funding>`);
      const first = $$(element, '[part="set"]')[0]!;
      expect(text(first.querySelector('[part="title"]')!)).to.equal('Grant Setliad yr Heddlu');
      expect(text(first.querySelector('li')!)).to.equal('Grant Setliad yr Heddlu: approximately 56%');
      const rest = first.querySelector('li.rest-text')!;
      expect(text(rest)).to.equal('Y gweddill: the policing part of your council tax (nid yw’r cynllun yn rhoi ffigur).');
      expect(rest.querySelector('span[lang="en"]')?.textContent).to.equal('the policing part of your council tax');
      await expect(element).to.be.accessible();
    });

    it('reads as before on an English page', async () => {
      const element = await inLanguage<PcpFunding>('en', html`<pcp-funding .plan=${await loadFeed('cambridgeshire-peterborough-2021-2024')}></pcp-funding>`);
      const first = $$(element, '[part="set"]')[0]!;
      expect(text(first.querySelector('.period')!)).to.equal('Shares of: Our overall funding · 2021/22');
      expect(text(first.querySelector('li.rest-text')!)).to.equal('The rest: the policing part of your council tax (the plan gives no figure).');
      expect(text($(element, '[part="download"]'))).to.equal('Download CSV: Police and Crime Plan 2021 to 2024');
      expect(element.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });
});
