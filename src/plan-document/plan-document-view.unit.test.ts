// The plan document's view model: which sections a plan gets, in which order, under which words, and the title block.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import type { Plan } from '../schema/plan.js';
import type { PlanText } from '../view/plan-text.js';
import { viewContext } from '../view/plan-text.js';
import { tableCsv } from '../view/table-model.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { DOCUMENT_SECTIONS, planDocumentView, type DocumentBlock, type DocumentSectionId, type PlanDocumentView } from './plan-document-view.js';
import { bodyHasDetails, type Phrase } from './parts-view.js';

const view = (feed: Parameters<typeof viewContext>[0], lang = 'en', headingLevel = 1) => planDocumentView(viewContext(feed, lang), { headingLevel });
const ids = (document: PlanDocumentView) => document.sections.map((section) => section.id);
const section = (document: PlanDocumentView, id: DocumentSectionId) => document.sections.find((candidate) => candidate.id === id);
const blocks = (document: PlanDocumentView, kind: DocumentBlock['kind']) => document.sections.flatMap((part) => part.blocks.filter((block) => block.kind === kind));
const read = (parts: Phrase | undefined) => (parts ?? []).map((part) => part.text).join('');

/** Whether the plan has each part, read straight from the feed: the document's promise "each part only when the plan has it". */
const HAS: Record<DocumentSectionId, (plan: Plan) => boolean> = {
  forewords: (plan) => Boolean(plan.forewords?.length),
  introduction: (plan) => Boolean(plan.introduction?.length || plan.vision?.length || plan.lists?.length || plan.contents?.length),
  objectives: () => true,
  money: (plan) => Boolean(plan.budgets?.length || plan.fundingShares?.length || plan.scenarios?.length || plan.keyFigures?.length || plan.grants?.length),
  precepts: (plan) => Boolean(plan.precepts?.length),
  tables: (plan) => Boolean(plan.tables?.length),
  consultations: (plan) => Boolean(plan.consultations?.length),
  progress: (plan) => Boolean(plan.objectives.some((objective) => objective.actions?.some((action) => action.status)) || plan.measures?.length || plan.statusScales?.length),
  partnership: (plan) => Boolean(plan.objectives.some((objective) => objective.outcome || objective.aim) || plan.actionPlan?.rows.length || plan.partners?.length),
  governance: (plan) => Boolean(plan.bodies?.length),
  meetings: (plan) => Boolean(plan.meetings?.length),
  monitoring: (plan) => Boolean(plan.monitoring && (plan.monitoring.items.length || plan.monitoring.statement?.length)),
  'national-priorities': (plan) => Boolean(plan.nationalPriorities && (plan.nationalPriorities.items.length || plan.nationalPriorities.statement?.length)),
  more: (plan) => Boolean(plan.sections?.length),
  contact: (plan) => Boolean(plan.contact || plan.accessibleFormats),
  editions: (plan) => Boolean(plan.editions?.length),
  about: (plan) => Boolean(plan.sources?.length || plan.notes?.length || plan.links?.length || plan.translationNote),
};

/** Every text the view holds (its PlanTexts and words), to look for "undefined" and "NaN". */
function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => texts(item, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => texts(item, out));
  return out;
}

