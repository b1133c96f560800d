/**
 * An objective's actions as nested lists, each with its status as text when the feed gives one
 * (a sub-action with its parent's status does not repeat it). What is shown is decided in
 * `actionsView` (./actions-view.ts); this module only draws it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { actionsView, type ActionView } from './actions-view.js';

export { countActions, statusLabel } from './actions-view.js';

/** Draws the actions of an objective (and their sub-actions) as nested lists. */
export function renderActions(actions: readonly Action[], ctx: ViewContext, parentStatus?: Action['status']): TemplateResult {
  return renderActionViews(actionsView(actions, ctx, parentStatus), ctx);
}

/** Draws actions already decided by `actionsView`. */
export function renderActionViews(actions: readonly ActionView[], ctx: ViewContext): TemplateResult {
  return html`<ul class="actions" part="actions">
    ${actions.map(
      (action) => html`<li>
        ${action.number !== undefined ? html`<span class="number">${txt(action.number)}</span> ` : nothing}${txt(action.text)}${action.owner
          ? html` <span class="owner">(${txt(action.owner)})</span>`
          : nothing}${action.status
          ? html` <span class="status status--${action.status.id}" part="status"
                ><span class="visually-hidden">${ctx.t.common.status}: </span>${txt(action.status.label)}</span
              >`
          : nothing}
        ${action.actions.length ? renderActionViews(action.actions, ctx) : nothing}
      </li>`,
    )}
  </ul>`;
}
