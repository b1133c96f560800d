/**
 * The printed parts of the plan document as view models: precepts, the plan's other tables,
 * consultations, governance bodies, meetings, editions, status scales, key figures, partners, sources
 * and printed contents lists. Pure (no Lit, no DOM): every word, figure and separator is decided
 * here, feed text carrying its own language; render-parts.ts only draws what these return.
 */
import { formatDate } from '../format/date.js';
import { csvFigure, figureDetails, figureNumber, periodText, unitParts, type FigureValue } from '../format/figure.js';
import { planPeriodText } from '../i18n/plan-period.js';
import type { Body, Consultation, Edition, KeyFigure, ListItem, Meeting, NamedList, Partner, Plan, Precept, Section, StatusScale, Table } from '../schema/plan.js';
import { findInTree } from '../view/tree.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import type { TableCell, TableColumn, TableModel, TableRow } from '../view/table-model.js';
import '../i18n/messages/en/document.js';
import '../i18n/messages/en/progress.js';

/** Where a part of the plan comes from, as the feed refers to it (drawn by the shared `renderSource`). */
export type SourceRef = NonNullable<Section['source']>;

/**
 * Text made of the document's own words and feed text, shown in order: "Band" and "D", "Opens: 2
 * January 2024", " · ", "four weeks". Each part keeps its language, so feed text in another language
 * than the page's is marked on its own and the document's words are not.
 */
export type Phrase = readonly PlanText[];

/** The document's own words (in the page's language) as a part of a phrase. */
const own = (text: string): PlanText => ({ text });

type PhrasePart = Phrase | PlanText | undefined | null | false | '';

const partsOf = (part: PhrasePart): Phrase => (!part ? [] : 'text' in part ? [part as PlanText] : (part as Phrase));

/**
 * The parts given, in order, with `separator` between them: "Opens: 2 January 2024 · Closes: …".
 * Missing and empty parts are left out (no separator for a part the plan does not give).
 */
export function joinPhrases(parts: readonly PhrasePart[], separator: string): PlanText[] {
  const given = parts.map(partsOf).filter((phrase) => phrase.some((part) => part.text !== ''));
  return given.flatMap((phrase, index) => (index ? [own(separator), ...phrase] : [...phrase]));
}

/** A figure as the reader sees it. */
export interface FigureView {
  /** The figure as printed, or a bare number formatted in its unit with every decimal it has. */
  readonly text: PlanText;
  /** The figure, when the plan says more about it (period, note, source): drawn after it by `figureContext`. */
  readonly details?: FigureValue;
}

/** A figure in its unit: printed text exactly as printed, a bare number formatted ("£97,139,153", "5.3%"). */
export function figureView(figure: FigureValue, unit: 'money' | 'percent' | 'number', ctx: ViewContext): FigureView {
  const text = ctx.joined(unitParts(figure, unit, ctx.locale));
  return figureDetails(figure) ? { text, details: figure } : { text };
}

/** A cell of a printed table: its text and CSV value, and what the plan says about its figure. */
export interface PrintedCell extends TableCell {
  /** The figure, when the plan says more about it (period, note, source), drawn after the text. */
  readonly details?: FigureValue;
  /** The text in parts, when the document's words and feed text meet in one cell ("Band" "D"). */
  readonly parts?: Phrase;
}

/**
 * A printed table: a table model (rows, row headers, the CSV) with its head as the plan prints it,
 * which may be more than one row (a precept's bands over their columns). `columns` has one entry per
 * column, for the CSV; `head` is what is drawn.
 */
export interface PrintedTableModel extends TableModel<PrintedCell> {
  /** The table's id within the document ("precept-0", "table-2"): the page prefixes it to make it unique. */
  readonly id: string;
  /** Head rows as drawn; a cell spanning columns heads a column group. */
  readonly head: readonly (readonly PrintedCell[])[];
  /** The column groups as column counts (a precept: year and stage, then each band), when the head groups columns. */
  readonly groups?: readonly number[];
}

/** A list under the document's own words ("Decisions:"). */
export interface LabelledList {
  readonly label: string;
  readonly items: readonly ListItem[];
}

/** "Label: figure" with the figure in bold. */
export interface FigureItem {
  readonly label: Phrase;
  readonly figure: FigureView;
}

const labelledList = (label: string, items: readonly ListItem[] | undefined): LabelledList | undefined =>
  items?.length ? { label, items } : undefined;

