/**
 * A heading at any level: h1–h6, and past h6 an ARIA heading, so an element nested deep in a host
 * page's outline keeps the outline's depth.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

export interface HeadingOptions {
  className?: string;
  part?: string;
  id?: string;
  /** -1 to let a link or script move focus to the heading. */
  tabindex?: number;
  /** `none` inside an element whose children are presentational (a list box's option), whose name says it already. */
  role?: 'none';
}

export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const { className, part, id, tabindex, role } = options;
  const safe = Math.max(1, Math.round(level) || 1);
  if (safe > 6) {
    return html`<p class=${className ?? nothing} part=${part ?? nothing} id=${id ?? nothing} tabindex=${tabindex ?? nothing} role=${role ?? 'heading'} aria-level=${role ? nothing : safe}>
      ${content}
    </p>`;
  }
  const tag = unsafeStatic(`h${safe}`);
  return staticHtml`<${tag} class=${className ?? nothing} part=${part ?? nothing} id=${id ?? nothing} tabindex=${tabindex ?? nothing} role=${role ?? nothing}>${content}</${tag}>`;
}
