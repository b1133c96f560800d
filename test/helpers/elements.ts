/** Every pcp element, and what the fault, hostile-feed and property tests ask of each one's shadow DOM. */
import { waitUntil } from '@open-wc/testing';
import { ELEMENT_TAGS, PART_TAGS } from '../../src/elements.js';

/** Every element that shows part of a plan (all but the <pcp-plan> provider), from the registry. */
export const PART_ELEMENTS = PART_TAGS;

/** Every element, the provider too: it shows its own loading failures. */
export const ALL_ELEMENTS = ELEMENT_TAGS;

export type ElementState = 'loading' | 'error' | 'ready';

/** What a reader sees the element showing now. */
export function stateOf(element: Element): ElementState {
  const root = element.shadowRoot;
  // The provider shows no loading view of its own: it reflects its state instead.
  if (element.localName === 'pcp-plan') return (element.getAttribute('state') as ElementState | null) ?? 'loading';
  if (!root || root.querySelector('[part~="loading"]')) return 'loading';
  if (root.querySelector('[part~="error"]')) return 'error';
  return 'ready';
}

/** Waits until every element has finished loading (polling, so slow CI machines only take longer). */
export async function settled(elements: Iterable<Element>, timeout = 8000): Promise<void> {
  const list = [...elements];
  await waitUntil(() => list.every((element) => stateOf(element) !== 'loading'), 'elements still loading', {
    timeout,
    interval: 20,
  });
  await Promise.all(list.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete));
}

/** The text of an element's error view ("" when it shows none). */
export const errorText = (element: Element) =>
  (element.shadowRoot?.querySelector('[part~="error"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Elements matching `selector` anywhere under `root`, through every shadow root. */
export function deepQuery(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*'))
    if (element.shadowRoot) found.push(...deepQuery(element.shadowRoot, selector));
  return found;
}

/** True when the author's fallback content (light DOM) takes up space on the page. */
export const visible = (element: Element | null) => Boolean(element && element.getBoundingClientRect().height > 0);

/** Records uncaught exceptions and unhandled rejections while `run` runs. */
export async function uncaughtDuring(run: () => Promise<void>): Promise<string[]> {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Let queued microtasks and tasks (deferred pcp-error events, say) run while we listen.
    await new Promise((resolve) => setTimeout(resolve));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return uncaught;
}

/** Collects `pcp-error` events by the element that fired them. */
export function recordErrors(): { events: Map<Element, CustomEvent[]>; stop: () => void } {
  const events = new Map<Element, CustomEvent[]>();
  const listener = (event: Event) => {
    const target = event.composedPath()[0] as Element;
    events.set(target, [...(events.get(target) ?? []), event as CustomEvent]);
  };
  document.addEventListener('pcp-error', listener);
  return { events, stop: () => document.removeEventListener('pcp-error', listener) };
}
