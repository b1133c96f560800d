/**
 * Statuses: which ids a place in the feed may use, the order progress counts them in, and the label
 * a reader sees. The lists themselves are the schema's (schema/statuses.ts); a plan's own scales
 * (`statusScales`) add their ids and labels.
 */
import type { Messages } from '../i18n/messages/en.js';
import { ACTION_STATUSES, BUILT_IN_STATUSES, RAG_STATUSES } from '../schema/statuses.js';

export { ACTION_STATUSES, BUILT_IN_STATUSES, RAG_STATUSES } from '../schema/statuses.js';
export type { ActionStatusId, BuiltInStatusId, RagStatusId } from '../schema/statuses.js';

/** What an action without a status counts as. */
export const NOT_RATED = 'not-rated';

/** The order commitments are counted and shown in: the action statuses, then those not rated. */
export const STATUS_ORDER = [...ACTION_STATUSES, NOT_RATED] as const;

/** Where a status sits: on an action or commitment, as a measure's rating (`rag`), or elsewhere (either). */
export type StatusPlace = 'action' | 'rating' | 'any';

/** The part of a plan (feed or localized) that names its own statuses. */
interface OwnScales {
  readonly statusScales?: ReadonlyArray<{ readonly statuses: ReadonlyArray<{ readonly id: string }> }> | undefined;
}

/** The ids a status in `place` may be: the built-in ones for that place, then the plan's own scales'. */
export function allowedStatuses(plan: OwnScales, place: StatusPlace): string[] {
  const builtIn: readonly string[] = place === 'action' ? ACTION_STATUSES : place === 'rating' ? RAG_STATUSES : BUILT_IN_STATUSES;
  const own = (plan.statusScales ?? []).flatMap((scale) => scale.statuses.map((status) => status.id));
  return [...builtIn, ...own];
}

/** True for the feed's built-in status ids. */
export function isBuiltInStatus(status: string): boolean {
  return (BUILT_IN_STATUSES as readonly string[]).includes(status);
}

/** The part of a localized plan whose scales carry labels. */
interface LabelledScales {
  readonly statusScales?: ReadonlyArray<{ readonly statuses: ReadonlyArray<{ readonly id: string; readonly label: string }> }> | undefined;
}

/**
 * A status as a reader sees it: the plan's own scale's label (the first scale that has the id), else
 * the built-in label in the page's language (`words`), else the id as the feed gives it.
 */
export function statusLabel(status: string, words: Pick<Messages, 'common'>, plan?: LabelledScales): string {
  for (const scale of plan?.statusScales ?? []) {
    const found = scale.statuses.find((candidate) => candidate.id === status);
    if (found) return found.label;
  }
  return isBuiltInStatus(status) ? words.common.statuses[status as keyof Messages['common']['statuses']].label : status;
}