const plainList = (label: string, items: readonly string[] | undefined): LabelledList | undefined =>
  labelledList(label, items?.map((text) => ({ text })));

const figureItem = (label: string, figure: FigureValue, ctx: ViewContext): FigureItem => ({
  label: [ctx.text(label), own(':')],
  figure: figureView(figure, 'number', ctx),
});

/** A cell as the feed gives it (null, a number, printed text or a figure): numbers with every decimal. */
function printedCell(cell: FigureValue | null, ctx: ViewContext): PrintedCell {
  if (cell === null) return { text: own(''), csv: undefined, numeric: false };
  const shown = figureView(cell, 'number', ctx);
  return { ...shown, csv: csvFigure(cell), numeric: figureNumber(cell) !== undefined };
}

/** Capitalised in the page's language: "priority" → "Priority". */
export const capitalise = (word: string, locale: string) => `${word.charAt(0).toLocaleUpperCase(locale)}${word.slice(1)}`;

// ── Objectives a part belongs to ────────────────────────────────────────────────────────────────

/** The objective a table or figure belongs to, named with the plan's word for its level: "Priority 2:" "Safer roads". */
export interface ObjectiveNameView {
  readonly label: string;
  readonly title: PlanText;
}

/** The objective (at any depth) with this id, named with the plan's word for its level; undefined when there is none. */
export function objectiveNameView(id: string | undefined, ctx: ViewContext): ObjectiveNameView | undefined {
  const found = findInTree(ctx.plan.objectives, id);
  if (!found) return undefined;
  const { item: objective, depth } = found;
  const word = ctx.word(ctx.plan.levels?.[depth]?.singular, ctx.t.common.objective);
  return { label: `${capitalise(word, ctx.locale)}${objective.number !== undefined ? ` ${objective.number}` : ''}:`, title: ctx.text(objective.title) };
}

// ── Precepts ────────────────────────────────────────────────────────────────────────────────────

const FACTS = ['amount', 'increase', 'increasePercent', 'perMonth', 'increasePerMonth', 'perWeek', 'increasePerWeek', 'cap'] as const;
type PreceptYear = Precept['years'][number];
type Charge = NonNullable<PreceptYear['charges']>[number];

/** A year of a precept: its figures, band notes, decisions and what it pays for. */
export interface PreceptYearView {
  /** The year as printed ("2024/25"), with its stage when the table does not show it. */
  readonly heading: Phrase;
  /** Figures not tied to a band ("Precept requirement: £222,183,670"), then each band's note ("Band D: the most allowed"). */
  readonly items: readonly (FigureItem | { readonly text: Phrase })[];
  readonly decisions?: LabelledList;
  readonly delivers?: LabelledList;
  readonly notes: readonly string[];
  readonly source?: SourceRef;
}

export interface PreceptView {
  readonly title: PlanText;
  /** The service it pays for, as printed ("Policing"). */
  readonly service?: PlanText;
  readonly description: readonly string[];
  /** The charges by year and band, when the plan gives any. */
  readonly table?: PrintedTableModel;
  /** The years with more to say than their charges. */
  readonly years: readonly PreceptYearView[];
  readonly notes: readonly string[];
  readonly source?: SourceRef;
}

