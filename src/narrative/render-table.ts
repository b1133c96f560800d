/**
 * Printed tables, drawn one way wherever the plan document shows them (precepts, the plan's other
 * tables): a caption, header cells with their scope, row headers, numbers right-aligned, and a
 * labelled region that scrolls sideways on its own so the page reflows at 320px. Styles: tableStyles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { txt } from '../view/render-text.js';
import type { TableCell, TableModel, TableRow } from '../view/table-model.js';

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
  return html`<div class="table-region" role="region" aria-labelledby=${id} tabindex="0">
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

/** A model cell's content: its text (in its language), a spoken version for screen readers, and its notes. */
export function renderModelCell(cell: TableCell): unknown {
  const shown = cell.spoken
    ? html`<span aria-hidden="true">${txt(cell.text)}</span><span class="visually-hidden spoken">${cell.spoken}</span>`
    : txt(cell.text);
  return html`${shown}${(cell.notes ?? []).map((note) => html` <span class="cell-note">${txt(note)}</span>`)}`;
}

/**
 * A table model (view/table-model.ts) as a table: caption, column headers with their scope, group
 * rows, row headers, figures right-aligned, totals in a footer, in a region that scrolls sideways on
 * its own. `cell` draws a cell's content when an element needs more than text (a link, a bar).
 */
export function renderTableModel<C extends TableCell>(
  id: string,
  model: TableModel<C>,
  cell: (cell: C) => unknown = renderModelCell,
): TemplateResult {
  const width = model.columns.length;
  const row = (entry: TableRow<C>) => html`${entry.group
      ? html`<tr class="group"><th scope="rowgroup" colspan=${width}>${txt(entry.group)}</th></tr>`
      : nothing}<tr class=${entry.kind ?? nothing}>
      ${model.rowHeaders && entry.header ? html`<th scope="row">${cell(entry.header)}</th>` : nothing}
      ${entry.cells.map(
        (item) => html`<td class=${item.numeric ? 'numeric' : nothing} colspan=${span(item.colspan)} rowspan=${span(item.rowspan)}>${cell(item)}</td>`,
      )}
    </tr>`;
  return html`<div class="table-region" role="region" aria-labelledby=${id} tabindex="0">
    <table part="table" class=${model.rowHeaders ? 'sticky-first' : nothing}>
      <caption id=${id}>${txt(model.caption)}</caption>
      <thead>
        <tr>
          ${model.columns.map((column) => html`<th scope="col" class=${column.numeric ? 'numeric' : nothing}>${txt(column.text)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.rows.map(row)}
      </tbody>
      ${model.foot?.length ? html`<tfoot>${model.foot.map(row)}</tfoot>` : nothing}
    </table>
  </div>`;
}
