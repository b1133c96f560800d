// The five sample feeds: valid, carrying what their documents contain, and every broken copy
// rejected at the path of the break.
import { expect } from '@open-wc/testing';
import { planFromText } from '../src/loader/index.js';
import type { PlanError } from '../src/loader/plan-error.js';
import { localizePlan } from '../src/i18n/localize-plan.js';
import type { Action, Plan } from '../src/schema/plan.js';
import { SAMPLE_FEEDS } from './fixtures/plans.js';

async function feedText(name: string): Promise<string> {
  const response = await fetch(`/demo/feeds/${name}.json`);
  expect(response.ok, `${name}.json is served`).to.equal(true);
  return response.text();
}

/** A sample feed as the elements read it (plain text: the samples are in English). */
async function feed(name: string): Promise<Plan> {
  return localizePlan(planFromText(await feedText(name), name), 'en').plan;
}

function countActions(actions: Action[] | undefined): number {
  return (actions ?? []).length;
}

function rejectionOf(json: unknown): PlanError {
  try {
    planFromText(JSON.stringify(json), 'copy');
  } catch (error) {
    return error as PlanError;
  }
  throw new Error('expected the broken copy to be rejected');
}

describe('sample feeds', () => {
  for (const name of SAMPLE_FEEDS) {
    it(`${name}.json is a valid plan feed that names its source document`, async () => {
      const plan = await feed(name);
      expect(plan.id).to.equal(name);
      expect(plan.schemaVersion).to.equal('2.0');
      expect(plan.objectives.length).to.be.greaterThan(2);
      expect(plan.sources?.[0]?.title, 'source document').to.be.a('string');
    });
  }

  it('Cumbria: 7 objectives with 38 actions, two forewords and the four-year budget', async () => {
    const plan = await feed('cumbria-2021-2025');
    expect(plan.objectives.map((objective) => countActions(objective.actions))).to.deep.equal([9, 6, 9, 5, 5, 2, 2]);
    expect(plan.objectives[2]!.title).to.equal('A focus on victims');
    expect(plan.forewords!.map((foreword) => foreword.author?.name)).to.deep.equal(['Peter McCall', 'Michelle Skeer QPM']);
    const budget = plan.budgets![0]!;
    expect(budget.periods.map((period) => period.id)).to.deep.equal(['2021-22', '2022-23', '2023-24', '2024-25']);
    expect(budget.lines.find((line) => line.kind === 'income')!.values['2021-22']).to.equal(-5260984);
    expect(budget.lines[0]!.values['2021-22']).to.equal(97139153);
    expect(budget.statedTotals).to.deep.equal({ '2021-22': 136972658, '2022-23': 136308869, '2023-24': 139698780, '2024-25': 143343106 });
    expect(plan.accessibleFormats!.formats).to.include.members(['braille', 'audio', 'large-print', 'easy-read']);
    expect(plan.contact!.phone).to.equal('01768 217734');
  });

  it('Cambridgeshire and Peterborough: a draft with a strapline, 5 themes and funding shares', async () => {
    const plan = await feed('cambridgeshire-peterborough-2021-2024');
    expect(plan.status).to.equal('draft');
    expect(plan.strapline).to.equal('Tackling crime and keeping communities safe');
    expect(plan.objectives).to.have.length(5);
    for (const objective of plan.objectives) {
      expect(objective.summary, `${objective.title} has "what we will do"`).to.not.be.empty;
      expect(objective.actions, `${objective.title} has "how we will achieve this"`).to.not.be.empty;
    }
    // "approximately 56%" as printed, with the number it stands for.
    const percents = plan.fundingShares!.flatMap((set) => set.shares.map((share) => (typeof share.percent === 'object' ? share.percent.value : share.percent)));
    expect(percents).to.include.members([56, 98.5]);
    expect(plan.partners).to.have.length(6);
  });

  it('Cambridgeshire 2016: 4 themes, each with its shared outcome and aim', async () => {
    const plan = await feed('cambridgeshire-2016-framework');
    expect(plan.objectives.map((objective) => objective.title)).to.deep.equal(['Victims', 'Offenders', 'Communities', 'Transformation']);
    expect(plan.objectives[0]!.outcome).to.equal(
      'Victims and witnesses are placed at the heart of the criminal justice system and have access to clear pathways of support',
    );
    expect(plan.objectives[3]!.aim).to.equal('Ensure value for money for tax-payers now and in the future');
  });

  it('Cleveland: 5 priorities of delivered progress and planned commitments, and the 5-row scenario table', async () => {
    const plan = await feed('cleveland-2020-21-update');
    expect(plan.objectives).to.have.length(5);
    for (const objective of plan.objectives) {
      const statuses = new Set(objective.actions!.map((action) => action.status));
      expect([...statuses].sort(), objective.title).to.deep.equal(['delivered', 'planned']);
    }
    const scenario = plan.scenarios![0]!;
    expect(scenario.rows).to.have.length(5);
    // Each cell as printed ("3.0%"), with the number it stands for.
    expect(scenario.rows.map((row) => Object.values(row).map((cell) => (typeof cell === 'object' ? cell.value : cell)))).to.deep.equal([
      [0, 9.8],
      [1, 7.6],
      [2, 5.2],
      [3, 3],
      [4.3, 0],
    ]);
    expect(plan.fundingShares![0]!.shares.map((share) => share.percent)).to.deep.equal([27.5, 72.5]);
  });

  it('West Cumbria CSP: 6 priorities, 7 statutory partners and the action plan in its five sections', async () => {
    const plan = await feed('west-cumbria-csp-2012-13');
    expect(plan.publisher.kind).to.equal('community-safety-partnership');
    expect(plan.objectives).to.have.length(6);
    expect(plan.partners!.filter((partner) => partner.statutory)).to.have.length(7);
    const sections = [...new Set(plan.actionPlan!.rows.map((row) => row.priority))];
    expect(sections).to.deep.equal(['Anti-Social Behaviour', 'Reduce Re-Offending', 'Domestic Violence', 'KSI', 'Crime']);
    const pilot = plan.actionPlan!.rows.flatMap((row) => row.agencies).find((agency) => agency.actions?.[0]?.startsWith('Undertake a Pilot'));
    expect(pilot!.reviewDate).to.equal('2012-01');
  });
});

