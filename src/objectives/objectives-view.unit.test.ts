// What <pcp-objectives> shows, decided in Node: picking, numbers, texts with their language, parts and levels.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalogue } from '../i18n/catalogues.js';
import { viewContext } from '../view/plan-text.js';
import { feedNames, makeFeed, sampleFeed } from '../view/test-feeds.js';
import { actionsView, countActions, statusLabel, type ActionView } from './actions-view.js';
import { objectivesLayout, objectivesView, shownObjectives, type ObjectiveBody } from './objectives-view.js';

const view = (name: string, options: Parameters<typeof objectivesView>[1] = {}, lang = 'en') => objectivesView(viewContext(sampleFeed(name), lang), options);
const titles = (result: ReturnType<typeof objectivesView>) => result.objectives.map((objective) => objective.title.text);
/** Every action at every depth of a view, as counted from the view itself. */
const countViews = (actions: readonly ActionView[]): number => actions.reduce((total, action) => total + 1 + countViews(action.actions), 0);

describe('objectivesView: the bundled feeds', () => {
  test("Cumbria's 7 numbered objectives with their intro lines and 38 actions", () => {
    const cumbria = view('cumbria-2021-2025');
    assert.equal(cumbria.empty, undefined);
    assert.deepEqual(cumbria.objectives.map((objective) => objective.number), ['1', '2', '3', '4', '5', '6', '7']);
    assert.equal(cumbria.objectives[2]!.title.text, 'A focus on victims');
    assert.deepEqual(cumbria.objectives[2]!.body.intro, { text: 'Work with partner agencies, the Police and support organisations to:' });
    assert.deepEqual(cumbria.objectives.map((objective) => objective.body.actions.length), [9, 6, 9, 5, 5, 2, 2]);
    assert.match(cumbria.objectives[0]!.body.actions[0]!.text.text, /^Develop projects and support policing activities/);
    assert.equal(cumbria.single, false);
    assert.equal(cumbria.easyReadToggle, undefined);
    assert.equal(cumbria.showAllToggle, undefined, 'Show all sections belongs to the accordion');
    assert.deepEqual(view('cumbria-2021-2025', { layout: 'accordion' }).showAllToggle, { showAll: 'Show all sections', hideAll: 'Hide all sections' });
  });

  for (const name of feedNames) {
    test(`${name}: every objective, in order, with every action at every depth`, () => {
      const plan = viewContext(sampleFeed(name)).plan;
      const result = view(name);
      if (plan.objectives.length === 0) {
        assert.equal(result.empty, 'This plan has no objectives.');
        assert.deepEqual(result.objectives, []);
        return;
      }
      assert.deepEqual(titles(result), plan.objectives.map((objective) => objective.title));
      assert.deepEqual(
        result.objectives.map((objective) => objective.id),
        plan.objectives.map((objective) => objective.id),
      );
      assert.deepEqual(
        result.objectives.map((objective) => countViews(objective.body.actions)),
        plan.objectives.map((objective) => countActions(objective.actions)),
      );
    });
  }

  test('nested actions stay nested, with a status only where it changes from the parent', () => {
    const [first] = view('cleveland-2020-21-update').objectives[0]!.body.actions;
    assert.equal(first!.text.text, 'Developing the culture of Cleveland Police');
    assert.deepEqual(first!.status, { id: 'delivered', label: { text: 'Delivered' } });
    assert.deepEqual(first!.actions, [{ number: undefined, text: { text: 'Everyone Matters' }, owner: undefined, status: undefined, actions: [] }]);
  });

  test("the headings the plan prints over the parts, each theme's introduction first, and no invented numbers", () => {
    const [theme] = view('cambridgeshire-peterborough-2021-2024').objectives;
    assert.equal(theme!.number, undefined);
    assert.deepEqual(theme!.body.summaryHeading, { text: 'What we will do' });
    assert.deepEqual(theme!.body.actionsHeading, { text: 'How we will achieve this' });
    assert.equal(theme!.body.introduction.length, 1);
    assert.match(theme!.body.introduction[0]!.paragraphs![0]!, /^One of the first questions I am often asked/);
    assert.deepEqual(theme!.body.sections, []);
  });

  test('a plan with no objectives says so', () => {
    assert.equal(objectivesView(viewContext(makeFeed({ objectives: [] }))).empty, 'This plan has no objectives.');
  });
});

