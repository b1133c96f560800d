/**
 * The parts of the plan document that no other element shows: precepts, the plan's other tables,
 * consultations, governance (bodies and meetings) and editions. Figures are shown as printed; a
 * bare number is formatted with every decimal it has.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { formatDate } from '../format/date.js';
import { periodText, type FigureValue } from '../format/figure.js';
import { renderFigureIn } from '../narrative/render-figure.js';
import { planPeriodText } from '../i18n/plan-period.js';
import type { Messages } from '../i18n/messages/en.js';
import { renderList, renderNamedList, renderParagraphs, renderSource } from '../narrative/render-narrative.js';
import { cellView, renderTable, type CellView } from '../narrative/render-table.js';
import type { ListItem, Objective, Plan, Precept, Table } from '../schema/plan.js';
import type { ViewContext } from '../view/plan-text.js';
import { feedText } from '../view/render-text.js';

type ContentsEntry = NonNullable<Plan['contents']>[number];

/** What every part needs: the plan, the words, the locale, its heading level and an id prefix. */
export interface PartContext {
  plan: Plan;
  t: Messages;
  locale: string;
  level: number;
  uid: string;
  /** The plan's language facts (see view/plan-text.ts). */
  ctx: ViewContext;
}

/** A bare number as a plain figure; printed text as printed. */
export const plainFigure = (figure: FigureValue, ctx: ViewContext) => renderFigureIn(figure, 'number', ctx);


const link = (ctx: ViewContext, url: string | undefined, text: string) => (url ? html`<a href=${url}>${feedText(ctx, text)}</a>` : feedText(ctx, text));

/** A list item "label figure", the figure in bold. */
const item = (label: unknown, figure: unknown) => html`<li>${label} <strong>${figure}</strong></li>`;

/** "Label: figure" items. */
const figureItems = (items: readonly { label: string; figure: FigureValue }[], ctx: ViewContext) =>
  items.map((entry) => item(html`${feedText(ctx, entry.label)}:`, plainFigure(entry.figure, ctx)));

/** The parts given (feed text already marked), joined: "Opens: 2 January 2024 · four weeks". */
export const join = (parts: readonly unknown[], separator = ' · ') => parts.filter((part) => part && part !== nothing).map((part, index) => html`${index ? separator : ''}${part}`);

/** A paragraph of the parts given, joined; nothing when none is. */
export const joined = (parts: readonly unknown[], className = 'paragraph', separator?: string) => {
  const given = join(parts, separator);
  return given.length ? html`<p class=${className}>${given}</p>` : nothing;
};

/** A list under its own words ("Decisions:"), or nothing. */
const labelledList = (ctx: ViewContext, label: string, items: readonly ListItem[] | undefined) =>
  items?.length ? html`<p class="paragraph">${label}</p>${renderList(items, ctx)}` : nothing;

const plainList = (ctx: ViewContext, label: string, items: readonly string[] | undefined) =>
  items?.length ? labelledList(ctx, label, items.map((text) => ({ text }))) : nothing;

