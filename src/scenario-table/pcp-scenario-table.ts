import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading } from '../base/heading.js';
import { PcpElement } from '../base/pcp-element.js';
import { renderFigure } from '../narrative/render-figure.js';
import { renderSource } from '../narrative/render-narrative.js';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Plan, ScenarioTable } from '../schema/plan.js';
import { focusStyles } from '../styles/tokens.js';
import { tableStyles } from '../styles/table-styles.js';

let instances = 0;

/**
 * The plan's what-if tables, such as Cleveland's "government grant increase against precept
 * increase": each a real table with its caption, the figures formatted for the page's language
 * (en-GB, cy-GB) by their column's unit (per cent, money, number), the text around it kept.
 *
 * @summary A plan's scenario tables.
 *
 * @slot - Fallback content, shown when the plan cannot be loaded.
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

  /** The id of one scenario table to show. Default: every one in the feed. */
  @property({ reflect: true }) scenario?: string;

  private readonly uid = `pcp-scenario-${(instances += 1)}`;

  protected renderPlan(plan: Plan): TemplateResult {
    const all = plan.scenarios ?? [];
    const shown = this.scenario ? all.filter((table) => table.id === this.scenario) : all;
    if (shown.length === 0) {
      return this.renderEmpty(this.scenario ? this.t.scenarios.notFound(this.scenario) : this.t.scenarios.none);
    }
    return html`${shown.map((table, index) => this.renderTable(table, index))}`;
  }

  private cell(value: ScenarioTable['rows'][number][string] | undefined, column: ScenarioTable['columns'][number]): unknown {
    if (value === undefined) return '–';
    if (typeof value !== 'number') return renderFigure(value, String, this.viewContext!);
    const locale = this.i18n.locale;
    if (column.unit === 'percent') return formatPercent(value, { decimals: column.decimals, locale });
    if (column.unit === 'money') return formatMoney(value, 'full', { locale });
    return formatNumber(value, column.decimals, locale);
  }

  private renderTable(table: ScenarioTable, index: number): TemplateResult {
    const captionId = `${this.uid}-${index}`;
    const [first, ...rest] = table.columns;
    // The title is a heading above the table (it wraps at 320px, where a caption would scroll away
    // with the figures); the caption repeats it for screen readers and names the scrolling region.
    return html`
      ${heading(this.level, this.text(table.title), { className: 'title', part: 'title' })}
      ${(table.description ?? []).map((text) => html`<p>${this.text(text)}</p>`)}
      <div class="table-region" part="region" role="region" aria-labelledby=${captionId} tabindex="0">
        <table part="table">
          <caption id=${captionId} class="visually-hidden">${this.text(table.title)}</caption>
          <thead>
            <tr>
              ${table.columns.map((column) => html`<th scope="col" class=${column.unit === 'text' ? '' : 'numeric'}>${this.text(column.label)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) => html`<tr>
                <th scope="row" class=${first!.unit === 'text' ? '' : 'numeric'}>${this.cell(row[first!.id], first!)}</th>
                ${rest.map((column) => html`<td class=${column.unit === 'text' ? '' : 'numeric'}>${this.cell(row[column.id], column)}</td>`)}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${(table.notes ?? []).map((text) => html`<p>${this.text(text)}</p>`)} ${renderSource(table.source, this.viewContext!)}
    `;
  }
}
