/**
 * Welsh and English: the elements' own words follow the nearest `lang` (English where there is no
 * catalogue), feed text given in several languages shows the page's language, and English fallbacks
 * carry `lang="en"`. Element-specific checks are in languages-*.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/pcp-elements.js';
import { localizePlan } from '../src/i18n/localize-plan.js';
import { loadCatalogue, messagesFor } from '../src/i18n/catalogues.js';
import { validatePlan } from '../src/loader/index.js';
import type { PcpObjectives } from '../src/objectives/pcp-objectives.js';
import type { PcpPlanSummary } from '../src/plan-summary/pcp-plan-summary.js';
import { $, $$, loadFeed, text } from './helpers/dom.js';
import { englishLeftIn, inLanguage, withWelsh } from './helpers/languages.js';

const WELSH = {
  '/title': 'Cynllun Heddlu a Throseddu 2021-2025',
  '/strapline': 'Cadw Cumbria’n Ddiogel',
  '/objectives/0/title': 'Ffocws ar droseddu ac achosion troseddu',
  '/objectives/0/intro': 'Gweithio gyda’r gymuned leol, yr Heddlu ac asiantaethau partner i:',
  '/objectives/0/actions/0/text': 'Datblygu prosiectau i atal pobl rhag cymryd cyffuriau anghyfreithlon.',
};

describe('languages', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('choosing a language', () => {
    it('takes the nearest lang: the element, an ancestor, through shadow roots, or <html>', async () => {
      const plan = await loadFeed('cumbria-2021-2025');
      document.documentElement.lang = 'cy';
      const onPage = await fixture<PcpObjectives>(html`<pcp-objectives .plan=${plan} layout="accordion"></pcp-objectives>`);
      expect(text($(onPage, '.toolbar button'))).to.equal('Dangos pob adran');
      const own = await fixture<PcpObjectives>(html`<pcp-objectives lang="en" .plan=${plan} layout="accordion"></pcp-objectives>`);
      expect(text($(own, '.toolbar button'))).to.equal('Show all sections');
      // Nested in another element's shadow root (the whole-plan document): the host's language.
      const documentElement = await fixture(html`<pcp-plan-document .plan=${plan}></pcp-plan-document>`);
      const nested = documentElement.shadowRoot!.querySelector('pcp-objectives')!;
      await (nested as PcpObjectives).updateComplete;
      expect(text(nested.shadowRoot!.querySelector('.pcp-empty, .objectives')!)).to.not.equal('');
      expect((nested as PcpObjectives & { i18n: { lang: string } })['i18n'].lang).to.equal('cy');
    });

    it('falls back to English for a language without a catalogue, and follows a region subtag', async () => {
      await loadCatalogue('cy');
      expect(messagesFor('fr').common.tryAgain).to.equal('Try again');
      expect(messagesFor('cy-GB').common.tryAgain).to.equal('Rhowch gynnig arall arni');
      expect(messagesFor('CY').locale).to.equal('cy-GB');
      expect(messagesFor('').locale).to.equal('en-GB');
    });

    it('re-renders when the page changes language', async () => {
      const plan = await loadFeed('cumbria-2021-2025');
      const element = await fixture<PcpObjectives>(html`<pcp-objectives .plan=${plan} layout="accordion"></pcp-objectives>`);
      expect(text($(element, '.toolbar button'))).to.equal('Show all sections');
      document.documentElement.lang = 'cy';
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(text($(element, '.toolbar button'))).to.equal('Dangos pob adran');
    });
  });

  describe('translated feed text', () => {
    it('validates {en, cy} text, allows text in Welsh alone, and names the path of a bad one', async () => {
      const feed = withWelsh(await loadFeed('cumbria-2021-2025'), WELSH);
      expect(() => validatePlan(feed)).not.to.throw();
      // A heading the plan prints only in Welsh is Welsh alone; no language at all is an error.
      const welshOnly = structuredClone(feed) as unknown as { objectives: Array<{ title: unknown }> };
      welshOnly.objectives[1]!.title = { cy: 'Presenoldeb heddlu gweladwy ac effeithiol' };
      expect(() => validatePlan(welshOnly)).not.to.throw();
      const noLanguage = structuredClone(feed) as unknown as { objectives: Array<{ title: unknown }> };
      noLanguage.objectives[1]!.title = {};
      expect(() => validatePlan(noLanguage)).to.throw(/\/objectives\/1\/title: must give the text in at least one language/);
      const badTag = structuredClone(feed) as unknown as { objectives: Array<{ title: unknown }> };
      badTag.objectives[1]!.title = { en: 'A visible police', Welsh: 'Heddlu gweladwy' };
      expect(() => validatePlan(badTag)).to.throw(/\/objectives\/1\/title/);
      const wrongType = structuredClone(feed) as unknown as { objectives: Array<{ title: unknown }> };
      wrongType.objectives[1]!.title = 42;
      expect(() => validatePlan(wrongType)).to.throw(/\/objectives\/1\/title: expected text but got 42/);
    });

    it('shows text given only in Welsh on an English page, marked lang="cy"; plain text of a Welsh feed too', async () => {
      const feed = structuredClone(await loadFeed('cumbria-2021-2025')) as unknown as Record<string, unknown> & { objectives: Array<{ title: unknown }> };
      feed.objectives[1]!.title = { cy: 'Presenoldeb heddlu gweladwy' };
      const english = await inLanguage<PcpObjectives>('en', html`<pcp-objectives .plan=${feed}></pcp-objectives>`);
      const marked = $$(english, '[lang="cy"]').map((element) => text(element));
      expect(marked).to.include('Presenoldeb heddlu gweladwy');
      // A feed written in Welsh (`language: "cy"`): its plain text is Welsh wherever it is shown.
      const welshFeed = { ...structuredClone(await loadFeed('cumbria-2021-2025')), language: 'cy' } as unknown as { objectives: Array<{ title: string }> };
      const onEnglishPage = await inLanguage<PcpObjectives>('en', html`<pcp-objectives .plan=${welshFeed}></pcp-objectives>`);
      expect($$(onEnglishPage, '[lang="cy"]').map((element) => text(element))).to.include(welshFeed.objectives[0]!.title);
      const onWelshPage = await inLanguage<PcpObjectives>('cy', html`<pcp-objectives .plan=${welshFeed}></pcp-objectives>`);
      expect($$(onWelshPage, '[lang="cy"]').length).to.equal(0);
    });

    it('picks the page language, else English, and remembers what fell back', async () => {
      const feed = validatePlan(withWelsh(await loadFeed('cumbria-2021-2025'), WELSH));
      const welsh = localizePlan(feed, 'cy-GB');
      expect(welsh.plan.title).to.equal('Cynllun Heddlu a Throseddu 2021-2025');
      expect(welsh.plan.objectives[1]!.title).to.equal('A visible and effective police presence');
      // Plain text is in the feed's language (English, as the feed gives none): marked on a Welsh page.
      expect(welsh.fallbacks.get('A visible and effective police presence')).to.equal('en');
      expect(welsh.translated.has('Cynllun Heddlu a Throseddu 2021-2025')).to.be.true;
      expect(welsh.fallbacks.has('Cynllun Heddlu a Throseddu 2021-2025')).to.be.false;
      const inEnglish = localizePlan(feed, 'en');
      expect(inEnglish.plan.title).to.equal('Police and Crime Plan 2021-2025');
      expect(inEnglish.fallbacks.size).to.equal(0);
      const french = localizePlan(feed, 'fr');
      expect(french.plan.title).to.equal('Police and Crime Plan 2021-2025');
      expect(french.fallbacks.has('Police and Crime Plan 2021-2025')).to.be.true;
      expect(localizePlan(feed, 'cy-GB')).to.equal(welsh); // cached per feed and language
      // Parts without translations are shared, not copied; a feed in one language is its own localization.
      expect(welsh.plan.budgets).to.equal(feed.budgets);
      const english = validatePlan(await loadFeed('cumbria-2021-2025'));
      expect(localizePlan(english, 'cy').plan).to.equal(english);
    });

    it('shows Welsh text on a Welsh page and marks the English fallback with lang="en"', async () => {
      const feed = withWelsh(await loadFeed('cumbria-2021-2025'), { ...WELSH, '/objectives/1/title': 'Presenoldeb heddlu gweladwy ac effeithiol' });
      // Objective 2's title in English only, as a translation pair without Welsh:
      (feed.objectives[2] as unknown as { title: unknown }).title = { en: 'A focus on victims' };
      const element = await inLanguage<PcpObjectives>('cy', html`<pcp-objectives .plan=${feed}></pcp-objectives>`);
      const titles = $$(element, '.title-text');
      expect(text(titles[0]!)).to.equal('Ffocws ar droseddu ac achosion troseddu');
      expect(titles[0]!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      expect(text(titles[2]!)).to.equal('A focus on victims');
      expect(titles[2]!.querySelector('span[lang="en"]')?.textContent).to.equal('A focus on victims');
      expect(text($(element, '.intro'))).to.equal('Gweithio gyda’r gymuned leol, yr Heddlu ac asiantaethau partner i:');
      await expect(element).to.be.accessible();
      // The same feed on an English page: English, nothing marked.
      const english = await inLanguage<PcpObjectives>('en', html`<pcp-objectives .plan=${feed}></pcp-objectives>`);
      expect(text($$(english, '.title-text')[0]!)).to.equal('A focus on crime and the causes of crime');
      expect(english.shadowRoot!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
    });
  });

  it('the bilingual sample feed is the Cumbria feed in English, with Welsh beside it', async () => {
    const bilingual = validatePlan(await loadFeed('cumbria-2021-2025-bilingual'));
    const cumbria = validatePlan(await loadFeed('cumbria-2021-2025'));
    const english = structuredClone(localizePlan(bilingual, 'en').plan) as unknown as Record<string, unknown>;
    const original = structuredClone(localizePlan(cumbria, 'en').plan) as unknown as Record<string, unknown>;
    expect((english['notes'] as string[]).at(-1)).to.match(/^Bilingual sample: the Welsh \(cy\) text is illustrative/);
    for (const plan of [english, original]) {
      delete plan['id'];
      plan['notes'] = (plan['notes'] as string[]).filter((note) => !note.startsWith('Bilingual sample'));
    }
    expect(english).to.deep.equal(original);
    const welsh = localizePlan(bilingual, 'cy').plan;
    expect(welsh.objectives.map((objective) => objective.title)).to.include('Canolbwyntio ar ddioddefwyr');
  });

  it('keeps hostile translated text inert, in both languages', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const feed = withWelsh(await loadFeed('cumbria-2021-2025'), { '/objectives/0/title': payload, '/strapline': payload });
    for (const lang of ['cy', 'fr', 'en']) {
      const element = await inLanguage<PcpObjectives>(lang, html`<pcp-objectives .plan=${feed}></pcp-objectives>`);
      expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      if (lang === 'cy') expect(text($$(element, '.title-text')[0]!)).to.equal(payload);
    }
  });
});

describe('languages: words', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  describe('the elements’ own words in Welsh', () => {
    it('loading and error views', async () => {
      const loading = await inLanguage<HTMLElement>('cy', html`<pcp-objectives src="/__test__/slow?ms=2000"></pcp-objectives>`);
      expect(text($(loading, '[part="loading"]'))).to.equal('Wrthi’n llwytho’r cynllun…');
      const broken = await inLanguage<HTMLElement>('cy', html`<pcp-objectives .plan=${{ schemaVersion: '2.0', title: 42 }}></pcp-objectives>`);
      const error = $(broken, '[part="error"]');
      expect(text(error)).to.include('Nid oedd modd dangos y cynllun hwn');
      expect(text(error)).to.include('Nid yw ffrwd y cynllun yn cyd-fynd â fformat y cynllun.');
      // The loader's detail stays English, marked as such.
      expect(error.querySelector('p[lang="en"]')!.textContent).to.match(/The feed does not match the plan format/);
      const offline = await inLanguage<HTMLElement>('cy', html`<pcp-objectives src="/__test__/status?code=503"></pcp-objectives>`);
      await new Promise((resolve) => offline.addEventListener('pcp-error', resolve, { once: true }));
      await (offline as PcpObjectives).updateComplete;
      expect(text($(offline, 'button.pcp-retry'))).to.equal('Rhowch gynnig arall arni');
      await expect(broken).to.be.accessible();
    });

    it('<pcp-objectives>: toolbar, statuses, empty states', async () => {
      const plan = await loadFeed('cleveland-2020-21-update');
      const element = await inLanguage<PcpObjectives>('cy', html`<pcp-objectives .plan=${plan} layout="accordion"></pcp-objectives>`);
      element.showAll();
      await element.updateComplete;
      const shown = text(element.shadowRoot!);
      expect(shown).to.include('Cuddio pob adran');
      expect(shown).to.include('Wedi’i gyflawni');
      expect(englishLeftIn(shown, ['common', 'objectives'])).to.deep.equal([]);
      const missing = await inLanguage<PcpObjectives>('cy', html`<pcp-objectives .plan=${plan} objective="nope"></pcp-objectives>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn amcan "nope".');
    });

    it('<pcp-plan-summary>: labels, status and the count of objectives', async () => {
      const plan = await loadFeed('cumbria-2021-2025');
      const element = await inLanguage<PcpPlanSummary>('cy', html`<pcp-plan-summary .plan=${plan}></pcp-plan-summary>`);
      const terms = $$(element, 'dt').map(text);
      expect(terms).to.deep.equal(['Dogfen', 'Cyhoeddwyd gan', 'Ardal', 'Cyfnod', 'Statws', 'Amcanion'].filter((term) => term !== 'Dogfen' || plan.documentType));
      expect(text($(element, '[part="status"]'))).to.equal('Cyhoeddwyd');
      expect(text($$(element, 'dd').at(-1)!)).to.equal('7 amcan');
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'planSummary'])).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });
  });
});
