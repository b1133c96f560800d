/**
 * What <pcp-plan-summary> shows: the plan's title and strapline, and its facts (document type,
 * publisher, area, period, status, how many objectives) as label and value, decided without Lit.
 */
import { planPeriodText } from '../i18n/plan-period.js';
import type { PlanText, ViewContext } from '../view/plan-text.js';
import '../i18n/messages/en/plan-summary.js';

/** One fact of the plan: its label and its value. */
export interface PlanFact {
  readonly label: string;
  readonly value: PlanText;
  /** Shown as a tag (the plan's status). */
  readonly tag?: boolean;
}

export interface PlanSummaryView {
  readonly title: PlanText;
  readonly strapline?: PlanText;
  /** The facts in the order shown; those the feed does not give (document type, area) are left out. */
  readonly facts: readonly PlanFact[];
}

/** Everything <pcp-plan-summary> shows (it has no attributes that change what). */
export function planSummaryView(ctx: ViewContext): PlanSummaryView {
  const { plan, t } = ctx;
  const words = t.planSummary;
  const facts: PlanFact[] = [];
  if (plan.documentType) facts.push({ label: words.document, value: ctx.text(plan.documentType) });
  facts.push({ label: words.publishedBy, value: ctx.text(plan.publisher.name) });
  if (plan.area !== null) facts.push({ label: words.area, value: ctx.text(plan.area) });
  facts.push(
    { label: words.period, value: ctx.text(planPeriodText(plan.period, t)) },
    { label: words.status, value: { text: t.common.planStatuses[plan.status] }, tag: true },
    { label: words.objectives, value: { text: t.common.count(plan.objectives.length, t.common.objective, t.common.objectives) } },
  );
  return { title: ctx.text(plan.title), strapline: plan.strapline ? ctx.text(plan.strapline) : undefined, facts };
}
