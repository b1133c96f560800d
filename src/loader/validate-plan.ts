/**
 * `validatePlan`, the synchronous validator of the API and the CLI: check-plan.ts with the format-1
 * upgrade (migrate.ts) imported up front. The elements use `validatePlanSoon` instead, which loads it
 * only for a format-1 feed.
 */
import type { PlanFeed } from '../schema/plan.js';
import { checkPlan } from './check-plan.js';
import { migrateFeed } from './migrate.js';

export { isValidatedPlan, rawFeedOf, toPlanIssues } from './check-plan.js';

/**
 * Returns the value typed as a PlanFeed (text may still be in several languages), or throws a PlanError of kind "schema" listing every problem
 * with its path. A format-1 feed is read as `pcp migrate` would write it in format 2 (paths stay the same). Objects already validated are not
 * checked again.
 */
export function validatePlan(value: unknown, source?: string): PlanFeed {
  return checkPlan(value, source, (feed) => migrateFeed(feed).feed);
}
