/** <pcp-plan-document> with the parts feed format 2 adds: every field shown, figures as printed. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../pcp-elements.js';
import type { PcpPlanDocument } from './pcp-plan-document.js';
import type { Plan } from '../schema/plan.js';
import { minimalPlan } from '../../test/fixtures/plans.js';
import { deepText as allText } from '../../test/helpers/dom.js';
import { inLanguage } from '../../test/helpers/languages.js';
import { policingPrecept, preceptSurvey } from './plan-document-fixtures.js';

/** Everything a reader sees, through every shadow root, punctuation back against its words. */
function deepText(root: Node): string {
  // Text nodes are joined with a space: take it out again before punctuation.
  return allText(root).replace(/ ([,:;.)])/g, '$1').replace(/\( /g, '(');
}

export function format2Plan(): Plan {
  const precept = policingPrecept();
  const [set, proposed] = precept.years;
  return minimalPlan({
    schemaVersion: '2.0',
    otherTitles: ['Cynllun Heddlu a Throsedd'],
    publisher: { name: 'Testshire Police and Crime Commissioner', kind: 'police-and-crime-commissioner', otherNames: ['Comisiynydd Testshire'] },
    published: '2024-04-01',
    approved: { date: '2024-03-12', by: 'the Police and Crime Panel', note: 'unanimously' },
    reviewCycle: 'reviewed annually',
    translationNote: 'Translated by the Welsh Translation Unit.',
    people: [{ name: 'Alex Example', role: 'Police and Crime Commissioner', term: 'elected May 2024' }],
    levels: [{ singular: 'pillar', plural: 'pillars' }, { singular: 'priority', plural: 'priorities' }],
    objectives: [
      {
        id: 'safer-streets',
        number: 1,
        title: 'Safer streets',
        children: [
          {
            id: 'night-time',
            number: '1.1',
            title: 'A safer night-time economy',
            lists: [{ heading: 'So that', items: [{ text: 'People feel safe after dark' }] }],
            children: [{ id: 'taxis', number: '1.1.a', title: 'Licensed taxis', source: { title: 'Licensing review', page: 4 } }],
          },
        ],
      },
    ],
    lists: [{ heading: 'Our values', ordered: true, items: [{ text: 'Integrity' }, { text: 'Fairness' }] }],
    keyFigures: [
      {
        id: 'budget',
        label: 'Net revenue budget',
        value: '£871.652m',
        period: '2024/25',
        note: 'before savings',
        objectiveId: 'night-time',
        source: { sourceId: 'budget-report', page: 12 },
      },
    ],
    sources: [{ id: 'budget-report', title: 'Budget report 2024/25', url: 'https://example.org/budget.pdf' }],
    precepts: [{ ...precept, years: [set!, { ...proposed!, delivers: [{ text: 'Fifty more officers' }] }] }],
    tables: [
      {
        id: 'bands',
        caption: 'Council tax by band',
        head: [['Band', 'Charge', 'Change']],
        rows: [
          ['A', '£170.87', '6.44%'],
          ['D', 256.3, { printed: '£13.00', value: 13 }],
          ['H', null, 'not set'],
        ],
        rowHeaders: true,
        notes: ['Bands as set by the council.'],
      },
    ],
    consultations: [preceptSurvey()],
    bodies: [
      { id: 'panel', name: 'Police and Crime Panel', kind: 'scrutiny panel', meets: 'quarterly', members: ['Cllr A', 'Cllr B'], role: 'scrutinises the commissioner' },
      { id: 'board', name: 'Delivery Board', partOf: 'panel' },
    ],
    meetings: [{ title: 'Panel meeting', bodyId: 'panel', date: '2024-02-05', item: 'Agenda Item 62', decisions: [{ number: '62.1', text: 'Precept agreed' }] }],
    editions: [
      { title: 'Easy read version', kind: 'easy-read', url: 'https://example.org/easy.pdf' },
      { title: 'Plan 2024-2028', kind: 'plan', current: true, note: 'replaces the draft' },
    ],
    commitments: [{ text: 'Publish the budget every year', actions: [{ text: 'In plain English' }] }],
    partners: [{ id: 'council', name: 'Testshire Council', type: 'Council services', role: 'runs the CCTV' }],
    contact: { organisation: 'OPCC', purpose: 'feedback on this document' },
  } as Partial<Plan>);
}

async function render(plan: Plan): Promise<PcpPlanDocument> {
  const element = await fixture<PcpPlanDocument>(html`<pcp-plan-document .plan=${plan}></pcp-plan-document>`);
  await waitUntil(() => deepText(element).includes(plan.title), 'the document rendered');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return element;
}

const q = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const contents = (element: Element) => q(element, 'nav li').map((item) => item.textContent!.trim());

