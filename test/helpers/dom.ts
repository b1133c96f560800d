/** Small helpers the element tests share: sample feeds, shadow-root queries, readable text. */
import type { Plan } from '../../src/schema/plan.js';

export async function loadFeed(name: string): Promise<Plan> {
  return (await (await fetch(`/demo/feeds/${name}.json`)).json()) as Plan;
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** Text as a reader sees it: whitespace collapsed. */
export const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
