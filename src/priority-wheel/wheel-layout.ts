/**
 * The wheel's geometry: each objective an equal share of the circle (and each of its actions an equal
 * share of that, for the outer ring); d3-shape draws the arcs; fit-label places every label inside
 * its own segment.
 */
import { arc } from 'd3-shape';
import type { Action, Objective } from '../schema/plan.js';
import { fitLabel, type FittedLabel, type Measure, type Sector } from './fit-label.js';

export interface WheelSegment {
  objective: Objective;
  objectiveIndex: number;
  /** Set for outer-ring segments. */
  action?: Action | undefined;
  actionIndex?: number | undefined;
  sector: Sector;
  path: string;
  /** The band along the outer edge that carries the segment's pattern. */
  bandPath: string;
  label?: FittedLabel | undefined;
  /**
   * True when neither the title nor the short title fits (objectives only): the segment shows at most
   * the plan's own number, and the key beside the chart gives the title.
   */
  inKey?: boolean | undefined;
}

/** An objective's span of the outer ring: its outline and the count of its actions. */
export interface WheelActionGroup {
  objectiveIndex: number;
  /** How many actions the plan lists for it. */
  count: number;
  sector: Sector;
  /** Its outline, drawn over its actions' thin separators, so the objective's actions read as one block. */
  path: string;
  /** The count, fitted in the span ("9 actions", or "9" where that does not fit); undefined when neither fits. */
  label?: FittedLabel | undefined;
}

export interface WheelLayout {
  size: number;
  /** `shows`: which text the centre holds ("text": the preferred one; "fallback": the plan's title), if any fits. */
  centre: { radius: number; label?: FittedLabel | undefined; shows?: 'text' | 'fallback' | undefined };
  /** The one font size of the objectives' labels. */
  fontSize: number;
  objectives: WheelSegment[];
  actions: WheelSegment[];
  /** One per objective with actions (with `rings: 2`). */
  actionGroups: WheelActionGroup[];
}

/** Space between a label and its segment's edges (viewBox units): clears the separators and the focus ring. */
const LABEL_PADDING = 5;

/** The smallest label size, in viewBox units: the drawing is never shown smaller than its viewBox, so never below 11 px. */
export const MIN_FONT_SIZE = 11;

/** A segment's title wraps onto at most this many lines (its number, where the plan gives one, above them). */
export const MAX_LABEL_LINES = 4;

/**
 * The sizes of the drawing's viewBox. The layout is made for the largest that the box is at least as
 * wide as, and the SVG scales to fill the box: labels are drawn at their size or up to a seventh
 * larger, and a box resized within one step keeps its layout (no second draw, no re-fitting).
 */
export const WHEEL_SIZES = [280, 320, 360, 400, 440, 480, 528, 576] as const;

/** The layout size for a box `width` px wide: 400 before the box is known. */
export function wheelSize(width: number | undefined): number {
  if (!width || !(width > 0)) return 400;
  let size: number = WHEEL_SIZES[0];
  for (const step of WHEEL_SIZES) if (step <= width) size = step;
  return size;
}

const draw = arc<Sector>()
  .startAngle((d) => d.startAngle)
  .endAngle((d) => d.endAngle)
  .innerRadius((d) => d.innerRadius)
  .outerRadius((d) => d.outerRadius);

function sizesFrom(largest: number, smallest = MIN_FONT_SIZE): number[] {
  const sizes: number[] = [];
  for (let size = Math.round(largest); size >= smallest; size -= 1) sizes.push(size);
  return sizes.length ? sizes : [smallest];
}

/**
 * The objective's number (where the plan gives one) above its whole title, else above its short
 * title, at `fontSize`; undefined when neither fits. Never a cut-off title: the segment's accessible
 * name begins with exactly what the label shows, which voice-control users speak.
 */
