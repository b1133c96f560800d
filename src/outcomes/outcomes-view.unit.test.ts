// <pcp-outcomes>'s view model: which themes it shows, their texts in their language, its words.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { outcomesView, type OutcomesShown, type OutcomesView } from './outcomes-view.js';

const framework = () => viewContext(sampleFeed('cambridgeshire-2016-framework'));

function shown(view: OutcomesView): OutcomesShown {
  assert.equal(view.empty, undefined, `expected themes, got "${view.empty}"`);
  return view as OutcomesShown;
}

const titles = (view: OutcomesView) => shown(view).themes.map((theme) => theme.title.text);

/** Objectives numbered 1…count, each with an outcome and an aim. */
const numbered = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `theme-${index + 1}`,
    number: index + 1,
    title: `Theme ${index + 1}`,
    outcome: `Outcome ${index + 1}`,
    aim: `Aim ${index + 1}`,
  }));

describe('outcomesView', () => {
  test('the four 2016 shared outcomes and aims, verbatim, under the plan\'s word for a theme', () => {
    const view = shown(outcomesView(framework()));
    assert.equal(view.title, 'Shared outcomes and aims');
    assert.deepEqual(view.columns, ['Theme', 'Shared outcome', 'Aim']);
    assert.deepEqual(
      view.themes.map((theme) => [theme.title.text, theme.outcome?.text, theme.aim?.text]),
      [
        ['Victims', 'Victims and witnesses are placed at the heart of the criminal justice system and have access to clear pathways of support', 'Deliver a victim first approach'],
        ['Offenders', 'Offenders are brought to justice and are less likely to re-offend', 'Reduce re-offending'],
        ['Communities', 'Communities have confidence in how we respond to their needs', 'Support safer and stronger communities'],
        ['Transformation', 'We deliver improved outcomes and savings through innovation and collaboration', 'Ensure value for money for tax-payers now and in the future'],
      ],
    );
    // The framework numbers none of its themes, so the cards print no number.
    assert.ok(view.themes.every((theme) => theme.number === undefined));
    // English text on an English page carries no language.
    assert.ok(view.themes.every((theme) => theme.title.lang === undefined && theme.outcome?.lang === undefined));
  });

  test('one theme by its id, its title or its number, ignoring case', () => {
    assert.deepEqual(titles(outcomesView(framework(), { theme: 'Offenders' })), ['Offenders']);
    assert.deepEqual(titles(outcomesView(framework(), { theme: ' offenders ' })), ['Offenders']);
    // The id ignoring case: the old rule lower-cased the query but compared it with the id as written.
    assert.deepEqual(titles(outcomesView(framework(), { theme: 'TRANSFORMATION' })), ['Transformation']);
    const ctx = viewContext(makeFeed({ objectives: numbered(3).map((theme, index) => ({ ...theme, number: `${index + 1}A` })) }));
    assert.deepEqual(titles(outcomesView(ctx, { theme: '2a' })), ['Theme 2']);
    assert.deepEqual(titles(outcomesView(ctx, { theme: 'THEME-3' })), ['Theme 3']);
  });

  test('an empty theme shows every theme; an unknown one says so, quoting it', () => {
    assert.equal(titles(outcomesView(framework(), { theme: '' })).length, 4);
    assert.equal(titles(outcomesView(framework(), { theme: '   ' })).length, 4);
    assert.deepEqual(outcomesView(framework(), { theme: 'Nope' }), { empty: 'This plan has no theme "Nope" with a shared outcome.' });
  });

  test('only objectives that state an outcome or an aim; a plan with none says so', () => {
    const ctx = viewContext(
      makeFeed({
        objectives: [
          { id: 'first', number: 1, title: 'First', outcome: 'Only an outcome' },
          { id: 'second', number: 2, title: 'Second' },
          { id: 'third', number: 3, title: 'Third', aim: 'Only an aim' },
        ],
      }),
    );
    const view = shown(outcomesView(ctx));
    assert.deepEqual(
      view.themes.map((theme) => [theme.number, theme.title.text, theme.outcome?.text, theme.aim?.text]),
      [
        ['1', 'First', 'Only an outcome', undefined],
        ['3', 'Third', undefined, 'Only an aim'],
      ],
    );
    // An objective without an outcome cannot be picked by name either.
    assert.deepEqual(outcomesView(ctx, { theme: 'Second' }), { empty: 'This plan has no theme "Second" with a shared outcome.' });
    assert.deepEqual(outcomesView(viewContext(makeFeed())), { empty: 'This plan states no shared outcomes or aims.' });
    // Even asked for a theme, a plan with no outcomes at all says it has no such theme.
    assert.deepEqual(outcomesView(viewContext(makeFeed()), { theme: 'First objective' }), {
      empty: 'This plan has no theme "First objective" with a shared outcome.',
    });
  });

  test('two themes or twelve, in the plan\'s order, with long titles kept whole', () => {
    assert.deepEqual(titles(outcomesView(viewContext(makeFeed({ objectives: numbered(2) })))), ['Theme 1', 'Theme 2']);
    const twelve = shown(outcomesView(viewContext(makeFeed({ objectives: numbered(12) }))));
    assert.deepEqual(twelve.themes.map((theme) => theme.number), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    assert.deepEqual(titles(outcomesView(viewContext(makeFeed({ objectives: numbered(12) })), { theme: '12' })), ['Theme 12']);
    const long = 'A very long theme title '.repeat(20).trim();
    const view = shown(outcomesView(viewContext(makeFeed({ objectives: [{ id: 'long', number: 1, title: long, aim: 'An aim' }] }))));
    assert.equal(view.themes[0]!.title.text, long);
  });

  test('only top-level objectives are themes', () => {
    const ctx = viewContext(
      makeFeed({
        objectives: [
          { id: 'top', number: 1, title: 'Top', outcome: 'Top outcome', children: [{ id: 'child', number: '1a', title: 'Child', outcome: 'Child outcome' }] },
        ],
      }),
    );
    assert.deepEqual(titles(outcomesView(ctx)), ['Top']);
    assert.ok('empty' in outcomesView(ctx, { theme: 'child' }));
  });

  test('the plan\'s own word heads the first column, capitalised', () => {
    const ctx = viewContext(makeFeed({ levels: [{ singular: 'pillar', plural: 'pillars' }], objectives: numbered(2) }));
    assert.deepEqual(shown(outcomesView(ctx)).columns, ['Pillar', 'Shared outcome', 'Aim']);
    assert.deepEqual(shown(outcomesView(viewContext(makeFeed({ objectives: numbered(2) })))).columns, ['Theme', 'Shared outcome', 'Aim']);
  });

  test('on a Welsh page: Welsh words, the feed\'s Welsh, and English-only text marked lang="en"', async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      levels: [{ singular: 'theme', plural: 'themes' }],
      objectives: [
        { id: 'victims', number: 1, title: { en: 'Victims', cy: 'Dioddefwyr' }, outcome: { en: 'Victims are supported' }, aim: { en: 'Put victims first', cy: 'Rhoi dioddefwyr yn gyntaf' } },
      ],
    });
    const view = shown(outcomesView(viewContext(feed, 'cy')));
    assert.equal(view.title, 'Canlyniadau a nodau a rennir');
    // The feed's word for a theme is English only: the element's Welsh word instead.
    assert.deepEqual(view.columns, ['Thema', 'Canlyniad a rennir', 'Nod']);
    assert.deepEqual(view.themes[0]!.title, { text: 'Dioddefwyr' });
    assert.deepEqual(view.themes[0]!.outcome, { text: 'Victims are supported', lang: 'en' });
    assert.deepEqual(view.themes[0]!.aim, { text: 'Rhoi dioddefwyr yn gyntaf' });
    // Picked by its Welsh title on a Welsh page.
    assert.deepEqual(titles(outcomesView(viewContext(feed, 'cy'), { theme: 'dioddefwyr' })), ['Dioddefwyr']);
    assert.deepEqual(outcomesView(viewContext(feed, 'cy'), { theme: 'Nope' }), { empty: 'Nid oes gan y cynllun hwn thema "Nope" â chanlyniad a rennir.' });
    assert.deepEqual(outcomesView(viewContext(makeFeed(), 'cy')), { empty: 'Nid yw’r cynllun hwn yn nodi canlyniadau na nodau a rennir.' });
  });

  test('every bundled feed gives a view: themes with an outcome or aim each, or the empty message', () => {
    for (const name of feedNames) {
      const ctx = viewContext(sampleFeed(name));
      const view = outcomesView(ctx);
      const stated = ctx.plan.objectives.filter((objective) => objective.outcome || objective.aim);
      if (stated.length === 0) assert.deepEqual(view, { empty: 'This plan states no shared outcomes or aims.' }, name);
      else assert.deepEqual(shown(view).themes.map((theme) => theme.id), stated.map((objective) => objective.id), name);
    }
  });
});