describe('planDocumentView on every bundled feed', () => {
  assert.equal(feedNames.length, 16);
  for (const name of feedNames) {
    test(`${name}: a section for each part the feed has and none for a part it lacks, in the reader's order`, () => {
      const feed = sampleFeed(name);
      const document = view(feed);
      const plan = viewContext(feed).plan;
      assert.deepEqual(ids(document), DOCUMENT_SECTIONS.filter((id) => HAS[id](plan)));
      // Every section has something in it, a title for the contents, and its parts below its heading.
      for (const part of document.sections) {
        assert.ok(part.blocks.length, `${part.id} has content`);
        assert.notEqual(part.title.text.trim(), '', `${part.id} has a title`);
        for (const block of part.blocks) if ('level' in block) assert.equal(block.level, part.ownHeading ? 2 : 3, `${part.id}: ${block.kind}`);
      }
      assert.ok(!texts(document).some((text) => /\bundefined\b|\bNaN\b/.test(text)), 'no "undefined" or "NaN" shown');
    });

    test(`${name}: one part for each budget, precept, table, consultation, body, meeting, edition and status scale, in the feed's order`, () => {
      const feed = sampleFeed(name);
      const document = view(feed);
      const plan = viewContext(feed).plan;
      assert.deepEqual(blocks(document, 'budget').map((block) => (block as { budgetId: string }).budgetId), (plan.budgets ?? []).map((budget) => budget.id));
      assert.equal(blocks(document, 'precept').length, plan.precepts?.length ?? 0);
      assert.equal(blocks(document, 'table').length, plan.tables?.length ?? 0);
      assert.equal(blocks(document, 'consultation').length, plan.consultations?.length ?? 0);
      // Every body once: those the plan only names in one list first, then each with its heading, in the feed's order.
      const listed = blocks(document, 'body-list').flatMap((block) => (block as Extract<DocumentBlock, { kind: 'body-list' }>).bodies);
      const headed = blocks(document, 'body').map((block) => (block as Extract<DocumentBlock, { kind: 'body' }>).body);
      const order = (ids: string[]) => (plan.bodies ?? []).map((body) => body.id).filter((id) => ids.includes(id));
      assert.deepEqual([...listed, ...headed].map((body) => body.id).sort(), (plan.bodies ?? []).map((body) => body.id).sort());
      assert.deepEqual(listed.map((body) => body.id), order(listed.map((body) => body.id)));
      assert.deepEqual(headed.map((body) => body.id), order(headed.map((body) => body.id)));
      assert.ok(listed.every((body) => !bodyHasDetails(body)) && headed.every(bodyHasDetails), 'a heading only for a body with something under it');
      assert.equal(blocks(document, 'meeting').length, plan.meetings?.length ?? 0);
      assert.equal(blocks(document, 'editions').flatMap((block) => (block as Extract<DocumentBlock, { kind: 'editions' }>).editions).length, plan.editions?.length ?? 0);
      assert.equal(blocks(document, 'status-scale').length, plan.statusScales?.length ?? 0);
      assert.equal(section(document, 'more')?.blocks.length ?? 0, plan.sections?.length ?? 0);
    });

    test(`${name}: every printed table has a model whose CSV has its rows, figures as printed`, () => {
      const feed = sampleFeed(name);
      const document = view(feed);
      const plan = viewContext(feed).plan;
      const models = [
        ...blocks(document, 'precept').flatMap((block) => {
          const table = (block as Extract<DocumentBlock, { kind: 'precept' }>).precept.table;
          return table ? [table] : [];
        }),
        ...blocks(document, 'table').map((block) => (block as Extract<DocumentBlock, { kind: 'table' }>).table.table),
      ];
      for (const model of models) {
        const csv = tableCsv(model);
        assert.equal(csv.trimEnd().split('\r\n').length, 1 + model.rows.length, `${model.id}: a CSV line per row and one for the head`);
      }
      (plan.tables ?? []).forEach((table, index) => {
        const model = models.find((candidate) => candidate.id === `table-${index}`)!;
        assert.equal(model.caption.text, table.caption);
        table.rows.forEach((row, rowIndex) => {
          const shown = model.rows[rowIndex]!;
          const cells = [...(shown.header ? [shown.header] : []), ...shown.cells];
          row.forEach((cell, column) => {
            // Printed text exactly as printed; an empty cell empty.
            if (typeof cell === 'string') assert.equal(cells[column]!.text.text, cell);
            if (cell === null) assert.equal(cells[column]!.text.text, '');
          });
        });
      });
    });
  }
});

