/**
 * The language a node is in: the nearest `lang` attribute up the tree, through shadow roots to their
 * hosts ("" when none says). On the server (`pcp render`) only the element's own attribute counts.
 */
import { isServer } from 'lit';

export function nearestLang(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? '';
  let current: Element | null = element;
  while (current) {
    const found = current.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}
