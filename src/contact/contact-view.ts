/**
 * What <pcp-contact> shows: the contact details the feed gives, in a fixed order with their labels,
 * links ready to follow (tel:, mailto:), and the offer of the plan in other formats, in the feed's
 * words or, when it has none, a sentence listing the formats it names.
 */
import type { PlanText, ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/contact.js';

/** A link: where it goes and its text. */
export interface LinkView {
  readonly href: string;
  readonly text: PlanText;
}

/** One contact detail with its label: plain text, an address of several lines, or one or more links. */
export type ContactDetail =
  | { readonly kind: 'text'; readonly label: string; readonly text: PlanText }
  | { readonly kind: 'address'; readonly label: string; readonly lines: readonly PlanText[] }
  | { readonly kind: 'links'; readonly label: string; readonly links: readonly LinkView[] };

/** The offer of the plan in other formats. */
export interface FormatsOffer {
  readonly heading: string;
  /** The offer in the feed's words, else "This plan is available in braille, audio." from its list. */
  readonly offer: PlanText;
  /** How to ask for it, when the feed gives a phone number or an email address. */
  readonly ask?: { readonly label: string; readonly phone?: LinkView; readonly email?: LinkView; readonly or: string };
}

export interface ContactView {
  /** Shown instead when the plan gives neither contact details nor an offer of other formats. */
  readonly empty?: string;
  readonly title: string;
  /** What to write to the contact about, as printed. */
  readonly purpose?: PlanText;
  /** The details, when the feed has a contact (an empty list when it gives none of them). */
  readonly details?: readonly ContactDetail[];
  readonly formats?: FormatsOffer;
}

/** "01768 217734" → "tel:01768217734". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** Addresses and URLs are shown as written, not as feed text in a language. */
const mailto = (email: string): LinkView => ({ href: `mailto:${email}`, text: { text: email } });

/** Everything <pcp-contact> shows. */
export function contactView(ctx: ViewContext): ContactView {
  const { contact, accessibleFormats: formats } = ctx.plan;
  const t = ctx.t.contact;
  if (!contact && !formats) return { empty: t.none, title: t.title };
  const phoneLink = (phone: string): LinkView => ({ href: telHref(phone), text: ctx.text(phone) });
  const details: ContactDetail[] = [];
  if (contact) {
    if (contact.organisation) details.push({ kind: 'text', label: t.organisation, text: ctx.text(contact.organisation) });
    if (contact.person) details.push({ kind: 'text', label: t.person, text: ctx.text(contact.person) });
    if (contact.address?.length) details.push({ kind: 'address', label: t.address, lines: contact.address.map((line) => ctx.text(line)) });
    if (contact.phone) details.push({ kind: 'links', label: t.phone, links: [phoneLink(contact.phone)] });
    if (contact.email) details.push({ kind: 'links', label: t.email, links: [mailto(contact.email)] });
    if (contact.website) {
      details.push({ kind: 'links', label: t.website, links: [{ href: contact.website, text: { text: contact.website.replace(/^https?:\/\//, '') } }] });
    }
    if (contact.social?.length) {
      details.push({ kind: 'links', label: t.social, links: contact.social.map((link) => ({ href: link.url, text: ctx.text(link.label) })) });
    }
  }
  return {
    title: t.title,
    purpose: contact?.purpose ? ctx.text(contact.purpose) : undefined,
    details: contact ? details : undefined,
    formats: formats
      ? {
          heading: t.otherFormats,
          offer: formats.text ? ctx.text(formats.text) : { text: t.availableIn(formats.formats.map((format) => t.formats[format] ?? format).join(', ')) },
          ask:
            formats.phone || formats.email
              ? {
                  label: t.askForIt,
                  phone: formats.phone ? phoneLink(formats.phone) : undefined,
                  email: formats.email ? mailto(formats.email) : undefined,
                  or: t.or,
                }
              : undefined,
        }
      : undefined,
  };
}
