/**
 * An objective's actions as nested lists, each with its status as text when the feed gives one
 * (a sub-action with its parent's status does not repeat it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ACTION_STATUS_LABELS } from '../format/status.js';
import type { Action } from '../schema/plan.js';

export function renderActions(actions: readonly Action[], parentStatus?: Action['status']): TemplateResult {
  return html`<ul class="actions" part="actions">
    ${actions.map(
      (action) => html`<li>
        ${action.text}${action.status && action.status !== parentStatus
          ? html` <span class="status status--${action.status}" part="status"
                ><span class="visually-hidden">status: </span>${ACTION_STATUS_LABELS[action.status]}</span
              >`
          : nothing}
        ${action.actions?.length ? renderActions(action.actions, action.status ?? parentStatus) : nothing}
      </li>`,
    )}
  </ul>`;
}

/** Every action at every depth, for counts. */
export function countActions(actions: readonly Action[] | undefined): number {
  return (actions ?? []).reduce((total, action) => total + 1 + countActions(action.actions), 0);
}
