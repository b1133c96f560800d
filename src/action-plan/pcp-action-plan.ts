import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BlobLinkController } from '../base/blob-link.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { fileSlug, toCsv } from '../format/csv.js';
import { formatDate, isPast } from '../format/date.js';
import { fire, type PlanWarningDetail } from '../base/events.js';
import { agencyChoices, agencyMatches, agencyNames, canonicalAgency, normaliseName, partnerOf } from '../model/agencies.js';
import type { ActionPlanRow, Objective, Plan } from '../schema/plan.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';
import { actionPlanStyles } from './action-plan-styles.js';

type Agency = ActionPlanRow['agencies'][number];
interface ShownRow {
  row: ActionPlanRow;
  agencies: Agency[];
}
interface Group {
  priority: string;
  objective: Objective | undefined;
  rows: ShownRow[];
}

let instances = 0;

/**
 * A Community Safety Partnership's action plan, as the plans print it: by priority, each aim with its
 * baseline data and the agencies working on it, each agency with its actions and review date.
 * Review dates read "January 2012"; one that an "as of" date has passed is marked overdue.
 *
 * Readers filter by priority, by agency (the partner's full name or the short names the document
 * uses, such as "Derwent & Solway HA") and by free text; a partner embeds only its own rows with
 * `agency="…"`. In a narrow container each aim becomes a labelled card. "Download CSV" gives what is
 * shown.
 *
 * @summary A CSP action plan: priority, aims, baseline, agency, actions, review date, with filters.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 *
 * @csspart title - The action plan's title (a heading at `heading-level`).
 * @csspart filters - The filter controls.
 * @csspart count - "Showing 5 of 24 entries".
 * @csspart table - The tables, one per priority (wide containers).
 * @csspart cards - The cards (narrow containers).
 * @csspart download - The "Download CSV" paragraph.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no action plan.
 *
 * @cssproperty --pcp-color-error - The "Overdue" mark.
 *
 * @event pcp-warning - The `as-of` attribute is not a date. `detail: { path, message }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-action-plan src="/feeds/csp-plan.json" agency="Cumbria Constabulary"></pcp-action-plan>
 */
