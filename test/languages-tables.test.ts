/**
 * Welsh on the table elements: <pcp-budget-table>, <pcp-scenario-table>, <pcp-outcomes> and
 * <pcp-action-plan> write their own words in Welsh on a `lang="cy"` page, format money and dates for
 * cy-GB, show a feed's Welsh text, and mark English fallbacks `lang="en"`.
 */
import { expect, html } from '@open-wc/testing';
import '../src/pcp-elements.js';
import type { PcpActionPlan } from '../src/action-plan/pcp-action-plan.js';
import type { PcpBudgetTable } from '../src/budget-table/pcp-budget-table.js';
import type { PcpOutcomes } from '../src/outcomes/pcp-outcomes.js';
import type { PcpScenarioTable } from '../src/scenario-table/pcp-scenario-table.js';
import type { Plan } from '../src/schema/plan.js';
import { minimalPlan } from './fixtures/plans.js';
import { $, $$, loadFeed, text } from './helpers/dom.js';
import { englishLeftIn, englishOnly, inLanguage, withWelsh } from './helpers/languages.js';


/** What a screen reader reads in a cell (aria-hidden text left out). */
function heard(cell: Element): string {
  const clone = cell.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return text(clone);
}

/** Every string in a feed, longest first. */
const feedStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(feedStrings) : [];

/** The shadow root's text with the feed's own text taken out: the element's words (feed text may well say "Agency"). */
function ownText(element: Element, feed: unknown): string {
  const strings = feedStrings(feed).sort((a, b) => b.length - a.length);
  return strings.reduce((shown, feedText) => shown.split(feedText).join(' | '), element.shadowRoot!.textContent!.replace(/\s+/g, ' '));
}

const csvLines = async (link: HTMLAnchorElement) => (await (await fetch(link.href)).text()).replace(/^\uFEFF/, '').trim().split('\r\n');

