/**
 * The base of `<pcp-monitoring>` and `<pcp-national-priorities>`: a part of the plan that is a
 * statement and a list (`StatedList` in the feed), under a heading, drawn from its view model
 * (stated-list-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { renderList, renderParagraphs } from './render-narrative.js';
import type { StatedListView } from './stated-list-view.js';

export abstract class StatedListElement extends PcpElement {
  static override styles = [...(PcpElement.styles as []), narrativeStyles];

  /** What the element shows: its part of the plan, or its empty state, in the page's language. */
  protected abstract view(ctx: ViewContext): StatedListView;

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = this.view(ctx);
    if (view.kind === 'empty') return this.renderEmpty(view.message);
    return html`
      ${heading(this.level, txt(view.title), { className: 'title', part: 'title' })}
      ${renderParagraphs(view.statement, ctx, 'statement')} ${view.items.length ? html`<div part="list">${renderList(view.items, ctx)}</div>` : nothing}
      ${renderParagraphs(view.closing, ctx)}
    `;
  }
}
