/**
 * The narrative and delivery parts of a plan: who publishes it, forewords, objectives with their
 * actions, and the measures used to report progress.
 */
import * as v from 'valibot';
import { BETTER, Figure, PeriodRef, SeriesPoint } from './figure.js';
import { DateString, Id, Illustrative, Link, ListItemSchema, LocalizedUrl, Paragraphs, Percent, registerObjectForm, Section, SourceRef, Text, Url, type Localized, type TextValue, type Typed } from './primitives.js';

export { ACTION_STATUSES, RAG_STATUSES } from './statuses.js';

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
  website: v.optional(LocalizedUrl),
  /** Other names the body goes by: its name in Welsh, an earlier title. */
  otherNames: v.optional(v.array(Text)),
});

export const Person = v.object({
  name: Text,
  /** The role as the document writes it: "Police and Crime Commissioner", "Chief Constable". */
  role: Text,
  organisation: v.optional(Text),
  /** When they held the role, as printed: "2016–2024", "elected May 2024". */
  term: v.optional(Text),
  email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
  phone: v.optional(Text),
});

export const ACCESSIBLE_FORMATS = ['braille', 'audio', 'large-print', 'easy-read', 'other-languages', 'british-sign-language'] as const;

export const Contact = v.object({
  organisation: v.optional(Text),
  /** A named contact officer, where the document gives one. */
  person: v.optional(Text),
  address: v.optional(v.array(Text)),
  phone: v.optional(Text),
  email: v.optional(v.pipe(v.string(), v.email('must be an email address'))),
  website: v.optional(LocalizedUrl),
  social: v.optional(v.array(Link)),
  /** What to write to this contact about, as printed: "feedback on this document". */
  purpose: v.optional(Text),
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
  /** Who signed it; omit when the document does not say. */
  author: v.optional(Person),
  paragraphs: Paragraphs,
  /** The signature line as printed, such as "Michelle Skeer QPM". */
  signature: v.optional(Text),
});

/** A status id: one of ACTION_STATUSES or RAG_STATUSES (see statuses.ts), or an id from the plan's `statusScales`. */
export type ActionStatus = string;

/** A status as the feed gives it: an id from the built-in lists or from the plan's own scale. */
// The description is a literal so the bundles can leave it out (build/strip-descriptions-plugin.ts); a unit test
// (model/statuses.unit.test.ts) checks that it names every built-in status.
export const StatusId = v.pipe(Id, v.description('A status: "delivered", "in-progress", "at-risk", "not-started", "planned", "red", "amber", "green", "complete", "not-rated", or an id from the plan\'s statusScales.'));

/** One thing the plan commits to do ("how we will achieve this"), as the feed has it. Actions may nest. */
export interface ActionFeed {
  id?: string | undefined;
  /** The number or letter printed before it. */
  number?: TextValue | undefined;
  text: TextValue;
  status?: ActionStatus | undefined;
  progress?: number | undefined;
  due?: string | undefined;
  /** Who leads it, as printed. */
  owner?: TextValue | undefined;
  illustrative?: boolean | undefined;
  actions?: ActionFeed[] | undefined;
}
export type Action = Localized<ActionFeed>;

/** What a feed may give for an action, before validation. */
export type ActionInput = Omit<ActionFeed, 'text' | 'actions' | 'number' | 'owner'> & {
  text: v.InferInput<typeof Text>;
  number?: v.InferInput<typeof Text> | undefined;
  owner?: v.InferInput<typeof Text> | undefined;
  actions?: ActionInput[] | undefined;
};

