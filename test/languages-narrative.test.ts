/**
 * Welsh and English for the narrative elements: <pcp-plan-document>, <pcp-foreword>, <pcp-contact>,
 * <pcp-grants>, <pcp-monitoring> and <pcp-national-priorities>. On a Welsh page their own words are
 * Welsh, dates are Welsh, feed text given in Welsh shows in Welsh, and English fallbacks carry lang="en".
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../src/pcp-elements.js';
import type { PcpPlanDocument } from '../src/plan-document/pcp-plan-document.js';
import type { Plan } from '../src/schema/plan.js';
import { $, $$, text } from './helpers/dom.js';
import { englishLeftIn, englishOnly, inLanguage, withWelsh } from './helpers/languages.js';
import { minimalPlan } from './fixtures/plans.js';

/** A plan with every part these elements show, in each of its variants. */
function narrativePlan(overrides: Partial<Plan> = {}): Plan {
  return minimalPlan({
    status: 'draft',
    updated: '2024-04-01',
    period: { start: '2024', end: '2028' },
    strapline: 'Safer together',
    subtitle: 'A plan for Testshire',
    documentType: 'Police and Crime Plan',
    people: [{ name: 'Alex Example', role: 'Police and Crime Commissioner', organisation: 'Office of the PCC' }],
    forewords: [
      { id: 'commissioner', title: 'Foreword from the Commissioner', author: { name: 'Alex Example', role: 'Commissioner' }, paragraphs: ['Welcome to the plan.'], signature: 'Alex Example, Commissioner' },
      { id: 'chief', title: 'Foreword from the Chief Constable', author: { name: 'Sam Sample', role: 'Chief Constable', organisation: 'Testshire Police' }, paragraphs: ['We will deliver it.'], signature: 'Signed' },
    ],
    vision: ['A safe county.'],
    introduction: [{ title: 'About this plan', paragraphs: ['It runs for four years.'] }],
    keyFigures: [
      { id: 'savings', label: 'Savings made', value: 16100000, unit: 'money', period: 'Since 2010', note: 'As reported' },
      { id: 'cut', label: 'Cut in funding', value: 20, unit: 'percent' },
      { id: 'officers', label: 'Officers recruited', value: 1234.5, unit: 'number', illustrative: true },
    ],
    grants: [
      {
        id: 'community-fund',
        name: 'Community Fund',
        status: 'open',
        funder: 'Home Office',
        amount: 50000,
        period: '2024/25',
        eligibility: 'Local charities',
        url: 'https://example.org/fund',
        description: ['Small grants for local projects.'],
        awards: [{ recipient: 'Youth Club', project: 'Evening sessions', amount: 5000, date: '2024-01' }, { recipient: 'Food Bank' }],
      },
      { id: 'old-fund', name: 'Old Fund', status: 'closed' },
      { id: 'given', name: 'Given Fund', status: 'awarded' },
    ],
    partners: [
      { id: 'council', name: 'Testshire Council', statutory: true, url: 'https://council.example.org' },
      { id: 'charity', name: 'Testshire Victims Charity' },
    ],
    monitoring: { statement: ['We check progress.'], items: [{ text: 'Quarterly panel meetings' }] },
    nationalPriorities: { items: [{ text: 'Reduce murder and other homicide' }], closing: ['We report on these each year.'] },
    sections: [{ title: 'Working in partnership', paragraphs: ['Together.'] }],
    contact: {
      organisation: 'Office of the PCC',
      person: 'Jo Bloggs',
      address: ['1 High Street', 'Testtown'],
      phone: '01234 567890',
      email: 'pcc@example.org',
      website: 'https://example.org',
      social: [{ label: 'Facebook', url: 'https://facebook.com/example' }],
    },
    accessibleFormats: { formats: ['braille', 'audio', 'large-print', 'easy-read', 'other-languages', 'british-sign-language'], phone: '01234 000000', email: 'formats@example.org' },
    sources: [{ title: 'The printed plan', publisher: 'Office of the PCC', date: '2024-04-01', note: 'PDF', url: 'https://example.org/plan.pdf' }],
    links: [{ label: 'The commissioner’s website', url: 'https://example.org' }],
    notes: ['Figures as printed.'],
    ...overrides,
  } as Partial<Plan>);
}


