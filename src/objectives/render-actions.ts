/**
 * An objective's actions as nested lists, each with its status as text when the feed gives one
 * (a sub-action with its parent's status does not repeat it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/catalogues.js';
import { txt } from '../i18n/fallback-text.js';
import type { Action } from '../schema/plan.js';

export function renderActions(actions: readonly Action[], t: Messages, parentStatus?: Action['status']): TemplateResult {
  return html`<ul class="actions" part="actions">
    ${actions.map(
      (action) => html`<li>
        ${txt(action.text)}${action.status && action.status !== parentStatus
          ? html` <span class="status status--${action.status}" part="status"
                ><span class="visually-hidden">${t.common.status}: </span>${t.common.statuses[action.status]}</span
              >`
          : nothing}
        ${action.actions?.length ? renderActions(action.actions, t, action.status ?? parentStatus) : nothing}
      </li>`,
    )}
  </ul>`;
}

/** Every action at every depth, for counts. */
export function countActions(actions: readonly Action[] | undefined): number {
  return (actions ?? []).reduce((total, action) => total + 1 + countActions(action.actions), 0);
}
