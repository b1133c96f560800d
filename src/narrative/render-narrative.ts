/** Paragraphs, nested lists and titled sections of a plan's narrative, drawn the same way everywhere. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import type { ListItem, NamedList, Section } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';

type SourceRef = NonNullable<Section['source']>;

export function renderParagraphs(paragraphs: readonly string[] | undefined, ctx: ViewContext, className = 'paragraph'): TemplateResult {
  return html`${(paragraphs ?? []).map((text) => html`<p class=${className}>${txt(ctx.text(text))}</p>`)}`;
}

/** A nested list: bulleted, or numbered when the plan numbers it; a number the plan prints is shown as printed. */
export function renderList(items: readonly ListItem[], ctx: ViewContext, ordered = false): TemplateResult {
  const body = items.map(
    (item) =>
      html`<li>${item.number !== undefined ? html`<span class="number">${txt(ctx.text(item.number))}</span> ` : nothing}${txt(ctx.text(item.text))}${item.items?.length
        ? renderList(item.items, ctx)
        : nothing}</li>`,
  );
  // Printed numbers replace the list's own; otherwise an ordered list counts 1, 2, 3 as the plan does.
  const printed = items.some((item) => item.number !== undefined);
  return ordered && !printed ? html`<ol class="list">${body}</ol>` : html`<ul class=${printed ? 'list numbered' : 'list'}>${body}</ul>`;
}

/** Where something comes from, inline: "Source: Police and Crime Plan, page 12". Nothing when the reference names nothing. */
export function sourceLine(source: SourceRef | undefined, ctx: ViewContext): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const { t, plan } = ctx;
  const named = source.sourceId ? plan.sources?.find((candidate) => candidate.id === source.sourceId) : undefined;
  const title = source.title ?? named?.title;
  const url = source.url ?? named?.url;
  if (!title && !url && source.page === undefined && !source.note) return nothing;
  const name = title ?? url;
  return html`${t.document.source} ${url ? html`<a href=${url}>${txt(ctx.text(name))}</a>` : txt(ctx.text(name))}${source.page !== undefined
    ? html`${name ? ', ' : ''}${t.document.page} ${txt(ctx.text(String(source.page)))}`
    : nothing}${source.note ? html`. ${txt(ctx.text(source.note))}` : nothing}`;
}

/** Where a part of the plan comes from, as a paragraph for the reader. */
export function renderSource(source: SourceRef | undefined, ctx: ViewContext): TemplateResult | typeof nothing {
  const line = sourceLine(source, ctx);
  return line === nothing ? nothing : html`<p class="source muted">${line}</p>`;
}

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