/** The objective (at any depth) with this id, named with the plan's word for its level: "Priority 2: Safer roads". */
export function objectiveName(id: string | undefined, ctx: ViewContext): TemplateResult | typeof nothing {
  const { plan, t, locale } = ctx;
  const find = (objectives: readonly Objective[], depth: number): [Objective, number] | undefined => {
    for (const objective of objectives) {
      if (objective.id === id) return [objective, depth];
      const found = find(objective.children ?? [], depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  const found = id ? find(plan.objectives, 0) : undefined;
  if (!found) return nothing;
  const [objective, depth] = found;
  const word = ctx.word(plan.levels?.[depth]?.singular, t.common.objective);
  const name = `${word.charAt(0).toLocaleUpperCase(locale)}${word.slice(1)}${objective.number !== undefined ? ` ${objective.number}` : ''}:`;
  return html`<p class="paragraph muted">${name} ${feedText(ctx, objective.title)}</p>`;
}

const FACTS = ['amount', 'increase', 'increasePercent', 'perMonth', 'increasePerMonth', 'perWeek', 'increasePerWeek', 'cap'] as const;
type Charge = NonNullable<Precept['years'][number]['charges']>[number];

export function renderPrecepts({ plan, t, level, uid, ctx }: PartContext): TemplateResult {
  const words = t.document;
  const band = (name: string) => (/^band\b/i.test(name) ? feedText(ctx, name) : html`${words.band} ${feedText(ctx, name)}`);
  const fact = (key: (typeof FACTS)[number], figure: FigureValue) =>
    renderFigureIn(figure, key === 'increasePercent' ? 'percent' : 'money', ctx);
  const money = (figure: FigureValue) => renderFigureIn(figure, 'money', ctx);
  return html`${plan.precepts!.map((precept, index) => {
    const charges = (year: Precept['years'][number]) => year.charges ?? [];
    const bands = [...new Set(precept.years.flatMap((year) => charges(year).map((charge) => charge.band)))];
    const groups = bands
      .map((name) => ({ name, facts: FACTS.filter((key) => precept.years.some((year) => charges(year).some((charge) => charge.band === name && charge[key] !== undefined))) }))
      .filter((group) => group.facts.length);
    const stages = precept.years.some((year) => year.stage);
    const rowspan = groups.length ? 2 : 1;
    const lead: CellView[] = [{ content: words.year, rowspan }, ...(stages ? [{ content: words.stage, rowspan }] : [])];
    const head = [
      [...lead, ...groups.map((group) => ({ content: band(group.name), colspan: group.facts.length }))],
      groups.flatMap((group) => group.facts.map((key) => ({ content: key === 'cap' ? words.capHeading : words[key], numeric: true }))),
    ];
    // A year the document does not name reads "Not stated", never a year made up for it.
    const yearName = (year: Precept['years'][number]) => feedText(ctx, year.period ?? t.common.period(null, null));
    const rows = precept.years.map((year) => [
      { content: yearName(year) },
      ...(stages ? [{ content: feedText(ctx, year.stage) }] : []),
      ...groups.flatMap((group) => {
        const charge = charges(year).find((candidate) => candidate.band === group.name);
        return group.facts.map((key) => ({ content: charge?.[key] !== undefined ? fact(key, charge[key]) : '', numeric: true }));
      }),
    ]);
    const notes = (year: Precept['years'][number]) => charges(year).filter((charge): charge is Charge & { note: string } => Boolean(charge.note));
    return html`<div class="section">
      ${heading(level, feedText(ctx, precept.title), { className: 'subheading' })}
      ${joined([feedText(ctx, precept.service)], 'paragraph muted')} ${renderParagraphs(precept.description, ctx)}
      ${groups.length ? renderTable(`${uid}-precept-${index}`, feedText(ctx, precept.title), head, rows, true, [lead.length, ...groups.map((group) => group.facts.length)]) : nothing}
      ${precept.years.map((year) => {
        const figures = [
          ...(year.increase !== undefined ? [item(`${words.increase}:`, money(year.increase))] : []),
          ...(year.increasePercent !== undefined ? [item(`${words.increasePercent}:`, fact('increasePercent', year.increasePercent))] : []),
          ...(year.requirement !== undefined ? [item(words.requirement, money(year.requirement))] : []),
          ...(year.cap !== undefined ? [item(words.cap, money(year.cap))] : []),
          ...figureItems(year.figures ?? [], ctx),
          ...notes(year).map((charge) => html`<li>${band(charge.band)}: ${feedText(ctx, charge.note)}</li>`),
        ];
        const shown = figures.length || year.decisions?.length || year.delivers?.length || year.notes?.length || year.source || (!groups.length && year.stage);
        return shown
          ? html`${heading(level + 1, html`${yearName(year)}${!groups.length && year.stage ? html` (${feedText(ctx, year.stage)})` : nothing}`, { className: 'subheading' })}
              ${figures.length ? html`<ul class="list">${figures}</ul>` : nothing} ${labelledList(ctx, words.decisions, year.decisions)}
              ${labelledList(ctx, words.delivers, year.delivers)} ${renderParagraphs(year.notes, ctx)} ${renderSource(year.source, ctx)}`
          : nothing;
      })}
      ${renderParagraphs(precept.notes, ctx)} ${renderSource(precept.source, ctx)}
    </div>`;
  })}`;
}

/** A table as the plan prints it: head rows, rows (the first cell a row header when the plan says so), notes. */
export function renderPrintedTable(table: Table, { uid, ctx }: PartContext, index: number): TemplateResult {
  const width = Math.max(0, ...table.rows.map((row) => row.length));
  // A column is of figures when every cell given in it is one.
  const numeric = Array.from({ length: width }, (_, column) => {
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell !== null && cell !== undefined);
    return cells.length > 0 && cells.every((cell) => cellView(cell!, ctx).numeric);
  });
  const head = (table.head ?? []).map((row) => row.map((cell, column) => ({ ...cellView(cell, ctx), numeric: Boolean(numeric[column]) && !(column === 0 && table.rowHeaders) })));
  const rows = table.rows.map((row) => row.map((cell) => cellView(cell, ctx)));
  return html`<div class="section">
    ${renderParagraphs(table.description, ctx)} ${renderTable(`${uid}-table-${index}`, feedText(ctx, table.caption), head, rows, Boolean(table.rowHeaders))}
    ${renderParagraphs(table.notes, ctx)} ${objectiveName(table.objectiveId, ctx)} ${renderSource(table.source, ctx)}
  </div>`;
}

export function renderConsultations({ plan, t, locale, level, ctx }: PartContext): TemplateResult {
  const words = t.document;
  return html`${plan.consultations!.map((consultation) => {
    return html`<div class="section">
      ${heading(level, link(ctx, consultation.url, consultation.title), { className: 'subheading' })} ${renderParagraphs(consultation.description, ctx)}
      ${joined([
        consultation.opens && `${words.opens} ${formatDate(consultation.opens, locale)}`,
        consultation.closes && `${words.closes} ${formatDate(consultation.closes, locale)}`,
        feedText(ctx, periodText(consultation.period, locale)),
      ])}
      ${consultation.audiences?.length ? joined([words.audiences, join(consultation.audiences.map((text) => feedText(ctx, text)), '; ')], 'paragraph', ' ') : nothing}
      ${plainList(ctx, words.questions, consultation.questions)}
      ${consultation.respondents !== undefined
        ? html`<p class="paragraph">${words.respondents} <strong>${plainFigure(consultation.respondents, ctx)}</strong></p>`
        : nothing}
      ${consultation.results?.length ? html`<p class="paragraph">${words.results}</p><ul class="list">${figureItems(consultation.results, ctx)}</ul>` : nothing}
      ${labelledList(ctx, words.findings, consultation.findings)} ${renderSource(consultation.source, ctx)}
    </div>`;
  })}`;
}

export function renderBodies({ plan, t, level, uid, ctx }: PartContext): TemplateResult {
  const words = t.document;
  return html`${plan.bodies!.map((body) => {
    const parent = body.partOf ? plan.bodies!.find((candidate) => candidate.id === body.partOf) : undefined;
    return html`<div class="section" id="${uid}-body-${body.id}">
      ${heading(level, link(ctx, body.url, body.name), { className: 'subheading' })}
      ${body.otherNames?.length ? joined(body.otherNames.map((text) => feedText(ctx, text)), 'paragraph muted', ' · ') : nothing}
      ${joined([feedText(ctx, body.kind), body.meets && html`${words.meets} ${feedText(ctx, body.meets)}`], 'paragraph muted')} ${joined([feedText(ctx, body.role)])}
      ${renderParagraphs(body.description, ctx)} ${plainList(ctx, words.members, body.members)} ${parent ? joined([words.partOf, feedText(ctx, parent.name)], 'paragraph', ' ') : nothing}
    </div>`;
  })}`;
}

export function renderMeetings({ plan, t, locale, level, ctx }: PartContext): TemplateResult {
  const words = t.document;
  return html`${plan.meetings!.map((meeting) => {
    const body = meeting.bodyId ? plan.bodies?.find((candidate) => candidate.id === meeting.bodyId) : undefined;
    return html`<div class="section">
      ${heading(level, link(ctx, meeting.url, meeting.title), { className: 'subheading' })}
      ${joined([body && feedText(ctx, body.name), meeting.dateLabel ? feedText(ctx, meeting.dateLabel) : meeting.date && formatDate(meeting.date, locale), feedText(ctx, meeting.venue), feedText(ctx, meeting.item)], 'paragraph muted')}
      ${labelledList(ctx, words.items, meeting.items)} ${labelledList(ctx, words.decisions, meeting.decisions)} ${renderParagraphs(meeting.notes, ctx)}
      ${renderSource(meeting.source, ctx)}
    </div>`;
  })}`;
}

/** A printed contents list, nested as printed, each entry with its page number as printed. */
export function renderContents(entries: readonly ContentsEntry[], ctx: ViewContext): TemplateResult {
  const { t } = ctx;
  return html`<ul class="list contents">
    ${entries.map(
      (entry) =>
        html`<li>${feedText(ctx, entry.title)}${entry.page !== undefined ? html` <span class="muted">(${t.document.page} ${feedText(ctx, String(entry.page))})</span>` : nothing}${entry.items?.length
          ? renderContents(entry.items, ctx)
          : nothing}</li>`,
    )}
  </ul>`;
}

export function renderEditions({ plan, t, locale, level, ctx }: PartContext): TemplateResult {
  const words = t.document;
  return html`<ul class="list">
    ${plan.editions!.map((edition) => {
      const kind = edition.kind ? words.editionKinds[edition.kind] : undefined;
      const period = edition.period && (edition.period.label || edition.period.start || edition.period.end) ? planPeriodText(edition.period, t) : undefined;
      const details = join(
        [kind, feedText(ctx, period), edition.date && formatDate(edition.date, locale), edition.updated && `${words.lastUpdated} ${formatDate(edition.updated, locale)}`],
        ', ',
      );
      return html`<li>
        ${link(ctx, edition.url, edition.title)}${details.length ? html` <span class="muted">(${details})</span>` : nothing}${edition.current
          ? html` <strong>${words.current}</strong>`
          : nothing}${edition.note ? html`. ${feedText(ctx, edition.note)}` : nothing}
        ${edition.contents?.length ? html`<p class="paragraph">${words.printedContents}</p>${renderContents(edition.contents, ctx)}` : nothing}
        ${(edition.lists ?? []).map((list) => renderNamedList(list, level, ctx))} ${renderSource(edition.source, ctx)}
      </li>`;
    })}
  </ul>`;
}

/** The plan's own status scales: each status's label as printed and what it means ("Amber: requires additional scrutiny"). */
export function renderStatusScales({ plan, t, level, ctx }: PartContext): TemplateResult {
  return html`${(plan.statusScales ?? []).map(
    (scale) => html`<div class="section">
      ${heading(level, feedText(ctx, scale.title ?? t.progress.key), { className: 'subheading' })}
      <ul class="list">
        ${scale.statuses.map((status) => html`<li><strong>${feedText(ctx, status.label)}</strong>${status.meaning ? html`: ${feedText(ctx, status.meaning)}` : nothing}</li>`)}
      </ul>
    </div>`,
  )}`;
}
