/**
 * The narrative and delivery parts of a plan: who publishes it, forewords, objectives with their
 * actions, and the measures used to report progress.
 */
import * as v from 'valibot';
import { DateString, FiniteNumber, Id, Illustrative, Link, Paragraphs, Percent, Section, Text, Url, type Localized, type TextValue } from './primitives.js';

/**
 * The kinds of body that publish plans. Named generically because commissioners are being replaced by
 * mayors and policing boards: a plan must outlive the office.
 */
export const PUBLISHER_KINDS = [
  'police-and-crime-commissioner',
  'police-fire-and-crime-commissioner',
  'mayor',
  'policing-board',
  'community-safety-partnership',
  'other',
] as const;

export const Publisher = v.object({
  name: Text,
  kind: v.pipe(v.picklist(PUBLISHER_KINDS), v.description('What kind of body publishes the plan.')),
  website: v.optional(Url),
});

export const Person = v.object({
  name: Text,
  /** The role as the document writes it: "Police and Crime Commissioner", "Chief Constable". */
  role: Text,
  organisation: v.optional(Text),
});

export const ACCESSIBLE_FORMATS = ['braille', 'audio', 'large-print', 'easy-read', 'other-languages', 'british-sign-language'] as const;

export const Contact = v.object({
  organisation: v.optional(Text),
  /** A named contact officer, where the document gives one. */
  person: v.optional(Text),
  address: v.optional(v.array(Text)),
  phone: v.optional(Text),
  email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
  website: v.optional(Url),
  social: v.optional(v.array(Link)),
});

/** The offer of the plan in other formats, which accessibility law expects a body to make. */
export const AccessibleFormats = v.object({
  formats: v.array(v.picklist(ACCESSIBLE_FORMATS)),
  /** The offer in the document's words. */
  text: v.optional(Text),
  phone: v.optional(Text),
  email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
});

export const Foreword = v.object({
  id: v.optional(Id),
  title: Text,
  author: Person,
  paragraphs: Paragraphs,
  /** The signature line as printed, such as "Michelle Skeer QPM". */
  signature: v.optional(Text),
});

/** Where an action or commitment stands. "planned" is a future commitment not yet begun. */
export const ACTION_STATUSES = ['delivered', 'in-progress', 'at-risk', 'not-started', 'planned'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One thing the plan commits to do ("how we will achieve this"), as the feed has it. Actions may nest. */
export interface ActionFeed {
  id?: string | undefined;
  text: TextValue;
  status?: ActionStatus | undefined;
  progress?: number | undefined;
  due?: string | undefined;
  illustrative?: boolean | undefined;
  actions?: ActionFeed[] | undefined;
}
export type Action = Localized<ActionFeed>;

/** What a feed may give for an action, before validation. */
export type ActionInput = Omit<ActionFeed, 'text' | 'actions'> & { text: v.InferInput<typeof Text>; actions?: ActionInput[] | undefined };

export const ActionSchema: v.GenericSchema<ActionInput, ActionFeed> = v.object({
  id: v.optional(Id),
  text: Text,
  status: v.optional(v.pipe(v.picklist(ACTION_STATUSES), v.description('Where the action stands.'))),
  progress: v.optional(v.pipe(Percent, v.description('Per cent complete, 0 to 100.'))),
  due: v.optional(DateString),
  illustrative: Illustrative,
  actions: v.optional(v.array(v.lazy(() => ActionSchema))),
});

/** A reference from one plan's objective to another plan's (a CSP priority supporting a commissioner objective). */
export const ObjectiveReference = v.object({
  /** The `id` of the other plan's feed; omit for this plan. */
  planId: v.optional(Id),
  objectiveId: Id,
  /** Where the other plan is published, so the link can be followed (the objective id is added as its #hash). */
  url: v.optional(Url),
  /** The other objective's title, to show as the link text. */
  title: v.optional(Text),
});

/** A numbered objective, theme or priority of the plan. */
export const Objective = v.object({
  id: Id,
  /** The number or letter the plan gives it ("1", "A"); omit when the plan does not number it. */
  number: v.optional(v.union([v.pipe(v.number(), v.integer('must be a whole number')), Text])),
  title: Text,
  /** A short label for tight spaces such as a wheel segment. */
  shortTitle: v.optional(Text),
  /** One line the plan uses to introduce the actions ("Work with the local community... to:"). */
  intro: v.optional(Text),
  /** What the plan will do, in its words ("what we will do"). */
  summary: v.optional(Paragraphs),
  /** A plain-English version of the summary. */
  easyRead: v.optional(Paragraphs),
  /** How the plan will achieve it ("how we will achieve this"). */
  actions: v.optional(v.array(ActionSchema)),
  /** The shared outcome agreed with partners for this theme. */
  outcome: v.optional(Text),
  /** The theme's aim. */
  aim: v.optional(Text),
  /** Objectives of other plans this one supports. */
  supports: v.optional(v.array(ObjectiveReference)),
  /** Further titled lists, such as a Cleveland priority's "progress" narrative. */
  sections: v.optional(v.array(Section)),
});

export const MEASURE_DIRECTIONS = ['up', 'down'] as const;
export const RAG_STATUSES = ['red', 'amber', 'green', 'complete', 'not-rated'] as const;

/** A number the plan is measured by: a baseline, a target and where it stands now. */
export const Measure = v.object({
  id: Id,
  title: Text,
  objectiveId: v.optional(Id),
  /** What the numbers count: "officers", "%", "£", "deaths". */
  unit: v.optional(Text),
  /** Whether a higher number is better ("up") or a lower one ("down"). */
  direction: v.pipe(v.picklist(MEASURE_DIRECTIONS), v.description('"up" when higher is better, "down" when lower is better.')),
  baseline: v.optional(FiniteNumber),
  baselineDate: v.optional(DateString),
  target: v.optional(FiniteNumber),
  deadline: v.optional(DateString),
  current: v.optional(FiniteNumber),
  currentDate: v.optional(DateString),
  rag: v.optional(v.picklist(RAG_STATUSES)),
  /** Where the figures come from. */
  source: v.optional(Text),
  note: v.optional(Text),
  illustrative: Illustrative,
});
