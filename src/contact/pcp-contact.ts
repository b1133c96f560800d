import { css, html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';

/** "01768 217734" → "tel:01768217734". */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/**
 * How to contact the publishing body, and its offer of the plan in other formats (braille, audio,
 * large print, easy read, other languages), which accessibility law expects it to make.
 *
 * @summary Contact details and the accessible-formats offer.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
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

  protected renderPlan(plan: Plan): TemplateResult {
    const contact = plan.contact;
    const formats = plan.accessibleFormats;
    const t = this.t.contact;
    if (!contact && !formats) return this.renderEmpty(t.none);
    return html`
      ${heading(this.level, t.title, { className: 'title', part: 'title' })}
      ${contact?.purpose ? html`<p>${this.text(contact.purpose)}</p>` : nothing}
      ${contact
        ? html`<dl part="details">
            ${contact.organisation ? html`<dt>${t.organisation}</dt><dd>${this.text(contact.organisation)}</dd>` : nothing}
            ${contact.person ? html`<dt>${t.person}</dt><dd>${this.text(contact.person)}</dd>` : nothing}
            ${contact.address?.length
              ? html`<dt>${t.address}</dt>
                  <dd><address>${contact.address.map((line, index) => html`${index ? html`<br />` : nothing}${this.text(line)}`)}</address></dd>`
              : nothing}
            ${contact.phone ? html`<dt>${t.phone}</dt><dd><a href=${telHref(contact.phone)}>${this.text(contact.phone)}</a></dd>` : nothing}
            ${contact.email ? html`<dt>${t.email}</dt><dd><a href="mailto:${contact.email}">${contact.email}</a></dd>` : nothing}
            ${contact.website ? html`<dt>${t.website}</dt><dd><a href=${contact.website}>${contact.website.replace(/^https?:\/\//, '')}</a></dd>` : nothing}
            ${contact.social?.length
              ? html`<dt>${t.social}</dt>
                  <dd>${contact.social.map((link, index) => html`${index ? ', ' : ''}<a href=${link.url}>${this.text(link.label)}</a>`)}</dd>`
              : nothing}
          </dl>`
        : nothing}
      ${formats
        ? html`<div class="formats" part="formats">
            ${heading(this.level + 1, t.otherFormats, { className: 'subheading' })}
            ${formats.text
              ? html`<p>${this.text(formats.text)}</p>`
              : html`<p>${t.availableIn(formats.formats.map((format) => t.formats[format] ?? format).join(', '))}</p>`}
            ${formats.phone || formats.email
              ? html`<p>
                  ${t.askForIt}
                  ${formats.phone ? html`<a href=${telHref(formats.phone)}>${this.text(formats.phone)}</a>` : nothing}${formats.phone && formats.email ? ` ${t.or} ` : ''}${formats.email
                    ? html`<a href="mailto:${formats.email}">${formats.email}</a>`
                    : nothing}
                </p>`
              : nothing}
          </div>`
        : nothing}
    `;
  }
}