describe('planDocumentView sections', () => {
  test('the Cumbria plan: forewords, introduction, objectives, money, governance, monitoring, national priorities, more, contact, about', () => {
    const document = view(sampleFeed('cumbria-2021-2025'));
    assert.deepEqual(ids(document), ['forewords', 'introduction', 'objectives', 'money', 'governance', 'monitoring', 'national-priorities', 'more', 'contact', 'about']);
    assert.deepEqual(
      document.sections.map((part) => part.title.text),
      ['Forewords', 'Introduction', 'Objectives', 'Money', 'Governance', 'Monitoring the plan', 'Identifying the priorities for this plan', 'More about the plan', 'Contact', 'About this page'],
    );
  });

  test('a plan with only the required parts has objectives only; statuses on its actions add progress', () => {
    assert.deepEqual(ids(view(makeFeed())), ['objectives']);
    const withStatus = makeFeed({ objectives: [{ id: 'one', number: 1, title: 'One', actions: [{ text: 'Do it', status: 'delivered' }] }] });
    assert.deepEqual(ids(view(withStatus)), ['objectives', 'progress']);
    assert.deepEqual(section(view(withStatus), 'progress')!.blocks.map((block) => block.kind), ['progress']);
  });

  test('a status scale alone makes a progress section without the progress element', () => {
    const feed = makeFeed({ statusScales: [{ id: 'rag', statuses: [{ id: 'red', label: 'Red', meaning: 'off track' }, { id: 'green', label: 'Green' }] }] });
    const progress = section(view(feed), 'progress')!;
    assert.deepEqual(progress.blocks.map((block) => block.kind), ['status-scale']);
    const { scale } = progress.blocks[0] as Extract<DocumentBlock, { kind: 'status-scale' }>;
    assert.equal(scale.title.text, 'Key');
    assert.deepEqual(scale.statuses, [{ label: { text: 'Red' }, meaning: { text: 'off track' } }, { label: { text: 'Green' }, meaning: undefined }]);
  });

  test('an empty monitoring list or national priorities list makes no section', () => {
    const feed = makeFeed({ monitoring: { items: [] }, nationalPriorities: { items: [], statement: [] } });
    assert.deepEqual(ids(view(feed)), ['objectives']);
    const stated = makeFeed({ monitoring: { title: 'Holding the Chief Constable to account', statement: ['Monthly meetings.'], items: [] } });
    const monitoring = section(view(stated), 'monitoring')!;
    assert.equal(monitoring.title.text, 'Holding the Chief Constable to account');
    assert.equal(monitoring.ownHeading, true);
  });

  test('one foreword is the section under its own title; several are "Forewords", their headings a level down', () => {
    const one = view(makeFeed({ forewords: [{ title: 'A word from the Commissioner', paragraphs: ['Hello.'] }] }));
    assert.deepEqual(section(one, 'forewords'), { id: 'forewords', title: { text: 'A word from the Commissioner' }, ownHeading: true, blocks: [{ kind: 'forewords', level: 2 }] });
    const two = view(makeFeed({ forewords: [{ title: 'One', paragraphs: ['a'] }, { title: 'Two', paragraphs: ['b'] }] }));
    assert.deepEqual(section(two, 'forewords'), { id: 'forewords', title: { text: 'Forewords' }, ownHeading: false, blocks: [{ kind: 'forewords', level: 3 }] });
  });

  test('the objectives section is named with the plan\'s own word, capitalised', () => {
    const feed = makeFeed({ levels: [{ singular: 'pillar', plural: 'pillars' }] });
    assert.equal(section(view(feed), 'objectives')!.title.text, 'Pillars');
  });

  test('twelve budgets are twelve budget tables, in order, in the money section', () => {
    const budgets = Array.from({ length: 12 }, (_, index) => ({ id: `budget-${index + 1}`, title: `Budget ${index + 1}`, periods: [{ id: '2024-25' }], lines: [{ id: 'policing', label: 'Policing', values: { '2024-25': 100 } }] }));
    const money = section(view(makeFeed({ budgets })), 'money')!;
    assert.deepEqual(money.blocks.map((block) => (block as { budgetId: string }).budgetId), budgets.map((budget) => budget.id));
  });

  test('heading levels follow heading-level: sections one below the title, their parts two below', () => {
    const document = view(sampleFeed('cumbria-2021-2025'), 'en', 4);
    assert.equal(document.level, 4);
    for (const part of document.sections) {
      for (const block of part.blocks) if ('level' in block) assert.equal(block.level, part.ownHeading ? 5 : 6, `${part.id}: ${block.kind}`);
    }
  });
});

