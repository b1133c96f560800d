import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { renderParagraphs } from '../narrative/render-narrative.js';
import type { Foreword, Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';

/**
 * The plan's forewords (the commissioner's, the chief constable's…), each with its author, role and
 * signature line as printed.
 *
 * @summary The forewords, with their authors and signatures.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 *
 * @csspart foreword - One foreword.
 * @csspart title - A foreword's heading.
 * @csspart signature - The signature block (signature line, name and role).
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no foreword.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-foreword src="/feeds/plan.json"></pcp-foreword>
 */
export class PcpForeword extends PcpElement {
  static override styles = [
    ...(PcpElement.styles as []),
    narrativeStyles,
    css`
      .foreword {
        margin: 0 0 var(--_space-l);
      }
      .signature {
        margin: var(--_space) 0 0;
        font-style: normal;
      }
      .signature .signed {
        font-style: italic;
      }
      .signature .name {
        font-weight: 700;
      }
    `,
  ];

  /** One foreword alone: its id, or its position from 1. Default: all. */
  @property({ reflect: true }) foreword?: string;

  protected renderPlan(plan: Plan): TemplateResult {
    const all = plan.forewords ?? [];
    const wanted = this.foreword?.trim();
    const shown = wanted ? all.filter((foreword, index) => foreword.id === wanted || String(index + 1) === wanted) : all;
    if (shown.length === 0) return this.renderEmpty(wanted ? this.t.foreword.notFound(wanted) : this.t.foreword.none);
    return html`${shown.map((foreword) => this.renderForeword(foreword))}`;
  }

  private renderForeword(foreword: Foreword): TemplateResult {
    return html`<article class="foreword" part="foreword">
      ${heading(this.level, this.text(foreword.title), { className: 'title', part: 'title' })} ${renderParagraphs(foreword.paragraphs, this.viewContext!)}
      ${this.renderSignature(foreword)}
    </article>`;
  }

  /** The signature as printed, and who signed; nothing for an unsigned foreword (none is invented). */
  private renderSignature(foreword: Foreword): TemplateResult | typeof nothing {
    const { author, signature } = foreword;
    if (!author) return signature ? html`<p class="signature" part="signature"><span class="signed">${this.text(signature)}</span></p>` : nothing;
    // The printed signature line often repeats the name ("Peter McCall, Police and Crime Commissioner").
    const signatureRepeatsName = signature?.startsWith(author.name);
    return html`<p class="signature" part="signature">
      ${signature && !signatureRepeatsName ? html`<span class="signed">${this.text(signature)}</span><br />` : nothing}
      <span class="name">${this.text(signatureRepeatsName ? signature : author.name)}</span><br />
      ${signatureRepeatsName && signature!.includes(author.role) ? nothing : html`${this.text(author.role)}${author.organisation ? html`, ${this.text(author.organisation)}` : ''}`}${author.term
        ? html` (${this.text(author.term)})`
        : nothing}${author.phone ? html`<br />${this.text(author.phone)}` : nothing}${author.email ? html`<br /><a href="mailto:${author.email}">${author.email}</a>` : nothing}
    </p>`;
  }
}
