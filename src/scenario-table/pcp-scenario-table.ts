import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { tableRegion } from '../base/scroll-region.js';
import { figureContext } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import type { Plan } from '../schema/plan.js';
import { focusStyles } from '../styles/tokens.js';
import { tableStyles } from '../styles/table-styles.js';
import type { ViewContext } from '../view/plan-text.js';
import { txt } from '../view/render-text.js';
import { scenarioTablesView, type ScenarioTableShown } from './scenario-table-view.js';
import type { TableCell } from '../view/table-model.js';

let instances = 0;

/**
 * The plan's what-if tables, such as Cleveland's "government grant increase against precept
 * increase": each a real table with its caption, the figures formatted for the page's language
 * (en-GB, cy-GB) by their column's unit (per cent, money, number), the text around it kept.
 *
 * @summary A plan's scenario tables.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
 * @slot fallback - Fallback content marked `slot="fallback"`, shown only when the plan cannot be loaded (the same mark a `<pcp-plan>` honours).
 *
 * @csspart title - A table's title, as a heading above its introduction (otherwise it is the caption).
 * @csspart table - Each table.
 * @csspart region - The scrolling region around each table.
 * @csspart error - The message shown when the feed cannot be loaded or is not valid.
 * @csspart loading - The loading message.
 * @csspart empty - The message shown when the plan has no scenario tables.
 *
 * @event pcp-load - Its own feed (src, plan or inline JSON) loaded. `detail: { plan, source }`.
 * @event pcp-error - Its own feed could not be loaded or is not valid. `detail: { kind, message, path, issues, source }`.
 *
 * @example <pcp-scenario-table src="/feeds/plan.json"></pcp-scenario-table>
 */
export class PcpScenarioTable extends PcpElement {
  static override styles = [...(PcpElement.styles as []), focusStyles, tableStyles];

  /** One scenario table to show: its id (or its title). Default: every one in the feed. */
  @property({ reflect: true }) scenario?: string;

  private readonly uid = `pcp-scenario-${(instances += 1)}`;

  protected renderPlan(_plan: Plan, ctx: ViewContext): TemplateResult {
    const view = scenarioTablesView(ctx, { scenario: this.scenario });
    if ('empty' in view) return this.renderEmpty(view.empty);
    return html`${view.tables.map((table, index) => this.renderTable(table, index, ctx))}`;
  }

  private renderTable(shown: ScenarioTableShown, index: number, ctx: ViewContext): TemplateResult {
    const captionId = `${this.uid}-${index}`;
    const { table } = shown;
    const numeric = (cell: { numeric?: boolean | undefined }) => (cell.numeric ? 'numeric' : '');
    const content = (cell: TableCell) => html`${txt(cell.text)}${cell.figure ? figureContext(cell.figure, ctx) : nothing}`;
    // The title is a heading above the table (it wraps at 320px, where a caption would scroll away
    // with the figures); the caption repeats it for screen readers and names the scrolling region.
    return html`
      ${heading(this.level, txt(shown.title), { className: 'title', part: 'title' })}
      ${shown.description.map((text) => html`<p>${txt(text)}</p>`)}
      ${tableRegion(
        html`<table part="table">
          <caption id=${captionId} class="visually-hidden">${txt(table.caption)}</caption>
          <thead>
            <tr>
              ${table.columns.map((column) => html`<th scope="col" class=${numeric(column)}>${txt(column.text)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) => html`<tr>
                <th scope="row" class=${numeric(row.header!)}>${content(row.header!)}</th>
                ${row.cells.map((cell) => html`<td class=${numeric(cell)}>${content(cell)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>`,
        { labelledBy: captionId, hint: ctx.t.common.scrollHint, part: 'region' },
      )}
      ${shown.notes.map((text) => html`<p>${txt(text)}</p>`)} ${renderSource(shown.source, ctx)}
    `;
  }
}
