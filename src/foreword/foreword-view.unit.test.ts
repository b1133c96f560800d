// What <pcp-foreword> shows, decided in Node: which forewords, and their signatures as printed.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { forewordView } from './foreword-view.js';

const cumbria = () => viewContext(sampleFeed('cumbria-2021-2025'));
const titles = (view: ReturnType<typeof forewordView>) => view.forewords.map((foreword) => foreword.title.text);

const person = { name: 'Jane Smith', role: 'Police and Crime Commissioner' };
const withForewords = (...forewords: object[]) =>
  viewContext(makeFeed({ forewords: forewords.map((extra, index) => ({ title: `Foreword ${index + 1}`, paragraphs: ['Text.'], ...extra })) }));

describe('forewordView: which forewords', () => {
  test("Cumbria's two forewords with their paragraphs, in order", () => {
    const view = forewordView(cumbria());
    assert.equal(view.empty, undefined);
    assert.deepEqual(titles(view), ['Foreword', 'Comments from the Chief Constable']);
    assert.deepEqual(view.forewords.map((foreword) => foreword.paragraphs.length), [6, 3]);
    assert.equal(view.forewords[0]!.paragraphs, cumbria().plan.forewords![0]!.paragraphs, 'the feed paragraphs, for the narrative renderer');
  });

  for (const name of feedNames) {
    test(`${name}: every foreword, or the empty message`, () => {
      const ctx = viewContext(sampleFeed(name));
      const view = forewordView(ctx);
      const forewords = ctx.plan.forewords ?? [];
      assert.deepEqual(titles(view), forewords.map((foreword) => foreword.title));
      assert.equal(view.empty, forewords.length ? undefined : 'This plan has no foreword.');
    });
  }

  test('one by its id, by its position from 1, by its title in any case; the id before a position that reads the same', () => {
    assert.deepEqual(titles(forewordView(cumbria(), { foreword: 'comments-from-the-chief-constable' })), ['Comments from the Chief Constable']);
    assert.deepEqual(titles(forewordView(cumbria(), { foreword: 'Comments-From-The-Chief-Constable' })), ['Comments from the Chief Constable']);
    assert.deepEqual(titles(forewordView(cumbria(), { foreword: ' 2 ' })), ['Comments from the Chief Constable']);
    assert.deepEqual(titles(forewordView(cumbria(), { foreword: 'comments FROM the chief constable' })), ['Comments from the Chief Constable']);
    const ctx = withForewords({ id: 'intro' }, { id: '1' });
    assert.deepEqual(titles(forewordView(ctx, { foreword: '1' })), ['Foreword 2']);
    assert.deepEqual(titles(forewordView(ctx, { foreword: '2' })), ['Foreword 2']);
  });

  test('forewords without ids are picked by position; an unknown one is named in the message; empty shows all', () => {
    const ctx = withForewords({}, {});
    assert.deepEqual(titles(forewordView(ctx, { foreword: '2' })), ['Foreword 2']);
    assert.deepEqual(forewordView(ctx, { foreword: ' 3 ' }), { empty: 'This plan has no foreword "3".', forewords: [] });
    assert.deepEqual(titles(forewordView(ctx, { foreword: '  ' })), ['Foreword 1', 'Foreword 2']);
    assert.equal(forewordView(viewContext(makeFeed()), { foreword: '  ' }).empty, 'This plan has no foreword.');
  });
});

describe('forewordView: signatures as printed', () => {
  test('a signature line that begins with the name stands for the name, and its role is not repeated', () => {
    const [commissioner, chief] = forewordView(cumbria()).forewords;
    assert.deepEqual(commissioner!.signature, {
      signed: undefined,
      name: { text: 'Peter McCall, Police and Crime Commissioner' },
      role: undefined,
      organisation: undefined,
      term: undefined,
      phone: undefined,
      email: undefined,
    });
    // "Michelle Skeer QPM" begins with the name but does not give the role.
    assert.deepEqual(chief!.signature!.name, { text: 'Michelle Skeer QPM' });
    assert.deepEqual(chief!.signature!.role, { text: 'Chief Constable' });
  });

  test('a signature line that does not begin with the name is shown before it; role, organisation, term, phone and email follow', () => {
    const ctx = withForewords({
      signature: 'Signed on behalf of the office',
      author: { ...person, organisation: 'Testshire OPCC', term: 'elected May 2024', phone: '01234 567890', email: 'pcc@example.org' },
    });
    assert.deepEqual(forewordView(ctx).forewords[0]!.signature, {
      signed: { text: 'Signed on behalf of the office' },
      name: { text: 'Jane Smith' },
      role: { text: 'Police and Crime Commissioner' },
      organisation: { text: 'Testshire OPCC' },
      term: { text: 'elected May 2024' },
      phone: { text: '01234 567890' },
      email: 'pcc@example.org',
    });
  });

  test('only a signature line, only an author, or neither (no signature is invented)', () => {
    const ctx = withForewords({ signature: 'J. Smith' }, { author: person }, {});
    const [signedOnly, authorOnly, neither] = forewordView(ctx).forewords;
    assert.deepEqual(signedOnly!.signature, { signed: { text: 'J. Smith' } });
    assert.deepEqual(authorOnly!.signature!.name, { text: 'Jane Smith' });
    assert.equal(authorOnly!.signature!.signed, undefined);
    assert.deepEqual(authorOnly!.signature!.role, { text: 'Police and Crime Commissioner' });
    assert.equal(neither!.signature, undefined);
  });

  test("a Welsh page: the title translated, and the feed's English-only text marked lang: 'en'", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      forewords: [
        {
          title: { en: 'Foreword', cy: 'Rhagair' },
          paragraphs: ['Plain text.'],
          author: { name: 'Jane Smith', role: { en: 'Police and Crime Commissioner' } },
        },
      ],
    });
    const view = forewordView(viewContext(feed, 'cy'));
    assert.deepEqual(view.forewords[0]!.title, { text: 'Rhagair' });
    assert.deepEqual(view.forewords[0]!.signature!.role, { text: 'Police and Crime Commissioner', lang: 'en' });
    assert.equal(forewordView(viewContext(feed, 'cy'), { foreword: '5' }).empty, viewContext(feed, 'cy').t.foreword.notFound('5'));
    assert.notEqual(forewordView(viewContext(feed, 'cy'), { foreword: '5' }).empty, 'This plan has no foreword "5".');
  });
});