describe('languages: tables', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('<pcp-budget-table>', () => {
    let cumbria: Plan;
    before(async () => {
      cumbria = await loadFeed('cumbria-2021-2025');
    });

    it('writes headings, totals, the flagged total, notes and the download in Welsh; minus is "minws"', async () => {
      const plan = structuredClone(cumbria);
      plan.budgets![0]!.lines[2]!.illustrative = true;
      const element = await inLanguage<PcpBudgetTable>('cy', html`<pcp-budget-table .plan=${plan} change format="compact"></pcp-budget-table>`);
      const headers = $$(element, 'thead th').map(text);
      expect(headers[0]).to.equal('Llinell y gyllideb');
      expect(headers[2]).to.equal('Newid ers 2021-2022');
      expect(text($(element, 'tfoot th'))).to.equal('Cyfanswm');
      expect(text($$(element, 'tbody th')[2]!)).to.equal('Non-Pay Costs (enghreifftiol)');
      expect(text($(element, 'tfoot .flag'))).to.equal('Cyfanswm y llinellau yw £140.3m');
      const notes = text($(element, 'p.notes'));
      expect(notes).to.contain('Mae’r cyfansymiau fel y mae’r cynllun yn eu nodi.');
      expect(notes).to.contain('2022-2023: Mae’r cynllun yn nodi £136,308,869 ond cyfanswm y llinellau yw £140,308,869, gwahaniaeth o £4,000,000.');
      // Income read out with the Welsh word for minus, the change too.
      const income = $$(element, 'tbody tr')[3]!;
      expect(heard(income.querySelectorAll('td')[0]!)).to.equal('minws £5.3m');
      expect(heard(income.querySelectorAll('td')[1]!)).to.equal('plws £154.5k (plws 2.9%)');
      const link = $<HTMLAnchorElement>(element, '[part="download"] a');
      expect(text(link)).to.equal('Lawrlwytho CSV: Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
      const lines = await csvLines(link);
      expect(lines[0]).to.equal('Llinell y gyllideb,2021-2022,2022-2023,2023-2024,2024-2025');
      // Only the total the plan prints: a sum of the lines is a check, not a figure to download.
      expect(lines.at(-1)!.startsWith('Cyfanswm (fel y’i nodir),136972658,')).to.equal(true);
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'budget'])).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('says in Welsh when there is no budget, no such budget, or none of the years', async () => {
      const none = await inLanguage<PcpBudgetTable>('cy', html`<pcp-budget-table .plan=${minimalPlan()}></pcp-budget-table>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn gyllideb.');
      const missing = await inLanguage<PcpBudgetTable>('cy', html`<pcp-budget-table .plan=${cumbria} budget="capital"></pcp-budget-table>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn gyllideb "capital".');
      const years = await inLanguage<PcpBudgetTable>('cy', html`<pcp-budget-table .plan=${cumbria} years="1999-00"></pcp-budget-table>`);
      expect(text($(years, '[part="empty"]'))).to.equal('Nid oes gan y gyllideb hon yr un o’r blynyddoedd "1999-00".');
    });

    it('shows the feed’s Welsh, marks an English fallback lang="en", and leaves English pages as they were', async () => {
      const feed = withWelsh(cumbria, {
        '/budgets/0/title': 'Cyllid a gynlluniwyd gan y Comisiynydd i’r Prif Gwnstabl ar gyfer plismona, 2021 i 2025',
        '/budgets/0/lines/0/label': 'Cyflog Swyddogion yr Heddlu',
        '/budgets/0/periods/0/label': '2021-2022',
      });
      englishOnly(feed, '/budgets/0/lines/1/label');
      const element = await inLanguage<PcpBudgetTable>('cy', html`<pcp-budget-table .plan=${feed}></pcp-budget-table>`);
      expect(text($(element, '[part="title"]'))).to.equal('Cyllid a gynlluniwyd gan y Comisiynydd i’r Prif Gwnstabl ar gyfer plismona, 2021 i 2025');
      const lines = $$(element, 'tbody th');
      expect(text(lines[0]!)).to.equal('Cyflog Swyddogion yr Heddlu');
      expect(lines[0]!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      expect(lines[1]!.querySelector('span[lang="en"]')?.textContent).to.equal('Police Staff Pay');
      await expect(element).to.be.accessible();

      const english = await inLanguage<PcpBudgetTable>('en', html`<pcp-budget-table .plan=${feed} change></pcp-budget-table>`);
      expect($$(english, 'thead th').map(text).slice(0, 3)).to.deep.equal(['Budget line', '2021-2022', 'Change on 2021-2022']);
      expect($$(english, 'tbody th').map(text).slice(0, 2)).to.deep.equal(['Police Officer Pay', 'Police Staff Pay']);
      expect(text($(english, 'tfoot th'))).to.equal('Total');
      expect(text($(english, '[part="download"]'))).to.equal('Download CSV: Funding planned from the Commissioner to the Chief Constable for policing, 2021 to 2025');
      expect(english.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  describe('<pcp-scenario-table>', () => {
    let cleveland: Plan;
    before(async () => {
      cleveland = await loadFeed('cleveland-2020-21-update');
    });

    it('formats figures for cy-GB by unit, and says in Welsh when there are no tables', async () => {
      const plan = structuredClone(cleveland);
      const table = plan.scenarios![0]!;
      table.columns.push({ id: 'cost', label: 'Band D', unit: 'money' }, { id: 'count', label: 'Households', unit: 'number' });
      table.rows[0] = { ...table.rows[0], cost: -24.55, count: 123456.5 };
      const element = await inLanguage<PcpScenarioTable>('cy', html`<pcp-scenario-table .plan=${plan}></pcp-scenario-table>`);
      const cells = [...$$(element, 'tbody tr')[0]!.querySelectorAll('th, td')].map(text);
      expect(cells).to.deep.equal(['0.0%', '9.8%', '−£24.55', '123,456.5']);
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'scenarios'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      const none = await inLanguage<PcpScenarioTable>('cy', html`<pcp-scenario-table .plan=${minimalPlan()}></pcp-scenario-table>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn dablau senario.');
      const missing = await inLanguage<PcpScenarioTable>('cy', html`<pcp-scenario-table .plan=${cleveland} scenario="nope"></pcp-scenario-table>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn dabl senario "nope".');
    });

    it('shows the feed’s Welsh, marks an English fallback lang="en", and leaves English pages as they were', async () => {
      const feed = withWelsh(cleveland, {
        '/scenarios/0/title': 'Beth mae’r £3.6m hwn yn cyfateb iddo?',
        '/scenarios/0/columns/0/label': 'Cynnydd yn y Grant gan y Llywodraeth',
      });
      englishOnly(feed, '/scenarios/0/columns/1/label');
      englishOnly(feed, '/scenarios/0/description/0');
      const element = await inLanguage<PcpScenarioTable>('cy', html`<pcp-scenario-table .plan=${feed}></pcp-scenario-table>`);
      expect(text($(element, '[part="title"]'))).to.equal('Beth mae’r £3.6m hwn yn cyfateb iddo?');
      expect(text($(element, 'caption'))).to.equal('Beth mae’r £3.6m hwn yn cyfateb iddo?');
      const headers = $$(element, 'thead th');
      expect(text(headers[0]!)).to.equal('Cynnydd yn y Grant gan y Llywodraeth');
      expect(headers[1]!.querySelector('span[lang="en"]')?.textContent).to.equal('Precept Increase');
      expect(element.shadowRoot!.querySelector('p > span[lang="en"]')?.textContent).to.contain('£3.6m is the equivalent of a 9.8% increase');
      await expect(element).to.be.accessible();

      const english = await inLanguage<PcpScenarioTable>('en', html`<pcp-scenario-table .plan=${feed}></pcp-scenario-table>`);
      expect(text($(english, '[part="title"]'))).to.equal('What does this £3.6m equate to?');
      expect($$(english, 'thead th').map(text)).to.deep.equal(['Government Grant Increase', 'Precept Increase']);
      expect(english.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  describe('<pcp-outcomes>', () => {
    let framework: Plan;
    before(async () => {
      framework = await loadFeed('cambridgeshire-2016-framework');
    });

    it('writes the title, column headings and card labels in Welsh, and its empty states', async () => {
      const table = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes .plan=${framework}></pcp-outcomes>`);
      expect(text($(table, '[part="title"]'))).to.equal('Canlyniadau a nodau a rennir');
      expect(text($(table, 'caption'))).to.equal('Canlyniadau a nodau a rennir');
      // The feed's own word for its objectives ("theme") is English: the element's Welsh word instead.
      expect($$(table, 'thead th').map(text)).to.deep.equal(['Thema', 'Canlyniad a rennir', 'Nod']);
      expect(englishLeftIn(text(table.shadowRoot!), ['common', 'outcomes'])).to.deep.equal([]);
      await expect(table).to.be.accessible();

      const cards = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes layout="cards" .plan=${framework}></pcp-outcomes>`);
      expect([...$$(cards, '[part="card"]')[1]!.querySelectorAll('dt')].map(text)).to.deep.equal(['Canlyniad a rennir', 'Nod']);
      expect(englishLeftIn(text(cards.shadowRoot!), ['common', 'outcomes'])).to.deep.equal([]);
      await expect(cards).to.be.accessible();

      const none = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes .plan=${minimalPlan()}></pcp-outcomes>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn nodi canlyniadau na nodau a rennir.');
      const missing = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes .plan=${framework} theme="Nope"></pcp-outcomes>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn thema "Nope" â chanlyniad a rennir.');
    });

    it('shows the feed’s Welsh, marks an English fallback lang="en", and leaves English pages as they were', async () => {
      const feed = withWelsh(framework, {
        '/levels/0/singular': 'maes',
        '/objectives/0/title': 'Dioddefwyr',
        '/objectives/0/aim': 'Darparu dull sy’n rhoi’r dioddefwr yn gyntaf',
      });
      englishOnly(feed, '/objectives/0/outcome');
      const table = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes .plan=${feed}></pcp-outcomes>`);
      // The feed's Welsh word for its objectives heads the first column.
      expect(text($$(table, 'thead th')[0]!)).to.equal('Maes');
      const first = $$(table, 'tbody tr')[0]!;
      expect(text(first.querySelector('th')!)).to.equal('Dioddefwyr');
      const [outcome, aim] = [...first.querySelectorAll('td')];
      expect(outcome!.querySelector('span[lang="en"]')?.textContent).to.match(/^Victims and witnesses are plac/);
      expect(text(aim!)).to.equal('Darparu dull sy’n rhoi’r dioddefwr yn gyntaf');
      expect(aim!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      await expect(table).to.be.accessible();
      const cards = await inLanguage<PcpOutcomes>('cy', html`<pcp-outcomes layout="cards" .plan=${feed}></pcp-outcomes>`);
      expect(text($(cards, '.card-title'))).to.equal('Dioddefwyr');
      expect($(cards, '[part="card"] dd span[lang="en"]').textContent).to.match(/^Victims and witnesses are plac/);

      const english = await inLanguage<PcpOutcomes>('en', html`<pcp-outcomes .plan=${feed}></pcp-outcomes>`);
      expect(text($(english, '[part="title"]'))).to.equal('Shared outcomes and aims');
      expect($$(english, 'thead th').map(text)).to.deep.equal(['Theme', 'Shared outcome', 'Aim']);
      expect(text($$(english, 'tbody th')[0]!)).to.equal('Victims');
      expect(english.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  describe('<pcp-action-plan>', () => {
    let westCumbria: Plan;
    before(async () => {
      westCumbria = await loadFeed('west-cumbria-csp-2012-13');
    });

    it('writes filters, count, headings, review dates (Welsh months), overdue marks and the CSV in Welsh', async () => {
      const element = await inLanguage<PcpActionPlan>('cy', html`<pcp-action-plan .plan=${westCumbria} as-of="2012-03"></pcp-action-plan>`);
      const filters = $(element, '[part="filters"]');
      expect(filters.getAttribute('aria-label')).to.equal('Hidlo’r cynllun gweithredu');
      expect([...filters.querySelectorAll('label')].map(text)).to.deep.equal(['Blaenoriaeth', 'Asiantaeth', 'Chwilio']);
      expect([...filters.querySelectorAll('option[value=""]')].map(text)).to.deep.equal(['Pob blaenoriaeth', 'Pob asiantaeth']);
      expect(text($(element, '[part="count"]'))).to.equal('Yn dangos 24 o 24 cofnod');
      expect($$(element, 'table')[0]!.querySelectorAll('thead th').length).to.equal(5);
      expect([...$$(element, 'table')[0]!.querySelectorAll('thead th')].map(text)).to.deep.equal([
        'Nodau',
        'Data sylfaenol',
        'Asiantaeth',
        'Camau gweithredu',
        'Dyddiad adolygu',
      ]);
      // Review dates in Welsh months, overdue marked in Welsh.
      const dated = $$(element, '.tables td').map(text).filter((cell) => /\d{4}/.test(cell) && /Ionawr|Rhagfyr/.test(cell));
      expect(dated).to.include('Ionawr 2012Yn hwyr');
      expect(dated).to.include('Rhagfyr 2011Yn hwyr');
      // The feed's word for a priority is English, so the element's Welsh word labels the objective.
      expect($$(element, '.group-caption .muted').map(text)).to.include('(blaenoriaeth: Re-Offending)');
      const cardTerms = [...$$(element, '.card')[0]!.querySelectorAll('dt')].map(text);
      expect(cardTerms.slice(0, 5)).to.deep.equal(['Nodau', 'Data sylfaenol', 'Asiantaeth', 'Camau gweithredu', 'Dyddiad adolygu']);
      const download = $(element, '[part="download"]');
      expect(text(download)).to.equal('Lawrlwytho CSV: West Cumbria Community Safety Partnership Plan 2012/13 o’r cofnodion a ddangosir');
      const link = download.querySelector('a')!;
      expect(link.getAttribute('download')).to.equal('west-cumbria-csp-2012-13-cynllun-gweithredu.csv');
      expect((await csvLines(link))[0]).to.equal('Blaenoriaeth,Nodau,Data sylfaenol,Asiantaeth,Camau gweithredu,Dyddiad adolygu');
      // The feed's text says "Multi Agency" and the like: only the element's own words are checked.
      expect(ownText(element, westCumbria)).to.contain('Yn dangos 24 o 24 cofnod');
      expect(englishLeftIn(ownText(element, westCumbria), ['common', 'actionPlan'])).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('says in Welsh when nothing matches, when there is no action plan, and when an agency lists no actions', async () => {
      const plan = structuredClone(westCumbria);
      delete plan.actionPlan!.title;
      delete plan.actionPlan!.rows[0]!.agencies[0]!.actions;
      plan.objectives[0]!.supports = [{ planId: 'national', objectiveId: 'tackle-crime', title: 'Tackle crime', url: 'https://example.org/national' }];
      const element = await inLanguage<PcpActionPlan>('cy', html`<pcp-action-plan .plan=${plan}></pcp-action-plan>`);
      expect(text($(element, '[part="title"]'))).to.equal(`${plan.title}: cynllun gweithredu`);
      expect($$(element, '.tables td .muted').map(text)).to.include('Dim camau gweithredu wedi’u rhestru');
      expect(text($(element, '.supports'))).to.equal('(yn cefnogi Tackle crime)');
      expect(englishLeftIn(ownText(element, plan), ['common', 'actionPlan'])).to.deep.equal([]);
      const nothingFound = await inLanguage<PcpActionPlan>('cy', html`<pcp-action-plan .plan=${westCumbria} search="zzz"></pcp-action-plan>`);
      expect(text($(nothingFound, '[part="empty"]'))).to.equal('Nid oes cofnodion yn cyfateb i’r hidlwyr hyn.');
      expect(text($(nothingFound, '[part="count"]'))).to.equal('Yn dangos 0 o 24 cofnod');
      const none = await inLanguage<PcpActionPlan>('cy', html`<pcp-action-plan .plan=${minimalPlan()}></pcp-action-plan>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn gynllun gweithredu.');
    });

    it('shows the feed’s Welsh, marks an English fallback lang="en", and leaves English pages as they were', async () => {
      const feed = withWelsh(westCumbria, {
        '/actionPlan/title': 'Cynllun Partneriaeth Diogelwch Cymunedol Gorllewin Cumbria 2012/13',
        '/actionPlan/rows/0/aims/0': 'Lleihau erledigaeth dro ar ôl tro',
        '/actionPlan/rows/0/agencies/0/agency': 'Heddlu Cumbria',
      });
      englishOnly(feed, '/actionPlan/rows/0/agencies/0/actions/0');
      const element = await inLanguage<PcpActionPlan>('cy', html`<pcp-action-plan .plan=${feed}></pcp-action-plan>`);
      expect(text($(element, '[part="title"]'))).to.equal('Cynllun Partneriaeth Diogelwch Cymunedol Gorllewin Cumbria 2012/13');
      const first = $(element, '.tables tbody tr');
      expect(text(first.querySelector('th')!)).to.equal('Lleihau erledigaeth dro ar ôl tro');
      const cells = [...first.querySelectorAll('td')];
      expect(text(cells[1]!)).to.equal('Heddlu Cumbria');
      expect(cells[1]!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      expect(cells[2]!.querySelector('span[lang="en"]')?.textContent).to.match(/^Monitor Gold Anti Social Behaviour/);
      // The card view marks the same fallback.
      expect($(element, '.card .agency dd span[lang="en"]').textContent).to.match(/^Monitor Gold Anti Social Behaviour/);
      await expect(element).to.be.accessible();

      const english = await inLanguage<PcpActionPlan>('en', html`<pcp-action-plan .plan=${feed} as-of="2012-03"></pcp-action-plan>`);
      expect(text($(english, '[part="title"]'))).to.equal('West Cumbria Community Safety Partnership Plan 2012/13');
      expect(text($(english, '[part="count"]'))).to.equal('Showing 24 of 24 entries');
      expect([...$(english, '[part="filters"]').querySelectorAll('label')].map(text)).to.deep.equal(['Priority', 'Agency', 'Search']);
      expect(text($(english, '[part="download"]'))).to.equal('Download CSV: West Cumbria Community Safety Partnership Plan 2012/13 of the entries shown');
      expect($$(english, '.tables td').map(text)).to.include('January 2012Overdue');
      expect(english.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });
});
