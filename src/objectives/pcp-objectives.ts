import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PcpElement } from '../base/pcp-element.js';
import { SelectionController } from '../base/selection-controller.js';
import type { Objective, Plan } from '../schema/plan.js';
import { buttonStyles, focusStyles } from '../styles/tokens.js';
import { actionListStyles } from '../styles/action-list-styles.js';
import { objectivesStyles } from './objectives-styles.js';
import { heading } from '../base/heading.js';
import { renderNamedList, renderSection, renderSource } from '../narrative/render-narrative.js';
import { renderActions, statusLabel } from './render-actions.js';

export type ObjectivesLayout = 'grid' | 'list' | 'accordion';
const LAYOUTS: readonly ObjectivesLayout[] = ['grid', 'list', 'accordion'];

/**
 * The plan's objectives (or themes, or priorities), numbered as the plan numbers them, each with its
 * summary ("what we will do"), intro line and actions ("how we will achieve this"), nested actions
 * kept nested. Three layouts: `list` (default), `grid` of cards, and `accordion`.
 *
 * Deep links: each objective is addressed by its feed id, so `page.html#focus-on-victims` scrolls
 * to it and, in the accordion, opens it. Inside a `<pcp-plan>`, opening an objective selects it for
 * the other elements (a priority wheel highlights it), and selecting one elsewhere opens it here.
 *
 * @summary A plan's objectives with their actions, as a list, cards or an accordion.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 *
 * @csspart toolbar - The bar with the wording toggle and "Show all".
 * @csspart list - The list of objectives.
 * @csspart card - One objective.
 * @csspart title - An objective's heading.
 * @csspart child-title - The heading of an objective's sub-objective (an objective's `children`).
 * @csspart number - An objective's number badge.
 * @csspart toggle - The button that opens or closes an objective (accordion).
 * @csspart summary - An objective's summary paragraphs.
 * @csspart intro - The line introducing the actions.
 * @csspart subheading - A heading the plan prints inside an objective ("What we will do", "Key issues").
 * @csspart subsection - Further narrative of an objective (an introduction, key issues).
 * @csspart list-section - A named list the plan prints inside an objective, with its heading (`subheading`).
 * @csspart actions - A list of actions (nested lists too).
 * @csspart status - The status tag of an action ("Delivered", "Planned").
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when there are no objectives to show.
 *
 * @cssproperty --pcp-color-accent - Number badges and the selected objective's outline.
 * @cssproperty --pcp-color-border - Card borders and dividers.
 * @cssproperty --pcp-color-surface - Card background.
 * @cssproperty --pcp-shadow - Card shadow (grid layout).
 * @cssproperty --pcp-radius - Card and badge corners.
 * @cssproperty --pcp-font-size-heading - Objective titles.
 *
 * @event pcp-select - A reader opened an objective (accordion) or one was opened by the URL hash. `detail: { objectiveId }`.
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-objectives src="/feeds/plan.json" layout="accordion" heading-level="2"></pcp-objectives>
 */
