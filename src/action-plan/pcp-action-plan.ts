import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { BlobLinkController } from '../base/blob-link.js';
import { downloadLink } from '../base/download-link.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import { styleProps } from '../base/style-props.js';
import { fire, type PlanWarningDetail } from '../base/events.js';
import type { Plan } from '../schema/plan.js';
import { tableStyles } from '../styles/table-styles.js';
import { focusStyles } from '../styles/tokens.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { tableCsv } from '../view/table-model.js';
import { actionPlanStyles } from './action-plan-styles.js';
import {
  actionPlanView,
  isFeedDate,
  type ActionPlanCell,
  type ActionPlanFilters,
  type ActionPlanShown,
  type FilterChoice,
  type PriorityGroup,
} from './action-plan-view.js';

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
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
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
    if (changed.has('asOf') && this.asOf && !isFeedDate(this.asOf)) {
      fire<PlanWarningDetail>(this, 'pcp-warning', {
        path: 'as-of',
        message: `as-of="${this.asOf}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD, so no review date is marked overdue`,
      });
    }
  }

  protected renderPlan(plan: Plan, ctx: ViewContext): TemplateResult {
    const view = actionPlanView(ctx, { priority: this.priority, agency: this.agency, search: this.search, asOf: this.asOf });
    if (view.empty !== undefined) return this.renderEmpty(view.empty);
    // Feed text marked as such (a lang="en" fallback), with the element's own words after it.
    const title = html`${txt(view.title)}${view.titleSuffix}`;
    // The blob is made again only when what the CSV holds may change (not for an as-of date: the CSV keeps dates as written).
    const csv = this.csvLink.href([plan, this.priority, this.agency, this.search, ctx.t], () => tableCsv(view.table));
    return html`
      ${heading(this.level, title, { className: 'title', part: 'title' })}
      ${this.noControls || this.asServer() ? nothing : this.renderFilters(view.filters)}
      <p class="count" part="count" role="status">${view.count}</p>
      ${view.noMatch !== undefined
        ? this.renderEmpty(view.noMatch)
        : html`${this.renderTables(view, title, ctx.t.common.scrollHint)} ${this.renderCards(view)}`}
      <p class="download" part="download">
        ${downloadLink(csv, view.table, view.download.label)}
        ${view.download.after}
      </p>
    `;
  }

  /**
   * True on the server, and while hydrating what the server rendered (whose first render must match
   * it). Server-rendered HTML is read before (or without) script, so it has no filters: without script
   * choosing a priority would change nothing and Enter in Search would reload the page.
   */
  private asServer(): boolean {
    return isServer || (this.serverRendered && !this.hasUpdated);
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Hydrated without the filters (asServer): render again with them.
    if (this.serverRendered) this.requestUpdate();
  }

  private renderFilters(filters: ActionPlanFilters): TemplateResult {
    const select = (name: 'priority' | 'agency', choice: FilterChoice) => html`<div class="field">
      <label for="${this.uid}-${name}">${choice.label}</label>
      <select id="${this.uid}-${name}" @change=${(event: Event) => (this[name] = (event.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!choice.selected}>${choice.all}</option>
        ${choice.options.map((option, index) => {
          const shown = choice.shown[index]!;
          return html`<option value=${option} lang=${shown.lang ?? nothing} ?selected=${option === choice.selected}>${shown.text}</option>`;
        })}
      </select>
    </div>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${filters.label} @submit=${(event: Event) => event.preventDefault()}>
      ${select('priority', filters.priority)} ${select('agency', filters.agency)}
      <div class="field">
        <label for="${this.uid}-search">${filters.search.label}</label>
        <input
          id="${this.uid}-search"
          type="search"
          .value=${filters.search.value}
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

  /** A cell with nothing in it: its text ("–", "No actions listed") muted. */
  private muted(cell: ActionPlanCell): TemplateResult {
    return html`<span class="muted">${txt(cell.text)}</span>`;
  }

  /** Lines one under another (table) or run on with "; " (cards); the cell's text muted when it has none. */
  private lines(cell: ActionPlanCell, separator: 'break' | 'semicolon'): unknown {
    if (cell.lines.length === 0) return this.muted(cell);
    return cell.lines.map((line, index) => html`${index ? (separator === 'break' ? html`<br>` : '; ') : ''}${txt(line)}`);
  }

  /** The review date, and the review as printed after it, and the overdue mark; or the review as printed. */
  private review(cell: ActionPlanCell): unknown {
    if (cell.lines.length === 0) return this.muted(cell);
    return html`${txt(cell.lines[0])}${(cell.notes ?? []).map((note) => html` <span class="muted">(${txt(note)})</span>`)}${cell.overdue
      ? html`<span class="overdue">${cell.overdue}</span>`
      : nothing}`;
  }

  /** The priority, what it supports (linked) and the objective it is, when titled otherwise. */
  private renderGroupTitle(group: PriorityGroup): TemplateResult {
    return html`<span class="priority-name">${txt(group.priority)}</span>${group.supports
      ? html`<span class="supports">
          (${group.supports.word}
          ${group.supports.objectives.map(
            (supported, index) =>
              html`${index ? ', ' : ''}${supported.href ? html`<a href="${supported.href}">${txt(supported.title)}</a>` : txt(supported.title)}`,
          )})</span
        >`
      : nothing}${group.objective ? html`<span class="muted"> (${group.objective.word}: ${txt(group.objective.title)})</span>` : nothing}`;
  }

  /** The agency as the document names it, linked to its partner's website when the feed gives one. */
  private agencyName(cell: ActionPlanCell): unknown {
    if (cell.lines.length === 0) return this.muted(cell);
    return cell.href ? html`<a href=${cell.href}>${txt(cell.lines[0])}</a>` : html`${txt(cell.lines[0])}`;
  }

  private renderActions(cell: ActionPlanCell): unknown {
    if (cell.lines.length === 0) return this.muted(cell);
    if (cell.lines.length === 1) return html`${txt(cell.lines[0])}`;
    return html`<ul class="actions">
      ${cell.lines.map((action) => html`<li>${txt(action)}</li>`)}
    </ul>`;
  }

  private renderAims(cell: ActionPlanCell): TemplateResult {
    return html`${cell.lines.map((aim, index) => html`${index ? html`<br>` : nothing}${txt(aim)}`)}${cell.details?.length
      ? html`<ul class="details">
          ${cell.details.map((detail) => html`<li>${txt(detail)}</li>`)}
        </ul>`
      : nothing}`;
  }

  /**
   * One table per priority, captioned with it (as GOV.UK does), so a screen reader moving through the
   * cells always knows the priority; each aim is a row header spanning its agencies. Drawn from the
   * table model's lines (the priority column is the caption), as the CSV is.
   */
  private renderTables(view: ActionPlanShown, title: unknown, hint: string): TemplateResult {
    const columns = view.table.columns.slice(1);
    return html`<div class="tables wide-only" part="table">
      ${view.groups.map((group, index) => {
        const captionId = `${this.uid}-caption-${index}`;
        return tableRegion(
          html`<table style=${this.sectionLayout(view)}>
            <caption id=${captionId} class="group-caption">
              ${this.renderGroupTitle(group)}<span class="visually-hidden">: ${title}</span>
            </caption>
            <colgroup>
              ${view.columnWidths.percents.map((percent) => html`<col style=${isServer ? nothing : styleProps({ width: `${percent}%` })}>`)}
            </colgroup>
            <thead>
              <tr>
                ${columns.map((column) => html`<th scope="col">${txt(column.text)}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${group.lines.map(({ cells: [, aims, baseline, agency, actions, review], span }) =>
                span
                  ? html`<tr>
                      <th scope="row" rowspan=${span}>${this.renderAims(aims!)}</th>
                      <td rowspan=${span}>${this.lines(baseline!, 'break')}</td>
                      <td>${this.agencyName(agency!)}</td>
                      <td>${this.renderActions(actions!)}</td>
                      <td>${this.review(review!)}</td>
                    </tr>`
                  : html`<tr>
                      <td>${this.agencyName(agency!)}</td>
                      <td>${this.renderActions(actions!)}</td>
                      <td>${this.review(review!)}</td>
                    </tr>`,
              )}
            </tbody>
          </table>`,
          { labelledBy: captionId, hint, role: 'group' },
        );
      })}
    </div>`;
  }

  /**
   * Every priority's table takes the same fixed column widths (see columnShares), so the columns line
   * up from section to section whatever their cells hold. Set through the CSSOM in a browser, which a
   * strict Content-Security-Policy allows; a server render leaves them out (a `style` attribute there
   * would be blocked, and reported, under one) and its tables are sized by their content.
   */
  private sectionLayout(view: ActionPlanShown): unknown {
    return isServer ? nothing : styleProps({ tableLayout: 'fixed', minWidth: `${view.columnWidths.minWidth}em` });
  }

  /** Each aim as a card, labelled with the table's column headings. */
  private renderCards(view: ActionPlanShown): TemplateResult {
    const [, aims, baseline, agency, actions, reviewDate] = view.table.columns.map((column) => txt(column.text));
    return html`<div class="cards narrow-only" part="cards">
      ${view.groups.map(
        (group) => html`<section class="card-group">
          ${heading(this.level + 1, this.renderGroupTitle(group), { className: 'card-group-title' })}
          <ul class="card-list" role="list">
            ${group.cards.map(
              (card) => html`<li class="card">
                <dl>
                  <dt>${aims}</dt>
                  <dd>${this.renderAims(card.aims)}</dd>
                  <dt>${baseline}</dt>
                  <dd>${this.lines(card.baseline, 'semicolon')}</dd>
                </dl>
                ${card.agencies.map(
                  (part) => html`<dl class="agency">
                    <dt>${agency}</dt>
                    <dd>${this.agencyName(part.agency)}</dd>
                    <dt>${actions}</dt>
                    <dd>${this.renderActions(part.actions)}</dd>
                    <dt>${reviewDate}</dt>
                    <dd>${this.review(part.review)}</dd>
                  </dl>`,
                )}
              </li>`,
            )}
          </ul>
        </section>`,
      )}
    </div>`;
  }
}
