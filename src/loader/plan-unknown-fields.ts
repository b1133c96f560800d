/**
 * The fields of a feed that the plan format does not have (`/objectives/0/actionz: unknown field;
 * did you mean "actions"?`). A module of its own so the elements can load it after the plan is shown
 * (see base/plan-controller.ts); the CLI and the API import it directly.
 */
import { PlanSchema } from '../schema/plan.js';
import { migrateFeed } from './migrate.js';
import type { PlanIssue } from './plan-error.js';
import { findUnknownFields } from './unknown-fields.js';
import { rawFeedOf } from './validate-plan.js';

const found = new WeakMap<object, PlanIssue[]>();

/**
 * For a feed `validatePlan` returned, the unknown fields of the value it was given (the returned copy
 * has lost them); for any other value, its own.
 */
export function findUnknownPlanFields(feed: unknown): PlanIssue[] {
  const raw = rawFeedOf(feed);
  if (raw === undefined) return findUnknownFields(PlanSchema, migrateFeed(feed).feed);
  let issues = found.get(feed as object);
  if (!issues) found.set(feed as object, (issues = findUnknownFields(PlanSchema, raw)));
  return [...issues];
}
