// The grants' view model: each grant's facts decided and formatted, and its awards as a table.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { makeFeed, sampleFeed } from '../view/test-feeds.js';
import { grantsView, type GrantShown, type GrantsView } from './grants-view.js';

function grants(view: GrantsView): readonly GrantShown[] {
  if ('empty' in view) throw new Error(`no grants: ${view.empty}`);
  return view.grants;
}
const facts = (grant: GrantShown) => grant.facts.map((fact) => [fact.term, fact.value.text.text]);

const fund = {
  id: 'community-fund',
  name: 'Community Fund',
  description: ['Small grants for local projects.', 'Apply by March.'],
  funder: 'Home Office',
  eligibility: 'Local charities',
  amount: 5000,
  period: { start: '2024-04-01', end: '2025-03-31' },
  status: 'open',
  url: 'https://example.org/fund',
  awards: [
    { recipient: 'Youth Club', project: 'Late nights', amount: 2500, date: '2024-06' },
    { recipient: 'Choir', amount: '£1,000.50' },
  ],
};

describe('grantsView', () => {
  test('every fact the plan gives, in order, with the amount as money and the period for the reader', () => {
    const [grant] = grants(grantsView(viewContext(makeFeed({ grants: [fund] }))));
    assert.equal(grant!.name.text, 'Community Fund');
    assert.equal(grant!.status, 'Open for applications');
    assert.deepEqual(grant!.description, [{ text: 'Small grants for local projects.' }, { text: 'Apply by March.' }]);
    assert.deepEqual(facts(grant!), [
      ['Funded by', 'Home Office'],
      ['Amount', '£5,000'],
      ['Period', '1 April 2024 – 31 March 2025'],
      ['Who may apply', 'Local charities'],
      ['More', 'example.org/fund'],
    ]);
    assert.equal(grant!.facts.at(-1)!.href, 'https://example.org/fund');
  });

  test('awards as a table: recipients head their rows; a missing project, amount or date is a dash', () => {
    const [grant] = grants(grantsView(viewContext(makeFeed({ grants: [fund] }))));
    const awards = grant!.awards!;
    assert.equal(awards.captionLead, 'Awards');
    assert.equal(awards.caption.text, 'Community Fund');
    assert.deepEqual(awards.columns.map((column) => [column.text.text, Boolean(column.numeric)]), [
      ['Recipient', false],
      ['Project', false],
      ['Amount', true],
      ['Date', false],
    ]);
    assert.deepEqual(awards.rows.map((row) => [row.header!, ...row.cells].map((cell) => cell.text.text)), [
      ['Youth Club', 'Late nights', '£2,500', 'June 2024'],
      // Pence as printed.
      ['Choir', '–', '£1,000.50', '–'],
    ]);
  });

  test('a grant with only a name has no facts and no awards', () => {
    const [grant] = grants(grantsView(viewContext(makeFeed({ grants: [{ id: 'bare', name: 'Bare grant' }] }))));
    assert.deepEqual(grant!.facts, []);
    assert.equal(grant!.awards, undefined);
    assert.equal(grant!.status, undefined);
    assert.deepEqual(grant!.description, []);
  });

  test("Cleveland's grants: printed amounts kept with their qualifier, the period as printed", () => {
    const shown = grants(grantsView(viewContext(sampleFeed('cleveland-2020-21-update'))));
    assert.equal(shown.length, 3);
    assert.deepEqual(facts(shown[0]!), [
      ['Funded by', 'Ministry of Justice'],
      ['Amount', '£203,000'],
    ]);
    assert.deepEqual(facts(shown[2]!).slice(1), [
      ['Amount', 'over £140,000'],
      ['Period', '2017/18'],
    ]);
    // What the plan says about a printed figure is drawn after it.
    assert.equal(shown[2]!.facts[1]!.value.figure !== undefined, true);
    assert.deepEqual(shown.map((grant) => grant.status), ['Awarded', 'Awarded', 'Awarded']);
  });

  test('no grants: the empty message', () => {
    assert.deepEqual(grantsView(viewContext(makeFeed())), { empty: 'This plan has no grants.' });
  });

  test('on a Welsh page: Welsh words and dates, English-only feed text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      grants: [{ ...fund, name: { en: 'Community Fund', cy: 'Cronfa Gymunedol' }, funder: { en: 'Home Office' }, awards: [{ recipient: { en: 'Youth Club' }, date: '2024-01' }] }],
    });
    const [grant] = grants(grantsView(viewContext(feed, 'cy')));
    assert.deepEqual(grant!.name, { text: 'Cronfa Gymunedol' });
    assert.equal(grant!.status, 'Ar agor i geisiadau');
    assert.deepEqual(grant!.facts[0]!.value.text, { text: 'Home Office', lang: 'en' });
    assert.equal(grant!.facts[2]!.value.text.text, '1 Ebrill 2024 – 31 Mawrth 2025');
    assert.equal(grant!.awards!.captionLead, 'Dyfarniadau');
    assert.deepEqual(grant!.awards!.rows[0]!.header!.text, { text: 'Youth Club', lang: 'en' });
    assert.equal(grant!.awards!.rows[0]!.cells[2]!.text.text, 'Ionawr 2024');
  });
});
