/**
 * What <pcp-objectives> shows, decided without Lit or the DOM: which objectives (picked by the shared
 * rule), their numbers as printed, their texts with their language, the headings the plan prints,
 * the parts of each objective in reading order, the levels below them, and the toolbar's words.
 * The element adds only what depends on the reader (open panels, the selected objective).
 */
import type { NamedList, Objective, Plan, Section } from '../schema/plan.js';
import { pickItems } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import { actionsView, statusLabel, type ActionView } from './actions-view.js';
import '../i18n/messages/en/objectives.js';
import '../i18n/messages/en/outcomes.js';

export type ObjectivesLayout = 'grid' | 'list' | 'accordion';
export const LAYOUTS: readonly ObjectivesLayout[] = ['grid', 'list', 'accordion'];

/** The element's attributes that change what it shows. */
export interface ObjectivesOptions {
  /** `objective`: one objective by id, number or title (see `pickItems`); all when empty. */
  readonly objective?: string | undefined;
  /** `layout`; anything unknown is `list`. */
  readonly layout?: string | undefined;
  /** `reading`: `easy` starts with the easy-read summaries where the feed has them. */
  readonly reading?: 'plan' | 'easy' | undefined;
}

type SourceRef = NonNullable<Objective['source']>;

/** The parts of an objective (or of an item below it), in the order they are shown. */
export interface ObjectiveBody {
  /** Untitled sections: they introduce the objective, before its summary (drawn without their source). */
  readonly introduction: readonly Section[];
  /** The heading the plan prints over a summary ("What we will do"), when there is a summary to head. */
  readonly summaryHeading?: PlanText;
  /** Said when easy read is asked for and this one has none, so the plan's words are shown. */
  readonly easyReadNote?: string;
  /** The summary paragraphs: the easy-read ones when reading easy and the feed has them. */
  readonly summary: readonly PlanText[];
  /** The heading the plan prints over the actions ("How we will achieve this"), when there are actions. */
  readonly actionsHeading?: PlanText;
  /** The line introducing the actions ("Work with partner agencies… to:"). */
  readonly intro?: PlanText;
  readonly actions: readonly ActionView[];
  /** Lists the plan prints under it with their own headings ("We will", "So that"). */
  readonly lists: readonly NamedList[];
  /** Its status label, on the plan's scale or in the page's words. */
  readonly status?: PlanText;
  /** Who leads it, as printed. */
  readonly owner?: PlanText;
  /** Titled sections ("Key issues"): after the actions. */
  readonly sections: readonly Section[];
  /** The next level of the plan's structure (priorities under a pillar), as deep as the plan goes. */
  readonly children: readonly ChildObjectiveView[];
  readonly source?: SourceRef;
}

/** A top-level objective. */
export interface ObjectiveView {
  /** The feed id: the element's `id` for deep links, and what a selection names. */
  readonly id: string;
  /** The number as printed ("3", "A"); undefined when the plan does not number it. */
  readonly number?: string;
  readonly title: PlanText;
  readonly body: ObjectiveBody;
}

/** An objective of other plans that an item supports: a link when the feed says where that plan is. */
export interface SupportedObjective {
  readonly text: PlanText;
  /** The other plan's address with the objective's id as its hash. */
  readonly href?: string;
}

/** An item below an objective, with the shared outcome, aim and links that <pcp-outcomes> shows for the top level. */
export interface ChildObjectiveView extends ObjectiveView {
  readonly outcome?: PlanText;
  readonly aim?: PlanText;
  readonly supports: readonly SupportedObjective[];
}

export interface ObjectivesView {
  /** Shown instead of objectives: the plan has none, or none by the name asked for. */
  readonly empty?: string;
  /** The objectives shown, in the plan's order. */
  readonly objectives: readonly ObjectiveView[];
  /** One objective is shown on its own, not as a list of one. */
  readonly single: boolean;
  readonly layout: ObjectivesLayout;
  readonly reading: 'plan' | 'easy';
  /** The easy-read toggle's label, when an objective shown has an easy-read version. */
  readonly easyReadToggle?: string;
  /** The words of the accordion's "Show all sections" / "Hide all sections" button, offered for more than one objective. */
  readonly showAllToggle?: { readonly showAll: string; readonly hideAll: string };
  /** The element's words inside an objective. */
  readonly words: {
    /** Before a status label, for screen readers ("status"). */
    readonly status: string;
    /** Before the objectives of other plans an item supports ("Supports:"). */
    readonly supports: string;
    /** Before an item's shared outcome ("Shared outcome"). */
    readonly sharedOutcome: string;
    /** Before an item's aim ("Aim"). */
    readonly aim: string;
  };
}