/** The English fallback at `selector`: its text, inside span[lang="en"]. */
function fallbackIn(element: Element, selector: string): string | undefined {
  return element.shadowRoot!.querySelector(`${selector} span[lang="en"]`)?.textContent ?? undefined;
}

async function rendered<T extends HTMLElement>(element: T): Promise<T> {
  await (element as T & { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

describe('languages: the narrative elements', () => {
  describe('<pcp-foreword>', () => {
    it('speaks Welsh: empty states, and the feed’s Welsh titles with the English fallback marked', async () => {
      const feed = englishOnly(withWelsh(narrativePlan(), { '/forewords/0/title': 'Rhagair gan y Comisiynydd', '/forewords/0/paragraphs/0': 'Croeso i’r cynllun.' }), '/forewords/1/title');
      const element = await inLanguage<HTMLElement>('cy', html`<pcp-foreword .plan=${feed}></pcp-foreword>`);
      const titles = $$(element, '[part="title"]');
      expect(text(titles[0]!)).to.equal('Rhagair gan y Comisiynydd');
      expect(titles[0]!.querySelector('[lang]')?.outerHTML ?? null).to.equal(null);
      expect(text($(element, '.paragraph'))).to.equal('Croeso i’r cynllun.');
      expect(fallbackIn(element, '[part="foreword"]:nth-of-type(2) [part="title"]')).to.equal('Foreword from the Chief Constable');
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'foreword'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      const missing = await inLanguage<HTMLElement>('cy', html`<pcp-foreword .plan=${feed} foreword="nope"></pcp-foreword>`);
      expect(text($(missing, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn ragair "nope".');
      const none = await inLanguage<HTMLElement>('cy', html`<pcp-foreword .plan=${minimalPlan()}></pcp-foreword>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid oes gan y cynllun hwn ragair.');
      expect(englishLeftIn(text(none.shadowRoot!), ['common', 'foreword'])).to.deep.equal([]);
    });
  });

  describe('<pcp-contact>', () => {
    it('labels the details in Welsh and offers the other formats in Welsh', async () => {
      const feed = englishOnly(withWelsh(narrativePlan(), { '/contact/organisation': 'Swyddfa’r Comisiynydd' }), '/contact/address/0');
      const element = await inLanguage<HTMLElement>('cy', html`<pcp-contact .plan=${feed}></pcp-contact>`);
      expect(text($(element, '[part="title"]'))).to.equal('Cysylltu â ni');
      expect($$(element, 'dt').map(text)).to.deep.equal(['Sefydliad', 'Person cyswllt', 'Cyfeiriad', 'Ffôn', 'E-bost', 'Gwefan', 'Cyfryngau cymdeithasol']);
      expect(text($$(element, 'dd')[0]!)).to.equal('Swyddfa’r Comisiynydd');
      expect(fallbackIn(element, 'address')).to.equal('1 High Street');
      const formats = $(element, '[part="formats"]');
      expect(text(formats.querySelector('.subheading')!)).to.equal('Fformatau eraill');
      const [offer, ask] = [...formats.querySelectorAll('p')].map(text);
      expect(offer).to.equal('Mae’r cynllun hwn ar gael mewn Braille, sain, print bras, fersiwn hawdd ei ddeall, ieithoedd eraill, Iaith Arwyddion Prydain.');
      expect(ask).to.equal('Gofynnwch amdano: 01234 000000 neu formats@example.org');
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'contact'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      const none = await inLanguage<HTMLElement>('cy', html`<pcp-contact .plan=${minimalPlan()}></pcp-contact>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn rhoi manylion cyswllt.');
    });

    it('shows the feed’s own offer of formats in Welsh when it gives one', async () => {
      const plan = narrativePlan({ accessibleFormats: { formats: ['braille'], text: 'For braille, call us.' } });
      const feed = withWelsh(plan, { '/accessibleFormats/text': 'Am Braille, ffoniwch ni.' });
      const element = await inLanguage<HTMLElement>('cy', html`<pcp-contact .plan=${feed}></pcp-contact>`);
      expect(text($(element, '[part="formats"] p'))).to.equal('Am Braille, ffoniwch ni.');
      expect($(element, '[part="formats"] [lang]')).to.equal(null);
    });
  });

  describe('<pcp-grants>', () => {
    it('gives statuses, facts, the awards table and its dates in Welsh', async () => {
      const feed = englishOnly(withWelsh(narrativePlan(), { '/grants/0/name': 'Cronfa Gymunedol', '/grants/0/eligibility': 'Elusennau lleol' }), '/grants/0/awards/0/recipient');
      const element = await inLanguage<HTMLElement>('cy', html`<pcp-grants .plan=${feed}></pcp-grants>`);
      expect($$(element, '[part="status"]').map(text)).to.deep.equal(['Ar agor i geisiadau', 'Ar gau', 'Wedi’i ddyfarnu']);
      expect($$(element, '[part="grant"]:first-of-type dt').map(text)).to.deep.equal(['Wedi’i ariannu gan', 'Swm', 'Cyfnod', 'Pwy all wneud cais', 'Rhagor o wybodaeth']);
      const facts = $$(element, '[part="grant"]:first-of-type dd').map(text);
      expect(facts[1]).to.equal('£50,000');
      expect(facts[3]).to.equal('Elusennau lleol');
      expect(text($(element, 'caption'))).to.equal('Dyfarniadau: Cronfa Gymunedol');
      expect($$(element, 'thead th').map(text)).to.deep.equal(['Derbynnydd', 'Prosiect', 'Swm', 'Dyddiad']);
      const firstAward = $$(element, 'tbody tr')[0]!;
      expect([...firstAward.children].map(text)).to.deep.equal(['Youth Club', 'Evening sessions', '£5,000', 'Ionawr 2024']);
      expect(fallbackIn(element, 'tbody th')).to.equal('Youth Club');
      expect(englishLeftIn(text(element.shadowRoot!), ['common', 'grants'])).to.deep.equal([]);
      await expect(element).to.be.accessible();

      const none = await inLanguage<HTMLElement>('cy', html`<pcp-grants .plan=${minimalPlan()}></pcp-grants>`);
      expect(text($(none, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn cynnwys grantiau.');
    });
  });

  describe('<pcp-monitoring> and <pcp-national-priorities>', () => {
    it('give their own headings and empty states in Welsh', async () => {
      const plan = narrativePlan();
      const monitoring = await inLanguage<HTMLElement>('cy', html`<pcp-monitoring .plan=${plan}></pcp-monitoring>`);
      expect(text($(monitoring, '[part="title"]'))).to.equal('Monitro’r cynllun');
      const priorities = await inLanguage<HTMLElement>('cy', html`<pcp-national-priorities .plan=${plan}></pcp-national-priorities>`);
      expect(text($(priorities, '[part="title"]'))).to.equal('Blaenoriaethau cenedlaethol');
      expect(englishLeftIn(text(monitoring.shadowRoot!), ['common', 'monitoring'])).to.deep.equal([]);
      expect(englishLeftIn(text(priorities.shadowRoot!), ['common', 'nationalPriorities'])).to.deep.equal([]);
      await expect(monitoring).to.be.accessible();
      await expect(priorities).to.be.accessible();

      const emptyMonitoring = await inLanguage<HTMLElement>('cy', html`<pcp-monitoring .plan=${minimalPlan()}></pcp-monitoring>`);
      expect(text($(emptyMonitoring, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn disgrifio sut y caiff ei fonitro.');
      const emptyPriorities = await inLanguage<HTMLElement>('cy', html`<pcp-national-priorities .plan=${minimalPlan()}></pcp-national-priorities>`);
      expect(text($(emptyPriorities, '[part="empty"]'))).to.equal('Nid yw’r cynllun hwn yn enwi unrhyw flaenoriaethau cenedlaethol.');
    });

    it('show the feed’s Welsh heading and mark an English item', async () => {
      const plan = narrativePlan({
        monitoring: { title: 'Scrutiny', statement: ['We check progress.'], items: [{ text: 'Quarterly panel meetings' }] },
      });
      const feed = englishOnly(withWelsh(plan, { '/monitoring/title': 'Craffu', '/monitoring/statement/0': 'Rydym yn gwirio cynnydd.' }), '/monitoring/items/0/text');
      const element = await inLanguage<HTMLElement>('cy', html`<pcp-monitoring .plan=${feed}></pcp-monitoring>`);
      expect(text($(element, '[part="title"]'))).to.equal('Craffu');
      expect(text($(element, '.statement'))).to.equal('Rydym yn gwirio cynnydd.');
      expect(fallbackIn(element, '[part="list"] li')).to.equal('Quarterly panel meetings');
      await expect(element).to.be.accessible();
    });
  });

  describe('<pcp-plan-document>', () => {
    /** The document with its nested parts rendered. */
    async function documentIn(lang: string, plan: unknown): Promise<PcpPlanDocument> {
      const element = await inLanguage<PcpPlanDocument>(lang, html`<pcp-plan-document .plan=${plan}></pcp-plan-document>`);
      await waitUntil(() => element.shadowRoot!.querySelector('pcp-contact')?.shadowRoot?.querySelector('[part="title"]'), 'the nested parts rendered');
      return element;
    }

    it('gives its banner, skip control, contents, headings, facts and dates in Welsh', async () => {
      const feed = englishOnly(
        withWelsh(narrativePlan(), { '/title': 'Cynllun Heddlu a Throseddu Profsir', '/keyFigures/0/label': 'Arbedion a wnaed', '/partners/0/name': 'Cyngor Profsir' }),
        '/strapline',
      );
      const element = await documentIn('cy', feed);
      const shadow = element.shadowRoot!;
      expect(text($(element, '[part="banner"]'))).to.equal('Drafft Drafft yw’r cynllun hwn. Gall newid cyn iddo gael ei gyhoeddi.');
      expect(text($(element, 'button.skip'))).to.equal('Neidio heibio’r cynnwys');
      expect(text($(element, '[part="title"]'))).to.equal('Cynllun Heddlu a Throseddu Profsir');
      expect(fallbackIn(element, '.strapline')).to.equal('Safer together');
      expect(text($(element, '.meta'))).to.equal(
        'Testshire Police and Crime Commissioner · Testshire · Cyfnod: 2024 i 2028 · Diweddarwyd ddiwethaf: 1 Ebrill 2024 · Police and Crime Plan',
      );
      expect(text($(element, '[part="contents"] .subheading'))).to.equal('Cynnwys');
      expect($$(element, '[part="contents"] a').map(text)).to.deep.equal([
        'Rhageiriau',
        'Cyflwyniad',
        'Amcanion',
        'Arian',
        'Cynnydd',
        'Partneriaeth',
        'Monitro’r cynllun',
        'Blaenoriaethau cenedlaethol',
        'Rhagor am y cynllun',
        'Cysylltu â ni',
        'Am y dudalen hon',
      ]);
      const subheadings = $$(element, '.subheading').map(text);
      for (const word of ['Gweledigaeth', 'Ffigurau allweddol', 'Grantiau', 'Partneriaid', 'Ffynonellau', 'Dolenni', 'Nodiadau']) {
        expect(subheadings).to.include(word);
      }
      const figures = $$(element, '.figures li').map(text);
      expect(figures).to.deep.equal([
        'Arbedion a wnaed: £16,100,000 (Since 2010). As reported',
        'Cut in funding: 20%',
        'Officers recruited: 1,234.5 (enghreifftiol)',
      ]);
      const paragraphs = $$(element, '[part="section"] .paragraph').map(text);
      expect(paragraphs).to.include('Partneriaid statudol:').and.include('Partneriaid eraill:');
      expect(text(shadow.querySelector('[id$="-partnership"] a')!)).to.equal('Cyngor Profsir');
      expect(text(shadow.querySelector('[id$="-about"] li')!)).to.equal('The printed plan, Office of the PCC, 1 Ebrill 2024 (PDF)');
      expect(englishLeftIn(text(shadow), ['common', 'document', 'contact', 'monitoring', 'nationalPriorities', 'grants'])).to.deep.equal([]);
      // The parts inside speak the document's language.
      const contact = shadow.querySelector('pcp-contact')!;
      expect(text(contact.shadowRoot!.querySelector('[part="title"]')!)).to.equal('Cysylltu â ni');
      const grants = shadow.querySelector('pcp-grants')!;
      await waitUntil(() => grants.shadowRoot?.querySelector('caption'), 'the grants rendered');
      expect(text(grants.shadowRoot!.querySelector('caption')!)).to.equal('Dyfarniadau: Community Fund');
      await expect(element).to.be.accessible();
    });

    it('lists partners without a second “Partneriaid:” under the heading, and gives the consultation and superseded banners in Welsh', async () => {
      const consultation = await documentIn('cy', narrativePlan({ status: 'consultation', partners: [{ id: 'charity', name: 'Testshire Victims Charity' }] }));
      expect(text($(consultation, '[part="banner"]'))).to.equal('Ymgynghoriad Mae’r cynllun hwn yn destun ymgynghoriad. Gall newid cyn iddo gael ei gyhoeddi.');
      expect($$(consultation, '[part="section"] .paragraph').map(text)).not.to.include('Partneriaid:');
      expect($$(consultation, '[part="section"] .list li').map(text)).to.include('Testshire Victims Charity');
      const superseded = await documentIn('cy', narrativePlan({ status: 'superseded' }));
      expect(text($(superseded, '[part="banner"]'))).to.equal('Disodlwyd Mae cynllun mwy newydd wedi disodli’r un hwn.');
      const published = await documentIn('cy', narrativePlan({ status: 'published', forewords: [narrativePlan().forewords![0]!], levels: [{ singular: 'theme', plural: 'themes' }] }));
      expect(published.shadowRoot!.querySelector('[part="banner"]')).to.equal(null);
      // One foreword: the section takes its title, and the feed's label for objectives gives way to the Welsh word.
      expect($$(published, '[part="contents"] a').map(text).slice(0, 3)).to.deep.equal(['Foreword from the Commissioner', 'Cyflwyniad', 'Amcanion']);
    });

    it('keeps its English words on an English page', async () => {
      const element = await documentIn('en', narrativePlan());
      expect(text($(element, '[part="banner"]'))).to.equal('Draft This plan is a draft. It may change before it is published.');
      expect(text($(element, 'button.skip'))).to.equal('Skip the contents');
      expect(text($(element, '.meta'))).to.equal('Testshire Police and Crime Commissioner · Testshire · Period: 2024 to 2028 · Last updated: 1 April 2024 · Police and Crime Plan');
      expect($$(element, '[part="contents"] a').map(text)).to.deep.equal([
        'Forewords',
        'Introduction',
        'Objectives',
        'Money',
        'Progress',
        'Partnership',
        'Monitoring the plan',
        'National priorities',
        'More about the plan',
        'Contact',
        'About this page',
      ]);
      expect($$(element, '.figures li').map(text)).to.deep.equal([
        'Savings made: £16,100,000 (Since 2010). As reported',
        'Cut in funding: 20%',
        'Officers recruited: 1,234.5 (illustrative)',
      ]);
      expect(element.shadowRoot!.querySelector('span[lang]')?.outerHTML ?? null).to.equal(null);
      const contact = await rendered(element.shadowRoot!.querySelector('pcp-contact')!);
      expect($$(contact, 'dt').map(text)).to.deep.equal(['Organisation', 'Contact', 'Address', 'Phone', 'Email', 'Website', 'Social media']);
      expect($$(contact, '[part="formats"] p').map(text)).to.deep.equal([
        'This plan is available in braille, audio, large print, easy read, other languages, British Sign Language.',
        'Ask for it: 01234 000000 or formats@example.org',
      ]);
      const grants = await rendered(element.shadowRoot!.querySelector('pcp-grants')!);
      expect($$(grants, '[part="status"]').map(text)).to.deep.equal(['Open for applications', 'Closed', 'Awarded']);
      expect($$(grants, 'thead th').map(text)).to.deep.equal(['Recipient', 'Project', 'Amount', 'Date']);
      expect([...$$(grants, 'tbody tr')[0]!.children].map(text)).to.deep.equal(['Youth Club', 'Evening sessions', '£5,000', 'January 2024']);
    });
  });
});
