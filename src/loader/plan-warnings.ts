/**
 * Things worth telling a feed's author that do not stop the plan from rendering: the elements show
 * the feed as it is, and the CLI (`pcp validate`) reports these with their paths. Fields the format does
 * not have are among them (see unknown-fields.ts); elements report those as `pcp-warning` events.
 */
import { isPast, today } from '../format/date-range.js';
import { totalWarnings } from '../model/budget.js';
import { repeatedIds } from '../model/ids.js';
import { localizePlan } from '../i18n/localize-plan.js';
import type { Plan, PlanFeed } from '../schema/plan.js';
import type { PlanIssue } from './plan-error.js';
import { findUnknownPlanFields } from './plan-unknown-fields.js';

export interface PlanWarningOptions {
  /** The date review dates are checked against, YYYY-MM-DD. Default: today (UTC). */
  today?: string | undefined;
}

function repeated(items: ReadonlyArray<{ id?: string | undefined }> | undefined, base: string, what: string, why: string): PlanIssue[] {
  return repeatedIds(items).map(({ index, id }) => ({ path: `${base}/${index}/id`, message: `${what} id "${id}" is used twice: ${why}` }));
}

function totals(plan: Plan): PlanIssue[] {
  return (plan.budgets ?? []).flatMap((budget, index) => totalWarnings(budget, index));
}

/**
 * Ids other than objectives', partners' and budgets' (those are errors: see plan-integrity.ts): each item still renders, but an
 * attribute or #link that names the id cannot tell the two apart.
 */
function duplicates(plan: Plan): PlanIssue[] {
  const why = 'both are shown, but an id names one thing: links to it and choosing it by id cannot tell them apart';
  return [
    ...repeated(plan.actionPlan?.rows, '/actionPlan/rows', 'action-plan row', why),
    ...repeated(plan.measures, '/measures', 'measure', why),
    ...repeated(plan.scenarios, '/scenarios', 'scenario', why),
    ...repeated(plan.fundingShares, '/fundingShares', 'funding', why),
    ...repeated(plan.grants, '/grants', 'grant', why),
    ...repeated(plan.keyFigures, '/keyFigures', 'key figure', why),
    ...repeated(plan.forewords, '/forewords', 'foreword', why),
  ];
}

/**
 * References to objectives that are not in the plan. The measure or row is still shown (under its own
 * title or priority); it is only left out when readers pick that objective, so these are warnings.
 */
function unknownObjectives(plan: Plan): PlanIssue[] {
  const ids = new Set(plan.objectives.map((objective) => objective.id));
  const warnings: PlanIssue[] = [];
  const check = (id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !ids.has(id)) {
      warnings.push({ path, message: `refers to objective "${id}", which is not in /objectives: the ${what} is shown, but not with that objective` });
    }
  };
  plan.measures?.forEach((measure, index) => check(measure.objectiveId, `/measures/${index}/objectiveId`, 'measure'));
  plan.actionPlan?.rows.forEach((row, index) => check(row.objectiveId, `/actionPlan/rows/${index}/objectiveId`, 'row'));
  plan.objectives.forEach((objective, index) =>
    objective.supports?.forEach((reference, refIndex) => {
      if (reference.planId === undefined || reference.planId === plan.id) {
        check(reference.objectiveId, `/objectives/${index}/supports/${refIndex}/objectiveId`, 'reference');
      }
    }),
  );
  return warnings;
}

/** Review dates that have passed in a plan that says it is published: the plan looks out of date. */
function pastReviewDates(plan: Plan, asOf: string): PlanIssue[] {
  if (plan.status !== 'published') return [];
  const warnings: PlanIssue[] = [];
  plan.actionPlan?.rows.forEach((row, rowIndex) =>
    row.agencies.forEach((agency, agencyIndex) => {
      if (agency.reviewDate !== undefined && isPast(agency.reviewDate, asOf)) {
        warnings.push({
          path: `/actionPlan/rows/${rowIndex}/agencies/${agencyIndex}/reviewDate`,
          message: `the review date ${agency.reviewDate} (${agency.agency}) has passed, but the plan's status is "published": review it, or mark the plan "superseded"`,
        });
      }
    }),
  );
  return warnings;
}

/** Accessibility law expects a body to offer its plan in other formats and say how to ask for them. */
function accessibleFormats(plan: Plan): PlanIssue[] {
  const formats = plan.accessibleFormats;
  // null: the document makes no such offer, and the feed says so (nothing to add without inventing it).
  if (formats === null) return [];
  if (!formats) {
    return [
      {
        path: '/accessibleFormats',
        message:
          'the plan does not say how to get it in other formats (large print, easy read, braille, audio, other languages): add accessibleFormats with a phone number or email, or null when the document makes no such offer',
      },
    ];
  }
  if (!formats.phone && !formats.email) {
    return [{ path: '/accessibleFormats', message: 'says which formats there are but gives no phone number or email to ask for them, so readers are not shown how to ask' }];
  }
  return [];
}

/**
 * Everything worth telling the author of a valid feed, each with its JSON path: fields the format does not have
 * (misspelt or misplaced: valibot drops them, so they would vanish unseen), then totals, repeated ids, unknown
 * objectives, past review dates and the accessible-formats contact. Give it what `validatePlan` returned.
 */
export function findPlanWarnings(feed: PlanFeed, options: PlanWarningOptions = {}): PlanIssue[] {
  // Warnings are for the feed's author, in English (as the loader's errors are).
  const { plan } = localizePlan(feed, 'en');
  const asOf = options.today ?? today();
  return [
    ...findUnknownPlanFields(feed),
    ...totals(plan),
    ...duplicates(plan),
    ...unknownObjectives(plan),
    ...pastReviewDates(plan, asOf),
    ...accessibleFormats(plan),
  ];
}