export const ActionSchema: v.GenericSchema<ActionInput, ActionFeed> = v.object({
  id: v.optional(Id),
  number: v.optional(Text),
  text: Text,
  status: v.optional(StatusId),
  progress: v.optional(v.pipe(Percent, v.description('Per cent complete, 0 to 100.'))),
  due: v.optional(DateString),
  owner: v.optional(Text),
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

/**
 * A list the plan prints under an item with its own heading, side by side with others: "Our focus",
 * "We will", "So that", "How we will know", "What success looks like", "Equality actions".
 */
const NamedListSchema = v.object({
  id: v.optional(Id),
  /** The heading as printed. */
  heading: Text,
  /** Text between the heading and the list ("We prevent dog theft"). */
  intro: v.optional(Paragraphs),
  items: v.array(ListItemSchema),
  /** True when the plan numbers the items 1, 2, 3… (an item's own `number` overrides). */
  ordered: v.optional(v.boolean()),
  closing: v.optional(Paragraphs),
  source: v.optional(SourceRef),
});
export const NamedList: Typed<typeof NamedListSchema> = NamedListSchema;

/** The parts of an objective other than its children: see `Objective`. */
const objectiveEntries = {
  id: Id,
  /** The number or letter the plan gives it ("1", "A"); omit when the plan does not number it. */
  number: v.optional(v.union([v.pipe(v.number(), v.integer('must be a whole number')), Text], 'must be a whole number or the number as printed')),
  title: Text,
  /** A short label for tight spaces such as a wheel segment. */
  shortTitle: v.optional(Text),
  /** One line the plan uses to introduce the actions ("Work with the local community... to:"). */
  intro: v.optional(Text),
  /** What the plan will do, in its words ("what we will do"). */
  summary: v.optional(Paragraphs),
  /** A plain-English version of the summary. */
  easyRead: v.optional(Paragraphs),
  /** How the plan will achieve it ("how we will achieve this"): only when the plan calls these actions or commitments. */
  actions: v.optional(v.array(ActionSchema)),
  /** Other lists the plan prints under it, each with its own heading ("We will", "So that", "How we will know"). */
  lists: v.optional(v.array(NamedList)),
  /** The shared outcome agreed with partners for this theme. */
  outcome: v.optional(Text),
  /** The theme's aim. */
  aim: v.optional(Text),
  /** Where the item stands, on the plan's status scale (a grade such as "Good"). */
  status: v.optional(StatusId),
  /** Who leads it, as printed. */
  owner: v.optional(Text),
  /** Objectives of other plans this one supports. */
  supports: v.optional(v.array(ObjectiveReference)),
  /** Further titled narrative, such as a Cleveland priority's "progress". */
  sections: v.optional(v.array(Section)),
  source: v.optional(SourceRef),
};

type ObjectiveBaseFeed = v.InferOutput<ReturnType<typeof v.object<typeof objectiveEntries>>>;
type ObjectiveBaseInput = v.InferInput<ReturnType<typeof v.object<typeof objectiveEntries>>>;

/** An objective, theme, priority, pillar or outcome, with the items of the next level below it. */
export interface ObjectiveFeed extends ObjectiveBaseFeed {
  /** The items of the next level of the plan's structure (priorities under a pillar, measures under an outcome). */
  children?: ObjectiveFeed[] | undefined;
}
export interface ObjectiveInput extends ObjectiveBaseInput {
  children?: ObjectiveInput[] | undefined;
}

/** A numbered objective, theme or priority of the plan, with the levels below it as `children`. */
export const Objective: v.GenericSchema<ObjectiveInput, ObjectiveFeed> = v.object({
  ...objectiveEntries,
  children: v.optional(v.array(v.lazy(() => Objective))),
});

/**
 * A level of the plan's structure, named as the plan names it: `levels[0]` names the top-level items
 * (`objectives`), `levels[1]` their `children`, and so on.
 */
export const Level = v.object({
  /** One item: "theme", "pillar", "priority", "Key Performance Question". */
  singular: v.optional(Text),
  /** Several: "themes", "pillars". */
  plural: v.optional(Text),
});

/** A value of a status scale: its label and meaning as the plan prints them, and its colour. */
export const StatusValue = v.object({
  id: Id,
  label: Text,
  /** What it means, as printed: "requires additional scrutiny". */
  meaning: v.optional(Text),
  /** The colour the plan uses, as #rrggbb. Elements pair it with a pattern and the label, never colour alone. */
  colour: v.optional(v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'))),
  /** True when this status means the thing is done (counted as delivered). */
  done: v.optional(v.boolean()),
});

/** A body's own status scale: Blue = completed, Green, Amber, Red; or "on track / some concerns / off track". */
export const StatusScale = v.object({
  id: Id,
  title: v.optional(Text),
  statuses: v.pipe(v.array(StatusValue), v.minLength(1, 'must list at least one status')),
});

/** A measure the plan is judged by: its values over time, baseline and target where the plan gives them. */
export const Measure = v.object({
  id: Id,
  /** The number or letter printed before it ("1", "KPQ 3"). */
  number: v.optional(Text),
  title: Text,
  objectiveId: v.optional(Id),
  /** What a bare number counts: "officers", "%", "£", "deaths". Figures given as printed text need none. */
  unit: v.optional(Text),
  /** Whether a higher or a lower figure is better, only when the plan says so. */
  better: v.optional(v.picklist(BETTER)),
  baseline: v.optional(Figure),
  baselineDate: v.optional(DateString),
  target: v.optional(Figure),
  deadline: v.optional(DateString),
  current: v.optional(Figure),
  currentDate: v.optional(DateString),
  /** Values by period (quarters, years), oldest first, each with its status where the report gives one. */
  values: v.optional(v.array(SeriesPoint)),
  /** The period the measure covers as a whole. */
  period: v.optional(PeriodRef),
  rag: v.optional(StatusId),
  /** Where the figures come from: a document's name, or a reference. */
  source: v.optional(v.union([Text, SourceRef], registerObjectForm('must be text or a source reference', SourceRef))),
  note: v.optional(Text),
  illustrative: Illustrative,
});
