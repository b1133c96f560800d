/**
 * The "Download CSV" link every element with a table gives. Its accessible name says which table it
 * downloads ("Download CSV: Funding planned … 2021 to 2025"): a page with several elements has several
 * such links, and a screen reader's links list or a link-by-link reading must tell them apart (WCAG
 * 2.4.4). The table's caption follows the words shown, visually hidden, so the name begins with what
 * is seen and speech-input users can say it (2.5.3).
 */
import { html, type TemplateResult } from 'lit';
import type { TableModel } from '../view/table-model.js';
import { txt } from '../view/render-text.js';

export function downloadLink(href: string, table: Pick<TableModel, 'caption' | 'fileName'>, label: unknown): TemplateResult {
  return html`<a href=${href} download="${table.fileName}.csv">${label}<span class="visually-hidden">: ${txt(table.caption)}</span></a>`;
}
