/**
 * Titled sections and named lists of a plan's narrative, drawn the same way everywhere. Apart from
 * render-narrative.ts because only <pcp-objectives> and the plan document draw them: a shared chunk
 * carries every export any element uses, so the elements that draw only paragraphs or a source line
 * (the foreword, the money elements, progress) would otherwise load them too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import type { NamedList, Section } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { renderList, renderParagraphs, renderSource } from './render-narrative.js';

/** A list the plan prints with its own heading ("We will", "So that"), intro and closing text. */
export function renderNamedList(list: NamedList, level: number, ctx: ViewContext): TemplateResult {
  return html`<div class="section named-list" part="list-section">
    ${heading(level, txt(ctx.text(list.heading)), { className: 'subheading', part: 'subheading' })} ${renderParagraphs(list.intro, ctx)}
    ${list.items.length ? renderList(list.items, ctx, list.ordered) : nothing} ${renderParagraphs(list.closing, ctx)} ${renderSource(list.source, ctx)}
  </div>`;
}

/** A titled section: its heading at `level`, paragraphs, list and closing paragraphs. */
export function renderSection(section: Section, level: number, ctx: ViewContext, withSource = true): TemplateResult {
  return html`<div class="section" part="subsection">
    ${section.title ? heading(level, txt(ctx.text(section.title)), { className: 'subheading', part: 'subheading' }) : nothing}
    ${renderParagraphs(section.paragraphs, ctx)} ${section.items?.length ? renderList(section.items, ctx) : nothing}
    ${renderParagraphs(section.closing, ctx)} ${withSource ? renderSource(section.source, ctx) : nothing}
  </div>`;
}
