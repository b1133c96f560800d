/**
 * The view model of <pcp-plan-document>: which parts of the plan the page has, in which order, under
 * which titles and ids, with what in each (the elements it is made of, at which heading level, and
 * the printed parts as view models); the title block, the draft banner and the contents list. Pure
 * (no Lit, no DOM), so it is tested in Node on every bundled feed.
 */
import { formatDate } from '../format/date.js';
import { planPeriodText } from '../i18n/plan-period.js';
import type { Action, NamedList, Plan, Section } from '../schema/plan.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import {
  bodyHasDetails,
  bodyView,
  capitalise,
  consultationView,
  contentsView,
  editionView,
  joinPhrases,
  keyFigureView,
  meetingView,
  partnersView,
  preceptView,
  printedTableView,
  sourceView,
  statusScaleView,
  type BodyView,
  type ConsultationView,
  type ContentsEntryView,
  type EditionView,
  type KeyFigureView,
  type MeetingView,
  type PartnersView,
  type Phrase,
  type PreceptView,
  type PrintedTableView,
  type SourceView,
  type StatusScaleView,
} from './parts-view.js';
import '../i18n/messages/en/contact.js';
import '../i18n/messages/en/document.js';
import '../i18n/messages/en/monitoring.js';
import '../i18n/messages/en/national-priorities.js';
import '../i18n/messages/en/progress.js';

/** The parts of the document, in the order a reader expects them. Each is there only when the plan has it. */
export const DOCUMENT_SECTIONS = [
  'forewords',
  'introduction',
  'objectives',
  'money',
  'precepts',
  'tables',
  'consultations',
  'progress',
  'partnership',
  'governance',
  'meetings',
  'monitoring',
  'national-priorities',
  'more',
  'contact',
  'editions',
  'about',
] as const;

export type DocumentSectionId = (typeof DOCUMENT_SECTIONS)[number];

/**
 * What a part of the document shows, in order. An element of the library (`<pcp-objectives>`…) is
 * named by its kind and the level of its top headings; the document's own parts carry their view models.
 */
export type DocumentBlock =
  | { readonly kind: 'forewords' | 'objectives' | 'funding' | 'scenarios' | 'progress' | 'outcomes' | 'action-plan' | 'monitoring' | 'national-priorities' | 'contact'; readonly level: number }
  | { readonly kind: 'budget'; readonly budgetId: string; readonly level: number }
  /** A heading at `level` with `<pcp-grants>` under it. */
  | { readonly kind: 'grants'; readonly heading: string; readonly level: number }
  | { readonly kind: 'vision'; readonly heading: string; readonly level: number; readonly paragraphs: readonly string[] }
  /** A titled section of the plan's narrative (drawn by the shared `renderSection`). */
  | { readonly kind: 'section'; readonly section: Section; readonly level: number }
  /** A list the plan prints under its own heading (drawn by the shared `renderNamedList`). */
  | { readonly kind: 'list'; readonly list: NamedList; readonly level: number }
  | { readonly kind: 'printed-contents'; readonly heading: string; readonly level: number; readonly entries: readonly ContentsEntryView[] }
  | { readonly kind: 'commitments'; readonly heading: string; readonly level: number; readonly actions: readonly Action[] }
  | { readonly kind: 'key-figures'; readonly heading: string; readonly level: number; readonly figures: readonly KeyFigureView[] }
  | { readonly kind: 'precept'; readonly level: number; readonly precept: PreceptView }
  | { readonly kind: 'table'; readonly table: PrintedTableView }
  | { readonly kind: 'consultation'; readonly level: number; readonly consultation: ConsultationView }
  | { readonly kind: 'status-scale'; readonly level: number; readonly scale: StatusScaleView }
  | { readonly kind: 'partners'; readonly heading: string; readonly level: number; readonly partners: PartnersView }
  | { readonly kind: 'body'; readonly level: number; readonly body: BodyView }
  /** Bodies the plan names and says nothing more of: a list of names, as a heading each would head nothing. */
  | { readonly kind: 'body-list'; readonly bodies: readonly BodyView[] }
  | { readonly kind: 'meeting'; readonly level: number; readonly meeting: MeetingView }
  | { readonly kind: 'editions'; readonly level: number; readonly editions: readonly EditionView[] }
  | { readonly kind: 'sources'; readonly heading: string; readonly level: number; readonly sources: readonly SourceView[] }
  | { readonly kind: 'links'; readonly heading: string; readonly level: number; readonly links: readonly { readonly url: string; readonly label: PlanText }[] }
  | { readonly kind: 'notes'; readonly heading: string; readonly level: number; readonly paragraphs: readonly string[] }
  | { readonly kind: 'paragraph'; readonly text: PlanText };

