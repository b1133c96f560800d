import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { contactView, type ContactDetail, type LinkView } from './contact-view.js';

/**
 * How to contact the publishing body, and its offer of the plan in other formats (braille, audio,
 * large print, easy read, other languages), which accessibility law expects it to make.
 *
 * @summary Contact details and the accessible-formats offer.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - The heading.
 * @csspart details - The contact details.
 * @csspart formats - The accessible-formats offer.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan gives no contact details.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-contact src="/feeds/plan.json"></pcp-contact>
 */
export class PcpContact extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    narrativeStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: fit-content(40%) minmax(0, 1fr);
        gap: 0.25em 1em;
        margin: 0 0 var(--_space);
      }
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      address {
        font-style: normal;
      }
      .formats {
        border-left: 5px solid var(--_accent);
        padding: var(--_space-s) var(--_space);
        background: var(--_surface-alt);
      }
      .formats p {
        margin: 0 0 var(--_space-s);
      }
      .formats p:last-child {
        margin-bottom: 0;
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

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = contactView(ctx);
    if (view.empty !== undefined) return this.renderEmpty(view.empty);
    const { formats } = view;
    return html`
      ${heading(this.level, view.title, { className: 'title', part: 'title' })}
      ${view.purpose ? html`<p>${txt(view.purpose)}</p>` : nothing}
      ${view.details ? html`<dl part="details">${view.details.map((detail) => html`<dt>${detail.label}</dt><dd>${renderDetail(detail)}</dd>`)}</dl>` : nothing}
      ${formats
        ? html`<div class="formats" part="formats">
            ${heading(this.level + 1, formats.heading, { className: 'subheading' })}
            <p>${txt(formats.offer)}</p>
            ${formats.ask
              ? html`<p>
                  ${formats.ask.label}
                  ${formats.ask.phone ? renderLink(formats.ask.phone) : nothing}${formats.ask.phone && formats.ask.email ? ` ${formats.ask.or} ` : ''}${formats.ask.email
                    ? renderLink(formats.ask.email)
                    : nothing}
                </p>`
              : nothing}
          </div>`
        : nothing}
    `;
  }
}

function renderLink(link: LinkView): TemplateResult {
  return html`<a href=${link.href}>${txt(link.text)}</a>`;
}

function renderDetail(detail: ContactDetail): unknown {
  switch (detail.kind) {
    case 'text':
      return txt(detail.text);
    case 'address':
      return html`<address>${detail.lines.map((line, index) => html`${index ? html`<br>` : nothing}${txt(line)}`)}</address>`;
    case 'links':
      return detail.links.map((link, index) => html`${index ? ', ' : ''}${renderLink(link)}`);
  }
}