describe('planDocumentView title block', () => {
  test('a draft carries a banner; a published plan none', () => {
    assert.deepEqual(view(makeFeed({ status: 'draft' })).banner, { status: 'Draft', text: 'This plan is a draft. It may change before it is published.' });
    assert.equal(view(makeFeed({ status: 'consultation' })).banner?.status, 'Consultation');
    assert.equal(view(makeFeed({ status: 'superseded' })).banner?.text, 'A newer plan has replaced this one.');
    assert.equal(view(makeFeed()).banner, undefined);
    assert.equal(view(sampleFeed('cambridgeshire-peterborough-2021-2024')).banner?.status, 'Draft');
  });

  test('the period: as printed, else from its dates; a plan with no end date runs "From" its start', () => {
    assert.deepEqual(view(makeFeed()).period, { label: 'Period:', text: { text: '1 April 2024 to 31 March 2028' } });
    assert.equal(view(makeFeed({ period: { start: '2024-04-01', end: null } })).period.text.text, 'From 1 April 2024');
    assert.equal(view(makeFeed({ period: { start: null, end: null } })).period.text.text, 'Not stated');
    assert.equal(view(makeFeed({ period: { start: '2021', end: '2025', label: '2021-2025' } })).period.text.text, '2021-2025');
  });

  test('publisher, area, other titles and the details after the period, each only when given', () => {
    const feed = makeFeed({
      otherTitles: ['Cynllun Heddlu a Throsedd', 'Standing Together'],
      publisher: { name: 'Testshire PCC', kind: 'police-and-crime-commissioner', website: 'https://example.org', otherNames: ['Comisiynydd Testshire', 'The OPCC'] },
      area: null,
      updated: '2024-05-02',
      documentType: 'Plan update',
      published: '2024-04-01',
      approved: { date: '2024-03-12', note: 'unanimously' },
      reviewCycle: 'reviewed annually',
      people: [
        { name: 'Alex Example', role: 'Police and Crime Commissioner', term: 'elected May 2024', email: 'alex@example.org' },
        { name: 'Sam Sample', role: 'Chief Constable', organisation: 'Testshire Police', phone: '01234 567890' },
      ],
    });
    const document = view(feed);
    assert.equal(read(document.otherTitles), 'Cynllun Heddlu a Throsedd · Standing Together');
    assert.deepEqual(document.publisher.name, { text: 'Testshire PCC' });
    assert.equal(document.publisher.url, 'https://example.org');
    assert.equal(read(document.publisher.otherNames), 'Comisiynydd Testshire, The OPCC');
    assert.equal(document.area, undefined);
    assert.deepEqual(document.details.map(read), ['Last updated: 2 May 2024', 'Plan update', 'Published: 1 April 2024', 'Approved: 12 March 2024, unanimously', 'reviewed annually']);
    assert.deepEqual(document.people.map((person) => [read(person.text), person.email]), [
      ['Alex Example, Police and Crime Commissioner (elected May 2024)', 'alex@example.org'],
      ['Sam Sample, Chief Constable, Testshire Police, 01234 567890', undefined],
    ]);
    const bare = view(makeFeed());
    assert.deepEqual([bare.otherTitles, bare.publisher.otherNames, bare.strapline, bare.subtitle, bare.details, bare.people], [undefined, undefined, undefined, undefined, [], []]);
    assert.deepEqual(bare.area, { text: 'Testshire' });
  });

  test('the contents list heading and the skip control', () => {
    const document = view(makeFeed());
    assert.equal(document.contentsHeading, 'Contents');
    assert.equal(document.skipContents, 'Skip the contents');
  });
});