export type DocumentBlockKind = DocumentBlock['kind'];

/** A part of the document: a section with a heading, listed in the contents. */
export interface DocumentSectionView {
  /** Its id within the document ("money"): the page prefixes it to make it unique, and the contents link to it. */
  readonly id: DocumentSectionId;
  readonly title: PlanText;
  /** True when the element inside brings its own heading at the section's level (the title is then for the contents and the section's name). */
  readonly ownHeading: boolean;
  readonly blocks: readonly DocumentBlock[];
}

/** Someone the plan names with their role: "Alex Example, Police and Crime Commissioner (elected May 2024)". */
export interface PersonView {
  readonly text: Phrase;
  readonly email?: string;
}

export interface PlanDocumentView {
  /** The level of the plan's title; sections are one below, their parts two below. */
  readonly level: number;
  /** The words of the control that passes the contents list. */
  readonly skipContents: string;
  /** A draft's (or consultation's, superseded plan's) banner: "Draft" and what it means. None for a published plan. */
  readonly banner?: { readonly status: string; readonly text: string };
  readonly title: PlanText;
  readonly strapline?: PlanText;
  readonly subtitle?: PlanText;
  /** Other names of the plan, joined: "Cynllun Heddlu a Throsedd". */
  readonly otherTitles?: Phrase;
  readonly publisher: { readonly name: PlanText; readonly url?: string; readonly otherNames?: Phrase };
  /** The area it covers; none when the document does not say. */
  readonly area?: PlanText;
  /** "Period:" and the period, as printed or from its dates ("From 1 April 2024" for a plan with no end date). */
  readonly period: { readonly label: string; readonly text: PlanText };
  /** Each shown after the period and " · ": last updated, document type, published, approved, review cycle. */
  readonly details: readonly Phrase[];
  readonly people: readonly PersonView[];
  /** The contents list: its heading, then each section's title (the links go to `sections`). */
  readonly contentsHeading: string;
  readonly sections: readonly DocumentSectionView[];
}

export interface PlanDocumentOptions {
  /** The level of the plan's title (the element's `heading-level`, a whole number from 1); past 6, ARIA headings. */
  readonly headingLevel: number;
}

/** Everything <pcp-plan-document> shows of the plan in `ctx`. */
export function planDocumentView(ctx: ViewContext, options: PlanDocumentOptions): PlanDocumentView {
  const { plan, t, locale } = ctx;
  const level = options.headingLevel;
  const banner = t.document.banners[plan.status];
  const own = (text: string): PlanText => ({ text });
  const date = (value: string) => formatDate(value, locale);
  const details: Phrase[] = [
    ...(plan.updated ? [[own(`${t.document.lastUpdated} ${date(plan.updated)}`)]] : []),
    ...(plan.documentType ? [[ctx.text(plan.documentType)]] : []),
    ...(plan.published ? [[own(`${t.document.published} ${date(plan.published)}`)]] : []),
    ...(plan.approved
      ? [[own(t.document.approved), own(' '), ...joinPhrases([plan.approved.date && own(date(plan.approved.date)), ctx.text(plan.approved.by), ctx.text(plan.approved.note)], ', ')]]
      : []),
    ...(plan.reviewCycle ? [[ctx.text(plan.reviewCycle)]] : []),
  ];
  return {
    level,
    skipContents: t.document.skipContents,
    banner: banner ? { status: t.common.planStatuses[plan.status], text: banner } : undefined,
    title: ctx.text(plan.title),
    strapline: plan.strapline ? ctx.text(plan.strapline) : undefined,
    subtitle: plan.subtitle ? ctx.text(plan.subtitle) : undefined,
    otherTitles: plan.otherTitles?.length ? joinPhrases(plan.otherTitles.map((text) => ctx.text(text)), ' · ') : undefined,
    publisher: {
      name: ctx.text(plan.publisher.name),
      url: plan.publisher.website,
      otherNames: plan.publisher.otherNames?.length ? joinPhrases(plan.publisher.otherNames.map((text) => ctx.text(text)), ', ') : undefined,
    },
    area: plan.area !== null ? ctx.text(plan.area) : undefined,
    period: { label: t.document.period, text: ctx.text(planPeriodText(plan.period, t)) },
    details,
    people: (plan.people ?? []).map((person) => ({
      text: [
        ctx.text(person.name),
        own(', '),
        ctx.text(person.role),
        ...(person.organisation ? [own(', '), ctx.text(person.organisation)] : []),
        ...(person.term ? [own(' ('), ctx.text(person.term), own(')')] : []),
        ...(person.phone ? [own(', '), ctx.text(person.phone)] : []),
      ],
      email: person.email,
    })),
    contentsHeading: t.document.contents,
    sections: documentSections(ctx, level + 1),
  };
}

