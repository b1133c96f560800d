import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { planPeriodText } from '../i18n/plan-period.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { formatDate } from '../format/date.js';
import { periodText } from '../format/figure.js';
import { renderFigureIn } from '../narrative/render-figure.js';
import { renderNamedList, renderParagraphs, renderSection, renderSource } from '../narrative/render-narrative.js';
import { tableStyles } from '../styles/table-styles.js';
import { renderActions } from '../objectives/render-actions.js';
import { join, objectiveName, renderBodies, renderContents, renderStatusScales, renderConsultations, renderEditions, renderMeetings, renderPrecepts, renderPrintedTable, type PartContext } from './render-parts.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import { focusStyles } from '../styles/tokens.js';
import { planDocumentStyles } from './plan-document-styles.js';

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

interface DocSection {
  id: string;
  title: string;
  body: TemplateResult;
  /** True when the element inside brings its own heading at the section's level. */
  ownHeading?: boolean;
}

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

  private sections(plan: Plan): DocSection[] {
    const level = this.level + 1;
    const inner = level + 1;
    const t = this.t;
    const objectives = this.viewContext!.word(plan.levels?.[0]?.plural, t.common.objectives);
    const sections: DocSection[] = [];
    if (plan.forewords?.length) {
      sections.push({ id: 'forewords', title: plan.forewords.length > 1 ? t.document.forewords : plan.forewords[0]!.title, body: html`<pcp-foreword .plan=${this.feed} lang=${this.i18n.lang} heading-level=${plan.forewords.length > 1 ? inner : level}></pcp-foreword>`, ownHeading: plan.forewords.length === 1 });
    }
    if (plan.introduction?.length || plan.vision?.length || plan.lists?.length || plan.contents?.length) {
      sections.push({
        id: 'introduction',
        title: t.document.introduction,
        body: html`${plan.vision?.length ? html`${heading(inner, t.document.vision, { className: 'subheading' })}${renderParagraphs(plan.vision, this.viewContext!)}` : nothing}
        ${(plan.introduction ?? []).map((section) => renderSection(section, inner, this.viewContext!))}
        ${(plan.lists ?? []).map((list) => renderNamedList(list, inner, this.viewContext!))}
        ${plan.contents?.length ? html`${heading(inner, t.document.printedContents, { className: 'subheading' })}${renderContents(plan.contents, this.viewContext!)}` : nothing}`,
      });
    }
    sections.push({
      id: 'objectives',
      title: `${objectives.charAt(0).toLocaleUpperCase(this.i18n.locale)}${objectives.slice(1)}`,
      body: html`<pcp-objectives .plan=${this.feed} lang=${this.i18n.lang} layout="list" heading-level=${inner}></pcp-objectives>
        ${plan.commitments?.length ? html`${heading(inner, t.progress.commitments, { className: 'subheading' })}${renderActions(plan.commitments, this.viewContext!)}` : nothing}`,
    });
    const money = plan.budgets?.length || plan.fundingShares?.length || plan.scenarios?.length || plan.keyFigures?.length || plan.grants?.length;
    if (money) {
      sections.push({
        id: 'money',
        title: t.document.money,
        body: html`
          ${plan.budgets?.map((budget) => html`<pcp-budget-table .plan=${this.feed} lang=${this.i18n.lang} budget=${budget.id} heading-level=${inner}></pcp-budget-table>`)}
          ${plan.fundingShares?.length ? html`<pcp-funding .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner}></pcp-funding>` : nothing}
          ${plan.keyFigures?.length ? this.renderKeyFigures(plan, inner) : nothing}
          ${plan.scenarios?.length ? html`<pcp-scenario-table .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner}></pcp-scenario-table>` : nothing}
          ${plan.grants?.length ? html`${heading(inner, t.document.grants, { className: 'subheading' })}<pcp-grants .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner + 1}></pcp-grants>` : nothing}
        `,
      });
    }
    const part: PartContext = { plan, t, locale: this.i18n.locale, level: inner, uid: this.uid, ctx: this.viewContext! };
    if (plan.precepts?.length) sections.push({ id: 'precepts', title: t.document.precepts, body: renderPrecepts(part) });
    if (plan.tables?.length) sections.push({ id: 'tables', title: t.document.tables, body: html`${plan.tables.map((table, index) => renderPrintedTable(table, part, index))}` });
    if (plan.consultations?.length) sections.push({ id: 'consultations', title: t.document.consultations, body: renderConsultations(part) });
    const reportsProgress = plan.objectives.some((objective) => objective.actions?.some((action) => action.status)) || plan.measures?.length;
    if (reportsProgress || plan.statusScales?.length) {
      sections.push({
        id: 'progress',
        title: t.document.progress,
        body: html`${reportsProgress ? html`<pcp-progress .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner}></pcp-progress>` : nothing}
        ${renderStatusScales(part)}`,
      });
    }
    const outcomes = plan.objectives.some((objective) => objective.outcome || objective.aim);
    if (outcomes || plan.actionPlan?.rows.length || plan.partners?.length) {
      sections.push({
        id: 'partnership',
        title: t.document.partnership,
        body: html`
          ${plan.partners?.length ? this.renderPartners(plan, inner) : nothing}
          ${outcomes ? html`<pcp-outcomes .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner}></pcp-outcomes>` : nothing}
          ${plan.actionPlan?.rows.length ? html`<pcp-action-plan .plan=${this.feed} lang=${this.i18n.lang} heading-level=${inner}></pcp-action-plan>` : nothing}
        `,
      });
    }
    if (plan.bodies?.length) sections.push({ id: 'governance', title: t.document.governance, body: renderBodies(part) });
    if (plan.meetings?.length) sections.push({ id: 'meetings', title: t.document.meetings, body: renderMeetings(part) });
    const hasContent = (list: Plan['monitoring']) => Boolean(list && (list.items.length || list.statement?.length));
    if (hasContent(plan.monitoring)) {
      sections.push({ id: 'monitoring', title: plan.monitoring!.title ?? t.monitoring.title, body: html`<pcp-monitoring .plan=${this.feed} lang=${this.i18n.lang} heading-level=${level}></pcp-monitoring>`, ownHeading: true });
    }
    if (hasContent(plan.nationalPriorities)) {
      sections.push({
        id: 'national-priorities',
        title: plan.nationalPriorities!.title ?? t.nationalPriorities.title,
        body: html`<pcp-national-priorities .plan=${this.feed} lang=${this.i18n.lang} heading-level=${level}></pcp-national-priorities>`,
        ownHeading: true,
      });
    }
    if (plan.sections?.length) {
      sections.push({ id: 'more', title: t.document.more, body: html`${plan.sections.map((section) => renderSection(section, inner, this.viewContext!))}` });
    }
    if (plan.contact || plan.accessibleFormats) {
      sections.push({ id: 'contact', title: t.contact.title, body: html`<pcp-contact .plan=${this.feed} lang=${this.i18n.lang} heading-level=${level}></pcp-contact>`, ownHeading: true });
    }
    if (plan.editions?.length) sections.push({ id: 'editions', title: t.document.editions, body: renderEditions(part) });
    if (plan.sources?.length || plan.notes?.length || plan.links?.length || plan.translationNote) {
      sections.push({ id: 'about', title: t.document.about, body: this.renderAbout(plan, inner) });
    }
    return sections;
  }

  private renderKeyFigures(plan: Plan, level: number): TemplateResult {
    const locale = this.i18n.locale;
    const value = (figure: NonNullable<Plan['keyFigures']>[number]) =>
      renderFigureIn(figure.value, figure.unit ?? 'number', this.viewContext!);
    return html`${heading(level, this.t.document.keyFigures, { className: 'subheading' })}
      <ul class="figures">
        ${plan.keyFigures!.map(
          (figure) => html`<li>
            ${this.text(figure.label)}: <strong>${value(figure)}</strong>${figure.period ? html` (${this.text(periodText(figure.period, locale))})` : ''}${figure.note
              ? html`. <span class="muted">${this.text(figure.note)}</span>`
              : nothing}${figure.illustrative
              ? html` <span class="muted">${this.t.document.illustrative}</span>`
              : nothing}
            ${objectiveName(figure.objectiveId, this.viewContext!)} ${renderSource(figure.source, this.viewContext!)}
          </li>`,
        )}
      </ul>`;
  }

  private renderPartners(plan: Plan, level: number): TemplateResult {
    const statutory = plan.partners!.filter((partner) => partner.statutory);
    const others = plan.partners!.filter((partner) => !partner.statutory);
    const t = this.t.document;
    const item = (partner: NonNullable<Plan['partners']>[number]) =>
      html`<li>
        ${partner.url ? html`<a href=${partner.url}>${this.text(partner.name)}</a>` : this.text(partner.name)}${partner.type
          ? html` <span class="muted">(${this.text(partner.type)})</span>`
          : nothing}${partner.role ? html`: ${this.text(partner.role)}` : nothing}
        ${renderParagraphs(partner.description, this.viewContext!)}
      </li>`;
    return html`${heading(level, t.partners, { className: 'subheading' })}
      ${statutory.length ? html`<p class="paragraph">${t.statutoryPartners}</p><ul class="list">${statutory.map(item)}</ul>` : nothing}
      ${others.length ? html`<p class="paragraph">${statutory.length ? t.otherPartners : t.partnersList}</p><ul class="list">${others.map(item)}</ul>` : nothing}`;
  }

  private renderAbout(plan: Plan, level: number): TemplateResult {
    const t = this.t.document;
    return html`
      ${plan.sources?.length
        ? html`${heading(level, t.sources, { className: 'subheading' })}
            <ul class="list">
              ${plan.sources.map(
                (source) => html`<li id=${source.id ? `${this.uid}-source-${source.id}` : nothing}>
                  ${source.url ? html`<a href=${source.url}>${this.text(source.title)}</a>` : this.text(source.title)}${source.publisher
                    ? html`, ${this.text(source.publisher)}`
                    : ''}${source.date ? `, ${formatDate(source.date, this.i18n.locale)}` : ''}${source.note
                    ? html` <span class="muted">(${this.text(source.note)})</span>`
                    : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
      ${plan.links?.length
        ? html`${heading(level, t.links, { className: 'subheading' })}
            <ul class="list">
              ${plan.links.map((link) => html`<li><a href=${link.url}>${this.text(link.label)}</a></li>`)}
            </ul>`
        : nothing}
      ${plan.notes?.length ? html`${heading(level, t.notes, { className: 'subheading' })}${renderParagraphs(plan.notes, this.viewContext!)}` : nothing}
      ${plan.translationNote ? html`<p class="paragraph">${this.text(plan.translationNote)}</p>` : nothing}
    `;
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

  // The elements inside get the document's language as an attribute: on the server (`pcp render`)
  // they cannot look up to it, and in the browser it follows the page as they would.
  protected renderPlan(plan: Plan): TemplateResult {
    const sections = this.sections(plan);
    const level = this.level;
    const t = this.t;
    const banner = t.document.banners[plan.status];
    const mainId = `${this.uid}-main`;
    const period = this.text(planPeriodText(plan.period, t));
    return html`<div class="doc">
      <!-- A button, not a "#…" link: a fragment link cannot reach into a shadow root. -->
      <button type="button" class="skip" @click=${(event: Event) => this.goTo(event, mainId)}>${t.document.skipContents}</button>
      ${banner ? html`<p class="banner" part="banner" role="note"><strong>${t.common.planStatuses[plan.status]}</strong> ${banner}</p>` : nothing}
      ${heading(level, this.text(plan.title), { className: 'doc-title', part: 'title' })}
      ${plan.strapline ? html`<p class="strapline">${this.text(plan.strapline)}</p>` : nothing}
      ${plan.subtitle ? html`<p class="subtitle">${this.text(plan.subtitle)}</p>` : nothing}
      ${plan.otherTitles?.length ? html`<p class="subtitle">${join(plan.otherTitles.map((text) => this.text(text)))}</p>` : nothing}
      <p class="meta">
        ${plan.publisher.website ? html`<a href=${plan.publisher.website}>${this.text(plan.publisher.name)}</a>` : this.text(plan.publisher.name)}${plan.publisher.otherNames?.length
          ? html` (${join(plan.publisher.otherNames.map((text) => this.text(text)), ', ')})`
          : nothing} ·${plan.area !== null ? html` ${this.text(plan.area)} ·` : nothing}
        ${t.document.period}
        ${period}${plan.updated ? ` · ${t.document.lastUpdated} ${formatDate(plan.updated, this.i18n.locale)}` : ''}${plan.documentType
          ? html` · ${this.text(plan.documentType)}`
          : ''}${plan.published ? ` · ${t.document.published} ${formatDate(plan.published, this.i18n.locale)}` : ''}${plan.approved
          ? html` · ${t.document.approved} ${join([plan.approved.date && formatDate(plan.approved.date, this.i18n.locale), this.text(plan.approved.by), this.text(plan.approved.note)], ', ')}`
          : ''}${plan.reviewCycle ? html` · ${this.text(plan.reviewCycle)}` : ''}
      </p>
      ${plan.people?.length
        ? html`<ul class="people">
            ${plan.people.map((person) => html`<li>${this.text(person.name)}, ${this.text(person.role)}${person.organisation ? html`, ${this.text(person.organisation)}` : ''}${person.term ? html` (${this.text(person.term)})` : ''}${person.phone ? html`, ${this.text(person.phone)}` : ''}${person.email
                ? html`, <a href="mailto:${person.email}">${person.email}</a>`
                : ''}</li>`)}
          </ul>`
        : nothing}
      <nav aria-labelledby="${this.uid}-contents" part="contents">
        ${heading(level + 1, t.document.contents, { id: `${this.uid}-contents`, className: 'subheading' })}
        <ol>
          ${sections.map((section) => html`<li><a href="#${this.uid}-${section.id}" @click=${(event: Event) => this.goTo(event, `${this.uid}-${section.id}`)}>${this.text(section.title)}</a></li>`)}
        </ol>
      </nav>
      <div id=${mainId} tabindex="-1">
        ${repeat(
          sections,
          (section) => section.id,
          (section) => html`<section class="doc-section" part="section" id="${this.uid}-${section.id}" aria-labelledby="${this.uid}-${section.id}-heading" tabindex="-1">
            ${section.ownHeading
              ? html`<span class="visually-hidden" id="${this.uid}-${section.id}-heading">${this.text(section.title)}</span>`
              : heading(level + 1, this.text(section.title), { className: 'section-heading', id: `${this.uid}-${section.id}-heading` })}
            ${section.body}
          </section>`,
        )}
      </div>
    </div>`;
  }
}
