/**
 * Partnership working: the partners a plan names, and a Community Safety Partnership's action plan
 * (priority, aims, baseline, agencies with their actions, review date).
 */
import * as v from 'valibot';
import { DateString, Id, Text, Url } from './primitives.js';

export const Partner = v.object({
  id: Id,
  name: Text,
  /** Other names the documents use for it, such as "Derwent & Solway HA". Filters match these too. */
  aliases: v.optional(v.array(Text)),
  /** True for the partners the law requires (the statutory partners of a CSP). */
  statutory: v.optional(v.boolean()),
  url: v.optional(Url),
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
