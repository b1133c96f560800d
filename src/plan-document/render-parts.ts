/**
 * Draws the plan document's printed parts from their view models (parts-view.ts): precepts, the plan's
 * other tables, consultations, bodies, meetings, editions, status scales, key figures, partners,
 * sources and contents lists. Nothing is decided here but markup; narrative inside a part (paragraphs,
 * lists, sources, a figure's context) is drawn by the shared renderers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { figureContext } from '../narrative/render-figure.js';
import { renderList, renderParagraphs, renderSource } from '../narrative/render-narrative.js';
import { renderNamedList } from '../narrative/render-sections.js';
import { renderTable, type CellView } from '../narrative/render-table.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import { txtAmountsWhole } from '../view/render-amounts.js';
import { txt } from '../view/render-text.js';
import type {
  BodyView,
  ConsultationView,
  ContentsEntryView,
  EditionView,
  FigureItem,
  FigureView,
  KeyFigureView,
  LabelledList,
  MeetingView,
  ObjectiveNameView,
  PartnersView,
  Phrase,
  PreceptView,
  PrintedCell,
  PrintedTableModel,
  PrintedTableView,
  SourceView,
  StatusScaleView,
} from './parts-view.js';

/** A phrase: each part as text, in its own language when that is not the page's. */
export const phrase = (parts: Phrase): unknown[] => parts.map(txt);

/** A paragraph of the phrase, or nothing when it is empty. */
const phraseParagraph = (parts: Phrase | undefined, className = 'paragraph') => (parts?.length ? html`<p class=${className}>${phrase(parts)}</p>` : nothing);

/** Feed text, linked when the plan gives a link. */
export const linked = (text: PlanText, url: string | undefined) => (url ? html`<a href=${url}>${txt(text)}</a>` : txt(text));

/** A figure as printed, then what the plan says about it (period, note, source). */
export const figure = (view: FigureView, ctx: ViewContext) => html`${txt(view.text)}${view.details !== undefined ? figureContext(view.details, ctx) : nothing}`;

const figureItem = (item: FigureItem, ctx: ViewContext) => html`<li>${phrase(item.label)} <strong>${figure(item.figure, ctx)}</strong></li>`;

/** A list under the document's words ("Decisions:"), or nothing. */
const labelledList = (list: LabelledList | undefined, ctx: ViewContext) =>
  list ? html`<p class="paragraph">${list.label}</p>${renderList(list.items, ctx)}` : nothing;

/** The objective a part belongs to: "Priority 2: Safer roads". */
export const objectiveName = (view: ObjectiveNameView | undefined) => (view ? html`<p class="paragraph muted">${view.label} ${txt(view.title)}</p>` : nothing);

/** A printed table's cell as drawn by `renderTable`: its text (in parts, or with its figure's context). */
function cellView(cell: PrintedCell, ctx: ViewContext): CellView {
  const content = html`${cell.parts ? cell.parts.map(txtAmountsWhole) : txtAmountsWhole(cell.text)}${cell.details !== undefined ? figureContext(cell.details, ctx) : nothing}`;
  return { content, numeric: cell.numeric, colspan: cell.colspan, rowspan: cell.rowspan };
}

/** A printed table model: its head rows as printed, its rows with their headers, its column groups. */
export function renderPrintedTable(model: PrintedTableModel, uid: string, ctx: ViewContext): TemplateResult {
  const head = model.head.map((row) => row.map((cell) => cellView(cell, ctx)));
  const rows = model.rows.map((row) => [...(row.header ? [row.header] : []), ...row.cells].map((cell) => cellView(cell, ctx)));
  return renderTable({ id: `${uid}-${model.id}`, caption: txt(model.caption), head, rows, rowHeaders: model.rowHeaders, groups: model.groups, hint: ctx.t.common.scrollHint });
}

export function renderPrecept(view: PreceptView, level: number, uid: string, ctx: ViewContext): TemplateResult {
  return html`<div class="section precept">
    ${heading(level, txt(view.title), { className: 'subheading' })}
    ${view.service ? html`<p class="paragraph muted">${txt(view.service)}</p>` : nothing} ${renderParagraphs(view.description, ctx)}
    ${view.table ? renderPrintedTable(view.table, uid, ctx) : nothing}
    ${view.years.map(
      (year) => html`${heading(level + 1, phrase(year.heading), { className: 'subheading' })}
        ${year.items.length
          ? html`<ul class="list">
              ${year.items.map((item) => ('figure' in item ? figureItem(item, ctx) : html`<li>${phrase(item.text)}</li>`))}
            </ul>`
          : nothing}
        ${labelledList(year.decisions, ctx)} ${labelledList(year.delivers, ctx)} ${renderParagraphs(year.notes, ctx)} ${renderSource(year.source, ctx)}`,
    )}
    ${renderParagraphs(view.notes, ctx)} ${renderSource(view.source, ctx)}
  </div>`;
}

/** One of the plan's other tables, with its description, notes, the objective it belongs to and its source. */
export function renderTablePart(view: PrintedTableView, uid: string, ctx: ViewContext): TemplateResult {
  return html`<div class="section">
    ${renderParagraphs(view.description, ctx)} ${renderPrintedTable(view.table, uid, ctx)}
    ${renderParagraphs(view.notes, ctx)} ${objectiveName(view.objective)} ${renderSource(view.source, ctx)}
  </div>`;
}