export class PcpActionPlan extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, tableStyles, actionPlanStyles];

  /** Show one priority: its name as printed, or the id of its objective. */
  @property({ reflect: true }) priority?: string;

  /** Show one agency's rows: its name, a partner's full name, or a short name the document uses. */
  @property({ reflect: true }) agency?: string;

  /** Show rows containing this text (aims, baseline, agencies, actions). */
  @property({ reflect: true }) search?: string;

  /** The date review dates are checked against (YYYY, YYYY-MM or YYYY-MM-DD). Default: the feed's `asOf`. */
  @property({ attribute: 'as-of', reflect: true }) asOf?: string;

  /** Hide the filter controls (the attributes still filter). */
  @property({ type: Boolean, attribute: 'no-controls', reflect: true }) noControls = false;

  private readonly uid = `pcp-action-plan-${(instances += 1)}`;
  private readonly csvLink = new BlobLinkController(this);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('asOf') && this.asOf && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(this.asOf)) {
      fire<PlanWarningDetail>(this, 'pcp-warning', {
        path: 'as-of',
        message: `as-of="${this.asOf}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD, so no review date is marked overdue`,
      });
    }
  }

  /** The as-of date, if it is one the element can use ("2012" means 1 January 2012). */
  private checkDate(plan: Plan): string | undefined {
    const date = this.asOf ?? plan.asOf;
    return date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : undefined;
  }

  private matchesPriority(row: ActionPlanRow): boolean {
    if (!this.priority) return true;
    return normaliseName(row.priority) === normaliseName(this.priority) || row.objectiveId === this.priority.trim();
  }

  private shownRows(plan: Plan): ShownRow[] {
    // Searched the way agency names are matched: "&" and "and" alike, punctuation ignored.
    const query = normaliseName(this.search ?? '');
    const found = (...texts: Array<string | undefined>) => texts.some((text) => text !== undefined && normaliseName(text).includes(query));
    const shown: ShownRow[] = [];
    for (const row of plan.actionPlan?.rows ?? []) {
      if (!this.matchesPriority(row)) continue;
      let agencies = this.agency ? row.agencies.filter((agency) => agencyMatches(plan, agency, this.agency!)) : row.agencies;
      if (this.agency && agencies.length === 0) continue;
      if (query) {
        const rowMatches = found(row.priority, ...row.aims, ...(row.aimDetails ?? []), ...(row.baseline ?? []));
        // Text found in the aim or baseline keeps all its agencies; found in an agency's part, just that agency.
        if (!rowMatches) agencies = agencies.filter((agency) => found(...agencyNames(plan, agency), ...(agency.actions ?? [])));
        if (!rowMatches && agencies.length === 0) continue;
      }
      shown.push({ row, agencies });
    }
    return shown;
  }

  private groups(plan: Plan, rows: ShownRow[]): Group[] {
    const groups: Group[] = [];
    for (const shown of rows) {
      let group = groups.at(-1);
      if (!group || group.priority !== shown.row.priority) {
        group = {
          priority: shown.row.priority,
          objective: plan.objectives.find((objective) => objective.id === shown.row.objectiveId),
          rows: [],
        };
        groups.push(group);
      }
      group.rows.push(shown);
    }
    return groups;
  }

  protected renderPlan(plan: Plan): TemplateResult {
    const t = this.t;
    const allRows = plan.actionPlan?.rows ?? [];
    if (allRows.length === 0) return this.renderEmpty(t.actionPlan.none);
    const rows = this.shownRows(plan);
    const entries = (list: ShownRow[]) => list.reduce((sum, shown) => sum + Math.max(1, shown.agencies.length), 0);
    const total = entries(allRows.map((row) => ({ row, agencies: row.agencies })));
    const groups = this.groups(plan, rows);
    // Feed text marked as such (a lang="en" fallback), with the element's own words after it.
    const title =
      plan.actionPlan?.title !== undefined ? this.text(plan.actionPlan.title) : html`${this.text(plan.title)}${t.actionPlan.titleSuffix}`;
    return html`
      ${heading(this.level, title, { className: 'title', part: 'title' })}
      ${this.noControls ? nothing : this.renderFilters(plan)}
      <p class="count" part="count" role="status">${t.actionPlan.showing(entries(rows), total)}</p>
      ${groups.length === 0
        ? this.renderEmpty(t.actionPlan.noMatch)
        : html`${this.renderTable(plan, groups, title)} ${this.renderCards(plan, groups)}`}
      <p class="download" part="download">
        <a href=${this.csvHref(plan, rows)} download="${fileSlug(plan.id)}-${t.actionPlan.csvFile}.csv">${t.common.downloadCsv}</a>
        ${t.actionPlan.entriesShown}
      </p>
    `;
  }

  private renderFilters(plan: Plan): TemplateResult {
    const rows = plan.actionPlan?.rows ?? [];
    const priorities = [...new Set(rows.map((row) => row.priority))];
    const agencies = agencyChoices(plan);
    const wantedPriority = this.priority?.trim();
    const selectedPriority = wantedPriority
      ? (rows.find((row) => normaliseName(row.priority) === normaliseName(wantedPriority) || row.objectiveId === wantedPriority)?.priority ?? wantedPriority)
      : '';
    const wantedAgency = this.agency ? normaliseName(canonicalAgency(plan, this.agency)) : '';
    const selectedAgency = agencies.find((agency) => normaliseName(agency) === wantedAgency) ?? this.agency ?? '';
    const t = this.t.actionPlan;
    return html`<form class="filters" part="filters" role="search" aria-label=${t.filters} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field">
        <label for="${this.uid}-priority">${t.priority}</label>
        <select id="${this.uid}-priority" @change=${(event: Event) => (this.priority = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!selectedPriority}>${t.allPriorities}</option>
          ${priorities.map((priority) => html`<option value=${priority} ?selected=${priority === selectedPriority}>${priority}</option>`)}
          ${selectedPriority && !priorities.includes(selectedPriority) ? html`<option value=${selectedPriority} selected>${selectedPriority}</option>` : nothing}
        </select>
      </div>
      <div class="field">
        <label for="${this.uid}-agency">${t.agency}</label>
        <select id="${this.uid}-agency" @change=${(event: Event) => (this.agency = (event.target as HTMLSelectElement).value || undefined)}>
          <option value="" ?selected=${!selectedAgency}>${t.allAgencies}</option>
          ${agencies.map((agency) => html`<option value=${agency} ?selected=${agency === selectedAgency}>${agency}</option>`)}
          ${selectedAgency && !agencies.includes(selectedAgency) ? html`<option value=${selectedAgency} selected>${selectedAgency}</option>` : nothing}
        </select>
      </div>
      <div class="field">
        <label for="${this.uid}-search">${t.search}</label>
        <input
          id="${this.uid}-search"
          type="search"
          .value=${this.search ?? ''}
          @input=${(event: Event) => this.searchSoon((event.target as HTMLInputElement).value)}
        />
      </div>
    </form>`;
  }

  /** Filters as the reader types, once they pause, so the count is announced once rather than per key. */
  private searchSoon(value: string): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.search = value || undefined;
    }, 300);
  }

  /**
   * The review date, formatted and flagged when past; the review as printed ("quarterly") when it is not a date,
   * or after the date when the plan gives both.
   */
  private reviewDate(date: string | undefined, plan: Plan, printed?: string): TemplateResult | string {
    if (!date) return printed ? html`${this.text(printed)}` : html`<span class="muted">–</span>`;
    const asOf = this.checkDate(plan);
    const overdue = asOf !== undefined && isPast(date, asOf);
    return html`${formatDate(date, this.i18n.locale)}${printed ? html` <span class="muted">(${this.text(printed)})</span>` : nothing}${overdue
      ? html`<span class="overdue">${this.t.actionPlan.overdue}</span>`
      : nothing}`;
  }

  private renderGroupTitle(group: Group, plan: Plan): TemplateResult {
    const supports = group.objective?.supports ?? [];
    const t = this.t.actionPlan;
    return html`<span class="priority-name">${this.text(group.priority)}</span>${supports.length
      ? html`<span class="supports">
          (${t.supports}
          ${supports.map(
            (reference, index) =>
              html`${index ? ', ' : ''}${reference.url
                ? html`<a href="${reference.url}#${reference.objectiveId}">${this.text(reference.title ?? reference.objectiveId)}</a>`
                : this.text(reference.title ?? reference.objectiveId)}`,
          )})</span
        >`
      : nothing}${group.objective && normaliseName(group.objective.title) !== normaliseName(group.priority)
      ? html` <span class="muted">(${this.viewContext!.word(plan.levels?.[0]?.singular, t.priorityWord)}: ${this.text(group.objective.title)})</span>`
      : nothing}`;
  }

  /** The agency as the document names it, linked to its partner's website when the feed gives one. */
  private agencyName(plan: Plan, agency: Agency): TemplateResult {
    const url = partnerOf(plan, agency)?.url;
    return url ? html`<a href=${url}>${this.text(agency.agency)}</a>` : html`${this.text(agency.agency)}`;
  }

  private renderActions(agency: Agency): TemplateResult {
    if (!agency.actions?.length) return html`<span class="muted">${this.t.actionPlan.noActions}</span>`;
    if (agency.actions.length === 1) return html`${this.text(agency.actions[0])}`;
    return html`<ul class="actions">
      ${agency.actions.map((action) => html`<li>${this.text(action)}</li>`)}
    </ul>`;
  }

  private renderAims(row: ActionPlanRow): TemplateResult {
    return html`${row.aims.map((aim, index) => html`${index ? html`<br />` : nothing}${this.text(aim)}`)}${row.aimDetails?.length
      ? html`<ul class="details">
          ${row.aimDetails.map((detail) => html`<li>${this.text(detail)}</li>`)}
        </ul>`
      : nothing}`;
  }

  /**
   * One table per priority, captioned with it (as GOV.UK does), so a screen reader moving through the
   * cells always knows the priority; each aim is a row header spanning its agencies.
   */
  private renderTable(plan: Plan, groups: Group[], title: unknown): TemplateResult {
    const t = this.t.actionPlan;
    return html`<div class="tables" part="table">
      ${groups.map((group, index) => {
        const captionId = `${this.uid}-caption-${index}`;
        return html`<div class="table-region" role="group" aria-labelledby=${captionId} tabindex="0">
          <table>
            <caption id=${captionId} class="group-caption">
              ${this.renderGroupTitle(group, plan)}<span class="visually-hidden">: ${title}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.aims}</th>
                <th scope="col">${t.baseline}</th>
                <th scope="col">${t.agency}</th>
                <th scope="col">${t.actions}</th>
                <th scope="col">${t.reviewDate}</th>
              </tr>
            </thead>
            <tbody>
              ${group.rows.map(({ row, agencies }) => {
                const span = Math.max(1, agencies.length);
                const first = agencies[0];
                return html`<tr>
                    <th scope="row" rowspan=${span}>${this.renderAims(row)}</th>
                    <td rowspan=${span}>
                      ${row.baseline?.length
                        ? row.baseline.map((line, lineIndex) => html`${lineIndex ? html`<br />` : nothing}${this.text(line)}`)
                        : html`<span class="muted">–</span>`}
                    </td>
                    <td>${first ? this.agencyName(plan, first) : html`<span class="muted">–</span>`}</td>
                    <td>${first ? this.renderActions(first) : html`<span class="muted">–</span>`}</td>
                    <td>${this.reviewDate(first?.reviewDate, plan, first?.review)}</td>
                  </tr>
                  ${agencies.slice(1).map(
                    (agency) => html`<tr>
                      <td>${this.agencyName(plan, agency)}</td>
                      <td>${this.renderActions(agency)}</td>
                      <td>${this.reviewDate(agency.reviewDate, plan, agency.review)}</td>
                    </tr>`,
                  )}`;
              })}
            </tbody>
          </table>
        </div>`;
      })}
    </div>`;
  }

  private renderCards(plan: Plan, groups: Group[]): TemplateResult {
    const t = this.t.actionPlan;
    return html`<div class="cards" part="cards">
      ${groups.map(
        (group) => html`<section class="card-group">
          ${heading(this.level + 1, this.renderGroupTitle(group, plan), { className: 'card-group-title' })}
          <ul class="card-list" role="list">
            ${group.rows.map(
              ({ row, agencies }) => html`<li class="card">
                <dl>
                  <dt>${t.aims}</dt>
                  <dd>${this.renderAims(row)}</dd>
                  <dt>${t.baseline}</dt>
                  <dd>${row.baseline?.length
                    ? row.baseline.map((line, lineIndex) => html`${lineIndex ? '; ' : ''}${this.text(line)}`)
                    : html`<span class="muted">–</span>`}</dd>
                </dl>
                ${agencies.map(
                  (agency) => html`<dl class="agency">
                    <dt>${t.agency}</dt>
                    <dd>${this.agencyName(plan, agency)}</dd>
                    <dt>${t.actions}</dt>
                    <dd>${this.renderActions(agency)}</dd>
                    <dt>${t.reviewDate}</dt>
                    <dd>${this.reviewDate(agency.reviewDate, plan, agency.review)}</dd>
                  </dl>`,
                )}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`;
  }

  private csvHref(plan: Plan, rows: ShownRow[]): string {
    const t = this.t.actionPlan;
    return this.csvLink.href([plan, this.priority, this.agency, this.search, t], () =>
      toCsv([
        [t.priority, t.aims, t.baseline, t.agency, t.actions, t.reviewDate],
        ...rows.flatMap(({ row, agencies }) =>
          (agencies.length ? agencies : [undefined]).map((agency) => [
            row.priority,
            [...row.aims, ...(row.aimDetails ?? [])].join('; '),
            (row.baseline ?? []).join('; '),
            agency?.agency,
            (agency?.actions ?? []).join('; '),
            agency?.reviewDate ?? agency?.review,
          ]),
        ),
      ]),
    );
  }
}
