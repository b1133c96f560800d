/** Paragraphs, nested lists and titled sections of a plan's narrative, drawn the same way everywhere. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { txt } from '../i18n/fallback-text.js';
import type { ListItem, Section } from '../schema/plan.js';

export function renderParagraphs(paragraphs: readonly string[] | undefined, className = 'paragraph'): TemplateResult {
  return html`${(paragraphs ?? []).map((text) => html`<p class=${className}>${txt(text)}</p>`)}`;
}

/** A nested bulleted list. */
export function renderList(items: readonly ListItem[]): TemplateResult {
  return html`<ul class="list">
    ${items.map((item) => html`<li>${txt(item.text)}${item.items?.length ? renderList(item.items) : nothing}</li>`)}
  </ul>`;
}

/** A titled section: its heading at `level`, paragraphs, list and closing paragraphs. */
export function renderSection(section: Section, level: number): TemplateResult {
  return html`<div class="section" part="subsection">
    ${section.title ? heading(level, txt(section.title), { className: 'subheading', part: 'subheading' }) : nothing}
    ${renderParagraphs(section.paragraphs)} ${section.items?.length ? renderList(section.items) : nothing}
    ${renderParagraphs(section.closing)}
  </div>`;
}