/** The sections the plan has, in order, with their headings at `level` and their parts one below. */
function documentSections(ctx: ViewContext, level: number): DocumentSectionView[] {
  const { plan, t } = ctx;
  const words = t.document;
  const inner = level + 1;
  const sections: DocumentSectionView[] = [];
  // A section's title may be the plan's (a foreword's title) or the document's word; either way it is
  // marked with its language when it is in another than the page's.
  const add = (id: DocumentSectionId, title: string, blocks: readonly (DocumentBlock | false | undefined)[], ownHeading = false) =>
    sections.push({ id, title: ctx.text(title), ownHeading, blocks: blocks.filter((block): block is DocumentBlock => Boolean(block)) });

  const forewords = plan.forewords ?? [];
  if (forewords.length) {
    // One foreword is the section: its own title is the section's heading.
    const one = forewords.length === 1;
    add('forewords', one ? forewords[0]!.title : words.forewords, [{ kind: 'forewords', level: one ? level : inner }], one);
  }
  if (plan.introduction?.length || plan.vision?.length || plan.lists?.length || plan.contents?.length) {
    add('introduction', words.introduction, [
      Boolean(plan.vision?.length) && { kind: 'vision', heading: words.vision, level: inner, paragraphs: plan.vision! },
      ...(plan.introduction ?? []).map((section): DocumentBlock => ({ kind: 'section', section, level: inner })),
      ...(plan.lists ?? []).map((list): DocumentBlock => ({ kind: 'list', list, level: inner })),
      Boolean(plan.contents?.length) && { kind: 'printed-contents', heading: words.printedContents, level: inner, entries: contentsView(plan.contents!, ctx) },
    ]);
  }
  // Objectives are the one part every plan has, under the plan's own word for them ("Pillars").
  add('objectives', capitalise(ctx.word(plan.levels?.[0]?.plural, t.common.objectives), ctx.locale), [
    { kind: 'objectives', level: inner },
    Boolean(plan.commitments?.length) && { kind: 'commitments', heading: t.progress.commitments, level: inner, actions: plan.commitments! },
  ]);
  if (plan.budgets?.length || plan.fundingShares?.length || plan.scenarios?.length || plan.keyFigures?.length || plan.grants?.length) {
    add('money', words.money, [
      ...(plan.budgets ?? []).map((budget): DocumentBlock => ({ kind: 'budget', budgetId: budget.id, level: inner })),
      Boolean(plan.fundingShares?.length) && { kind: 'funding', level: inner },
      Boolean(plan.keyFigures?.length) && { kind: 'key-figures', heading: words.keyFigures, level: inner, figures: plan.keyFigures!.map((figure) => keyFigureView(figure, ctx)) },
      Boolean(plan.scenarios?.length) && { kind: 'scenarios', level: inner },
      Boolean(plan.grants?.length) && { kind: 'grants', heading: words.grants, level: inner },
    ]);
  }
  if (plan.precepts?.length) {
    add('precepts', words.precepts, plan.precepts.map((precept, index) => ({ kind: 'precept', level: inner, precept: preceptView(precept, index, ctx) })));
  }
  if (plan.tables?.length) {
    add('tables', words.tables, plan.tables.map((table, index) => ({ kind: 'table', table: printedTableView(table, index, ctx) })));
  }
  if (plan.consultations?.length) {
    add('consultations', words.consultations, plan.consultations.map((consultation) => ({ kind: 'consultation', level: inner, consultation: consultationView(consultation, ctx) })));
  }
  // Progress as the plan reports it: statuses of the objectives' actions, or measures.
  const reportsProgress = plan.objectives.some((objective) => objective.actions?.some((action) => action.status)) || Boolean(plan.measures?.length);
  if (reportsProgress || plan.statusScales?.length) {
    add('progress', words.progress, [
      reportsProgress && { kind: 'progress', level: inner },
      ...(plan.statusScales ?? []).map((scale): DocumentBlock => ({ kind: 'status-scale', level: inner, scale: statusScaleView(scale, ctx) })),
    ]);
  }
  const outcomes = plan.objectives.some((objective) => objective.outcome || objective.aim);
  if (outcomes || plan.actionPlan?.rows.length || plan.partners?.length) {
    add('partnership', words.partnership, [
      Boolean(plan.partners?.length) && { kind: 'partners', heading: words.partners, level: inner, partners: partnersView(plan.partners!, ctx) },
      outcomes && { kind: 'outcomes', level: inner },
      Boolean(plan.actionPlan?.rows.length) && { kind: 'action-plan', level: inner },
    ]);
  }
  if (plan.bodies?.length) {
    // A body the plan only names is listed (first, so the list is not read as part of the body above
    // it); one it says more of has its own heading.
    const bodies = plan.bodies.map((body) => bodyView(body, ctx));
    const named = bodies.filter((body) => !bodyHasDetails(body));
    add('governance', words.governance, [
      named.length > 0 && { kind: 'body-list', bodies: named },
      ...bodies.filter(bodyHasDetails).map((body): DocumentBlock => ({ kind: 'body', level: inner, body })),
    ]);
  }
  if (plan.meetings?.length) add('meetings', words.meetings, plan.meetings.map((meeting) => ({ kind: 'meeting', level: inner, meeting: meetingView(meeting, ctx) })));
  // Monitoring and national priorities bring their own heading, at the section's level.
  const hasContent = (list: Plan['monitoring']) => Boolean(list && (list.items.length || list.statement?.length));
  if (hasContent(plan.monitoring)) add('monitoring', plan.monitoring!.title ?? t.monitoring.title, [{ kind: 'monitoring', level }], true);
  if (hasContent(plan.nationalPriorities)) {
    add('national-priorities', plan.nationalPriorities!.title ?? t.nationalPriorities.title, [{ kind: 'national-priorities', level }], true);
  }
  if (plan.sections?.length) add('more', words.more, plan.sections.map((section) => ({ kind: 'section', section, level: inner })));
  if (plan.contact || plan.accessibleFormats) add('contact', t.contact.title, [{ kind: 'contact', level }], true);
  if (plan.editions?.length) add('editions', words.editions, [{ kind: 'editions', level: inner, editions: plan.editions.map((edition) => editionView(edition, ctx)) }]);
  if (plan.sources?.length || plan.notes?.length || plan.links?.length || plan.translationNote) {
    add('about', words.about, [
      Boolean(plan.sources?.length) && { kind: 'sources', heading: words.sources, level: inner, sources: plan.sources!.map((source) => sourceView(source, ctx)) },
      Boolean(plan.links?.length) && { kind: 'links', heading: words.links, level: inner, links: plan.links!.map((link) => ({ url: link.url, label: ctx.text(link.label) })) },
      Boolean(plan.notes?.length) && { kind: 'notes', heading: words.notes, level: inner, paragraphs: plan.notes! },
      Boolean(plan.translationNote) && { kind: 'paragraph', text: ctx.text(plan.translationNote!) },
    ]);
  }
  return sections;
}
