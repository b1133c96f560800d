import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import type { Plan } from '../schema/plan.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { outcomesView, type OutcomesShown } from './outcomes-view.js';

let instances = 0;

/**
 * The shared outcomes and aims a commissioner agrees with partners, one per theme (Victims,
 * Offenders, Communities, Transformation in the 2016 Cambridgeshire framework): the table CSP sites
 * embed, or the same as cards.
 *
 * @summary Each theme's shared outcome and aim, as a table or cards.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The heading.
 * @csspart table - The table.
 * @csspart card - One theme (cards layout, and the table's layout in a container narrower than 36rem).
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan states no shared outcomes or aims.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-outcomes src="/feeds/plan.json" layout="cards"></pcp-outcomes>
 */
export class PcpOutcomes extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    focusStyles,
    tableStyles,
    css`
      :host {
        line-height: 1.5;
        container-type: inline-size;
      }
      /* A server render without script keeps only the table (see light-dom.ts). */
      .narrow-only {
        display: none;
      }
      @container (max-width: 36rem) {
        .wide-only {
          display: none;
        }
        .narrow-only {
          display: block;
        }
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
        gap: var(--_space);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .card {
        border: 1px solid var(--_border);
        border-top: 5px solid var(--_accent);
        border-radius: var(--_radius);
        padding: var(--_space-s) var(--_space);
        box-shadow: var(--_shadow);
        background: var(--_surface);
        overflow-wrap: anywhere;
      }
      .card-title {
        margin: 0 0 var(--_space-s);
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: 700;
        font-size: var(--_font-small);
        color: var(--_muted);
      }
      dd {
        margin: 0 0 var(--_space-s);
      }
      @media print {
        .card {
          box-shadow: none;
        }
      }
    `,
  ];

  /** `table` (default: a table, shown as cards in a container narrower than 36rem) or `cards`. */
  @property({ reflect: true }) layout: 'table' | 'cards' = 'table';

  /** One theme alone: its id, number or title ("Victims"). */
  @property({ reflect: true }) theme?: string;

  private readonly uid = `pcp-outcomes-${(instances += 1)}`;

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = outcomesView(ctx, { theme: this.theme });
    if (view.empty !== undefined) return this.renderEmpty(view.empty);
    const title = heading(this.level, view.title, { className: 'title', part: 'title' });
    if (this.layout === 'cards') return html`${title}${this.renderCards(view)}`;
    // The table, and the same as cards for a container too narrow for three columns of text: the
    // styles show one or the other, so a phone reads each theme whole instead of a word per line.
    return html`${title}
      <div class="wide-only">${this.renderTable(view, ctx)}</div>
      <div class="narrow-only">${this.renderCards(view)}</div>`;
  }

  private renderCards(view: OutcomesShown): TemplateResult {
    return html`<ul class="cards" role="list">
      ${view.themes.map(
        (theme) => html`<li class="card" part="card">
          ${heading(this.level + 1, html`${theme.number !== undefined ? `${theme.number} ` : ''}${txt(theme.title)}`, {
            className: 'card-title',
          })}
          <dl>
            ${theme.outcome ? html`<dt>${view.sharedOutcome}</dt><dd>${txt(theme.outcome)}</dd>` : nothing}
            ${theme.aim ? html`<dt>${view.aim}</dt><dd>${txt(theme.aim)}</dd>` : nothing}
          </dl>
        </li>`,
      )}
    </ul>`;
  }

  private renderTable(view: OutcomesShown, ctx: ViewContext): TemplateResult {
    const captionId = `${this.uid}-caption`;
    return tableRegion(
      html`<table part="table">
        <caption id=${captionId} class="visually-hidden">${view.title}</caption>
        <thead>
          <tr>
            ${view.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.themes.map(
            (theme) => html`<tr>
              <th scope="row">${txt(theme.title)}</th>
              <td>${theme.outcome !== undefined ? txt(theme.outcome) : '–'}</td>
              <td>${theme.aim !== undefined ? txt(theme.aim) : '–'}</td>
            </tr>`,
          )}
        </tbody>
      </table>`,
      { labelledBy: captionId, hint: ctx.t.common.scrollHint },
    );
  }
}