function titleLabel(objective: Objective, sector: Sector, measure: Measure, fontSize: number): FittedLabel | undefined {
  const prefix = objective.number !== undefined ? [String(objective.number)] : [];
  for (const text of [objective.title, ...(objective.shortTitle ? [objective.shortTitle] : [])]) {
    const label = fitLabel(text, sector, measure, { fontSizes: [fontSize], padding: LABEL_PADDING, prefix, maxLines: MAX_LABEL_LINES });
    if (label) return label;
  }
  return undefined;
}

/** What a segment's label shows, as one line of text ("3 A focus on victims"). */
export function labelText(label: FittedLabel | undefined): string {
  return label ? label.lines.join(' ') : '';
}

/** What a layout depends on besides the objectives. */
export interface WheelLayoutOptions {
  /** Width and height of the square drawing, in viewBox units (`wheelSize`). */
  size: number;
  rings: 1 | 2;
  /** What the centre should show (the strapline, say), in full or not at all. */
  centreText: string;
  /** What it shows when `centreText` does not fit (the plan's title). */
  centreFallback?: string | undefined;
  measure: Measure;
  /** An outer-ring count as words ("9 actions"); without it, or where that does not fit, the numeral. */
  countText?: ((count: number) => string) | undefined;
}

/**
 * The segments, arcs and fitted labels of a wheel of `objectives`: each objective an equal share of
 * the circle, its actions (with `rings: 2`) equal shares of that in an outer ring. Every label of a
 * ring has one font size: the largest at which every objective shows its title (or short title), else
 * the smallest, with the objectives that still do not fit marked `inKey`.
 */
export function layoutWheel(objectives: readonly Objective[], options: WheelLayoutOptions): WheelLayout {
  const { size, rings, measure } = options;
  const radius = size / 2 - 4;
  const centreRadius = radius * (rings === 2 ? 0.27 : 0.36);
  const ringEdge = rings === 2 ? radius * 0.78 : radius;
  const band = Math.max(6, radius * 0.05);

  const share = (2 * Math.PI) / Math.max(1, objectives.length);
  const toSegment = (objective: Objective, objectiveIndex: number, [startAngle, endAngle]: [number, number], [inner, outer]: [number, number], action?: Action, actionIndex?: number): WheelSegment => {
    const sector: Sector = { startAngle, endAngle, innerRadius: inner, outerRadius: outer };
    return {
      objective,
      objectiveIndex,
      action,
      actionIndex,
      sector,
      path: draw(sector) ?? '',
      bandPath: draw({ ...sector, innerRadius: outer - band }) ?? '',
    };
  };

  const objectiveSegments = objectives.map((objective, index) => toSegment(objective, index, [index * share, (index + 1) * share], [centreRadius, ringEdge]));
  // The label area leaves the pattern band clear.
  const labelSector = (segment: WheelSegment): Sector => ({ ...segment.sector, outerRadius: segment.sector.outerRadius - band });

  // One size for the ring: the largest at which every title (or short title) fits; a segment that
  // fails at a size ends that size's try, so most plans cost one pass.
  const sizes = sizesFrom(Math.min(16, Math.max(MIN_FONT_SIZE, radius / 11)));
  let fontSize = sizes.at(-1)!;
  let labels: Array<FittedLabel | undefined> = [];
  for (const candidate of sizes) {
    labels = [];
    for (const segment of objectiveSegments) {
      const label = titleLabel(segment.objective, labelSector(segment), measure, candidate);
      labels.push(label);
      if (!label && candidate !== fontSize) break;
    }
    if (candidate === fontSize || labels.every(Boolean)) {
      fontSize = candidate;
      break;
    }
  }
  for (const [index, segment] of objectiveSegments.entries()) {
    segment.label = labels[index];
    if (segment.label) continue;
    segment.inKey = true;
    // The plan's own number, where it gives one and it fits, so the reader can find the segment in the key.
    if (segment.objective.number !== undefined) {
      segment.label = fitLabel('', labelSector(segment), measure, { fontSizes: [fontSize], padding: LABEL_PADDING / 2, prefix: [String(segment.objective.number)] });
    }
  }

  const actionSegments: WheelSegment[] = [];
  const actionGroups: WheelActionGroup[] = [];
  if (rings === 2) {
    for (const [objectiveIndex, objective] of objectives.entries()) {
      const actions = objective.actions ?? [];
      if (!actions.length) continue;
      const start = objectiveIndex * share;
      const step = share / actions.length;
      for (const [actionIndex, action] of actions.entries()) {
        actionSegments.push(toSegment(objective, objectiveIndex, [start + actionIndex * step, start + (actionIndex + 1) * step], [ringEdge, radius], action, actionIndex));
      }
      const sector: Sector = { startAngle: start, endAngle: start + share, innerRadius: ringEdge, outerRadius: radius };
      actionGroups.push({ objectiveIndex, count: actions.length, sector, path: draw(sector) ?? '' });
    }
    fitCounts(actionGroups, { ...options, band, fontSize: MIN_FONT_SIZE });
  }

  const centreSector: Sector = { startAngle: 0, endAngle: 2 * Math.PI, innerRadius: 0, outerRadius: centreRadius };
  const centreSizes = sizesFrom(Math.min(22, Math.max(13, centreRadius / 4)));
  // In full or not at all: the preferred text, else the fallback. Never a cut-off text.
  let centre: WheelLayout['centre'] = { radius: centreRadius };
  const candidates: Array<[string | undefined, 'text' | 'fallback']> = [[options.centreText, 'text'], [options.centreFallback, 'fallback']];
  for (const [text, shows] of candidates) {
    if (!text?.trim()) continue;
    const label = fitLabel(text, centreSector, measure, { fontSizes: centreSizes, padding: 4 });
    if (label) {
      centre = { radius: centreRadius, label, shows };
      break;
    }
  }

  return { size, centre, fontSize, objectives: objectiveSegments, actions: actionSegments, actionGroups };
}

