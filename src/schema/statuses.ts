/**
 * The feed's built-in status ids: THE lists. The schema's picklists, the loader's check of each
 * status (model/statuses.ts) and the order progress counts them in come from here; the word
 * catalogues (i18n/messages) are type-checked against them, and a unit test checks the schema's
 * description names each. A plan's own scale (`statusScales`) adds its own ids. No valibot here.
 */

/**
 * Where an action or commitment stands, when the plan has no scale of its own. "planned" is a future
 * commitment not yet begun.
 */
export const ACTION_STATUSES = ['delivered', 'in-progress', 'at-risk', 'not-started', 'planned'] as const;
export type ActionStatusId = (typeof ACTION_STATUSES)[number];

/** A measure's rating (red, amber, green), "complete", or "not-rated": also what an action with no status counts as. */
export const RAG_STATUSES = ['red', 'amber', 'green', 'complete', 'not-rated'] as const;
export type RagStatusId = (typeof RAG_STATUSES)[number];

/** Every built-in status: the action statuses, then the ratings. */
export const BUILT_IN_STATUSES = [...ACTION_STATUSES, ...RAG_STATUSES] as const;
export type BuiltInStatusId = (typeof BUILT_IN_STATUSES)[number];

/** Where a plan stands: a draft, out for consultation, published, or replaced by a newer one. */
export const PLAN_STATUSES = ['draft', 'consultation', 'published', 'superseded'] as const;
export type PlanStatusId = (typeof PLAN_STATUSES)[number];

/** Where a grant stands. */
export const GRANT_STATUSES = ['open', 'closed', 'awarded'] as const;
export type GrantStatusId = (typeof GRANT_STATUSES)[number];