describe('objectivesView: picking one objective (the shared rule)', () => {
  test('by printed number, by id, by id in another case, and by title', () => {
    assert.deepEqual(titles(view('cumbria-2021-2025', { objective: '3' })), ['A focus on victims']);
    const id = viewContext(sampleFeed('cumbria-2021-2025')).plan.objectives[6]!.id;
    assert.deepEqual(titles(view('cumbria-2021-2025', { objective: id })), ['Integrating blue light services']);
    assert.deepEqual(titles(view('cumbria-2021-2025', { objective: ` ${id.toUpperCase()} ` })), ['Integrating blue light services']);
    assert.deepEqual(titles(view('cumbria-2021-2025', { objective: 'a FOCUS on victims' })), ['A focus on victims']);
  });

  test('an id before a number that reads the same, and an id written in mixed case', () => {
    const feed = makeFeed({
      objectives: [
        { id: '3', number: 1, title: 'Safer streets' },
        { id: 'focus-on-victims', number: 3, title: 'Victims' },
      ],
    });
    assert.deepEqual(titles(objectivesView(viewContext(feed), { objective: '3' })), ['Safer streets']);
    assert.deepEqual(titles(objectivesView(viewContext(feed), { objective: 'Focus-On-Victims' })), ['Victims']);
    assert.deepEqual(shownObjectives(viewContext(feed).plan, 'FOCUS-ON-VICTIMS').map((objective) => objective.id), ['focus-on-victims']);
  });

  test('one objective is shown on its own, with no "Show all sections" for one', () => {
    const one = view('cumbria-2021-2025', { objective: '3', layout: 'accordion' });
    assert.equal(one.single, true);
    assert.equal(one.showAllToggle, undefined);
  });

  test('an unknown objective is named in the message; an empty attribute shows all', () => {
    const missing = view('cumbria-2021-2025', { objective: '99' });
    assert.equal(missing.empty, 'This plan has no objective "99".');
    assert.deepEqual(missing.objectives, []);
    assert.equal(view('cumbria-2021-2025', { objective: '' }).objectives.length, 7);
    assert.equal(view('cumbria-2021-2025', { objective: '  ' }).objectives.length, 7);
  });
});

