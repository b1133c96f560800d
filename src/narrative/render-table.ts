/**
 * Printed tables, drawn one way wherever the plan document shows them (precepts, the plan's other
 * tables): a caption, header cells with their scope, row headers, numbers right-aligned, and a
 * labelled region that scrolls sideways on its own so the page reflows at 320px. Styles: tableStyles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { tableRegion } from '../base/scroll-region.js';

/** One cell as drawn: its content, whether it is a figure (right-aligned), and how far it spans. */
export interface CellView {
  content: unknown;
  numeric?: boolean;
  colspan?: number;
  rowspan?: number;
}

const span = (value: number | undefined) => (value && value > 1 ? value : nothing);

/** A printed table as drawn. */
export interface TableView {
  /** The caption's id: it names the scrolling region. */
  readonly id: string;
  readonly caption: unknown;
  /** Column header rows; a cell spanning columns heads a column group, given in `groups` as column counts. */
  readonly head: readonly CellView[][];
  readonly rows: readonly CellView[][];
  /** True when each row's first cell heads its row. */
  readonly rowHeaders?: boolean;
  readonly groups?: readonly number[] | undefined;
  /** The words shown under the table while it scrolls sideways. */
  readonly hint: string;
  /** True when script may move focus to it (tabindex -1), as when a "Show as table" button shows it. */
  readonly focusable?: boolean;
}

/** A table in its labelled scrolling region. */
export function renderTable({ id, caption, head, rows, rowHeaders = false, groups, hint, focusable = false }: TableView): TemplateResult {
  return tableRegion(
    html`<table part="table" class=${rowHeaders ? 'sticky-first' : nothing} tabindex=${focusable ? '-1' : nothing}>
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
    </table>`,
    { labelledBy: id, hint },
  );
}
