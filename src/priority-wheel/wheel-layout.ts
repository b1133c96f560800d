/**
 * The wheel's geometry: d3-hierarchy's partition gives each objective an equal share of the circle
 * (and each of its actions an equal share of that, for the outer ring); d3-shape draws the arcs;
 * fit-label places every label inside its own segment.
 */
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arc } from 'd3-shape';
import type { Action, Objective } from '../schema/plan.js';
import { fitLabel, truncations, type FittedLabel, type Measure, type Sector } from './fit-label.js';

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
}

export interface WheelLayout {
  size: number;
  centre: { radius: number; label?: FittedLabel | undefined };
  objectives: WheelSegment[];
  actions: WheelSegment[];
}

interface Node {
  objective?: Objective;
  objectiveIndex?: number;
  action?: Action;
  actionIndex?: number;
  weight?: number;
  children?: Node[];
}

/** Space between a label and its segment's edges (px): clears the separators and the focus ring. */
const LABEL_PADDING = 6;

const draw = arc<Sector>()
  .startAngle((d) => d.startAngle)
  .endAngle((d) => d.endAngle)
  .innerRadius((d) => d.innerRadius)
  .outerRadius((d) => d.outerRadius);

function sizesFrom(largest: number, smallest = 11): number[] {
  const sizes: number[] = [];
  for (let size = Math.round(largest); size >= smallest; size -= 1) sizes.push(size);
  return sizes;
}

/**
 * The objective's number and whole title; else its shortTitle; else its number alone, when the plan
 * numbers it (a plan that numbers nothing gets no number: nothing is drawn). Never a cut-off title:
 * the segment's accessible name begins with exactly what the label shows, which voice-control users speak.
 */
function objectiveLabel(objective: Objective, sector: Sector, measure: Measure, fontSizes: number[]): FittedLabel | undefined {
  const prefix = objective.number !== undefined ? [String(objective.number)] : [];
  for (const text of [objective.title, ...(objective.shortTitle ? [objective.shortTitle] : [])]) {
    const label = fitLabel(text, sector, measure, { fontSizes, padding: LABEL_PADDING, prefix });
    if (label) return label;
  }
  if (objective.number === undefined) return undefined;
  return fitLabel('', sector, measure, { fontSizes: [...fontSizes, 10, 9], padding: LABEL_PADDING / 2, prefix });
}

/** What a segment's label shows, as one line of text ("3 A focus on victims"). */
export function labelText(label: FittedLabel | undefined): string {
  return label ? label.lines.join(' ') : '';
}

/** What a layout depends on besides the objectives. */
export interface WheelLayoutOptions {
  /** Width and height of the square drawing, in px. */
  size: number;
  rings: 1 | 2;
  centreText: string;
  measure: Measure;
}

/**
 * The segments, arcs and fitted labels of a wheel of `objectives`: each objective an equal share of
 * the circle, its actions (with `rings: 2`) equal shares of that in an outer ring.
 */
export function layoutWheel(objectives: readonly Objective[], options: WheelLayoutOptions): WheelLayout {
  const { size, rings, measure } = options;
  const radius = size / 2 - 4;
  const centreRadius = radius * (rings === 2 ? 0.27 : 0.36);
  const ringEdge = rings === 2 ? radius * 0.78 : radius;
  const band = Math.max(6, radius * 0.05);

  const tree: Node = {
    children: objectives.map((objective, objectiveIndex) => {
      const actions = rings === 2 ? (objective.actions ?? []) : [];
      return actions.length
        ? { objective, objectiveIndex, children: actions.map((action, actionIndex) => ({ objective, objectiveIndex, action, actionIndex, weight: 1 / actions.length })) }
        : { objective, objectiveIndex, weight: 1 };
    }),
  };
  const root = partition<Node>().size([2 * Math.PI, 3])(hierarchy(tree).sum((node) => node.weight ?? 0));

  const segmentFontSizes = sizesFrom(Math.min(16, Math.max(12, radius / 11)));
  const toSegment = (node: HierarchyRectangularNode<Node>, inner: number, outer: number, withLabel: boolean): WheelSegment => {
    const sector: Sector = { startAngle: node.x0, endAngle: node.x1, innerRadius: inner, outerRadius: outer };
    const objective = node.data.objective!;
    return {
      objective,
      objectiveIndex: node.data.objectiveIndex!,
      action: node.data.action,
      actionIndex: node.data.actionIndex,
      sector,
      path: draw(sector) ?? '',
      bandPath: draw({ ...sector, innerRadius: outer - band }) ?? '',
      label: withLabel
        ? objectiveLabel(objective, { ...sector, outerRadius: outer - band }, measure, segmentFontSizes)
        : undefined,
    };
  };

  const objectiveSegments = (root.children ?? []).map((node) => toSegment(node, centreRadius, ringEdge, true));
  const actionSegments =
    rings === 2 ? root.descendants().filter((node) => node.depth === 2).map((node) => toSegment(node, ringEdge, radius, false)) : [];

  const centreSector: Sector = { startAngle: 0, endAngle: 2 * Math.PI, innerRadius: 0, outerRadius: centreRadius };
  const centreSizes = sizesFrom(Math.min(22, Math.max(13, centreRadius / 4)));
  let centreLabel: FittedLabel | undefined;
  // A text whose words alone, at the smallest size, cover more than the circle cannot fit: skip those
  // candidates unmeasured (a feed's thousand-word text would otherwise try each of its truncations).
  const words = options.centreText.split(/\s+/).filter(Boolean);
  const smallest = centreSizes.at(-1) ?? 13;
  const circle = Math.PI * centreRadius ** 2;
  let covered = 0;
  const mayFit = words.map((word) => (covered += measure(word, smallest) * Math.ceil(smallest * 1.15)) <= circle);
  for (const [index, text] of [options.centreText, ...truncations(options.centreText)].entries()) {
    if (index < words.length && !mayFit[words.length - 1 - index]) continue;
    centreLabel = fitLabel(text, centreSector, measure, { fontSizes: centreSizes, padding: 4 });
    if (centreLabel) break;
  }

  return { size, centre: { radius: centreRadius, label: centreLabel }, objectives: objectiveSegments, actions: actionSegments };
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
  const key = `${options.size}|${options.rings}|${options.centreText}`;
  let layout = byKey.get(key);
  if (!layout) {
    layout = layoutWheel(objectives, options);
    if (byKey.size >= KEPT_SIZES) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, layout);
  }
  return layout;
}