export function renderConsultation(view: ConsultationView, level: number, ctx: ViewContext): TemplateResult {
  return html`<div class="section">
    ${heading(level, linked(view.title, view.url), { className: 'subheading' })} ${renderParagraphs(view.description, ctx)}
    ${phraseParagraph(view.dates)} ${phraseParagraph(view.audiences)} ${labelledList(view.questions, ctx)}
    ${view.respondents ? html`<p class="paragraph">${view.respondents.label} <strong>${figure(view.respondents.figure, ctx)}</strong></p>` : nothing}
    ${view.results
      ? html`<p class="paragraph">${view.results.label}</p>
          <ul class="list">
            ${view.results.items.map((item) => figureItem(item, ctx))}
          </ul>`
      : nothing}
    ${labelledList(view.findings, ctx)} ${renderSource(view.source, ctx)}
  </div>`;
}

export function renderBody(view: BodyView, level: number, uid: string, ctx: ViewContext): TemplateResult {
  return html`<div class="section" id="${uid}-body-${view.id}">
    ${heading(level, linked(view.name, view.url), { className: 'subheading' })} ${phraseParagraph(view.otherNames, 'paragraph muted')}
    ${phraseParagraph(view.kind, 'paragraph muted')} ${view.role ? html`<p class="paragraph">${txt(view.role)}</p>` : nothing}
    ${renderParagraphs(view.description, ctx)} ${labelledList(view.members, ctx)} ${phraseParagraph(view.partOf)}
  </div>`;
}

/** Bodies the plan only names: a list, each item with the body's id (meetings link to it). */
export function renderBodyList(bodies: readonly BodyView[], uid: string): TemplateResult {
  return html`<ul class="list">
    ${bodies.map((view) => html`<li id="${uid}-body-${view.id}">${linked(view.name, view.url)}</li>`)}
  </ul>`;
}

export function renderMeeting(view: MeetingView, level: number, ctx: ViewContext): TemplateResult {
  return html`<div class="section">
    ${heading(level, linked(view.title, view.url), { className: 'subheading' })} ${phraseParagraph(view.details, 'paragraph muted')}
    ${labelledList(view.items, ctx)} ${labelledList(view.decisions, ctx)} ${renderParagraphs(view.notes, ctx)} ${renderSource(view.source, ctx)}
  </div>`;
}

/** A printed contents list, nested as printed, each entry with its page number as printed. */
export function renderContents(entries: readonly ContentsEntryView[]): TemplateResult {
  return html`<ul class="list contents">
    ${entries.map(
      (entry) =>
        html`<li>${txt(entry.title)}${entry.page ? html` <span class="muted">(${phrase(entry.page)})</span>` : nothing}${entry.items.length
          ? renderContents(entry.items)
          : nothing}</li>`,
    )}
  </ul>`;
}

export function renderEditions(editions: readonly EditionView[], level: number, ctx: ViewContext): TemplateResult {
  return html`<ul class="list">
    ${editions.map(
      (edition) => html`<li>
        ${linked(edition.title, edition.url)}${edition.details.length ? html` <span class="muted">(${phrase(edition.details)})</span>` : nothing}${edition.current
          ? html` <strong>${edition.current}</strong>`
          : nothing}${edition.note ? html`. ${txt(edition.note)}` : nothing}
        ${edition.contents ? html`<p class="paragraph">${edition.contents.label}</p>${renderContents(edition.contents.entries)}` : nothing}
        ${edition.lists.map((list) => renderNamedList(list, level, ctx))} ${renderSource(edition.source, ctx)}
      </li>`,
    )}
  </ul>`;
}

/** The plan's own status scale: each status's label as printed and what it means. */
export function renderStatusScale(view: StatusScaleView, level: number): TemplateResult {
  return html`<div class="section">
    ${heading(level, txt(view.title), { className: 'subheading' })}
    <ul class="list">
      ${view.statuses.map((status) => html`<li><strong>${txt(status.label)}</strong>${status.meaning ? html`: ${txt(status.meaning)}` : nothing}</li>`)}
    </ul>
  </div>`;
}

export function renderKeyFigures(title: string, figures: readonly KeyFigureView[], level: number, ctx: ViewContext): TemplateResult {
  return html`${heading(level, title, { className: 'subheading' })}
    <ul class="figures">
      ${figures.map(
        (view) => html`<li>
          ${txt(view.label)}: <strong>${figure(view.value, ctx)}</strong>${view.period ? html` (${txt(view.period)})` : ''}${view.note
            ? html`. <span class="muted">${txt(view.note)}</span>`
            : nothing}${view.illustrative ? html` <span class="muted">${view.illustrative}</span>` : nothing}
          ${objectiveName(view.objective)} ${renderSource(view.source, ctx)}
        </li>`,
      )}
    </ul>`;
}

export function renderPartners(title: string, view: PartnersView, level: number, ctx: ViewContext): TemplateResult {
  return html`${heading(level, title, { className: 'subheading' })}
    ${view.groups.map(
      (group) => html`${group.label ? html`<p class="paragraph">${group.label}</p>` : nothing}
        <ul class="list">
          ${group.partners.map(
            (partner) => html`<li>
              ${linked(partner.name, partner.url)}${partner.type ? html` <span class="muted">(${txt(partner.type)})</span>` : nothing}${partner.role
                ? html`: ${txt(partner.role)}`
                : nothing}
              ${renderParagraphs(partner.description, ctx)}
            </li>`,
          )}
        </ul>`,
    )}`;
}

export function renderSources(title: string, sources: readonly SourceView[], level: number, uid: string): TemplateResult {
  return html`${heading(level, title, { className: 'subheading' })}
    <ul class="list">
      ${sources.map(
        (source) => html`<li id=${source.id ? `${uid}-source-${source.id}` : nothing}>
          ${linked(source.title, source.url)}${phrase(source.details)}${source.note ? html` <span class="muted">(${txt(source.note)})</span>` : nothing}
        </li>`,
      )}
    </ul>`;
}
