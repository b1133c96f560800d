/**
 * Gives an element its plan, from the first of these that it has:
 *   1. the `plan` property (an object, already parsed),
 *   2. the `src` attribute (fetched through the shared loader),
 *   3. an inline `<script type="application/json">` child (its JSON may be inside an HTML comment),
 *   4. the nearest `<pcp-plan>` ancestor (through @lit/context).
 * It fires `pcp-load` / `pcp-error` for sources of its own (and `pcp-warning` when the feed has fields the format
 * does not, which are not shown), aborts a download when the element leaves
 * the page, and requests an update of its host whenever the state changes.
 */
import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clearPlanCache, loadPlanFromUrl } from '../loader/load-plan.js';
import { PlanError, toPlanError, type PlanErrorKind } from '../loader/plan-error.js';
import { explainJson, readJson } from '../loader/read-json.js';
import { isValidatedPlan, unknownFieldsOf, validatePlanSoon } from '../loader/check-plan.js';
import { fire, unknownFieldsWarning, type PlanLoadDetail, type PlanWarningDetail } from './events.js';
import './context-root.js';
import { planContext, type PlanState } from './plan-context.js';

/**
 * What the controller reads from its host element.
 * @internal
 */
export interface PlanSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | undefined;
  plan?: unknown;
  timeout?: number | undefined;
}

type OwnSource = { kind: 'property'; value: unknown } | { kind: 'url'; url: string } | { kind: 'inline'; text: string };

