/**
 * The base class of every pcp element that shows part of a plan. A subclass implements only
 * `renderPlan(plan)`; this class gives it the plan (from `plan`, `src`, inline JSON or the nearest
 * `<pcp-plan>`) and renders the loading and error states the same way everywhere.
 *
 *   class PcpObjectives extends PcpElement {
 *     static override styles = [...PcpElement.styles, css`…`];
 *     protected renderPlan(plan: Plan) { return html`…`; }
 *   }
 *
 * Fallback content an author puts inside the tag (a link to the PDF, say) stays hidden once the plan
 * renders and visible when it cannot be loaded.
 */
import { adoptStyles, html, LitElement, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { toPlanError } from '../loader/plan-error.js';
import type { Messages } from '../i18n/catalogues.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { localizePlan } from '../i18n/localize-plan.js';
import type { Plan, PlanFeed } from '../schema/plan.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { stateStyles } from '../styles/state-styles.js';
import { contextOf, type ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { fire } from './events.js';
import { PlanController } from './plan-controller.js';
import { fallbackSlots, isRetryable, renderEmpty, renderError, renderLoading } from './state-views.js';

/** True when `@lit-labs/ssr-client/lit-element-hydrate-support.js` was loaded before Lit. */
const hydrationSupported = () => Boolean((globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport);

/**
 * The base of every element that shows part of a plan (see the top of this file). What it renders and
 * fires, every element has: custom-elements.json lists these under each element, which may describe
 * them in its own words.
 *
 * @csspart loading - The loading message.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart retry - The "Try again" button in the error message, shown when the feed could not be fetched (not when it is invalid, nor when its website does not let other websites read it).
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 * @event pcp-warning - Its own feed has fields the plan format does not (misspelt, so not shown): one event per load. `detail: { path, message, issues }`.
 */
export abstract class PcpElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, baseStyles, stateStyles];

  /** URL of a plan feed (JSON). Requests for one URL are shared by every element on the page. */
  @property({ reflect: true }) src?: string;

  /** A plan object set from JavaScript. Takes precedence over `src`. Validated like a fetched feed. */
  @property({ attribute: false }) plan?: Plan | unknown;

  /** Milliseconds to wait for `src` before showing a timeout error. Default 15000. */
  @property({ type: Number }) timeout?: number;

  /** Level of the element's top headings, so it fits the host page's outline (past 6, ARIA headings). Default 2. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) headingLevel = 2;

  /**
   * Supplies the plan and its loading state.
   * @internal
   */
  protected readonly planController = new PlanController(this);

  /** The element's language (nearest `lang`), its words in that language, and its Intl locale. */
  protected readonly i18n = new LocaleController(this);

  /** The validated plan, once loaded, in the page's language. */
  get loadedPlan(): Plan | undefined {
    const feed = this.planController.state.plan;
    return feed && localizePlan(feed, this.i18n.lang).plan;
  }

  /**
   * The feed as loaded, in all its languages: what an element passes to the elements it renders
   * (`.plan=${this.feed}`), so each chooses its language and marks its own fallbacks.
   */
  protected get feed(): PlanFeed | undefined {
    return this.planController.state.plan;
  }

  /** The element's own words in the page's language (shorthand for `this.i18n.messages`). */
  protected get t(): Messages {
    return this.i18n.messages;
  }

  /**
   * What a view model is built from: the plan in the page's language, the element's words, and feed
   * text that carries its language. Derived (and cached) from the feed and the element's language, so
   * event handlers may read it as well as renders. Undefined until a plan is loaded.
   */
  protected get viewContext(): ViewContext | undefined {
    const feed = this.planController.state.plan;
    if (!feed) return undefined;
    const lang = this.i18n.lang;
    return contextOf(localizePlan(feed, lang), lang, this.t);
  }

  /**
   * Feed text for a template: as it is, or, when the feed has no translation into the page's
   * language, marked `lang="en"` so screen readers switch to English for it.
   */
  protected text(value: string | undefined): unknown {
    return txt(this.viewContext?.text(value));
  }

  /**
   * Server-rendered HTML (`pcp render`) arrives with its shadow root already there. With Lit's hydration
   * support loaded first (`@lit-labs/ssr-client/lit-element-hydrate-support.js`) Lit adopts that DOM.
   * Either way the server's DOM stays until this element has a plan to show (a CMS may have removed
   * the inline feed, or it may be invalid: then the reader keeps the server's content); without
   * hydration it is then replaced by a fresh render in the same task (nothing is painted in between).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    this.serverRendered = Boolean(existing && hydrationSupported());
    // Hydrating too: Lit's first render must be the server's, not "Loading…" while a feed given by address loads.
    this.keepsServerDom = Boolean(existing?.childNodes.length);
    const root = super.createRenderRoot();
    // Lit's hydration support returns the declared root without adopting the styles; under a strict
    // CSP the declared <style> may be blocked, so adopt them here as a fresh render would.
    if (this.serverRendered && existing) adoptStyles(existing, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** True while hydrating server-rendered HTML: the first render must match the server's (see createRenderRoot). */
  protected serverRendered = false;

  /** Server-rendered DOM kept until there is a plan to render in its place (or, with hydration, to hydrate it with). */
  private keepsServerDom = false;

  /**
   * Keeps server-rendered DOM until the plan is ready (see createRenderRoot). A server-rendered element
   * nested in another (`defer-hydration`) is replaced when its parent renders afresh; without Lit's
   * hydration support, rendering it first would be wasted work.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // On a page in another language, render once its words have loaded, not first in English.
    const words = this.i18n.pending;
    if (words) {
      void words.then(() => this.requestUpdate());
      return false;
    }
    if (this.hasAttribute('defer-hydration') && !hydrationSupported()) return false;
    if (this.keepsServerDom && this.planController.state.status !== 'ready') return false;
    return super.shouldUpdate(changed);
  }

  /** `updateComplete` also waits for the words of the element's language (see shouldUpdate). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const words = this.i18n.pending;
    if (!words) return result;
    await words;
    return this.updateComplete;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.keepsServerDom) {
      this.keepsServerDom = false;
      if (!this.serverRendered) {
        this.renderRoot.replaceChildren();
        // LitElement renders before the root's first child as it was on creation: a server node now gone.
        this.renderOptions.renderBefore = null;
      }
    }
    super.update(changed);
  }

  /** Loads the feed again (after `clearPlanCache` for a fresh download). */
  reload(): void {
    this.planController.reload();
  }

  /**
   * Renders the plan's content. Called only with a valid plan; `ctx` (also `this.viewContext`) has the
   * plan in the page's language, the element's words and feed text with its language.
   */
  protected abstract renderPlan(plan: Plan, ctx: ViewContext): TemplateResult | typeof import('lit').nothing;

  /** The empty state, for subclasses whose part of the plan is missing ("This plan has no budget."). */
  protected renderEmpty(message: string): TemplateResult {
    return renderEmpty(message);
  }

  /**
   * The heading level, for subclasses building headings with `heading()`: 1 or more; past 6 the
   * headings become ARIA headings, so an element deep in a page's outline keeps its depth.
   */
  protected get level(): number {
    return Math.max(1, Math.round(this.headingLevel) || 2);
  }

  /**
   * Settles the plan before subclasses' `willUpdate` runs (Lit runs controllers' `hostUpdate` only
   * after `willUpdate`), so they always see the plan this update will render.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    this.planController.hostUpdate();
    super.willUpdate(changed);
  }

  protected override render(): unknown {
    const { state, fromProvider } = this.planController;
    this.toggleAttribute('aria-busy', state.status === 'loading' || state.status === 'waiting');
    switch (state.status) {
      case 'waiting':
      case 'loading':
        return renderLoading(this.t);
      case 'error':
        // A <pcp-plan> around us has already announced its error: show only the fallback here.
        return fromProvider
          ? fallbackSlots
          : html`${renderError(state.error!, this.t, isRetryable(state.error!) ? () => this.planController.retry() : undefined)}${fallbackSlots}`;
      case 'ready': {
        return this.renderSafely(this.viewContext!);
      }
    }
  }

  /** A bug in one element's rendering must not break the host page: show it as an error instead. */
  private renderSafely(ctx: ViewContext): unknown {
    try {
      return this.renderPlan(ctx.plan, ctx);
    } catch (cause) {
      const error = toPlanError(cause, 'render');
      queueMicrotask(() => fire(this, 'pcp-error', error.toDetail()));
      return html`${renderError(error, this.t)}${fallbackSlots}`;
    }
  }
}
