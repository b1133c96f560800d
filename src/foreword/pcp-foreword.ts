import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { renderParagraphs } from '../narrative/render-narrative.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { forewordView, type ForewordView, type SignatureView } from './foreword-view.js';

let instances = 0;

/**
 * The plan's forewords (the commissioner's, the chief constable's…), each with its author, role and
 * signature line as printed.
 *
 * @summary The forewords, with their authors and signatures.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
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

  private readonly uid = `pcp-foreword-${(instances += 1)}`;

  /** One foreword alone: its id, its position from 1, or its title. Default: all. */
  @property({ reflect: true }) foreword?: string;

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = forewordView(ctx, { foreword: this.foreword });
    if (view.empty !== undefined) return this.renderEmpty(view.empty);
    return html`${view.forewords.map((foreword, index) => this.renderForeword(foreword, ctx, index))}`;
  }

  private renderForeword(foreword: ForewordView, ctx: ViewContext, index: number): TemplateResult {
    // Each article is named by its own heading, so a list of landmarks and articles tells them apart.
    const titleId = `${this.uid}-${index}-title`;
    return html`<article class="foreword" part="foreword" aria-labelledby=${titleId}>
      ${heading(this.level, txt(foreword.title), { className: 'title', part: 'title', id: titleId })} ${renderParagraphs(foreword.paragraphs, ctx)}
      ${this.renderSignature(foreword.signature)}
    </article>`;
  }

  /** The signature as printed, and who signed; nothing for an unsigned foreword (none is invented). */
  private renderSignature(signature: SignatureView | undefined): TemplateResult | typeof nothing {
    if (!signature) return nothing;
    if (!signature.name) return html`<p class="signature" part="signature"><span class="signed">${txt(signature.signed)}</span></p>`;
    return html`<p class="signature" part="signature">
      ${signature.signed ? html`<span class="signed">${txt(signature.signed)}</span><br>` : nothing}
      <span class="name">${txt(signature.name)}</span><br>
      ${signature.role ? html`${txt(signature.role)}${signature.organisation ? html`, ${txt(signature.organisation)}` : ''}` : nothing}${signature.term
        ? html` (${txt(signature.term)})`
        : nothing}${signature.phone ? html`<br>${txt(signature.phone)}` : nothing}${signature.email
        ? html`<br><a href="mailto:${signature.email}">${signature.email}</a>`
        : nothing}
    </p>`;
  }
}
