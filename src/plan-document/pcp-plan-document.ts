import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { renderParagraphs } from '../narrative/render-narrative.js';
import { renderNamedList, renderSection } from '../narrative/render-sections.js';
import { renderActions } from '../objectives/render-actions.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { planDocumentView, type DocumentBlock } from './plan-document-view.js';
import { planDocumentStyles } from './plan-document-styles.js';
import {
  phrase,
  linked,
  renderBody,
  renderBodyList,
  renderConsultation,
  renderContents,
  renderEditions,
  renderKeyFigures,
  renderMeeting,
  renderPartners,
  renderPrecept,
  renderSources,
  renderStatusScale,
  renderTablePart,
} from './render-parts.js';

// The elements this document is made of (each registers itself).
import '../budget-table/define.js';
import '../contact/define.js';
import '../foreword/define.js';
import '../funding/define.js';
import '../grants/define.js';
import '../monitoring/define.js';
import '../national-priorities/define.js';
import '../objectives/define.js';
import '../action-plan/define.js';
import '../outcomes/define.js';
import '../progress/define.js';
import '../scenario-table/define.js';

let instances = 0;

/**
 * The whole plan as one accessible web page, in the order a reader expects: forewords, introduction,
 * objectives, money, council tax (precepts), the plan's other tables, consultation, progress,
 * partnership, governance, meetings, monitoring, national priorities, the rest of the plan's
 * narrative, contact, editions and other formats, and sources; each part only when the plan has it.
 * A contents list links to each part; a skip link passes it; there is one top heading
 * (at `heading-level`, default 1) and a correct outline below it; a draft carries a banner; the
 * period and last-updated date are shown. Printed, each part starts a new page.
 *
 * It is made of the other elements, given the plan directly (one download, one validation).
 *
 * @summary The whole plan as one accessible page: the web replacement for the PDF.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart banner - The draft (or consultation, superseded) banner.
 * @csspart title - The plan's title.
 * @csspart contents - The contents list.
 * @csspart section - Each part of the plan (narrative inside a part is `subsection`).
 * @csspart table - A precept or other printed table.
 * @csspart subsection - Narrative inside a part (an introduction, a section of the plan).
 * @csspart subheading - A heading inside a part that the plan prints (a narrative section's, a named list's).
 * @csspart list-section - A named list the plan prints, with its heading (`subheading`).
 * @csspart actions - The plan's commitments as a list of actions (nested lists too).
 * @csspart status - The status tag of a commitment ("Delivered", "Planned").
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-plan-document src="/feeds/plan.json"></pcp-plan-document>
 */
