/** Small helpers the element tests share: sample feeds, shadow-root queries, readable text. */
import type { Plan } from '../../src/schema/plan.js';

export async function loadFeed(name: string): Promise<Plan> {
  return (await (await fetch(`/demo/feeds/${name}.json`)).json()) as Plan;
}

export const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** Text as a reader sees it: whitespace collapsed. */
export const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Everything a reader sees, through every shadow root (nested elements included), whitespace collapsed. */
export function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += ` ${node.textContent}`;
    const element = node as Element;
    if (element.shadowRoot) walk(element.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/\s+/g, ' ');
}

/** Every message a live region says from now on (each change to a non-empty text), in order. */
export function recordAnnouncements(region: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    const message = text(region);
    if (message) said.push(message);
  }).observe(region, { childList: true, characterData: true, subtree: true });
  return said;
}