/** The layout asked for, or `list` for anything else. */
export function objectivesLayout(layout: string | undefined): ObjectivesLayout {
  return LAYOUTS.find((known) => known === layout) ?? 'list';
}

/** The top-level objectives the `objective` attribute names (all when it is empty). */
export function shownObjectives(plan: Plan, objective: string | undefined): readonly Objective[] {
  return pickItems(plan.objectives, objective);
}

/** Everything <pcp-objectives> shows for `options`. */
export function objectivesView(ctx: ViewContext, options: ObjectivesOptions = {}): ObjectivesView {
  const { plan, t } = ctx;
  const layout = objectivesLayout(options.layout);
  const reading = options.reading === 'easy' ? 'easy' : 'plan';
  const words = { status: t.common.status, supports: t.objectives.supports, sharedOutcome: t.outcomes.sharedOutcome, aim: t.outcomes.aim };
  const picked = shownObjectives(plan, options.objective);
  const empty =
    plan.objectives.length === 0 ? t.objectives.none : picked.length === 0 ? t.objectives.notFound(options.objective ?? '') : undefined;
  if (empty !== undefined) return { empty, objectives: [], single: false, layout, reading, words };
  const hasEasyRead = picked.some((objective) => objective.easyRead?.length);
  return {
    objectives: picked.map((objective) => ({ ...titleOf(objective, ctx), body: body(objective, ctx, reading) })),
    single: picked.length === 1,
    layout,
    reading,
    easyReadToggle: hasEasyRead ? t.objectives.easyRead : undefined,
    showAllToggle: layout === 'accordion' && picked.length > 1 ? { showAll: t.objectives.showAll, hideAll: t.objectives.hideAll } : undefined,
    words,
  };
}

function titleOf(objective: Objective, ctx: ViewContext): Pick<ObjectiveView, 'id' | 'number' | 'title'> {
  // The number is shown as printed, not as feed text: "3" is the same in every language.
  return { id: objective.id, number: objective.number === undefined ? undefined : String(objective.number), title: ctx.text(objective.title) };
}

function body(objective: Objective, ctx: ViewContext, reading: 'plan' | 'easy'): ObjectiveBody {
  const labels = ctx.plan.labels;
  const easy = reading === 'easy' && objective.easyRead?.length ? objective.easyRead : undefined;
  const paragraphs = easy ?? objective.summary ?? [];
  const sections = objective.sections ?? [];
  const actions = objective.actions ?? [];
  return {
    introduction: sections.filter((section) => !section.title),
    summaryHeading: paragraphs.length && labels?.summary ? ctx.text(labels.summary) : undefined,
    easyReadNote: reading === 'easy' && !easy && objective.summary?.length ? ctx.t.objectives.noEasyRead : undefined,
    summary: paragraphs.map((text) => ctx.text(text)),
    actionsHeading: actions.length && labels?.actions ? ctx.text(labels.actions) : undefined,
    intro: objective.intro ? ctx.text(objective.intro) : undefined,
    actions: actionsView(actions, ctx),
    lists: objective.lists ?? [],
    status: objective.status ? ctx.text(statusLabel(objective.status, ctx.t, ctx.plan)) : undefined,
    owner: objective.owner ? ctx.text(objective.owner) : undefined,
    sections: sections.filter((section) => section.title),
    children: (objective.children ?? []).map((child) => ({
      ...titleOf(child, ctx),
      outcome: child.outcome ? ctx.text(child.outcome) : undefined,
      aim: child.aim ? ctx.text(child.aim) : undefined,
      supports: (child.supports ?? []).map((ref) => ({
        text: ctx.text(ref.title ?? ref.objectiveId),
        href: ref.url ? `${ref.url}#${ref.objectiveId}` : undefined,
      })),
      body: body(child, ctx, reading),
    })),
    source: objective.source,
  };
}