describe('planDocumentView on a Welsh page', () => {
  before(() => loadCatalogue('cy'));
  const bilingual = () =>
    makeFeed({
      title: { en: 'Police and Crime Plan', cy: 'Cynllun Heddlu a Throseddu' },
      strapline: { en: 'Safer together' },
      area: { en: 'Testshire', cy: 'Swydd Brawf' },
      precepts: [{ id: 'policing', title: { en: 'Policing precept' }, years: [{ period: '2024/25', charges: [{ band: 'D', amount: '£256.30' }] }] }],
      tables: [{ id: 'bands', caption: 'Bands', rows: [['A', '£1.00']] }],
      consultations: [{ title: 'Survey' }],
      bodies: [{ id: 'panel', name: 'Panel' }],
      meetings: [{ title: 'Meeting' }],
      editions: [{ title: 'Easy read', kind: 'easy-read' }],
    });

  test("the document's own words are Welsh: section titles, the period, the banner", () => {
    const document = view(bilingual(), 'cy');
    assert.deepEqual(
      document.sections.map((part) => part.title.text),
      ['Amcanion', 'Treth gyngor (praesept)', 'Tablau', 'Ymgynghoriad', 'Llywodraethu', 'Cyfarfodydd', 'Fersiynau a fformatau eraill'],
    );
    assert.equal(document.period.label, 'Cyfnod:');
    assert.equal(document.period.text.text, '1 Ebrill 2024 i 31 Mawrth 2028');
    assert.equal(document.contentsHeading, 'Cynnwys');
    assert.equal(view(makeFeed({ status: 'draft' }), 'cy').banner?.status, 'Drafft');
  });

  test('feed text given only in English is marked English; translated text and the document\'s words are not', () => {
    const document = view(bilingual(), 'cy');
    assert.deepEqual(document.title, { text: 'Cynllun Heddlu a Throseddu' });
    assert.deepEqual(document.area, { text: 'Swydd Brawf' });
    assert.deepEqual(document.strapline, { text: 'Safer together', lang: 'en' });
    const { precept } = section(document, 'precepts')!.blocks[0] as Extract<DocumentBlock, { kind: 'precept' }>;
    assert.deepEqual(precept.title, { text: 'Policing precept', lang: 'en' });
    assert.deepEqual(precept.table!.head[0]![0]!.text, { text: 'Blwyddyn' });
    const { editions } = section(document, 'editions')!.blocks[0] as Extract<DocumentBlock, { kind: 'editions' }>;
    assert.deepEqual(editions[0]!.details, [{ text: 'Hawdd ei ddeall' }]);
  });
});