describe('objectivesView: edge cases', () => {
  test('2 and 12 objectives with long titles and no optional parts', () => {
    assert.deepEqual(titles(objectivesView(viewContext(makeFeed()))), ['First objective', 'Second objective']);
    const long = `${'Partnershipworkingacrossthecounty'.repeat(3)} and a great deal more words in the title`;
    const feed = makeFeed({
      objectives: Array.from({ length: 12 }, (_, index) => ({ id: `objective-${index + 1}`, number: index + 1, title: `Objective ${index + 1}: ${long}` })),
    });
    const result = objectivesView(viewContext(feed), { layout: 'grid' });
    assert.equal(result.objectives.length, 12);
    assert.equal(result.objectives[11]!.number, '12');
    assert.equal(result.objectives[11]!.title.text, `Objective 12: ${long}`);
    const empty: ObjectiveBody = {
      introduction: [],
      summaryHeading: undefined,
      easyReadNote: undefined,
      summary: [],
      actionsHeading: undefined,
      intro: undefined,
      actions: [],
      lists: [],
      status: undefined,
      owner: undefined,
      sections: [],
      children: [],
      source: undefined,
    };
    assert.deepEqual(result.objectives[0]!.body, empty);
  });

  test('numbers as printed ("1a", "KPQ 2") and headings the plan prints only over parts it has', () => {
    const feed = makeFeed({
      labels: { summary: 'What we will do', actions: 'How we will achieve this' },
      objectives: [
        { id: 'a', number: '1a', title: 'Lettered', summary: ['We will.'] },
        { id: 'b', number: 'KPQ 2', title: 'A question', actions: [{ text: 'Act.' }] },
      ],
    });
    const [lettered, question] = objectivesView(viewContext(feed)).objectives;
    assert.equal(lettered!.number, '1a');
    assert.deepEqual(lettered!.body.summaryHeading, { text: 'What we will do' });
    assert.equal(lettered!.body.actionsHeading, undefined);
    assert.equal(question!.number, 'KPQ 2');
    assert.equal(question!.body.summaryHeading, undefined);
    assert.deepEqual(question!.body.actionsHeading, { text: 'How we will achieve this' });
  });

  test('three levels of children, each with its outcome, aim, links to the objectives it supports, status and owner', () => {
    const feed = makeFeed({
      statusScales: [{ id: 'grades', statuses: [{ id: 'good', label: 'Good' }] }],
      objectives: [
        {
          id: 'pillar',
          number: 1,
          title: 'Pillar',
          children: [
            {
              id: 'priority',
              number: '1.1',
              title: 'Priority',
              outcome: 'People feel safe',
              aim: 'Less crime',
              status: 'good',
              owner: 'Chief Constable',
              supports: [
                { objectiveId: 'victims', url: 'https://example.org/plan', title: 'Victims first' },
                { objectiveId: 'roads' },
              ],
              children: [{ id: 'measure', title: 'Measure', status: 'planned', children: [{ id: 'deepest', title: 'Deepest' }] }],
            },
          ],
        },
      ],
    });
    const [pillar] = objectivesView(viewContext(feed)).objectives;
    const [priority] = pillar!.body.children;
    assert.equal(priority!.number, '1.1');
    assert.deepEqual(priority!.outcome, { text: 'People feel safe' });
    assert.deepEqual(priority!.aim, { text: 'Less crime' });
    assert.deepEqual(priority!.body.status, { text: 'Good' }, "the plan's own scale");
    assert.deepEqual(priority!.body.owner, { text: 'Chief Constable' });
    assert.deepEqual(priority!.supports, [
      { text: { text: 'Victims first' }, href: 'https://example.org/plan#victims' },
      { text: { text: 'roads' }, href: undefined },
    ]);
    const [measure] = priority!.body.children;
    assert.equal(measure!.number, undefined);
    assert.deepEqual(measure!.body.status, { text: 'Planned' }, 'the built-in word');
    assert.deepEqual(measure!.supports, []);
    assert.deepEqual(measure!.body.children.map((child) => child.title.text), ['Deepest']);
  });

  test('untitled sections come before the summary, titled ones after the actions; lists and source kept for the narrative renderers', () => {
    const feed = makeFeed({
      objectives: [
        {
          id: 'one',
          title: 'One',
          sections: [{ title: 'Key issues', paragraphs: ['Later.'] }, { paragraphs: ['First.'] }],
          lists: [{ heading: 'We will', items: [{ text: 'Listen' }] }],
          source: { page: 12 },
        },
      ],
    });
    const { body } = objectivesView(viewContext(feed)).objectives[0]!;
    assert.deepEqual(body.introduction.map((section) => section.paragraphs), [['First.']]);
    assert.deepEqual(body.sections.map((section) => section.title), ['Key issues']);
    assert.deepEqual(body.lists.map((list) => list.heading), ['We will']);
    assert.deepEqual(body.source, { page: 12 });
  });

  test('an unknown layout is a list', () => {
    assert.equal(objectivesLayout('carousel'), 'list');
    assert.equal(objectivesLayout(undefined), 'list');
    assert.equal(objectivesLayout('grid'), 'grid');
    assert.equal(view('cumbria-2021-2025', { layout: 'carousel' }).layout, 'list');
  });
});

describe('objectivesView: easy read', () => {
  const feed = makeFeed({
    objectives: [
      {
        id: 'asb',
        title: 'Anti-social behaviour',
        summary: ['We will reduce anti-social behaviour through targeted multi-agency interventions.'],
        easyRead: ['We will work with others to stop people causing trouble in your area.'],
      },
      { id: 'victims', title: 'Victims', summary: ['Victims will be placed at the heart of the criminal justice system.'] },
      { id: 'bare', title: 'No summary' },
    ],
  });

  test("the plan's words by default, with a toggle offered because one objective has an easy-read version", () => {
    const result = objectivesView(viewContext(feed));
    assert.equal(result.easyReadToggle, 'Easy read');
    assert.equal(result.reading, 'plan');
    assert.match(result.objectives[0]!.body.summary[0]!.text, /^We will reduce/);
    assert.equal(result.objectives[0]!.body.easyReadNote, undefined);
  });

  test("easy read where the feed has it; elsewhere the plan's words and a note (none where there is no summary)", () => {
    const [asb, victims, bare] = objectivesView(viewContext(feed), { reading: 'easy' }).objectives;
    assert.deepEqual(asb!.body.summary, [{ text: 'We will work with others to stop people causing trouble in your area.' }]);
    assert.equal(asb!.body.easyReadNote, undefined);
    assert.match(victims!.body.summary[0]!.text, /^Victims will be placed/);
    assert.match(victims!.body.easyReadNote!, /no easy-read version/);
    assert.equal(bare!.body.easyReadNote, undefined);
  });
});

