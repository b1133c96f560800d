/**
 * An objective's actions as a reader sees them: numbers, text and owners as printed, and a status
 * in words where the feed gives one (a sub-action with its parent's status does not repeat it).
 * Pure: the priority wheel, the plan document and <pcp-objectives> draw these with `renderActions`.
 */
import type { Messages } from '../i18n/catalogues.js';
import type { Action, Plan } from '../schema/plan.js';
import { statusLabel } from '../model/statuses.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';

/** One action, ready to show. */
export interface ActionView {
  /** The number or letter printed before it. */
  readonly number?: PlanText;
  readonly text: PlanText;
  /** Who leads it, as printed. */
  readonly owner?: PlanText;
  /** Its status (id and label), when the feed gives one its parent action does not already show. */
  readonly status?: { readonly id: string; readonly label: PlanText };
  /** Its sub-actions (none: an empty list). */
  readonly actions: readonly ActionView[];
}

/** A status's label (one rule for every element: model/statuses.ts). */
export { statusLabel };

/** The actions at every depth, each with its status shown only where it differs from its parent's. */
export function actionsView(actions: readonly Action[], ctx: ViewContext, parentStatus?: Action['status']): ActionView[] {
  return actions.map((action) => ({
    number: ctx.text(action.number),
    text: ctx.text(action.text),
    owner: action.owner ? ctx.text(action.owner) : undefined,
    status:
      action.status && action.status !== parentStatus
        ? { id: action.status, label: ctx.text(statusLabel(action.status, ctx.t, ctx.plan)) }
        : undefined,
    actions: actionsView(action.actions ?? [], ctx, action.status ?? parentStatus),
  }));
}

/** Every action at every depth, for counts. */
export function countActions(actions: readonly Action[] | undefined): number {
  return (actions ?? []).reduce((total, action) => total + 1 + countActions(action.actions), 0);
}