describe('planDocumentView of the plan\'s narrative parts', () => {
  test('introduction: vision, sections, lists and the printed contents, in that order', () => {
    const feed = makeFeed({
      vision: ['A safer county.'],
      introduction: [{ title: 'About', paragraphs: ['Hello.'] }],
      lists: [{ heading: 'Our values', items: [{ text: 'Integrity' }] }],
      contents: [{ title: 'Foreword', page: 3, items: [{ title: 'Our vision', page: 'iv' }] }, { title: 'Annex' }],
    });
    const introduction = section(view(feed), 'introduction')!;
    assert.deepEqual(introduction.blocks.map((block) => block.kind), ['vision', 'section', 'list', 'printed-contents']);
    const { entries } = introduction.blocks[3] as Extract<DocumentBlock, { kind: 'printed-contents' }>;
    assert.deepEqual(
      entries.map((entry) => [entry.title.text, read(entry.page), entry.items.map((item) => [item.title.text, read(item.page)])]),
      [['Foreword', 'page 3', [['Our vision', 'page iv']]], ['Annex', '', []]],
    );
  });

  test('money: budgets, funding, key figures, scenarios, grants, in that order', () => {
    assert.deepEqual(section(view(sampleFeed('cleveland-2020-21-update')), 'money')!.blocks.map((block) => block.kind), ['funding', 'key-figures', 'scenarios', 'grants']);
    assert.deepEqual(section(view(sampleFeed('west-yorkshire-2021-2024')), 'money')!.blocks.map((block) => block.kind), ['budget', 'funding', 'key-figures']);
  });

  test('partnership: partners (statutory first), outcomes, the action plan', () => {
    const feed = makeFeed({
      objectives: [{ id: 'one', number: 1, title: 'One', outcome: 'Less crime' }],
      partners: [
        { id: 'police', name: 'Police', statutory: true },
        { id: 'council', name: 'Council', type: 'Council services', role: 'runs the CCTV', url: 'https://example.org' },
      ],
    });
    const partnership = section(view(feed), 'partnership')!;
    assert.deepEqual(partnership.blocks.map((block) => block.kind), ['partners', 'outcomes']);
    const { partners } = partnership.blocks[0] as Extract<DocumentBlock, { kind: 'partners' }>;
    assert.deepEqual(
      partners.groups.map((group) => [group.label, group.partners.map((partner) => partner.name.text)]),
      [['Statutory partners:', ['Police']], ['Other partners:', ['Council']]],
    );
    const onlyOthers = section(view(makeFeed({ partners: [{ id: 'council', name: 'Council' }] })), 'partnership')!;
    // Under the "Partners" heading, a lone list is not labelled "Partners:" again (issue 19).
    assert.equal((onlyOthers.blocks[0] as Extract<DocumentBlock, { kind: 'partners' }>).partners.groups[0]!.label, undefined);
  });

  test('about: sources, links, notes and the translation note', () => {
    const feed = makeFeed({
      sources: [{ id: 'report', title: 'Budget report', publisher: 'Testshire Council', date: '2024-02', url: 'https://example.org/r.pdf', note: 'appendix B' }, { title: 'Minutes' }],
      links: [{ label: 'Website', url: 'https://example.org' }],
      notes: ['Figures are illustrative.'],
      translationNote: 'Translated by the Welsh Translation Unit.',
    });
    const about = section(view(feed), 'about')!;
    assert.deepEqual(about.blocks.map((block) => block.kind), ['sources', 'links', 'notes', 'paragraph']);
    const { sources } = about.blocks[0] as Extract<DocumentBlock, { kind: 'sources' }>;
    assert.deepEqual(
      sources.map((source) => [source.id, source.title.text, source.url, read(source.details), source.note?.text]),
      [
        ['report', 'Budget report', 'https://example.org/r.pdf', ', Testshire Council, February 2024', 'appendix B'],
        [undefined, 'Minutes', undefined, '', undefined],
      ],
    );
  });

  test('commitments of the whole plan follow the objectives', () => {
    const feed = makeFeed({ commitments: [{ text: 'Publish the budget every year' }] });
    const objectives = section(view(feed), 'objectives')!;
    assert.deepEqual(objectives.blocks.map((block) => block.kind), ['objectives', 'commitments']);
    assert.equal((objectives.blocks[1] as Extract<DocumentBlock, { kind: 'commitments' }>).heading, 'Commitments');
  });
});

// A title given only in English on a Welsh page keeps its language in the contents too.
test('contents titles carry their language', async () => {
  await loadCatalogue('cy');
  const feed = makeFeed({ forewords: [{ title: { en: 'Foreword' }, paragraphs: ['Hello.'] }] });
  const title: PlanText = section(view(feed, 'cy'), 'forewords')!.title;
  assert.deepEqual(title, { text: 'Foreword', lang: 'en' });
});