/** A precept: a table of its charges (year by band, one column per fact the plan gives for a band) and each year's details. */
export function preceptView(precept: Precept, index: number, ctx: ViewContext): PreceptView {
  const { t } = ctx;
  const words = t.document;
  const charges = (year: PreceptYear) => year.charges ?? [];
  const band = (name: string): Phrase => (/^band\b/i.test(name) ? [ctx.text(name)] : [own(words.band), own(' '), ctx.text(name)]);
  const unit = (key: (typeof FACTS)[number]) => (key === 'increasePercent' ? 'percent' : 'money');
  // A year the document does not name reads "Not stated", never a year made up for it.
  const yearName = (year: PreceptYear) => ctx.text(year.period ?? t.common.period(null, null));
  const bands = [...new Set(precept.years.flatMap((year) => charges(year).map((charge) => charge.band)))];
  // A column for each fact the plan gives for a band in some year; none for facts it never gives.
  const groups = bands
    .map((name) => ({ name, facts: FACTS.filter((key) => precept.years.some((year) => charges(year).some((charge) => charge.band === name && charge[key] !== undefined))) }))
    .filter((group) => group.facts.length);
  const stages = precept.years.some((year) => year.stage);
  const factWord = (key: (typeof FACTS)[number]) => (key === 'cap' ? words.capHeading : words[key]);

  let table: PrintedTableModel | undefined;
  if (groups.length) {
    const lead: PrintedCell[] = [{ text: own(words.year), rowspan: 2 }, ...(stages ? [{ text: own(words.stage), rowspan: 2 }] : [])];
    const bandHead = (name: string): PrintedCell => {
      const parts = band(name);
      return { text: own(parts.map((part) => part.text).join('')), parts };
    };
    const columns: TableColumn[] = [
      ...lead.map((cell) => ({ text: cell.text })),
      ...groups.flatMap((group) =>
        group.facts.map((key) => ({ text: own(factWord(key)), numeric: true, csvText: `${bandHead(group.name).text.text} ${factWord(key)}` })),
      ),
    ];
    const rows: TableRow<PrintedCell>[] = precept.years.map((year) => {
      const name = yearName(year);
      return {
        header: { text: name, csv: name.text },
        cells: [
          ...(stages ? [{ text: ctx.text(year.stage ?? ''), csv: year.stage }] : []),
          ...groups.flatMap((group) => {
            const charge = charges(year).find((candidate) => candidate.band === group.name);
            return group.facts.map((key): PrintedCell => {
              const figure = charge?.[key];
              return figure !== undefined ? { ...figureView(figure, unit(key), ctx), csv: csvFigure(figure), numeric: true } : { text: own(''), numeric: true };
            });
          }),
        ],
      };
    });
    table = {
      id: `precept-${index}`,
      caption: ctx.text(precept.title),
      columns,
      head: [
        [...lead, ...groups.map((group) => ({ ...bandHead(group.name), colspan: group.facts.length }))],
        groups.flatMap((group) => group.facts.map((key) => ({ text: own(factWord(key)), numeric: true }))),
      ],
      groups: [lead.length, ...groups.map((group) => group.facts.length)],
      rows,
      rowHeaders: true,
      fileName: precept.id,
    };
  }

  const years = precept.years.flatMap((year): PreceptYearView[] => {
    const notes = charges(year).filter((charge): charge is Charge & { note: string } => Boolean(charge.note));
    const items = [
      ...(year.increase !== undefined ? [{ label: [own(`${words.increase}:`)], figure: figureView(year.increase, 'money', ctx) }] : []),
      ...(year.increasePercent !== undefined ? [{ label: [own(`${words.increasePercent}:`)], figure: figureView(year.increasePercent, 'percent', ctx) }] : []),
      ...(year.requirement !== undefined ? [{ label: [own(words.requirement)], figure: figureView(year.requirement, 'money', ctx) }] : []),
      ...(year.cap !== undefined ? [{ label: [own(words.cap)], figure: figureView(year.cap, 'money', ctx) }] : []),
      ...(year.figures ?? []).map((entry) => figureItem(entry.label, entry.figure, ctx)),
      ...notes.map((charge) => ({ text: [...band(charge.band), own(': '), ctx.text(charge.note)] })),
    ];
    // The stage goes in the year's heading when there is no table to show it.
    const stageInHeading = !groups.length && year.stage ? year.stage : undefined;
    const shown = items.length || year.decisions?.length || year.delivers?.length || year.notes?.length || year.source || stageInHeading;
    if (!shown) return [];
    return [
      {
        heading: stageInHeading ? [yearName(year), own(' ('), ctx.text(stageInHeading), own(')')] : [yearName(year)],
        items,
        decisions: labelledList(words.decisions, year.decisions),
        delivers: labelledList(words.delivers, year.delivers),
        notes: year.notes ?? [],
        source: year.source,
      },
    ];
  });
  return {
    title: ctx.text(precept.title),
    service: precept.service ? ctx.text(precept.service) : undefined,
    description: precept.description ?? [],
    table,
    years,
    notes: precept.notes ?? [],
    source: precept.source,
  };
}

// ── The plan's other tables ─────────────────────────────────────────────────────────────────────

export interface PrintedTableView {
  readonly description: readonly string[];
  readonly table: PrintedTableModel;
  readonly notes: readonly string[];
  readonly objective?: ObjectiveNameView;
  readonly source?: SourceRef;
}

