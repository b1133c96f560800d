import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { planContext } from '../base/plan-context.js';
import { selectionContext, type PlanSelection } from '../base/selection-context.js';
import { PlanController } from '../base/plan-controller.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { localizePlan } from '../i18n/localize-plan.js';
import { fallbackSlots, isRetryable, renderError } from '../base/state-views.js';
import { stateStyles } from '../styles/state-styles.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { pickItems } from '../view/pick.js';
import { flattenTree } from '../view/tree.js';

/**
 * Loads one plan feed and shares it with every pcp element inside it, so a page with many elements
 * makes one request and validates once. Elements inside show their own loading state; if the feed
 * cannot be used, this element shows one clear message (what is wrong and where) and everything the
 * author put inside stays visible.
 *
 * @summary Provides a plan feed to the pcp elements inside it.
 *
 * @slot - The page content, including pcp elements: always shown.
 * @slot fallback - Content for readers when the plan cannot be shown, such as a link to the PDF: shown
 * only then (and by browsers without script, which show every child).
 *
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart retry - The "Try again" button, shown when the feed could not be fetched (not when it is invalid, nor when its website does not let other websites read it).
 *
 * @cssproperty --pcp-color-error - Border colour of the error message.
 * @cssproperty --pcp-color-error-surface - Background of the error message.
 *
 * @event pcp-load - The feed loaded and is valid. `detail: { plan, source }`.
 * @event pcp-error - The feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 * @event pcp-warning - The feed has fields the plan format does not (misspelt, so not shown): one event per load. `detail: { path, message, issues }`.
 * @event pcp-select - Bubbles up from an element inside when a reader selects an objective. `detail: { objectiveId }`.
 *
 * @example
 * <pcp-plan src="/feeds/plan.json">
 *   <pcp-objectives></pcp-objectives>
 *   <a slot="fallback" href="/plan.pdf">Read the plan (PDF)</a>
 * </pcp-plan>
 */
export class PcpPlan extends LitElement {
  static override styles = [tokens, baseStyles, stateStyles];

  /** URL of the plan feed (JSON). */
  @property({ reflect: true }) src?: string;

  /** A plan object set from JavaScript. Takes precedence over `src`. */
  @property({ attribute: false }) plan?: unknown;

  /** Milliseconds to wait for `src` before showing a timeout error. Default 15000. */
  @property({ type: Number }) timeout?: number;

  /**
   * The objective selected in the elements inside (a wheel segment, an open accordion item). Set it to
   * select one from the page, by id or printed number as other attributes pick objectives ("3", or
   * "focus-on-victims" in any case); it changes to the id when a reader selects one.
   */
  @property({ reflect: true }) selected?: string;

  /** `loading`, `ready` or `error` (reflected, so page CSS can style `pcp-plan[state="error"]`). */
  @property({ reflect: true }) state: 'loading' | 'ready' | 'error' = 'loading';

  private readonly planController = new PlanController(this);
  private readonly i18n = new LocaleController(this);
  private readonly provider = new ContextProvider(this, { context: planContext, initialValue: this.planController.state });
  private readonly selectionProvider = new ContextProvider(this, { context: selectionContext, initialValue: this.selection() });

  /** A new value each time the selection changes, so subscribed elements are told. */
  private selection(): PlanSelection {
    return {
      objectiveId: this.selectedId(),
      select: (objectiveId) => {
        this.selected = objectiveId;
      },
    };
  }

  /** `selected` as an objective id: by the rule every element picks by (view/pick.ts), at any depth. */
  private selectedId(): string | undefined {
    const feed = this.planController.state.plan;
    if (!feed || this.selected === undefined) return this.selected;
    const objectives = localizePlan(feed, this.i18n.lang).plan.objectives;
    return pickItems(flattenTree(objectives).map(({ item }) => item), this.selected)[0]?.id ?? this.selected;
  }

  /** The validated plan, once loaded. */
  get loadedPlan() {
    return this.planController.state.plan;
  }

  /** Loads the feed again (after `clearPlanCache` for a fresh download). */
  reload(): void {
    this.planController.reload();
  }

  /** Runs after the controller has settled this update's state, so children see it in the same update. */
  protected override update(changed: PropertyValues<this>): void {
    const planState = this.planController.state;
    this.provider.setValue(planState);
    // The selection is told again when `selected` changes, or when a new plan makes it name another id.
    if (changed.has('selected') || this.selectionProvider.value.objectiveId !== this.selectedId()) this.selectionProvider.setValue(this.selection());
    this.state = planState.status === 'waiting' ? 'loading' : planState.status;
    this.toggleAttribute('aria-busy', this.state === 'loading');
    super.update(changed);
  }

  protected override render() {
    const { status, error } = this.planController.state;
    const retry = error && isRetryable(error) ? () => this.planController.retry() : undefined;
    // The fallback slot exists only on error, so its content is hidden while loading and once loaded.
    if (status !== 'error') return html`<slot></slot>`;
    return html`${error ? renderError(error, this.i18n.messages, retry) : nothing}${fallbackSlots}`;
  }
}