/**
 * The outer ring's counts, in one size and one form: all in words where every one fits, else all as
 * numerals, each where it fits (a segment's name says its position, "action 2 of 9", either way).
 */
function fitCounts(groups: WheelActionGroup[], options: WheelLayoutOptions & { band: number; fontSize: number }): void {
  const fit = (group: WheelActionGroup, text: string) =>
    fitLabel(text, { ...group.sector, outerRadius: group.sector.outerRadius - options.band }, options.measure, {
      fontSizes: [options.fontSize],
      padding: LABEL_PADDING / 2,
      maxLines: 2,
    });
  const { countText } = options;
  if (countText) {
    const worded = groups.map((group) => fit(group, countText(group.count)));
    if (worded.every(Boolean)) {
      for (const [index, group] of groups.entries()) group.label = worded[index];
      return;
    }
  }
  for (const group of groups) group.label = fit(group, String(group.count));
}

const layouts = new WeakMap<readonly Objective[], WeakMap<Measure, Map<string, WheelLayout>>>();
/** Sizes kept per objectives list and measure: a few, for a page resized back and forth. */
const KEPT_SIZES = 4;

/**
 * `layoutWheel`, remembered: a wheel renders again when its focus or selection moves, and the same
 * objectives, size and fonts give the same layout. `objectives` and `measure` are compared by
 * identity (the localized plan and a measure per font are cached objects).
 */
export function cachedWheelLayout(objectives: readonly Objective[], options: WheelLayoutOptions): WheelLayout {
  let byMeasure = layouts.get(objectives);
  if (!byMeasure) layouts.set(objectives, (byMeasure = new WeakMap()));
  let byKey = byMeasure.get(options.measure);
  if (!byKey) byMeasure.set(options.measure, (byKey = new Map()));
  const key = `${options.size}|${options.rings}|${options.centreText}|${options.centreFallback ?? ''}|${options.countText?.(2) ?? ''}`;
  let layout = byKey.get(key);
  if (!layout) {
    layout = layoutWheel(objectives, options);
    if (byKey.size >= KEPT_SIZES) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, layout);
  }
  return layout;
}
