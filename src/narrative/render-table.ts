/**
 * Printed tables, drawn one way wherever the plan document shows them (precepts, the plan's other
 * tables): a caption, header cells with their scope, row headers, numbers right-aligned, and a
 * labelled region that scrolls sideways on its own so the page reflows at 320px. Styles: tableStyles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { scrollRegion } from '../base/scroll-region.js';

/** One cell as drawn: its content, whether it is a figure (right-aligned), and how far it spans. */
export interface CellView {
  content: unknown;
  numeric?: boolean;
  colspan?: number;
  rowspan?: number;
}

const span = (value: number | undefined) => (value && value > 1 ? value : nothing);

/**
 * A table: `head` rows are column headers (a cell spanning columns heads a column group, given in
 * `groups` as column counts); with `rowHeaders` each row's first cell heads its row.
 */
export function renderTable(
  id: string,
  caption: unknown,
  head: readonly CellView[][],
  rows: readonly CellView[][],
  rowHeaders = false,
  groups?: readonly number[],
): TemplateResult {
  return html`<div class="table-region" role="region" aria-labelledby=${id} tabindex=${scrollRegion()}>
    <table part="table" class=${rowHeaders ? 'sticky-first' : nothing}>
      <caption id=${id}>${caption}</caption>
      ${groups ? groups.map((count) => html`<colgroup span=${count}></colgroup>`) : nothing}
      ${head.length
        ? html`<thead>
            ${head.map(
              (row) => html`<tr>
                ${row.map(
                  (cell) => html`<th
                    scope=${(cell.colspan ?? 1) > 1 ? 'colgroup' : 'col'}
                    colspan=${span(cell.colspan)}
                    rowspan=${span(cell.rowspan)}
                    class=${cell.numeric ? 'numeric' : nothing}
                  >${cell.content}</th>`,
                )}
              </tr>`,
            )}
          </thead>`
        : nothing}
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${row.map((cell, index) =>
              index === 0 && rowHeaders
                ? html`<th scope="row">${cell.content}</th>`
                : html`<td class=${cell.numeric ? 'numeric' : nothing} colspan=${span(cell.colspan)}>${cell.content}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
