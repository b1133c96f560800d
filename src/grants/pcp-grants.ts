import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import { figureContext } from '../narrative/render-figure.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { grantsView, type GrantShown } from './grants-view.js';
import type { TableCell } from '../view/table-model.js';

let instances = 0;

/**
 * Grant schemes the body runs (who may apply, how much) and grants it has received or awarded,
 * with their amounts and recipients.
 *
 * @summary Grant schemes and awards, with amounts and recipients.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart grant - One grant.
 * @csspart title - A grant's heading.
 * @csspart facts - A grant's facts (funder, amount, who may apply…).
 * @csspart status - "Open for applications", "Closed" or "Awarded".
 * @csspart awards - The table of awards.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no grants.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-grants src="/feeds/plan.json"></pcp-grants>
 */
export class PcpGrants extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    focusStyles,
    narrativeStyles,
    tableStyles,
    css`
      .grant {
        margin: 0 0 var(--_space-l);
      }
      dl {
        display: grid;
        grid-template-columns: fit-content(40%) minmax(0, 1fr);
        gap: 0.25em 1em;
        margin: 0 0 var(--_space-s);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .status {
        display: inline-block;
        font-weight: 700;
        font-size: var(--_font-small);
        padding: 0 0.4em;
        border: 2px solid currentColor;
        border-radius: var(--_radius);
      }
      :host {
        container-type: inline-size;
      }
      @container (max-width: 24rem) {
        dl {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  private readonly uid = `pcp-grants-${(instances += 1)}`;

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = grantsView(ctx);
    if ('empty' in view) return this.renderEmpty(view.empty);
    return html`${view.grants.map((grant, index) => this.renderGrant(grant, index, ctx))}`;
  }

  private renderGrant(grant: GrantShown, index: number, ctx: ViewContext): TemplateResult {
    const captionId = `${this.uid}-${index}`;
    const value = (cell: TableCell) => html`${txt(cell.text)}${cell.figure ? figureContext(cell.figure, ctx) : nothing}`;
    const awards = grant.awards;
    return html`<section class="grant" part="grant">
      ${heading(this.level, txt(grant.name), { className: 'title', part: 'title' })}
      ${grant.status ? html`<p><span class="status" part="status">${grant.status}</span></p>` : nothing}
      ${grant.description.map((paragraph) => html`<p class="paragraph">${txt(paragraph)}</p>`)}
      <dl part="facts">
        ${grant.facts.map(
          (fact) => html`<dt>${fact.term}</dt><dd>${fact.href ? html`<a href=${fact.href}>${txt(fact.value.text)}</a>` : value(fact.value)}</dd>`,
        )}
      </dl>
      ${awards
        ? tableRegion(
            html`<table part="awards">
              <caption id=${captionId}>${awards.captionLead}: ${txt(awards.caption)}</caption>
              <thead>
                <tr>
                  ${awards.columns.map((column) => html`<th scope="col" class=${column.numeric ? 'numeric' : nothing}>${txt(column.text)}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${awards.rows.map(
                  (row) => html`<tr>
                    <th scope="row">${value(row.header!)}</th>
                    ${row.cells.map((cell) => html`<td class=${cell.numeric ? 'numeric' : nothing}>${value(cell)}</td>`)}
                  </tr>`,
                )}
              </tbody>
            </table>`,
            { labelledBy: captionId, hint: ctx.t.common.scrollHint },
          )
        : nothing}
    </section>`;
  }
}
