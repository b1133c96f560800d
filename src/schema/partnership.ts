/**
 * Partnership working: the partners a plan names, and a Community Safety Partnership's action plan
 * (priority, aims, baseline, agencies with their actions, review date).
 */
import * as v from 'valibot';
import { DateString, Id, ListItemSchema, Paragraphs, SourceRef, Text, Url } from './primitives.js';

export const Partner = v.object({
  id: Id,
  name: Text,
  /** Other names the documents use for it, such as "Derwent & Solway HA". Filters match these too. */
  aliases: v.optional(v.array(Text)),
  /** True for the partners the law requires (the statutory partners of a CSP). */
  statutory: v.optional(v.boolean()),
  /** The kind of partner, as printed: "Police and criminal justice agencies", "Council services". */
  type: v.optional(Text),
  /** Its role in the plan, as printed. */
  role: v.optional(Text),
  description: v.optional(Paragraphs),
  url: v.optional(Url),
});

/** A board, panel, group or forum that governs, scrutinises or delivers the plan. */
export const Body = v.object({
  id: Id,
  name: Text,
  /** Other names it is printed with (in Welsh, or spelt another way). */
  otherNames: v.optional(v.array(Text)),
  /** What kind of body, as printed: "Police and Crime Panel", "subgroup", "public forum". */
  kind: v.optional(Text),
  /** What it does for the plan, as printed. */
  role: v.optional(Text),
  description: v.optional(Paragraphs),
  /** Who sits on it, as printed. */
  members: v.optional(v.array(Text)),
  /** How often it meets, as printed: "quarterly". */
  meets: v.optional(Text),
  /** The `id` of the body it reports to. */
  partOf: v.optional(Id),
  url: v.optional(Url),
});

/** A meeting that reviews or decides on the plan: a panel meeting, a committee. */
export const Meeting = v.object({
  id: v.optional(Id),
  title: Text,
  /** The `id` of the body in `bodies`. */
  bodyId: v.optional(Id),
  date: v.optional(DateString),
  /** The date as printed when it is not one day ("23 July 2020 / 7 May 2020"). */
  dateLabel: v.optional(Text),
  venue: v.optional(Text),
  /** The agenda item or paper, as printed: "Agenda Item 62". */
  item: v.optional(Text),
  /** Recommendations or agenda items, in order, with their printed numbers. */
  items: v.optional(v.array(ListItemSchema)),
  /** What was decided, with votes as printed ("voted 8-2 to veto the proposal"). */
  decisions: v.optional(v.array(ListItemSchema)),
  notes: v.optional(Paragraphs),
  url: v.optional(Url),
  source: v.optional(SourceRef),
});

/** One agency's part in an action-plan row. */
export const ActionPlanAgency = v.object({
  /** The agency as the document names it. */
  agency: Text,
  /** The `id` of an entry in `partners`, when the agency is one. */
  partnerId: v.optional(Id),
  /** The partners of a joint entry ("Derwent & Solway HA / Impact HA"): ids in `partners`. */
  partnerIds: v.optional(v.array(Id)),
  actions: v.optional(v.array(Text)),
  reviewDate: v.optional(DateString),
  /** The review date as printed, when it is not a date ("quarterly", "ongoing"). */
  review: v.optional(Text),
});

/** One aim of a priority with its baseline data and the agencies working on it. */
export const ActionPlanRow = v.object({
  id: v.optional(Id),
  /** The priority (section) this row belongs to, as the document names it. */
  priority: Text,
  /** The `id` of the objective in `objectives` that this priority is. */
  objectiveId: v.optional(Id),
  aims: v.array(Text),
  /** Details under the aims, such as events a contingency plan covers. */
  aimDetails: v.optional(v.array(Text)),
  baseline: v.optional(v.array(Text)),
  agencies: v.array(ActionPlanAgency),
});

export const ActionPlan = v.object({
  title: v.optional(Text),
  rows: v.array(ActionPlanRow),
});
