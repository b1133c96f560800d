/**
 * Progress arithmetic: how an objective's commitments (its top-level actions) stand, and how far a
 * measure has moved from its baseline towards its target.
 */
import { figureNumber } from '../format/figure.js';
import type { Action, ActionStatus, Measure, Objective } from '../schema/plan.js';
import { NOT_RATED, STATUS_ORDER as ORDER } from './statuses.js';

/** The status an action without one counts under. */
export type CommitmentStatus = ActionStatus | 'not-rated';

/** The order commitments are counted in (see statuses.ts). */
export const STATUS_ORDER: readonly CommitmentStatus[] = ORDER;

export interface CommitmentCounts {
  total: number;
  byStatus: Map<CommitmentStatus, number>;
}

/** Counts an objective's commitments by status. Sub-actions are details of their commitment, not counted. */
export function countCommitments(actions: readonly Action[] | undefined): CommitmentCounts {
  const byStatus = new Map<CommitmentStatus, number>();
  for (const action of actions ?? []) {
    const status = action.status ?? NOT_RATED;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  return { total: actions?.length ?? 0, byStatus };
}

export function sumCounts(objectives: readonly Objective[]): CommitmentCounts {
  const total = new Map<CommitmentStatus, number>();
  let count = 0;
  for (const objective of objectives) {
    const counts = countCommitments(objective.actions);
    count += counts.total;
    for (const [status, value] of counts.byStatus) total.set(status, (total.get(status) ?? 0) + value);
  }
  return { total: count, byStatus: total };
}

/**
 * How far `current` has moved from `baseline` to `target`, from 0 to 1 (beyond either end is
 * clamped). Works for "down is good" too, because the target is then below the baseline.
 * Undefined without all three figures, or when baseline and target are equal.
 */
export function measureProgress(measure: Measure): number | undefined {
  const [baseline, target, current] = [figureNumber(measure.baseline), figureNumber(measure.target), figureNumber(measure.current)];
  if (baseline === undefined || target === undefined || current === undefined || baseline === target) return undefined;
  return Math.min(1, Math.max(0, (current - baseline) / (target - baseline)));
}

/** Where a measure stands against its target, in words a reader needs beyond the bar. */
export type MeasureStanding = 'target-met' | 'worse-than-baseline' | 'on-the-way' | 'target-not-met' | 'unknown';

export function measureStanding(measure: Measure): MeasureStanding {
  const [baseline, target, current] = [figureNumber(measure.baseline), figureNumber(measure.target), figureNumber(measure.current)];
  // Which way is better is the plan's to say: without it, no judgement.
  if (target === undefined || current === undefined || !measure.better) return 'unknown';
  const better = (a: number, b: number) => (measure.better === 'higher' ? a >= b : a <= b);
  if (better(current, target)) return 'target-met';
  if (baseline === undefined || baseline === target) return 'target-not-met';
  return better(current, baseline) ? 'on-the-way' : 'worse-than-baseline';
}
