import { css, html, nothing } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import type { Plan } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { planSummaryView } from './plan-summary-view.js';

/**
 * The plan at a glance: its title, strapline, who publishes it, the area and period it covers,
 * whether it is a draft, and how many objectives it has. A header for a plan page, or a card
 * linking to one.
 *
 * @summary A plan's title, publisher, period, status and objective count.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The plan's title (a heading at `heading-level`).
 * @csspart strapline - The plan's strapline.
 * @csspart facts - The list of facts (publisher, area, period, status, objectives).
 * @csspart status - The status tag ("Draft").
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 *
 * @cssproperty --pcp-color-text - Text colour.
 * @cssproperty --pcp-color-text-muted - Colour of labels.
 * @cssproperty --pcp-color-tag - Background of the status tag.
 * @cssproperty --pcp-color-tag-text - Text colour of the status tag.
 * @cssproperty --pcp-font-size-title - Size of the plan's title, relative to the host font. Default: the size of its heading level (`--pcp-heading-2-size` at the default `heading-level`).
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-plan-summary src="/feeds/plan.json" heading-level="1"></pcp-plan-summary>
 */
export class PcpPlanSummary extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    css`
      .title {
        margin: 0 0 0.25em;
        font-size: var(--pcp-font-size-title, var(--_heading-size));
      }
      .strapline {
        margin: 0 0 var(--_space);
        /* Never larger than the title above it (an ARIA heading past h6 is the text's size). */
        font-size: min(1.2em, var(--pcp-font-size-title, var(--_own-size)));
        overflow-wrap: anywhere;
      }
      :host {
        container-type: inline-size;
      }
      dl {
        display: grid;
        grid-template-columns: fit-content(40%) minmax(0, 1fr);
        gap: 0.25em 1em;
        margin: 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .tag {
        display: inline-block;
        padding: 0.1em 0.5em;
        font-weight: 700;
        background: var(--pcp-color-tag, #0b0c0c);
        color: var(--pcp-color-tag-text, #ffffff);
        border: 1px solid transparent;
      }
      /* In a narrow column (a card, a phone at 320px) each label sits above its value. */
      @container (max-width: 26rem) {
        dl {
          grid-template-columns: 1fr;
        }
        dd {
          margin-bottom: 0.5em;
        }
        dt {
          font-size: 0.9em;
        }
      }
    `,
  ];

  protected renderPlan(_plan: Plan, ctx: ViewContext) {
    const view = planSummaryView(ctx);
    return html`
      ${heading(this.level, txt(view.title), { className: 'title', part: 'title' })}
      ${view.strapline ? html`<p class="strapline" part="strapline">${txt(view.strapline)}</p>` : nothing}
      <dl part="facts">
        ${view.facts.map(
          (fact) =>
            html`<dt>${fact.label}</dt>
              <dd>${fact.tag ? html`<strong class="tag" part="status">${txt(fact.value)}</strong>` : txt(fact.value)}</dd>`,
        )}
      </dl>
    `;
  }
}