describe('objectivesView: a Welsh page', () => {
  test("Welsh words, translated text as it is, and text the feed gives only in English marked lang: 'en'", async () => {
    await loadCatalogue('cy');
    const feed = makeFeed({
      labels: { summary: { en: 'What we will do', cy: 'Beth fyddwn ni’n ei wneud' } },
      objectives: [
        {
          id: 'one',
          number: 1,
          title: { en: 'Safer roads', cy: 'Ffyrdd mwy diogel' },
          summary: [{ en: 'Only in English.' }],
          actions: [{ text: { en: 'An English action' }, status: 'delivered', owner: { en: 'Roads team' } }],
        },
        { id: 'two', number: 2, title: { en: 'Victims first' } },
      ],
    });
    const result = objectivesView(viewContext(feed, 'cy'), { objective: 'FFYRDD MWY DIOGEL', layout: 'accordion' });
    const [roads] = result.objectives;
    assert.deepEqual(roads!.title, { text: 'Ffyrdd mwy diogel' });
    assert.deepEqual(roads!.body.summaryHeading, { text: 'Beth fyddwn ni’n ei wneud' });
    assert.deepEqual(roads!.body.summary, [{ text: 'Only in English.', lang: 'en' }]);
    const [action] = roads!.body.actions;
    assert.deepEqual(action!.text, { text: 'An English action', lang: 'en' });
    assert.deepEqual(action!.owner, { text: 'Roads team', lang: 'en' });
    assert.equal(action!.status!.label.text, statusLabel('delivered', viewContext(feed, 'cy').t));
    assert.notEqual(action!.status!.label.text, 'Delivered');
    assert.equal(result.words.status, 'statws');
    assert.deepEqual(objectivesView(viewContext(feed, 'cy')).objectives[1]!.title, { text: 'Victims first', lang: 'en' });
    assert.equal(objectivesView(viewContext(feed, 'cy'), { objective: '9' }).empty, viewContext(feed, 'cy').t.objectives.notFound('9'));
  });
});

describe('actionsView', () => {
  test('an owner and a number as printed; a status the parent already shows is not repeated, a different one is', () => {
    const ctx = viewContext(makeFeed());
    const [parent] = actionsView(
      [
        {
          number: 'a)',
          text: 'Parent',
          owner: 'OPCC',
          status: 'in-progress',
          actions: [{ text: 'Same', status: 'in-progress' }, { text: 'Inherits' }, { text: 'Different', status: 'at-risk' }],
        },
      ],
      ctx,
    );
    assert.deepEqual(parent!.number, { text: 'a)' });
    assert.deepEqual(parent!.owner, { text: 'OPCC' });
    assert.deepEqual(parent!.status, { id: 'in-progress', label: { text: 'In progress' } });
    assert.deepEqual(
      parent!.actions.map((action) => [action.text.text, action.status?.label.text]),
      [
        ['Same', undefined],
        ['Inherits', undefined],
        ['Different', 'At risk'],
      ],
    );
  });

  test("a status is labelled from the plan's scale, else the page's words, else shown as its id", () => {
    const ctx = viewContext(makeFeed({ statusScales: [{ id: 'rag', statuses: [{ id: 'blue', label: 'Completed' }] }] }));
    assert.equal(statusLabel('blue', ctx.t, ctx.plan), 'Completed');
    assert.equal(statusLabel('not-started', ctx.t, ctx.plan), 'Not started');
    assert.equal(statusLabel('mystery', ctx.t, ctx.plan), 'mystery');
  });

  test('countActions counts every depth', () => {
    assert.equal(countActions(undefined), 0);
    assert.equal(countActions([{ text: 'a', actions: [{ text: 'b', actions: [{ text: 'c' }] }] }, { text: 'd' }] as never), 4);
  });
});