/** A table as the plan prints it: head rows, rows (the first cell a row header when the plan says so), figures as printed. */
export function printedTableView(table: Table, index: number, ctx: ViewContext): PrintedTableView {
  const width = Math.max(0, ...table.rows.map((row) => row.length));
  // A column is of figures when every cell given in it is one.
  const numeric = Array.from({ length: width }, (_, column) => {
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell !== null && cell !== undefined);
    return cells.length > 0 && cells.every((cell) => figureNumber(cell) !== undefined);
  });
  const head = (table.head ?? []).map((row) =>
    row.map((cell, column): PrintedCell => ({ ...printedCell(cell, ctx), numeric: Boolean(numeric[column]) && !(column === 0 && table.rowHeaders) })),
  );
  const rowHeaders = Boolean(table.rowHeaders);
  const rows = table.rows.map((row): TableRow<PrintedCell> => {
    const cells = row.map((cell) => printedCell(cell, ctx));
    return rowHeaders && cells.length ? { header: cells[0]!, cells: cells.slice(1) } : { cells };
  });
  // The CSV's header: each column's head cells, top row first ("2023/24 Charge").
  const columns = Array.from({ length: Math.max(width, ...head.map((row) => row.length)) }, (_, column): TableColumn => {
    const texts = head.map((row) => row[column]?.text.text ?? '').filter(Boolean);
    const last = head.at(-1)?.[column];
    return { text: last?.text ?? own(''), numeric: Boolean(numeric[column]), csvText: texts.join(' ') };
  });
  return {
    description: table.description ?? [],
    table: { id: `table-${index}`, caption: ctx.text(table.caption), columns, head, rows, rowHeaders, fileName: table.id },
    notes: table.notes ?? [],
    objective: objectiveNameView(table.objectiveId, ctx),
    source: table.source,
  };
}

// ── Consultations ───────────────────────────────────────────────────────────────────────────────

export interface ConsultationView {
  readonly title: PlanText;
  readonly url?: string;
  readonly description: readonly string[];
  /** When it ran: "Opens: 2 January 2024 · Closes: 31 January 2024 · four weeks" (empty when the plan does not say). */
  readonly dates: Phrase;
  /** "Who was asked: residents; businesses". */
  readonly audiences?: Phrase;
  readonly questions?: LabelledList;
  /** How many responded, as printed, after its words ("Responses:"). */
  readonly respondents?: { readonly label: string; readonly figure: FigureView };
  readonly results?: { readonly label: string; readonly items: readonly FigureItem[] };
  readonly findings?: LabelledList;
  readonly source?: SourceRef;
}

export function consultationView(consultation: Consultation, ctx: ViewContext): ConsultationView {
  const { locale } = ctx;
  const words = ctx.t.document;
  return {
    title: ctx.text(consultation.title),
    url: consultation.url,
    description: consultation.description ?? [],
    dates: joinPhrases(
      [
        consultation.opens && own(`${words.opens} ${formatDate(consultation.opens, locale)}`),
        consultation.closes && own(`${words.closes} ${formatDate(consultation.closes, locale)}`),
        ctx.text(periodText(consultation.period, locale)),
      ],
      ' · ',
    ),
    audiences: consultation.audiences?.length ? [own(words.audiences), own(' '), ...joinPhrases(consultation.audiences.map((text) => ctx.text(text)), '; ')] : undefined,
    questions: plainList(words.questions, consultation.questions),
    respondents: consultation.respondents !== undefined ? { label: words.respondents, figure: figureView(consultation.respondents, 'number', ctx) } : undefined,
    results: consultation.results?.length ? { label: words.results, items: consultation.results.map((result) => figureItem(result.label, result.figure, ctx)) } : undefined,
    findings: labelledList(words.findings, consultation.findings),
    source: consultation.source,
  };
}

// ── Governance and meetings ─────────────────────────────────────────────────────────────────────

export interface BodyView {
  /** The body's id in the feed (the page links to it). */
  readonly id: string;
  readonly name: PlanText;
  readonly url?: string;
  /** Other names it is printed with, joined ("Panel Heddlu a Throseddu"); empty when none. */
  readonly otherNames: Phrase;
  /** What kind of body and how often it meets: "scrutiny panel · Meets: quarterly"; empty when the plan does not say. */
  readonly kind: Phrase;
  readonly role?: PlanText;
  readonly description: readonly string[];
  readonly members?: LabelledList;
  /** "Reports to: Police and Crime Panel", when it is part of another body the plan lists. */
  readonly partOf?: Phrase;
}

