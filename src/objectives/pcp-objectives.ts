import { ContextConsumer } from '@lit/context';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { PcpElement } from '../base/pcp-element.js';
import { selectionContext } from '../base/selection-context.js';
import { SelectionController } from '../base/selection-controller.js';
import type { Plan } from '../schema/plan.js';
import { buttonStyles } from '../styles/button-styles.js';
import { focusStyles } from '../styles/tokens.js';
import { actionListStyles } from '../styles/action-list-styles.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { objectivesStyles } from './objectives-styles.js';
import { heading } from '../base/heading.js';
import { renderSource } from '../narrative/render-narrative.js';
import { renderNamedList, renderSection } from '../narrative/render-sections.js';
import { renderActionViews } from './render-actions.js';
import {
  objectivesLayout,
  objectivesView,
  shownObjectives,
  type ChildObjectiveView,
  type ObjectiveBody,
  type ObjectivesLayout,
  type ObjectivesView,
  type ObjectiveView,
} from './objectives-view.js';

export type { ObjectivesLayout };

const NONE_OPEN: ReadonlySet<string> = new Set();

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
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart toolbar - The bar with the wording toggle and "Show all sections".
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
 * @cssproperty --pcp-heading-2-size - Objective titles at the default `heading-level` (each title takes the size of its level: `--pcp-heading-1-size` … `--pcp-heading-6-size`).
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

  /** Show one objective alone, by its id ("focus-on-victims"), its number ("3") or its title. */
  @property({ reflect: true }) objective?: string;

  /** `plan` shows the plan's own words; `easy` starts with the easy-read summaries where the feed has them. */
  @property({ reflect: true }) reading: 'plan' | 'easy' = 'plan';

  /**
   * The objectives opened (accordion), with the plan they were opened in: what was open in another
   * plan (or the same plan in another language) is not open in this one.
   */
  @state() private opened: { readonly plan: Plan | undefined; readonly ids: ReadonlySet<string> } = { plan: undefined, ids: NONE_OPEN };

  private readonly selection = new SelectionController(this);

  /** The plan the URL hash was last applied to: a new plan has it applied again. */
  private hashAppliedTo: Plan | undefined;

  constructor() {
    super();
    // A selection made elsewhere (a wheel segment, the page setting <pcp-plan selected>) opens that objective here.
    new ContextConsumer(this, {
      context: selectionContext,
      subscribe: true,
      callback: ({ objectiveId }) => {
        if (objectiveId !== undefined && !this.openIds.has(objectiveId)) this.openIds = new Set([...this.openIds, objectiveId]);
      },
    });
  }

  /** Ids of the open objectives (accordion) of the plan shown. */
  private get openIds(): ReadonlySet<string> {
    return this.opened.plan === this.loadedPlan ? this.opened.ids : NONE_OPEN;
  }

  private set openIds(ids: ReadonlySet<string>) {
    this.opened = { plan: this.loadedPlan, ids };
  }

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
    this.openIds = new Set(this.shownIds());
  }

  /** Closes every objective (accordion). */
  hideAll(): void {
    this.openIds = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (objectivesLayout(this.layout) !== this.layout) this.layout = 'list';
    // This element's own selection was made in the plan its objectives were opened in (opening selects);
    // in a new plan it no longer applies. A shared selection is its <pcp-plan>'s.
    if (this.opened.plan !== this.loadedPlan) this.selection.clearOwn();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const plan = this.loadedPlan;
    if (plan && plan !== this.hashAppliedTo) {
      this.hashAppliedTo = plan;
      this.applyHash(false);
    }
  }

  private readonly onHashChange = () => this.applyHash(true);

  /** True when this element shows the objective with this id. */
  showsObjective(id: string): boolean {
    return this.shownIds().includes(id);
  }

  /** The ids of the objectives shown (the `objective` attribute picks them). */
  private shownIds(): string[] {
    const plan = this.loadedPlan;
    return plan ? shownObjectives(plan, this.objective).map((objective) => objective.id) : [];
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
    if (!this.showsObjective(id)) return;
    const first = [...document.querySelectorAll('pcp-objectives')].find((element) => element.showsObjective(id));
    if (first && first !== this) return;
    this.openIds = new Set([...this.openIds, id]);
    this.selection.select(id);
    void this.updateComplete.then(() => {
      const item = this.renderRoot.querySelector<HTMLElement>(`[data-objective="${CSS.escape(id)}"]`);
      item?.scrollIntoView({ block: 'start' });
      // Move focus there on in-page navigation, so keyboard and screen reader users land on it too.
      const target = item?.querySelector<HTMLElement>('[part="toggle"]') ?? item?.querySelector<HTMLElement>('[part="title"]');
      if (fromNavigation) target?.focus({ preventScroll: true });
    });
  }

  private toggle(id: string): void {
    const open = new Set(this.openIds);
    if (open.has(id)) {
      open.delete(id);
      if (this.selection.objectiveId === id) this.selection.select(undefined);
    } else {
      open.add(id);
      this.selection.select(id);
    }
    this.openIds = open;
  }

  private open(id: string): void {
    if (!this.openIds.has(id)) this.toggle(id);
  }

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = objectivesView(ctx, { objective: this.objective, layout: this.layout, reading: this.reading });
    if (view.empty !== undefined) return this.renderEmpty(view.empty);
    const items = view.objectives.map((objective) => this.renderObjective(objective, view, ctx));
    return html`
      ${view.easyReadToggle || view.showAllToggle ? this.renderToolbar(view) : nothing}
      ${view.single
        ? html`<div class="objectives" part="list">${items}</div>`
        : html`<ol class="objectives" part="list" role="list">${items}</ol>`}
    `;
  }

  private renderToolbar(view: ObjectivesView): TemplateResult {
    const allOpen = view.objectives.every((objective) => this.openIds.has(objective.id));
    return html`<div class="toolbar" part="toolbar">
      ${view.easyReadToggle
        ? html`<button
            type="button"
            class="pcp-button easy-read-toggle"
            aria-pressed=${view.reading === 'easy'}
            @click=${() => (this.reading = this.reading === 'easy' ? 'plan' : 'easy')}
          >
            ${view.easyReadToggle}
          </button>`
        : nothing}
      ${view.showAllToggle
        ? html`<button type="button" class="pcp-button" aria-expanded=${allOpen} @click=${() => (allOpen ? this.hideAll() : this.showAll())}>
            ${allOpen ? view.showAllToggle.hideAll : view.showAllToggle.showAll}
          </button>`
        : nothing}
    </div>`;
  }

  private renderObjective(objective: ObjectiveView, view: ObjectivesView, ctx: ViewContext): TemplateResult {
    const number = objective.number !== undefined ? html`<span class="number" part="number">${objective.number}</span>` : nothing;
    const selected = this.selection.objectiveId === objective.id;
    const itemTag = unsafeStatic(view.single ? 'div' : 'li');
    if (view.layout !== 'accordion') {
      return staticHtml`<${itemTag} class="objective" part="card" id=${objective.id} data-objective=${objective.id} aria-current=${selected ? 'true' : nothing}>
        ${heading(this.level, html`${number} <span class="title-text">${txt(objective.title)}</span>`, { className: 'title', part: 'title', tabindex: -1 })}
        ${this.renderBody(objective.body, this.level, view, ctx)}
      </${itemTag}>`;
    }
    const open = this.openIds.has(objective.id);
    const panelId = `panel-${objective.id}`;
    return staticHtml`<${itemTag} class="objective" part="card" id=${objective.id} data-objective=${objective.id} aria-current=${selected ? 'true' : nothing}>
      ${heading(
        this.level,
        html`<button type="button" class="toggle" part="toggle" aria-expanded=${open} aria-controls=${panelId} @click=${() => this.toggle(objective.id)}>
          ${number} <span class="title-text">${txt(objective.title)}</span><span class="chevron" aria-hidden="true"></span>
        </button>`,
        { className: 'title', part: 'title', tabindex: -1 },
      )}
      <div class="panel" id=${panelId} hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.open(objective.id)}>
        ${this.renderBody(objective.body, this.level, view, ctx)}
      </div>
    </${itemTag}>`;
  }

  /**
   * Untitled sections introduce the objective (before its summary); titled ones ("Key issues")
   * follow its actions. Headings the plan prints ("What we will do") head their parts.
   */
  private renderBody(body: ObjectiveBody, level: number, view: ObjectivesView, ctx: ViewContext): TemplateResult {
    const inner = level + 1;
    return html`
      ${body.introduction.map((section) => renderSection(section, inner, ctx, false))}
      ${body.summaryHeading ? this.subheading(body.summaryHeading, inner) : nothing}
      ${body.easyReadNote ? html`<p class="easy-read-note">${body.easyReadNote}</p>` : nothing}
      ${body.summary.map((text) => html`<p class="summary" part="summary">${txt(text)}</p>`)}
      ${body.actionsHeading ? this.subheading(body.actionsHeading, inner) : nothing}
      ${body.intro ? html`<p class="intro" part="intro">${txt(body.intro)}</p>` : nothing}
      ${body.actions.length ? renderActionViews(body.actions, ctx) : nothing}
      ${body.lists.map((list) => renderNamedList(list, inner, ctx))}
      ${this.renderMeta(body, view)}
      ${body.sections.map((section) => renderSection(section, inner, ctx))}
      ${body.children.length ? this.renderChildren(body.children, inner, view, ctx) : nothing}
      ${renderSource(body.source, ctx)}
    `;
  }

  /**
   * The next level of the plan's structure (priorities under a pillar), as deep as the plan goes: each
   * with its own parts, and the shared outcome, aim and links that <pcp-outcomes> shows for the top level.
   */
  private renderChildren(children: readonly ChildObjectiveView[], level: number, view: ObjectivesView, ctx: ViewContext): TemplateResult {
    const { words } = view;
    return html`<ol class="children" role="list">
      ${children.map(
        (child) => html`<li class="child" id=${child.id} data-objective=${child.id}>
          ${heading(
            level,
            html`${child.number !== undefined ? html`<span class="number" part="number">${child.number}</span> ` : nothing}<span class="title-text"
                >${txt(child.title)}</span
              >`,
            { className: 'title child-title', part: 'child-title' },
          )}
          ${child.outcome ? html`<p class="outcome"><strong>${words.sharedOutcome}:</strong> ${txt(child.outcome)}</p>` : nothing}
          ${child.aim ? html`<p class="aim"><strong>${words.aim}:</strong> ${txt(child.aim)}</p>` : nothing}
          ${child.supports.length
            ? html`<p class="supports-label">${words.supports}</p>
                <ul class="supports">
                  ${child.supports.map((ref) => html`<li>${ref.href ? html`<a href="${ref.href}">${txt(ref.text)}</a>` : txt(ref.text)}</li>`)}
                </ul>`
            : nothing}
          ${this.renderBody(child.body, level, view, ctx)}
        </li>`,
      )}
    </ol>`;
  }

  private renderMeta(body: ObjectiveBody, view: ObjectivesView): TemplateResult | typeof nothing {
    return body.owner || body.status
      ? html`<p class="meta">${body.status
          ? html`<span class="status" part="status"><span class="visually-hidden">${view.words.status}: </span>${txt(body.status)}</span> `
          : nothing}${body.owner ? txt(body.owner) : nothing}</p>`
      : nothing;
  }

  private subheading(text: PlanText, level: number): TemplateResult {
    return heading(level, txt(text), { className: 'subheading', part: 'subheading' });
  }
}
