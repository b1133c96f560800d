/**
 * An objective's actions as nested lists, each with its status as text when the feed gives one
 * (a sub-action with its parent's status does not repeat it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/catalogues.js';
import type { Action, Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';

/** A status's label: the plan's own scale's, else the built-in one in the page's language, else its id. */
export function statusLabel(status: string, t: Messages, plan?: Plan): string {
  for (const scale of plan?.statusScales ?? []) {
    const found = scale.statuses.find((candidate) => candidate.id === status);
    if (found) return found.label;
  }
  return (t.common.statuses as Record<string, string>)[status] ?? status;
}

export function renderActions(actions: readonly Action[], ctx: ViewContext, parentStatus?: Action['status']): TemplateResult {
  const { t, plan } = ctx;
  return html`<ul class="actions" part="actions">
    ${actions.map(
      (action) => html`<li>
        ${action.number !== undefined ? html`<span class="number">${txt(ctx.text(action.number))}</span> ` : nothing}${txt(ctx.text(action.text))}${action.owner
          ? html` <span class="owner">(${txt(ctx.text(action.owner))})</span>`
          : nothing}${action.status && action.status !== parentStatus
          ? html` <span class="status status--${action.status}" part="status"
                ><span class="visually-hidden">${t.common.status}: </span>${txt(ctx.text(statusLabel(action.status, t, plan)))}</span
              >`
          : nothing}
        ${action.actions?.length ? renderActions(action.actions, ctx, action.status ?? parentStatus) : nothing}
      </li>`,
    )}
  </ul>`;
}

/** Every action at every depth, for counts. */
export function countActions(actions: readonly Action[] | undefined): number {
  return (actions ?? []).reduce((total, action) => total + 1 + countActions(action.actions), 0);
}