export function bodyView(body: Body, ctx: ViewContext): BodyView {
  const words = ctx.t.document;
  const parent = body.partOf ? ctx.plan.bodies?.find((candidate) => candidate.id === body.partOf) : undefined;
  return {
    id: body.id,
    name: ctx.text(body.name),
    url: body.url,
    otherNames: joinPhrases((body.otherNames ?? []).map((text) => ctx.text(text)), ' · '),
    kind: joinPhrases([ctx.text(body.kind), body.meets && [own(words.meets), own(' '), ctx.text(body.meets)]], ' · '),
    role: body.role ? ctx.text(body.role) : undefined,
    description: body.description ?? [],
    members: plainList(words.members, body.members),
    partOf: parent ? [own(words.partOf), own(' '), ctx.text(parent.name)] : undefined,
  };
}

/** Whether the plan says more of a body than its name (and link): only then has it a heading of its own. */
export function bodyHasDetails(view: BodyView): boolean {
  return Boolean(view.otherNames.length || view.kind.length || view.role || view.description.length || view.members || view.partOf);
}

export interface MeetingView {
  readonly title: PlanText;
  readonly url?: string;
  /** The body, the date, the venue and the item: "Police and Crime Panel · 5 February 2024 · Agenda Item 62". */
  readonly details: Phrase;
  readonly items?: LabelledList;
  readonly decisions?: LabelledList;
  readonly notes: readonly string[];
  readonly source?: SourceRef;
}

export function meetingView(meeting: Meeting, ctx: ViewContext): MeetingView {
  const words = ctx.t.document;
  const body = meeting.bodyId ? ctx.plan.bodies?.find((candidate) => candidate.id === meeting.bodyId) : undefined;
  // A date printed as more than one day is shown as printed.
  const date = meeting.dateLabel ? ctx.text(meeting.dateLabel) : meeting.date && own(formatDate(meeting.date, ctx.locale));
  return {
    title: ctx.text(meeting.title),
    url: meeting.url,
    details: joinPhrases([body && ctx.text(body.name), date, ctx.text(meeting.venue), ctx.text(meeting.item)], ' · '),
    items: labelledList(words.items, meeting.items),
    decisions: labelledList(words.decisions, meeting.decisions),
    notes: meeting.notes ?? [],
    source: meeting.source,
  };
}

// ── Editions, contents lists, status scales ─────────────────────────────────────────────────────

/** An entry of a printed contents list, with its page as printed ("page 12"). */
export interface ContentsEntryView {
  readonly title: PlanText;
  readonly page?: Phrase;
  readonly items: readonly ContentsEntryView[];
}

type ContentsEntry = NonNullable<Plan['contents']>[number];

/** A printed contents list, nested as printed, each entry with its page number as printed. */
export function contentsView(entries: readonly ContentsEntry[], ctx: ViewContext): ContentsEntryView[] {
  return entries.map((entry) => ({
    title: ctx.text(entry.title),
    page: entry.page !== undefined ? [own(ctx.t.common.page), own(' '), ctx.text(String(entry.page))] : undefined,
    items: contentsView(entry.items ?? [], ctx),
  }));
}

export interface EditionView {
  readonly title: PlanText;
  readonly url?: string;
  /** What kind of edition, its period, date and last update: "Easy read, 2024 to 2028, 1 April 2024"; empty when none is given. */
  readonly details: Phrase;
  /** "(this edition)" for the edition the feed is. */
  readonly current?: string;
  readonly note?: PlanText;
  readonly contents?: { readonly label: string; readonly entries: readonly ContentsEntryView[] };
  /** Lists it prints (its priorities), drawn at the section's inner level. */
  readonly lists: readonly NamedList[];
  readonly source?: SourceRef;
}

export function editionView(edition: Edition, ctx: ViewContext): EditionView {
  const { t, locale } = ctx;
  const words = t.document;
  const kind = edition.kind ? words.editionKinds[edition.kind] : undefined;
  const period = edition.period && (edition.period.label || edition.period.start || edition.period.end) ? planPeriodText(edition.period, t) : undefined;
  return {
    title: ctx.text(edition.title),
    url: edition.url,
    details: joinPhrases(
      [
        kind !== undefined && own(kind),
        ctx.text(period),
        edition.date && own(formatDate(edition.date, locale)),
        edition.updated && own(`${words.lastUpdated} ${formatDate(edition.updated, locale)}`),
      ],
      ', ',
    ),
    current: edition.current ? words.current : undefined,
    note: edition.note ? ctx.text(edition.note) : undefined,
    contents: edition.contents?.length ? { label: words.printedContents, entries: contentsView(edition.contents, ctx) } : undefined,
    lists: edition.lists ?? [],
    source: edition.source,
  };
}

