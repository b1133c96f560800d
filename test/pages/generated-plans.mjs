// Plans no sample prints, built from the samples for the typesetting check: what a body might publish
// that the samples do not stretch (issue 19). Each must be a valid plan: the typesetting test fails on
// an element's error ("the feed loads"). The texts are long but as plans print them, web addresses too.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
/** Every element that shows part of a plan (all but the <pcp-plan> provider). */
export const ELEMENT_TAGS = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .map((declaration) => declaration.tagName)
  .filter((tag) => tag && tag !== 'pcp-plan')
  .sort();

const sample = (name) => JSON.parse(readFileSync(new URL(`../../demo/feeds/${name}.json`, import.meta.url), 'utf8'));

const LONG_TAIL = [
  'working with community safety partners, victims’ services and neighbourhood policing teams in every district',
  'so that people feel safe at home, online and in their neighbourhoods, and know where to turn for support',
  'including counter-terrorism, serious and organised crime, safeguarding vulnerable adults and children',
];

/** A copy of `value` with every `id` (and `number`, where asked) given a suffix, so copies stay unique. */
function renamed(value, suffix) {
  if (Array.isArray(value)) return value.map((item) => renamed(item, suffix));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'id' && typeof item === 'string' ? `${item}${suffix}` : renamed(item, suffix)]));
}

/** Twelve priorities with long titles, three levels deep (Cleveland's, repeated and lengthened). */
function twelvePriorities() {
  const plan = sample('cleveland-2020-21-update');
  const base = plan.objectives;
  plan.id = 'generated-twelve-priorities';
  plan.objectives = Array.from({ length: 12 }, (_, index) => {
    const objective = index < base.length ? base[index] : renamed(base[index % base.length], `-copy-${index}`);
    return { ...objective, number: index + 1, title: `${objective.title}, ${LONG_TAIL[index % LONG_TAIL.length]}` };
  });
  return plan;
}

/** A budget of eight years with long column headings, figures in pounds and pence, and long line labels. */
function eightBudgetYears() {
  const plan = sample('cumbria-2021-2025');
  plan.id = 'generated-eight-budget-years';
  plan.budgets = plan.budgets.map((budget) => {
    const periods = Array.from({ length: 8 }, (_, index) => ({ id: `${2021 + index}-${22 + index}`, label: `Financial year ${2021 + index} to ${2022 + index} (forecast)` }));
    return {
      ...budget,
      periods,
      statedTotals: undefined,
      lines: budget.lines.map((line, index) => ({
        ...line,
        label: `${line.label} (including ${['overtime, allowances and employer pension contributions', 'agency staff and secondments', 'estates, vehicles and information technology', 'fees, charges and partnership contributions'][index % 4]})`,
        values: Object.fromEntries(periods.map((period, year) => [period.id, Math.round(Object.values(line.values)[year % 4] * 100 + 37 + year) / 100])),
      })),
    };
  });
  return plan;
}

/** An action plan with long priority and agency names (West Cumbria's, lengthened). */
function longActionPlan() {
  const plan = sample('west-cumbria-csp-2012-13');
  plan.id = 'generated-long-action-plan';
  plan.actionPlan = {
    ...plan.actionPlan,
    rows: plan.actionPlan.rows.map((row, index) => ({
      ...row,
      priority: `${row.priority} across Allerdale and Copeland`,
      agencies: row.agencies.map((agency, part) => ({
        ...agency,
        agency: `${agency.agency} (Allerdale, Copeland and West Cumbria Partnership)`,
        // A web address and an email address in one section only: words without spaces must not pull
        // that section's columns out of line with the others.
        ...(index === 0 && part === 0
          ? { actions: [...(agency.actions ?? []), 'Report it at www.westcumbria-communitysafety.org.uk/report-anti-social-behaviour or asb-team@westcumbria-communitysafety.org.uk'] }
          : {}),
      })),
    })),
  };
  return plan;
}

/** The generated plans, each with a name for the test's title. */
export function generatedPlans() {
  return [
    { name: 'twelve long priorities, three levels', plan: twelvePriorities() },
    { name: 'eight budget years in pounds and pence', plan: eightBudgetYears() },
    { name: 'an action plan with long names', plan: longActionPlan() },
  ].map(({ name, plan }) => ({ name, plan: JSON.parse(JSON.stringify(plan)) }));
}
