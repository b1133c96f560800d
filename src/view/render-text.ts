/** Showing a view model's text in a template: text in another language than the page's is wrapped in `lang`. */
import { html, nothing } from 'lit';
import type { PlanText } from './plan-text.js';

/**
 * Feed text for a template: as it is, or in `<span lang="…">` when it is in another language than the
 * page's; text joined from parts in different languages, each part so.
 */
export function txt(value: PlanText | undefined): unknown {
  if (value === undefined) return nothing;
  if (value.parts) return value.parts.map(txt);
  return value.lang !== undefined ? html`<span lang=${value.lang}>${value.text}</span>` : value.text;
}
