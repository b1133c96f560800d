/**
 * The fields of a feed that the plan format does not have (`/objectives/0/actionz: unknown field;
 * did you mean "actions"?`), for the CLI and the API. The elements load unknown-fields.ts after the
 * plan is shown and call `unknownFieldsOf` themselves (see base/plan-controller.ts).
 */
import { PlanSchema } from '../schema/plan.js';
import { unknownFieldsOf } from './check-plan.js';
import { migrateFeed } from './migrate.js';
import type { PlanIssue } from './plan-error.js';
import { findUnknownFields } from './unknown-fields.js';

/**
 * For a feed `validatePlan` returned, the unknown fields of the value it was given (the returned copy
 * has lost them); for any other value, its own.
 */
export function findUnknownPlanFields(feed: unknown): PlanIssue[] {
  return unknownFieldsOf(feed, findUnknownFields) ?? findUnknownFields(PlanSchema, migrateFeed(feed).feed);
}