export class PcpObjectives extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, buttonStyles, actionListStyles, objectivesStyles];

  /** `list` (default), `grid` of cards, or `accordion`. */
  @property({ reflect: true }) layout: ObjectivesLayout = 'list';

  /** Show one objective alone, by its id ("focus-on-victims") or its number ("3"). */
  @property({ reflect: true }) objective?: string;

  /** `plan` shows the plan's own words; `easy` starts with the easy-read summaries where the feed has them. */
  @property({ reflect: true }) reading: 'plan' | 'easy' = 'plan';

  /** Ids of the open objectives (accordion). */
  @state() private openIds: ReadonlySet<string> = new Set();

  private readonly selection = new SelectionController(this);
  private lastSelected: string | undefined;
  private hashApplied = false;
  private shownPlan: Plan | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Opens every objective (accordion). */
  showAll(): void {
    this.openIds = new Set(this.visibleObjectives().map((objective) => objective.id));
  }

  /** Closes every objective (accordion). */
  hideAll(): void {
    this.openIds = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!LAYOUTS.includes(this.layout)) this.layout = 'list';
    // A different plan: what was open, selected or deep-linked belonged to the old one.
    if (this.loadedPlan !== this.shownPlan) {
      this.shownPlan = this.loadedPlan;
      this.openIds = new Set();
      this.hashApplied = false;
      this.selection.clearOwn();
    }
    // A selection made elsewhere (a wheel segment) opens that objective here.
    const selected = this.selection.objectiveId;
    if (selected !== this.lastSelected) {
      this.lastSelected = selected;
      if (selected !== undefined && !this.openIds.has(selected)) this.openIds = new Set([...this.openIds, selected]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.hashApplied && this.loadedPlan) {
      this.hashApplied = true;
      this.applyHash(false);
    }
  }

  private readonly onHashChange = () => this.applyHash(true);

  /** True when this element shows the objective with this id. */
  showsObjective(id: string): boolean {
    return this.visibleObjectives().some((objective) => objective.id === id);
  }

  /**
   * Opens, selects and scrolls to the objective named in the URL hash, if it is one of ours. When
   * several elements on the page show it, the first in document order answers.
   */
  private applyHash(fromNavigation: boolean): void {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // "#100%": not an objective id
    }
    const objective = this.visibleObjectives().find((candidate) => candidate.id === id);
    if (!objective) return;
    const first = [...document.querySelectorAll('pcp-objectives')].find((element) => element.showsObjective(id));
    if (first && first !== this) return;
    this.openIds = new Set([...this.openIds, objective.id]);
    this.selection.select(objective.id);
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-objective="${CSS.escape(objective.id)}"]`);
      item?.scrollIntoView({ block: 'start' });
      // Move focus there on in-page navigation, so keyboard and screen reader users land on it too.
      const target = item?.querySelector<HTMLElement>('[part="toggle"]') ?? item?.querySelector<HTMLElement>('[part="title"]');
      if (fromNavigation) target?.focus({ preventScroll: true });
    });
  }

  private visibleObjectives(): Objective[] {
    const objectives = this.loadedPlan?.objectives ?? [];
    if (this.objective === undefined || this.objective === '') return objectives;
    const wanted = this.objective.trim();
    const byId = objectives.filter((objective) => objective.id === wanted);
    return byId.length ? byId : objectives.filter((objective) => objective.number !== undefined && String(objective.number) === wanted).slice(0, 1);
  }

  private toggle(objective: Objective): void {
    const open = new Set(this.openIds);
    if (open.has(objective.id)) {
      open.delete(objective.id);
      if (this.selection.objectiveId === objective.id) this.selection.select(undefined);
    } else {
      open.add(objective.id);
      this.selection.select(objective.id);
    }
    this.openIds = open;
  }

  private open(objective: Objective): void {
    if (!this.openIds.has(objective.id)) this.toggle(objective);
  }

  protected renderPlan(plan: Plan): TemplateResult {
    if (plan.objectives.length === 0) return this.renderEmpty(this.t.objectives.none);
    const objectives = this.visibleObjectives();
    if (objectives.length === 0) return this.renderEmpty(this.t.objectives.notFound(this.objective ?? ''));
    const hasEasyRead = objectives.some((objective) => objective.easyRead?.length);
    const accordion = this.layout === 'accordion';
    // One objective is shown on its own, not as a list of one.
    const single = objectives.length === 1;
    const items = objectives.map((objective) => this.renderObjective(objective, accordion, single));
    return html`
      ${hasEasyRead || (accordion && objectives.length > 1) ? this.renderToolbar(hasEasyRead, accordion, objectives) : nothing}
      ${single
        ? html`<div class="objectives" part="list">${items}</div>`
        : html`<ol class="objectives" part="list" role="list">${items}</ol>`}
    `;
  }

  private renderToolbar(hasEasyRead: boolean, accordion: boolean, objectives: Objective[]): TemplateResult {
    const allOpen = objectives.every((objective) => this.openIds.has(objective.id));
    return html`<div class="toolbar" part="toolbar">
      ${hasEasyRead
        ? html`<button
            type="button"
            class="pcp-button easy-read-toggle"
            aria-pressed=${this.reading === 'easy'}
            @click=${() => (this.reading = this.reading === 'easy' ? 'plan' : 'easy')}
          >
            ${this.t.objectives.easyRead}
          </button>`
        : nothing}
      ${accordion && objectives.length > 1
        ? html`<button type="button" class="pcp-button" aria-expanded=${allOpen} @click=${() => (allOpen ? this.hideAll() : this.showAll())}>
            ${allOpen ? this.t.objectives.hideAll : this.t.objectives.showAll}
          </button>`
        : nothing}
    </div>`;
  }

  private renderObjective(objective: Objective, accordion: boolean, single: boolean): TemplateResult {
    const number =
      objective.number !== undefined ? html`<span class="number" part="number">${objective.number}</span>` : nothing;
    const selected = this.selection.objectiveId === objective.id;
    const itemTag = unsafeStatic(single ? 'div' : 'li');
    if (!accordion) {
      return staticHtml`<${itemTag} class="objective" part="card" id=${objective.id} data-objective=${objective.id} aria-current=${selected ? 'true' : nothing}>
        ${heading(this.level, html`${number} <span class="title-text">${this.text(objective.title)}</span>`, { className: 'title', part: 'title', tabindex: -1 })}
        ${this.renderBody(objective)}
      </${itemTag}>`;
    }
    const open = this.openIds.has(objective.id);
    const panelId = `panel-${objective.id}`;
    return staticHtml`<${itemTag} class="objective" part="card" id=${objective.id} data-objective=${objective.id} aria-current=${selected ? 'true' : nothing}>
      ${heading(
        this.level,
        html`<button type="button" class="toggle" part="toggle" aria-expanded=${open} aria-controls=${panelId} @click=${() => this.toggle(objective)}>
          ${number} <span class="title-text">${this.text(objective.title)}</span><span class="chevron" aria-hidden="true"></span>
        </button>`,
        { className: 'title', part: 'title', tabindex: -1 },
      )}
      <div class="panel" id=${panelId} hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.open(objective)}>
        ${this.renderBody(objective)}
      </div>
    </${itemTag}>`;
  }

  /**
   * Untitled sections introduce the objective (before its summary); titled ones ("Key issues")
   * follow its actions. Headings the plan prints ("What we will do") head their parts.
   */
  private renderBody(objective: Objective, level = this.level): TemplateResult {
    const plan = this.loadedPlan;
    const labels = plan?.labels;
    const easy = this.reading === 'easy' && objective.easyRead?.length ? objective.easyRead : undefined;
    const paragraphs = easy ?? objective.summary ?? [];
    const sections = objective.sections ?? [];
    const inner = level + 1;
    return html`
      ${sections.filter((section) => !section.title).map((section) => renderSection(section, inner, this.viewContext!, false))}
      ${paragraphs.length && labels?.summary ? this.subheading(labels.summary, inner) : nothing}
      ${this.reading === 'easy' && !easy && objective.summary?.length
        ? html`<p class="easy-read-note">${this.t.objectives.noEasyRead}</p>`
        : nothing}
      ${paragraphs.map((text) => html`<p class="summary" part="summary">${this.text(text)}</p>`)}
      ${objective.actions?.length && labels?.actions ? this.subheading(labels.actions, inner) : nothing}
      ${objective.intro ? html`<p class="intro" part="intro">${this.text(objective.intro)}</p>` : nothing}
      ${objective.actions?.length ? renderActions(objective.actions, this.viewContext!) : nothing}
      ${(objective.lists ?? []).map((list) => renderNamedList(list, inner, this.viewContext!))}
      ${this.renderMeta(objective)}
      ${sections.filter((section) => section.title).map((section) => renderSection(section, inner, this.viewContext!))}
      ${objective.children?.length ? this.renderChildren(objective.children, inner) : nothing}
      ${renderSource(objective.source, this.viewContext!)}
    `;
  }

  /**
   * The next level of the plan's structure (priorities under a pillar), as deep as the plan goes: each
   * with its own parts, and the shared outcome, aim and links that <pcp-outcomes> shows for the top level.
   */
  private renderChildren(children: readonly Objective[], level: number): TemplateResult {
    const reference = (ref: NonNullable<Objective['supports']>[number]) => this.text(ref.title ?? ref.objectiveId);
    return html`<ol class="children" role="list">
      ${children.map(
        (child) => html`<li class="child" id=${child.id} data-objective=${child.id}>
          ${heading(
            level,
            html`${child.number !== undefined ? html`<span class="number" part="number">${child.number}</span> ` : nothing}<span class="title-text"
                >${this.text(child.title)}</span
              >`,
            { className: 'title child-title', part: 'child-title' },
          )}
          ${child.outcome ? html`<p class="outcome"><strong>${this.t.outcomes.sharedOutcome}:</strong> ${this.text(child.outcome)}</p>` : nothing}
          ${child.aim ? html`<p class="aim"><strong>${this.t.outcomes.aim}:</strong> ${this.text(child.aim)}</p>` : nothing}
          ${child.supports?.length
            ? html`<p class="supports-label">${this.t.objectives.supports}</p>
                <ul class="supports">
                  ${child.supports.map((ref) => html`<li>${ref.url ? html`<a href="${ref.url}#${ref.objectiveId}">${reference(ref)}</a>` : reference(ref)}</li>`)}
                </ul>`
            : nothing}
          ${this.renderBody(child, level)}
        </li>`,
      )}
    </ol>`;
  }

  private renderMeta(objective: Objective): TemplateResult | typeof nothing {
    return objective.owner || objective.status
      ? html`<p class="meta">${objective.status
          ? html`<span class="status" part="status"><span class="visually-hidden">${this.t.common.status}: </span>${this.text(statusLabel(objective.status, this.t, this.loadedPlan))}</span> `
          : nothing}${objective.owner ? this.text(objective.owner) : nothing}</p>`
      : nothing;
  }

  private subheading(text: string, level = this.level + 1): TemplateResult {
    return heading(level, this.text(text), { className: 'subheading', part: 'subheading' });
  }
}
