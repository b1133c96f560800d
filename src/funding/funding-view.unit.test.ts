// The funding shares' view model: the list, the donut's slices and the CSV from the same items.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { fundingView, type FundingItem, type FundingShown, type FundingView } from './funding-view.js';

function shown(view: FundingView): FundingShown {
  if ('empty' in view) throw new Error(`no shares: ${view.empty}`);
  return view;
}
/** A listed item as a reader reads it. */
const listed = (item: FundingItem) =>
  item.rest
    ? [item.rest.before, item.rest.label?.text, item.rest.after].filter(Boolean).join(' ')
    : `${item.label.text.text}: ${item.percent.text.text}${item.amount ? ` (${item.amount.text.text})` : ''}${item.illustrative ? ` ${item.illustrative}` : ''}`;
const csvLines = (view: FundingShown) => view.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
const feedWith = (...sets: unknown[]) => makeFeed({ fundingShares: sets });

describe('fundingView', () => {
  test("Cleveland's 27.5% precept and 72.5% government: listed, drawn in their own colours, no rest", () => {
    const view = shown(fundingView(viewContext(sampleFeed('cleveland-2020-21-update'))));
    const [set] = view.sets;
    assert.deepEqual(set!.items.map(listed), ['Local Precept: 27.5%', 'Government: 72.5%']);
    assert.deepEqual(set!.slices.map((slice) => slice.colour), [0, 1]);
    assert.ok(set!.slices.every((slice) => slice.path.startsWith('M')));
    assert.deepEqual(set!.about?.of, { lead: 'Shares of:', text: { text: 'Funding' } });
    assert.deepEqual(csvLines(view), ['Set,Share,Per cent,Amount (£),Period', 'Financial Background and Context,Local Precept,27.5,,', 'Financial Background and Context,Government,72.5,,']);
    assert.equal(view.table.fileName, 'cleveland-2020-21-update-funding');
    assert.equal(view.downloadText, 'Download CSV');
  });

  test("Cambridgeshire's approximately 56%: the rest is drawn and named, its size not said; it is a CSV row too", () => {
    const view = shown(fundingView(viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024'))));
    assert.equal(view.sets.length, 2);
    const [first, second] = view.sets;
    assert.deepEqual(first!.items.map(listed), [
      'Police Settlement Grant: approximately 56%',
      'The rest: the policing part of your council tax (the plan gives no figure).',
    ]);
    assert.deepEqual(first!.slices.map((slice) => slice.colour), [0, undefined]);
    assert.deepEqual(first!.about?.period, { text: '2021/22' });
    assert.match(second!.items.map(listed).join(' '), /98\.5%/);
    const lines = csvLines(view);
    assert.equal(lines[1], 'Police Settlement Grant,Police Settlement Grant,approximately 56%,,2021/22');
    assert.equal(lines[2], 'Police Settlement Grant,the policing part of your council tax,,,2021/22');
    // The CSV's rows are the listed items, set by set.
    assert.equal(lines.length, 1 + view.sets.reduce((count, set) => count + set.items.length, 0));
  });

  test('the size of the rest is said only when every share is exact', () => {
    const exact = shown(fundingView(viewContext(feedWith({ id: 'split', title: 'Funding', shares: [{ label: 'Precept', percent: '27.5%' }] }))));
    assert.deepEqual(exact.sets[0]!.items.map(listed), ['Precept: 27.5%', 'The plan does not break down the other 72.5%.']);
    assert.equal(csvLines(exact)[2], 'Funding,Not broken down in the plan,72.5,,');
    const rough = shown(fundingView(viewContext(feedWith({ id: 'split', title: 'Funding', shares: [{ label: 'Precept', percent: { qualifier: 'about', printed: '27.5%', value: 27.5 } }] }))));
    assert.equal(listed(rough.sets[0]!.items[1]!), 'The plan does not break down the rest.');
    assert.equal(csvLines(rough)[2], 'Funding,Not broken down in the plan,,,');
  });

  test('a share printed in words is listed, not drawn; the next share keeps its colour in the donut and the list', () => {
    const view = shown(
      fundingView(viewContext(feedWith({ id: 'mixed', title: 'Mixed', shares: [{ label: 'Precept', percent: 30 }, { label: 'Words', percent: 'a little' }, { label: 'Grant', percent: 40, illustrative: true }] }))),
    );
    const [set] = view.sets;
    assert.deepEqual(set!.items.map(listed), ['Precept: 30%', 'Words: a little', 'Grant: 40% (illustrative)', 'The plan does not break down the rest.']);
    assert.deepEqual(set!.items.map((item) => item.colour), [0, 1, 2, undefined]);
    assert.deepEqual(set!.slices.map((slice) => slice.colour), [0, 2, undefined]);
  });

  test('twelve shares: twelve colours, as many slices, no rest when they make 100', () => {
    const shares = Array.from({ length: 12 }, (_, index) => ({ label: `Share ${index + 1}`, percent: index < 4 ? 9 : 8 }));
    const [set] = shown(fundingView(viewContext(feedWith({ id: 'twelve', title: 'Twelve', shares })))).sets;
    assert.equal(set!.items.length, 12);
    assert.deepEqual(set!.slices.map((slice) => slice.colour), [...Array(12).keys()]);
  });

  test('what the shares are of, the whole as printed or as money, the period; amounts with pence as printed', () => {
    const view = shown(
      fundingView(
        viewContext(
          feedWith(
            { id: 'whole', title: 'Whole', of: 'The budget', total: 173000000, period: { financialYear: '2024-25' }, shares: [{ label: 'Grant', percent: 60, amount: '£103,800,000.50' }, { label: 'Precept', percent: 40 }] },
            { id: 'bare', title: 'Bare', shares: [{ label: 'All', percent: 100 }] },
          ),
        ),
      ),
    );
    const [whole, bare] = view.sets;
    assert.equal(whole!.about?.total?.text.text, '£173,000,000');
    assert.deepEqual(whole!.about?.period, { text: '2024-25' });
    assert.equal(listed(whole!.items[0]!), 'Grant: 60% (£103,800,000.50)');
    assert.equal(bare!.about, undefined);
    assert.deepEqual(csvLines(view).slice(1), ['Whole,Grant,60,"£103,800,000.50",2024-25', 'Whole,Precept,40,,2024-25', 'Bare,All,100,,']);
  });

  test("each set's summary before the chart says what kind of chart it is and how many slices it has, not the title again", () => {
    const cleveland = shown(fundingView(viewContext(sampleFeed('cleveland-2020-21-update')))).sets[0]!;
    assert.equal(cleveland.summary, 'A donut chart of 2 slices; the list after it gives each figure.');
    // The rest the plan does not break down is a slice too.
    const cambs = shown(fundingView(viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024')))).sets[0]!;
    assert.equal(cambs.summary, 'A donut chart of 2 slices; the list after it gives each figure.');
    assert.equal(cambs.slices.length, 2);
    const one = shown(fundingView(viewContext(feedWith({ id: 'all', title: 'All of it', shares: [{ label: 'Grant', percent: 100 }] })))).sets[0]!;
    assert.equal(one.summary, 'A donut chart of 1 slice; the list after it gives each figure.');
    // The heading is read just before it: the summary does not repeat the title.
    assert.doesNotMatch(cleveland.summary, /Financial Background/);
  });

  test('each slice is named by its line in the list, has its place among the slices, and says what selecting it announces', () => {
    const cambs = shown(fundingView(viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024')))).sets[0]!;
    assert.equal(cambs.chartName, 'A donut chart of 2 slices');
    assert.deepEqual(
      cambs.slices.map((slice) => [slice.key, listed(cambs.items[slice.item]!), `${slice.position.index} of ${slice.position.of}`, slice.announcement]),
      [
        ['police-settlement-grant:0', 'Police Settlement Grant: approximately 56%', '1 of 2', 'Selected Police Settlement Grant: approximately 56%'],
        [
          'police-settlement-grant:1',
          'The rest: the policing part of your council tax (the plan gives no figure).',
          '2 of 2',
          'Selected The rest: the policing part of your council tax (the plan gives no figure).',
        ],
      ],
    );
    // A share printed in words without a value is listed, not drawn: no slice names it.
    const words = shown(fundingView(viewContext(feedWith({ id: 'w', title: 'W', shares: [{ label: 'Grant', percent: 'most' }, { label: 'Precept', percent: 20 }] })))).sets[0]!;
    assert.deepEqual(words.slices.map((slice) => listed(words.items[slice.item]!)), ['Precept: 20%', 'The plan does not break down the rest.']);
    assert.ok(!words.slices.some((slice) => slice.item === 0));
  });

  test('one set by id (ignoring case) or title; empty states', () => {
    const ctx = viewContext(sampleFeed('cambridgeshire-peterborough-2021-2024'));
    assert.deepEqual(shown(fundingView(ctx, { shares: 'Police-Settlement-Grant' })).sets.map((set) => set.id), ['police-settlement-grant']);
    assert.deepEqual(shown(fundingView(ctx, { shares: 'funding passed to the chief constable' })).sets.map((set) => set.id), ['funding-passed-to-the-chief-constable']);
    assert.deepEqual(fundingView(ctx, { shares: 'nope' }), { empty: 'This plan has no funding shares "nope".' });
    assert.deepEqual(fundingView(viewContext(makeFeed())), { empty: 'This plan states no funding shares.' });
  });

  test('on a Welsh page: Welsh words and CSV headings, English-only feed text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = structuredClone(sampleFeed('cambridgeshire-peterborough-2021-2024')) as unknown as { fundingShares: Record<string, unknown>[] };
    feed.fundingShares[0]!.title = { en: 'Police Settlement Grant', cy: 'Grant Setliad yr Heddlu' };
    feed.fundingShares[0]!.remainderLabel = { en: 'the policing part of your council tax' };
    const view = shown(fundingView(viewContext(makeFeed(feed as unknown as Record<string, unknown>), 'cy')));
    const [first] = view.sets;
    assert.deepEqual(first!.title, { text: 'Grant Setliad yr Heddlu' });
    assert.equal(first!.about?.of?.lead, 'Cyfrannau o:');
    const rest = first!.items.at(-1)!.rest!;
    assert.deepEqual(rest.label, { text: 'the policing part of your council tax', lang: 'en' });
    assert.equal(listed(first!.items.at(-1)!), 'Y gweddill: the policing part of your council tax (nid yw’r cynllun yn rhoi ffigur).');
    assert.equal(csvLines(view)[0], 'Grŵp,Cyfran,Y cant,Swm (£),Cyfnod');
    assert.equal(view.table.fileName, 'cambridgeshire-peterborough-2021-2024-cyllid');
    assert.equal(view.downloadText, 'Lawrlwytho CSV');
    assert.equal(first!.summary, 'Siart toesen o 2 sleisen; mae’r rhestr ar ei ôl yn rhoi pob ffigur.');
  });

  for (const name of feedNames) {
    const feed = sampleFeed(name);
    if (!feed.fundingShares?.length) continue;
    test(`${name}: every share listed and in the CSV; slices only for shares with a size, and the rest`, () => {
      const view = shown(fundingView(viewContext(feed)));
      view.sets.forEach((set, index) => {
        const source = feed.fundingShares![index]!;
        const shares = set.items.filter((item) => !item.rest);
        assert.equal(shares.length, source.shares.length);
        assert.ok(set.slices.length <= set.items.length);
        for (const item of set.items) assert.doesNotMatch(listed(item), /NaN|undefined/);
      });
      assert.equal(csvLines(view).length, 1 + view.sets.reduce((count, set) => count + set.items.length, 0));
    });
  }
});
