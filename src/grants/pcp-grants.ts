import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { formatDate } from '../format/date.js';
import { periodText } from '../format/figure.js';
import { renderFigureIn } from '../narrative/render-figure.js';
import { renderParagraphs } from '../narrative/render-narrative.js';
import type { Grant, Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';

let instances = 0;

/**
 * Grant schemes the body runs (who may apply, how much) and grants it has received or awarded,
 * with their amounts and recipients.
 *
 * @summary Grant schemes and awards, with amounts and recipients.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
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

  protected renderPlan(plan: Plan): TemplateResult {
    const grants = plan.grants ?? [];
    if (grants.length === 0) return this.renderEmpty(this.t.grants.none);
    return html`${grants.map((grant, index) => this.renderGrant(grant, index))}`;
  }

  private renderGrant(grant: Grant, index: number): TemplateResult {
    const captionId = `${this.uid}-${index}`;
    const t = this.t.grants;
    const locale = this.i18n.locale;
    return html`<section class="grant" part="grant">
      ${heading(this.level, this.text(grant.name), { className: 'title', part: 'title' })}
      ${grant.status ? html`<p><span class="status" part="status">${t.statuses[grant.status]}</span></p>` : nothing}
      ${renderParagraphs(grant.description, this.viewContext!)}
      <dl part="facts">
        ${grant.funder ? html`<dt>${t.funder}</dt><dd>${this.text(grant.funder)}</dd>` : nothing}
        ${grant.amount !== undefined ? html`<dt>${t.amount}</dt><dd>${renderFigureIn(grant.amount, 'money', this.viewContext!)}</dd>` : nothing}
        ${grant.period ? html`<dt>${t.period}</dt><dd>${this.text(periodText(grant.period, locale))}</dd>` : nothing}
        ${grant.eligibility ? html`<dt>${t.eligibility}</dt><dd>${this.text(grant.eligibility)}</dd>` : nothing}
        ${grant.url ? html`<dt>${t.more}</dt><dd><a href=${grant.url}>${grant.url.replace(/^https?:\/\//, '')}</a></dd>` : nothing}
      </dl>
      ${grant.awards?.length
        ? html`<div class="table-region" role="region" aria-labelledby=${captionId} tabindex="0">
            <table part="awards">
              <caption id=${captionId}>${t.awards}: ${this.text(grant.name)}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.recipient}</th>
                  <th scope="col">${t.project}</th>
                  <th scope="col" class="numeric">${t.amount}</th>
                  <th scope="col">${t.date}</th>
                </tr>
              </thead>
              <tbody>
                ${grant.awards.map(
                  (award) => html`<tr>
                    <th scope="row">${this.text(award.recipient)}</th>
                    <td>${award.project !== undefined ? this.text(award.project) : '–'}</td>
                    <td class="numeric">${award.amount !== undefined ? renderFigureIn(award.amount, 'money', this.viewContext!) : '–'}</td>
                    <td>${award.date ? formatDate(award.date, locale) : '–'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
    </section>`;
  }
}
