/**
 * The base of `<pcp-monitoring>` and `<pcp-national-priorities>`: a part of the plan that is a
 * statement and a list (`StatedList` in the feed), under a heading.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import type { Plan } from '../schema/plan.js';
import { narrativeStyles } from '../styles/narrative-styles.js';
import { renderList, renderParagraphs } from './render-narrative.js';

type StatedList = NonNullable<Plan['monitoring']>;

export abstract class StatedListElement extends PcpElement {
  static override styles = [...(PcpElement.styles as []), narrativeStyles];

  /** The part of the plan this element shows. */
  protected abstract list(plan: Plan): StatedList | undefined;
  /** Its heading when the feed gives none ("Monitoring the plan"), in the page's language. */
  protected abstract get defaultTitle(): string;
  /** The empty state ("This plan does not describe how it is monitored."), in the page's language. */
  protected abstract get emptyMessage(): string;

  protected renderPlan(plan: Plan): TemplateResult {
    const list = this.list(plan);
    if (!list || (list.items.length === 0 && !list.statement?.length)) return this.renderEmpty(this.emptyMessage);
    return html`
      ${heading(this.level, list.title ? this.text(list.title) : this.defaultTitle, { className: 'title', part: 'title' })}
      ${renderParagraphs(list.statement, this.viewContext!, 'statement')} ${list.items.length ? html`<div part="list">${renderList(list.items, this.viewContext!)}</div>` : nothing}
      ${renderParagraphs(list.closing, this.viewContext!)}
    `;
  }
}