export class PcpPlanDocument extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, narrativeStyles, tableStyles, planDocumentStyles];

  private readonly uid = `pcp-doc-${(instances += 1)}`;

  constructor() {
    super();
    this.headingLevel = 1;
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // The parts inside load from this element's plan: their pcp-load events are not news to the page.
    root.addEventListener('pcp-load', (event) => event.stopPropagation());
    return root;
  }

  /**
   * One part of a section: an element of the library, given this document's feed and language (one
   * download, one validation; on the server, `pcp render`, they cannot look up to the document's
   * language, and in the browser it follows the page as they would), or a printed part.
   */
  private renderBlock(block: DocumentBlock, ctx: ViewContext): unknown {
    const feed = this.feed;
    const lang = this.i18n.lang;
    switch (block.kind) {
      case 'forewords':
        return html`<pcp-foreword .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-foreword>`;
      case 'objectives':
        return html`<pcp-objectives .plan=${feed} lang=${lang} layout="list" heading-level=${block.level}></pcp-objectives>`;
      case 'budget':
        return html`<pcp-budget-table .plan=${feed} lang=${lang} budget=${block.budgetId} heading-level=${block.level}></pcp-budget-table>`;
      case 'funding':
        return html`<pcp-funding .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-funding>`;
      case 'scenarios':
        return html`<pcp-scenario-table .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-scenario-table>`;
      case 'grants':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}<pcp-grants .plan=${feed} lang=${lang} heading-level=${block.level + 1}></pcp-grants>`;
      case 'progress':
        return html`<pcp-progress .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-progress>`;
      case 'outcomes':
        return html`<pcp-outcomes .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-outcomes>`;
      case 'action-plan':
        return html`<pcp-action-plan .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-action-plan>`;
      case 'monitoring':
        return html`<pcp-monitoring .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-monitoring>`;
      case 'national-priorities':
        return html`<pcp-national-priorities .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-national-priorities>`;
      case 'contact':
        return html`<pcp-contact .plan=${feed} lang=${lang} heading-level=${block.level}></pcp-contact>`;
      case 'vision':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}${renderParagraphs(block.paragraphs, ctx)}`;
      case 'section':
        return renderSection(block.section, block.level, ctx);
      case 'list':
        return renderNamedList(block.list, block.level, ctx);
      case 'printed-contents':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}${renderContents(block.entries)}`;
      case 'commitments':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}${renderActions(block.actions, ctx)}`;
      case 'key-figures':
        return renderKeyFigures(block.heading, block.figures, block.level, ctx);
      case 'precept':
        return renderPrecept(block.precept, block.level, this.uid, ctx);
      case 'table':
        return renderTablePart(block.table, this.uid, ctx);
      case 'consultation':
        return renderConsultation(block.consultation, block.level, ctx);
      case 'status-scale':
        return renderStatusScale(block.scale, block.level);
      case 'partners':
        return renderPartners(block.heading, block.partners, block.level, ctx);
      case 'body':
        return renderBody(block.body, block.level, this.uid, ctx);
      case 'body-list':
        return renderBodyList(block.bodies, this.uid);
      case 'meeting':
        return renderMeeting(block.meeting, block.level, ctx);
      case 'editions':
        return renderEditions(block.editions, block.level, ctx);
      case 'sources':
        return renderSources(block.heading, block.sources, block.level, this.uid);
      case 'links':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}
          <ul class="list">
            ${block.links.map((link) => html`<li>${linked(link.label, link.url)}</li>`)}
          </ul>`;
      case 'notes':
        return html`${heading(block.level, block.heading, { className: 'subheading' })}${renderParagraphs(block.paragraphs, ctx)}`;
      case 'paragraph':
        return html`<p class="paragraph">${txt(block.text)}</p>`;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A new plan without the part that had focus: keep focus in the document, at its start.
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (this.hadFocus && !active && !this.contains(document.activeElement) && document.activeElement === document.body) {
      this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    }
    this.hadFocus = Boolean(active);
  }

  private hadFocus = false;

  /** Contents links move to their part inside this element (a hash link alone cannot reach into a shadow root). */
  private goTo(event: Event, id: string): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    const focusable = target.matches('[tabindex]') ? target : target.querySelector<HTMLElement>('[tabindex="-1"]');
    (focusable ?? target).focus({ preventScroll: true });
  }

  // What the document shows (its sections, their order and titles, the title block) is decided by
  // planDocumentView; this template places it, with the ids, links and focus handling of this instance.
  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = planDocumentView(ctx, { headingLevel: this.level });
    const { level, sections } = view;
    const mainId = `${this.uid}-main`;
    return html`<div class="doc">
      <!-- A button, not a "#…" link: a fragment link cannot reach into a shadow root. -->
      <button type="button" class="skip" @click=${(event: Event) => this.goTo(event, mainId)}>${view.skipContents}</button>
      ${view.banner ? html`<p class="banner" part="banner" role="note"><strong>${view.banner.status}</strong> ${view.banner.text}</p>` : nothing}
      ${heading(level, txt(view.title), { className: 'doc-title', part: 'title' })}
      ${view.strapline ? html`<p class="strapline">${txt(view.strapline)}</p>` : nothing}
      ${view.subtitle ? html`<p class="subtitle">${txt(view.subtitle)}</p>` : nothing}
      ${view.otherTitles ? html`<p class="subtitle">${phrase(view.otherTitles)}</p>` : nothing}
      <p class="meta">
        ${linked(view.publisher.name, view.publisher.url)}${view.publisher.otherNames ? html` (${phrase(view.publisher.otherNames)})` : nothing} ·${view.area
          ? html` ${txt(view.area)} ·`
          : nothing}
        ${view.period.label}
        ${txt(view.period.text)}${view.details.map((detail) => html` · ${phrase(detail)}`)}
      </p>
      ${view.people.length
        ? html`<ul class="people">
            ${view.people.map((person) => html`<li>${phrase(person.text)}${person.email ? html`, <a href="mailto:${person.email}">${person.email}</a>` : ''}</li>`)}
          </ul>`
        : nothing}
      <nav aria-labelledby="${this.uid}-contents" part="contents">
        ${heading(level + 1, view.contentsHeading, { id: `${this.uid}-contents`, className: 'subheading' })}
        <ol>
          ${sections.map((section) => html`<li><a href="#${this.uid}-${section.id}" @click=${(event: Event) => this.goTo(event, `${this.uid}-${section.id}`)}>${txt(section.title)}</a></li>`)}
        </ol>
      </nav>
      <!-- Not focusable itself: "Skip the contents" lands on the first part, a named region, where a
           screen reader has a name to say (a wrapper with no role was read as every part's title). -->
      <div id=${mainId}>
        ${repeat(
          sections,
          (section) => section.id,
          (section) => html`<section class=${section.ownHeading ? 'doc-section own-heading' : 'doc-section'} part="section" id="${this.uid}-${section.id}" aria-labelledby="${this.uid}-${section.id}-heading" tabindex="-1">
            ${section.ownHeading
              ? html`<span class="visually-hidden" id="${this.uid}-${section.id}-heading">${txt(section.title)}</span>`
              : heading(level + 1, txt(section.title), { className: 'section-heading', id: `${this.uid}-${section.id}-heading` })}
            ${section.blocks.map((block) => this.renderBlock(block, ctx))}
          </section>`,
        )}
      </div>
    </div>`;
  }
}
