/**
 * Paragraphs, nested lists and sources of a plan's narrative, drawn the same way everywhere. Titled
 * sections and named lists are in render-sections.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ListItem, Section } from '../schema/plan.js';
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
  return html`${t.common.source} ${url ? html`<a href=${url}>${txt(ctx.text(name))}</a>` : txt(ctx.text(name))}${source.page !== undefined
    ? html`${name ? ', ' : ''}${t.common.page} ${txt(ctx.text(String(source.page)))}`
    : nothing}${source.note ? html`. ${txt(ctx.text(source.note))}` : nothing}`;
}

/** Where a part of the plan comes from, as a paragraph for the reader. */
export function renderSource(source: SourceRef | undefined, ctx: ViewContext): TemplateResult | typeof nothing {
  const line = sourceLine(source, ctx);
  return line === nothing ? nothing : html`<p class="source muted">${line}</p>`;
}