/** The plan's own status scale: each status's label as printed and what it means ("Amber: requires additional scrutiny"). */
export interface StatusScaleView {
  readonly title: PlanText;
  readonly statuses: readonly { readonly label: PlanText; readonly meaning?: PlanText }[];
}

export function statusScaleView(scale: StatusScale, ctx: ViewContext): StatusScaleView {
  return {
    title: ctx.text(scale.title ?? ctx.t.progress.key),
    statuses: scale.statuses.map((status) => ({ label: ctx.text(status.label), meaning: status.meaning ? ctx.text(status.meaning) : undefined })),
  };
}

// ── Key figures, partners, sources ──────────────────────────────────────────────────────────────

export interface KeyFigureView {
  readonly label: PlanText;
  /** The figure as printed, or a bare number in its unit. */
  readonly value: FigureView;
  /** The period it belongs to, as printed or from its dates. */
  readonly period?: PlanText;
  readonly note?: PlanText;
  /** "(illustrative)" when the feed, not the plan, gives the figure. */
  readonly illustrative?: string;
  readonly objective?: ObjectiveNameView;
  readonly source?: SourceRef;
}

export function keyFigureView(figure: KeyFigure, ctx: ViewContext): KeyFigureView {
  return {
    label: ctx.text(figure.label),
    value: figureView(figure.value, figure.unit ?? 'number', ctx),
    period: figure.period ? ctx.text(periodText(figure.period, ctx.locale) ?? '') : undefined,
    note: figure.note ? ctx.text(figure.note) : undefined,
    illustrative: figure.illustrative ? ctx.t.common.illustrativeTag : undefined,
    objective: objectiveNameView(figure.objectiveId, ctx),
    source: figure.source,
  };
}

export interface PartnerView {
  readonly name: PlanText;
  readonly url?: string;
  /** The kind of partner, as printed ("Council services"). */
  readonly type?: PlanText;
  readonly role?: PlanText;
  readonly description: readonly string[];
}

/**
 * The partners, statutory first, each group under its words ("Statutory partners:", "Other partners:");
 * a list with no statutory partners to tell them from has no words of its own (the "Partners" heading
 * above it says what it is).
 */
export interface PartnersView {
  readonly groups: readonly { readonly label?: string; readonly partners: readonly PartnerView[] }[];
}

export function partnersView(partners: readonly Partner[], ctx: ViewContext): PartnersView {
  const words = ctx.t.document;
  const view = (partner: Partner): PartnerView => ({
    name: ctx.text(partner.name),
    url: partner.url,
    type: partner.type ? ctx.text(partner.type) : undefined,
    role: partner.role ? ctx.text(partner.role) : undefined,
    description: partner.description ?? [],
  });
  const statutory = partners.filter((partner) => partner.statutory).map(view);
  const others = partners.filter((partner) => !partner.statutory).map(view);
  return {
    groups: [
      ...(statutory.length ? [{ label: words.statutoryPartners, partners: statutory }] : []),
      ...(others.length ? [{ label: statutory.length ? words.otherPartners : undefined, partners: others }] : []),
    ],
  };
}

/** A document the plan's facts come from, as listed under "Sources". */
export interface SourceView {
  /** Its id in the feed, which `source.sourceId` refers to (the page links to it). */
  readonly id?: string;
  readonly title: PlanText;
  readonly url?: string;
  /** ", publisher, 1 April 2024" after the title. */
  readonly details: Phrase;
  readonly note?: PlanText;
}

export function sourceView(source: NonNullable<Plan['sources']>[number], ctx: ViewContext): SourceView {
  return {
    id: source.id,
    title: ctx.text(source.title),
    url: source.url,
    details: [...(source.publisher ? [own(', '), ctx.text(source.publisher)] : []), ...(source.date ? [own(`, ${formatDate(source.date, ctx.locale)}`)] : [])],
    note: source.note ? ctx.text(source.note) : undefined,
  };
}