const WAITING: PlanState = Object.freeze({ status: 'waiting' });

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** True when a `<pcp-plan>` encloses `node`, across shadow roots. */
function hasProviderAncestor(node: Node): boolean {
  let current: Node | null = node.parentNode ?? (node as unknown as ShadowRoot).host ?? null;
  while (current) {
    if (current instanceof Element && current.localName === 'pcp-plan') return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

/**
 * The plan of one element (see the top of this file). Not part of the package's API: elements get their
 * plan by extending `PcpElement`.
 * @internal
 */
export class PlanController implements ReactiveController {
  /** The state the host renders. */
  state: PlanState = WAITING;
  /** True when the plan comes from the host's own src/plan/inline JSON rather than a provider. */
  ownsSource = false;
  /** True when the state is a `<pcp-plan>` ancestor's (which shows its own error message). */
  fromProvider = false;

  private readonly host: PlanSourceHost;
  private readonly consumer: ContextConsumer<{ __context__: PlanState }, PlanSourceHost>;
  private providedState: PlanState | undefined;
  private abort: AbortController | undefined;
  private activeKey: unknown = undefined;
  private childObserver: MutationObserver | undefined;
  private connected = false;
  private pendingRelease: ReturnType<typeof setTimeout> | undefined;

  constructor(host: PlanSourceHost) {
    this.host = host;
    // The consumer is added first so that, on connection, its answer arrives before our first refresh.
    this.consumer = new ContextConsumer(host, {
      context: planContext,
      subscribe: true,
      callback: (value) => {
        this.providedState = value;
        this.refresh();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Moved within the page (disconnected and connected in one task): keep the load going.
    clearTimeout(this.pendingRelease);
    this.connected = true;
    // An inline feed may be parsed after the element upgrades, or replaced later by a script.
    this.childObserver = new MutationObserver(() => this.refresh());
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.refresh();
  }

  hostDisconnected(): void {
    this.connected = false;
    // A provider's value belongs to where the element was; it asks again when it reconnects.
    this.providedState = undefined;
    this.childObserver?.disconnect();
    this.pendingRelease = setTimeout(() => {
      this.cancel();
      this.activeKey = undefined;
    });
  }

  /** Runs before each host update, so a changed `src` or `plan` is picked up in the same update. */
  hostUpdate(): void {
    this.refresh();
  }

  /** Loads again from the current source (the shared cache is used for URLs; see `clearPlanCache`). */
  reload(): void {
    this.activeKey = undefined;
    this.refresh();
  }

  /** Fetches the host's own feed again, bypassing the cache (the "Try again" button). */
  retry(): void {
    if (this.host.src) clearPlanCache(this.host.src);
    this.reload();
  }

  private ownSource(): OwnSource | undefined {
    if (this.host.plan !== undefined && this.host.plan !== null) return { kind: 'property', value: this.host.plan };
    if (this.host.src) return { kind: 'url', url: this.host.src };
    const script = this.host.querySelector(INLINE_SELECTOR);
    // The JSON may be inside an HTML comment (`<!--{…}-->`, as `pcp render` writes it), so that a sanitiser
    // which strips the script but keeps its text leaves an invisible comment rather than the feed.
    if (script) return { kind: 'inline', text: (script.textContent ?? '').replace(/^\s*<!--([^]*)-->\s*$/, '$1') };
    return undefined;
  }

  private refresh(): void {
    // On the server (`pcp render`) nothing connects: the plan property is settled for the one render.
    if (!this.connected && !isServer) return;
    const source = this.ownSource();
    if (!source) {
      this.ownsSource = false;
      this.cancel();
      this.activeKey = undefined;
      this.fromProvider = this.providedState !== undefined;
      this.setState(this.providedState ?? this.noSourceState());
      return;
    }
    const key =
      source.kind === 'property' ? source.value : source.kind === 'url' ? `url:${source.url} timeout:${this.host.timeout}` : `inline:${source.text}`;
    if (this.ownsSource && key === this.activeKey) return;
    this.ownsSource = true;
    this.fromProvider = false;
    this.activeKey = key;
    this.cancel();
    if (source.kind === 'url') this.loadUrl(source.url);
    else this.settleSync(source);
  }

  /** Without a source of its own, an element inside a not-yet-upgraded `<pcp-plan>` waits rather than failing. */
  private noSourceState(): PlanState {
    if (hasProviderAncestor(this.host)) return WAITING;
    // Reuse the current error so repeated refreshes do not look like a change (and loop updates).
    if (this.state.error?.kind === 'no-source') return this.state;
    const error = new PlanError(
      'no-source',
      `<${this.host.localName}> has no plan: give it a src attribute, a plan property or an inline <script type="application/json">, or put it inside <pcp-plan>.`,
    );
    queueMicrotask(() => {
      if (this.state.error === error) fire(this.host, 'pcp-error', error.toDetail());
    });
    return { status: 'error', error };
  }

  /**
   * The plan property and inline JSON settle in this update. The exceptions load a module first: inline
   * text that is not JSON, the scanner that says where it goes wrong (see loader/read-json.ts); a feed in
   * format 1, the upgrade to format 2 (loader/migrate.ts).
   */
  private settleSync(source: Exclude<OwnSource, { kind: 'url' }>): void {
    const label = source.kind === 'property' ? 'property' : 'inline';
    // A feed validated before (passed down by another element, which has reported its unknown fields) is not reported again.
    const reported = source.kind === 'property' && isValidatedPlan(source.value);
    try {
      const read = source.kind === 'property' ? { value: source.value } : readJson(source.text, label);
      if (!('value' in read)) return this.settleLater(explainJson(read.text, read.error, label).then((error) => Promise.reject(error)), label, 'schema');
      // A format-1 feed waits for the module that upgrades it (see loader/check-plan.ts).
      const plan = validatePlanSoon(read.value, label);
      if (plan instanceof Promise) this.settleLater(plan, label, 'schema', undefined, !reported);
      else this.succeed(plan, label, !reported);
    } catch (error) {
      this.fail(toPlanError(error, 'schema', label));
    }
  }

  private loadUrl(url: string): void {
    const abort = new AbortController();
    this.settleLater(loadPlanFromUrl(url, { signal: abort.signal, timeoutMs: this.host.timeout }), url, 'network', abort);
  }

  /** Shows the loading state until `pending` settles, unless the source changes (and `cancel` aborts) first. */
  private settleLater(
    pending: Promise<NonNullable<PlanState['plan']>>,
    source: string,
    kind: PlanErrorKind,
    abort = new AbortController(),
    reportUnknownFields = true,
  ): void {
    this.abort = abort;
    this.setState({ status: 'loading' });
    pending.then(
      (plan) => {
        if (this.abort === abort) this.succeed(plan, source, reportUnknownFields);
      },
      (error: unknown) => {
        if (this.abort === abort && !abort.signal.aborted) this.fail(toPlanError(error, kind, source));
      },
    );
  }

  private succeed(plan: NonNullable<PlanState['plan']>, source: string, reportUnknownFields = true): void {
    this.setState({ status: 'ready', plan });
    fire<PlanLoadDetail>(this.host, 'pcp-load', { plan, source });
    // Once per load: fields the format does not have were dropped, so the page's author should hear of them.
    // The check is loaded after the plan is on screen: no page pays for it before its first render.
    if (!reportUnknownFields) return;
    void import('../loader/unknown-fields.js').then(
      ({ findUnknownFields }) => {
        const unknown = unknownFieldsOf(plan, findUnknownFields) ?? [];
        if (unknown.length > 0) fire<PlanWarningDetail>(this.host, 'pcp-warning', unknownFieldsWarning(unknown));
      },
      () => undefined, // A chunk that cannot load (offline) costs only the warning.
    );
  }

  private fail(error: PlanError): void {
    this.setState({ status: 'error', error });
    fire(this.host, 'pcp-error', error.toDetail());
  }

  private cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  private setState(state: PlanState): void {
    if (state.status === this.state.status && state.plan === this.state.plan && state.error === this.state.error) return;
    this.state = state;
    this.host.requestUpdate();
  }
}