describe('<pcp-plan-document> with feed format 2', () => {
  it('lists the new parts in the contents, only when the plan has them', async () => {
    const element = await render(format2Plan());
    expect(contents(element)).to.include.members(['Council tax (precept)', 'Tables', 'Consultation', 'Governance', 'Meetings', 'Editions and other formats']);
    const bare = await render(minimalPlan({ schemaVersion: '2.0' }));
    expect(contents(bare)).to.not.include.members(['Council tax (precept)']);
    for (const word of ['Council tax (precept)', 'Tables', 'Consultation', 'Governance', 'Meetings', 'Editions']) expect(contents(bare).join('|')).to.not.include(word);
    expect(deepText(bare)).to.not.match(/Published:|Approved:|Reports to:|undefined|NaN/);
  });

  it('draws each precept as a real table: caption, column groups per band, row headers, figures as printed', async () => {
    const element = await render(format2Plan());
    const table = q(element, 'table').find((candidate) => candidate.querySelector('caption')?.textContent?.trim() === 'Policing precept')!;
    expect(table).to.exist;
    const heads = [...table.querySelectorAll('thead th')].map((th) => [th.textContent!.trim(), th.getAttribute('scope')]);
    expect(heads).to.deep.equal([
      ['Year', 'col'],
      ['Stage', 'col'],
      ['Band D', 'col'],
      ['Amount', 'col'],
      ['Increase', 'col'],
      ['Increase (%)', 'col'],
    ].map(([text, scope]) => [text, text === 'Band D' ? 'colgroup' : scope]));
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['2023/24', 'set', '£243.30', '£15.00', ''],
      ['2024/25', 'proposed', '£256.30', '£13.00', '5.34%'],
    ]);
    expect(table.querySelector('tbody th[scope="row"]')!.textContent!.trim()).to.equal('2023/24');
    expect(table.querySelector('tbody td.numeric')).to.exist;
    const text = deepText(element);
    for (const printed of ['Precept requirement: £222,183,670', 'Limit: £13 per year for a Band D property', 'Capital budget: £12.4m', 'Band D: the most allowed', 'The Panel voted 8-2', 'Fifty more officers']) {
      expect(text).to.include(printed);
    }
    // Per month and per week are not given: no column for them.
    expect(text).to.not.include('Per month');
    expect(text).to.not.include('Per week');
  });

  it('draws a printed table with its head, row headers, and figures exactly as given', async () => {
    const element = await render(format2Plan());
    const table = q(element, 'table').find((candidate) => candidate.querySelector('caption')?.textContent?.trim() === 'Council tax by band')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim())).to.deep.equal(['A', 'D', 'H']);
    const cells = [...table.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['£170.87', '6.44%', '256.3', '£13.00', '', 'not set']);
    expect(table.querySelector('tbody td')!.classList.contains('numeric')).to.equal(true);
    expect(deepText(element)).to.include('Bands as set by the council.');
  });

  it('shows consultations, governance, meetings, editions and the plan-level fields', async () => {
    const element = await render(format2Plan());
    const text = deepText(element);
    for (const expected of [
      'Cynllun Heddlu a Throsedd',
      'Comisiynydd Testshire',
      'Published: 1 April 2024',
      'Approved: 12 March 2024, the Police and Crime Panel, unanimously',
      'reviewed annually',
      'elected May 2024',
      'Translated by the Welsh Translation Unit.',
      'Our values',
      'Integrity',
      'Net revenue budget: £871.652m (2024/25)',
      'Priority 1.1: A safer night-time economy',
      'Budget report 2024/25, page 12',
      'Opens: 2 January 2024 · Closes: 31 January 2024 · four weeks',
      'Who was asked: residents; businesses',
      'Would you pay more?',
      'Responses: More than 3,500',
      'said yes: 62%',
      'Most support more officers',
      'scrutiny panel · Meets: quarterly',
      'scrutinises the commissioner',
      'Cllr A',
      'Reports to: Police and Crime Panel',
      'Police and Crime Panel · 5 February 2024 · Agenda Item 62',
      '62.1 Precept agreed',
      'Easy read version (Easy read)',
      'Plan 2024-2028 (Full plan)',
      '(this edition)',
      'replaces the draft',
      '(Council services): runs the CCTV',
      'feedback on this document',
      'So that',
      'Licensed taxis',
      'Licensing review, page 4',
      'Commitments Publish the budget every year In plain English',
    ]) {
      expect(text, expected).to.include(expected);
    }
    expect(text).to.not.include('the feed');
    const links = q(element, 'a').map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['https://example.org/survey', 'https://example.org/easy.pdf']);
  });

  it('names the objective a key figure belongs to only at the level it is', async () => {
    const plan = format2Plan();
    plan.keyFigures![0]!.objectiveId = 'safer-streets';
    const element = await render(plan);
    expect(deepText(element)).to.include('Pillar 1: Safer streets');
  });

  it('is accessible', async () => {
    const element = await render(format2Plan());
    await expect(element).to.be.accessible();
  });

  it('writes its own words in Welsh', async () => {
    const element = await inLanguage<PcpPlanDocument>('cy', html`<pcp-plan-document .plan=${format2Plan()}></pcp-plan-document>`);
    await waitUntil(() => deepText(element).includes('Treth gyngor'), 'the Welsh document rendered');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = deepText(element);
    for (const word of ['Treth gyngor (praesept)', 'Tablau', 'Ymgynghoriad', 'Llywodraethu', 'Cyfarfodydd', 'Fersiynau a fformatau eraill', 'Blwyddyn', 'Cyhoeddwyd:', 'Cymeradwywyd:', 'Yn adrodd i:', '(y fersiwn hwn)', 'Hawdd ei ddeall']) {
      expect(text, word).to.include(word);
    }
    for (const word of ['Precept requirement', 'Reports to:', 'Published:', '(this edition)', 'Year ']) expect(text, word).to.not.include(word);
  });
});