describe('broken copies of a sample feed', () => {
  let original: Record<string, unknown>;
  before(async () => {
    original = JSON.parse(await feedText('cumbria-2021-2025')) as Record<string, unknown>;
  });
  const copy = () => structuredClone(original) as any;

  const cases: Array<[string, (plan: any) => void, string]> = [
    ['a wrong action status', (plan) => (plan.objectives[2].actions[0].status = 'done'), '/objectives/2/actions/0/status'],
    ['a missing title', (plan) => delete plan.title, '/title'],
    ['an unknown publisher kind', (plan) => (plan.publisher.kind = 'sheriff'), '/publisher/kind'],
    ['objectives that are not a list', (plan) => (plan.objectives = {}), '/objectives'],
    // An amount may be printed text ("£97,139,153"), but not true/false.
    ['an amount that is not a figure', (plan) => (plan.budgets[0].lines[0].values['2021-22'] = true), '/budgets/0/lines/0/values/2021-22'],
    ['a date in the wrong form', (plan) => (plan.period.start = 'April 2021'), '/period/start'],
    ['a javascript: link', (plan) => (plan.contact.website = 'javascript:alert(document.cookie)'), '/contact/website'],
    ['an empty objective title', (plan) => (plan.objectives[6].title = ''), '/objectives/6/title'],
    ['a duplicate objective id', (plan) => (plan.objectives[1].id = plan.objectives[0].id), '/objectives/1/id'],
    ['a progress above 100', (plan) => (plan.objectives[0].actions[0].progress = 140), '/objectives/0/actions/0/progress'],
  ];
  for (const [what, breakIt, path] of cases) {
    it(`rejects ${what} at ${path}`, () => {
      const plan = copy();
      breakIt(plan);
      const error = rejectionOf(plan);
      expect(error.kind).to.equal('schema');
      expect(error.issues.map((issue) => issue.path)).to.deep.equal([path]);
    });
  }
});
