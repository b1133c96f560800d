/**
 * What `<pcp-outcomes>` shows, decided without Lit or the DOM: the themes that state a shared
 * outcome or aim (all of them, or the one `theme` names), their texts in their language, and the
 * element's words. The element only draws it as a table or as cards.
 */
import { pickItems, picksAll } from '../view/pick.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/outcomes.js';

/** The attributes that decide what `<pcp-outcomes>` shows (`layout` only decides how). */
export interface OutcomesOptions {
  /** One theme alone: its id, printed number or title, ignoring case (see view/pick.ts). */
  readonly theme?: string | undefined;
}

/** A theme with its shared outcome and aim, as the plan states them. */
export interface OutcomeTheme {
  readonly id: string;
  /** The theme's number as printed ("1"), for the card's heading; undefined when the plan numbers none. */
  readonly number?: string;
  readonly title: PlanText;
  readonly outcome?: PlanText;
  readonly aim?: PlanText;
}

/** Nothing to show: the plan states no shared outcome or aim, or has no theme by the name asked for. */
export interface OutcomesEmpty {
  readonly empty: string;
}

export interface OutcomesShown {
  readonly empty?: undefined;
  /** The heading, and the table's caption. */
  readonly title: string;
  /** The table's column headings: the plan's word for a theme (capitalised), then "Shared outcome" and "Aim". */
  readonly columns: readonly [string, string, string];
  /** The card's labels for an outcome and an aim. */
  readonly sharedOutcome: string;
  readonly aim: string;
  readonly themes: readonly OutcomeTheme[];
}

export type OutcomesView = OutcomesEmpty | OutcomesShown;

/** What `<pcp-outcomes>` shows for `options` (see OutcomesView). */
export function outcomesView(ctx: ViewContext, options: OutcomesOptions = {}): OutcomesView {
  const { plan } = ctx;
  const t = ctx.t.outcomes;
  const withOutcomes = plan.objectives.filter((objective) => objective.outcome || objective.aim);
  const picked = pickItems(withOutcomes, options.theme);
  if (picked.length === 0) return { empty: picksAll(options.theme) ? t.none : t.notFound(options.theme!) };
  const one = ctx.word(plan.levels?.[0]?.singular, t.theme);
  return {
    title: t.title,
    columns: [`${one.charAt(0).toLocaleUpperCase(ctx.locale)}${one.slice(1)}`, t.sharedOutcome, t.aim],
    sharedOutcome: t.sharedOutcome,
    aim: t.aim,
    themes: picked.map((objective) => ({
      id: objective.id,
      ...(objective.number !== undefined ? { number: String(objective.number) } : {}),
      title: ctx.text(objective.title),
      ...(objective.outcome !== undefined ? { outcome: ctx.text(objective.outcome) } : {}),
      ...(objective.aim !== undefined ? { aim: ctx.text(objective.aim) } : {}),
    })),
  };
}
