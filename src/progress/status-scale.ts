/**
 * How each status looks: a label, a colour and a pattern (so colour is never the only signal).
 * The defaults can be replaced per element with the `scale` attribute, because forces use different
 * scales ("blue = done, green = completed, yellow = in progress, red = challenging").
 */
import { isServer } from 'lit';
import { STATUS_ORDER, type CommitmentStatus } from '../model/progress.js';
import { contrastRatio } from '../styles/contrast.js';
import type { Measure, Plan, StatusScale as PlanStatusScale } from '../schema/plan.js';
import type { BuiltInStatusId } from '../schema/statuses.js';

export type RagStatus = NonNullable<Measure['rag']>;
/** A built-in status, or an id from the plan's own scale (`statusScales`). */
export type StatusKey = CommitmentStatus | RagStatus;

export interface StatusStyle {
  label: string;
  /** The label inside a sentence ("4 of 11 delivered"); a custom label is used as written. */
  word: string;
  /** A CSS colour; 3:1 or more against the page, and with a pattern on top. */
  color: string;
  /** Which of the STATUS_PATTERN_COUNT patterns (0: plain, then stripes, hatching, dots…; classes p0 … p11 in progress-styles). */
  pattern: number;
  /** What it means, as the plan prints it. */
  meaning?: string | undefined;
  /** True when it counts as done (a plan's "Completed"). */
  done?: boolean | undefined;
}

export type StatusScale = Record<StatusKey, StatusStyle>;

/** How many patterns there are (classes `p0` … `p11` in progress-styles): one per built-in status, and two to spare for a plan's own. */
export const STATUS_PATTERN_COUNT = 12;

/**
 * Defaults: each colour 3:1 or more against white (and 4.5:1 with white text). One style for each
 * of the schema's built-in statuses, no more and no fewer (the `satisfies` checks it). Some share a
 * colour ("Delivered" and "Green"), none a pattern: in forced colours, and to a reader who cannot
 * tell the colours apart, the pattern is what tells them apart.
 */
export const DEFAULT_SCALE: StatusScale = {
  delivered: { label: 'Delivered', word: 'delivered', color: 'var(--pcp-status-delivered, #00703c)', pattern: 0, done: true },
  'in-progress': { label: 'In progress', word: 'in progress', color: 'var(--pcp-status-in-progress, #1d70b8)', pattern: 1 },
  'at-risk': { label: 'At risk', word: 'at risk', color: 'var(--pcp-status-at-risk, #b3261e)', pattern: 2 },
  'not-started': { label: 'Not started', word: 'not started', color: 'var(--pcp-status-not-started, #505a5f)', pattern: 3 },
  planned: { label: 'Planned', word: 'planned', color: 'var(--pcp-status-planned, #4c2c92)', pattern: 4 },
  'not-rated': { label: 'Not rated', word: 'not rated', color: 'var(--pcp-status-not-rated, #6f777b)', pattern: 5 },
  red: { label: 'Red', word: 'red', color: 'var(--pcp-status-red, #b3261e)', pattern: 6 },
  amber: { label: 'Amber', word: 'amber', color: 'var(--pcp-status-amber, #a35a00)', pattern: 7 },
  green: { label: 'Green', word: 'green', color: 'var(--pcp-status-green, #00703c)', pattern: 8 },
  complete: { label: 'Complete', word: 'complete', color: 'var(--pcp-status-complete, #1d70b8)', pattern: 9, done: true },
} satisfies Record<BuiltInStatusId, StatusStyle>;

/**
 * A pattern for each of the plan's own statuses that are not built in: one no other status of its
 * scale has, and, while any is left, none a built-in status has either.
 */
function planPatterns(planScale: PlanStatusScale): Map<string, number> {
  const builtIn = new Set(Object.values(DEFAULT_SCALE).map((style) => style.pattern));
  const taken = new Set(planScale.statuses.flatMap((status) => (DEFAULT_SCALE[status.id] ? [DEFAULT_SCALE[status.id]!.pattern] : [])));
  const patterns = new Map<string, number>();
  for (const status of planScale.statuses) {
    if (DEFAULT_SCALE[status.id]) continue;
    const free = (avoid: (pattern: number) => boolean) =>
      Array.from({ length: STATUS_PATTERN_COUNT }, (_, pattern) => pattern).find((pattern) => !taken.has(pattern) && !avoid(pattern));
    // A scale of more than STATUS_PATTERN_COUNT statuses repeats one.
    const pattern = free((candidate) => builtIn.has(candidate)) ?? free(() => false) ?? patterns.size % STATUS_PATTERN_COUNT;
    taken.add(pattern);
    patterns.set(status.id, pattern);
  }
  return patterns;
}

/**
 * Reads a `scale` attribute: JSON mapping statuses to `{ "label": "…", "color": "…" }` (either may
 * be left out). Unknown statuses, bad colours and bad JSON are reported, and the defaults kept.
 * `words` are the default labels in the page's language; an author's labels are kept as written.
 */
export function parseScale(
  json: string | undefined,
  words: Partial<Record<StatusKey, Pick<StatusStyle, 'label' | 'word'>>> = {},
  planScale?: PlanStatusScale,
): { scale: StatusScale; problems: string[] } {
  const scale = Object.fromEntries(
    Object.entries(DEFAULT_SCALE).map(([key, style]) => [key, { ...style, ...words[key as StatusKey] }]),
  ) as StatusScale;
  // The plan's own scale: its labels, meanings and colours; a pattern of its own each, so colour is never alone.
  const patterns = planScale ? planPatterns(planScale) : new Map<string, number>();
  planScale?.statuses.forEach((status) => {
    const base = scale[status.id];
    scale[status.id] = {
      label: status.label,
      word: status.label,
      color: status.colour ?? base?.color ?? DEFAULT_SCALE['not-rated']!.color,
      pattern: base?.pattern ?? patterns.get(status.id)!,
      meaning: status.meaning,
      done: status.done ?? base?.done,
    };
  });
  const problems: string[] = [];
  if (!json) return { scale, problems };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { scale, problems: ['the scale attribute is not valid JSON'] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { scale, problems: ['the scale attribute must be a JSON object such as {"delivered": {"label": "Done"}}'] };
  }
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!(key in scale)) {
      problems.push(`"${key}" is not a status (use ${Object.keys(scale).join(', ')})`);
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`status "${key}" needs an object such as {"label": "Done", "color": "#1d70b8"}`);
      continue;
    }
    const { label, color } = entry as { label?: unknown; color?: unknown };
    const current = scale[key as StatusKey]!;
    const next: StatusStyle = { ...current };
    if (label !== undefined) {
      if (typeof label === 'string' && label.trim()) next.label = next.word = label.trim();
      else problems.push(`the label of status "${key}" must be text`);
    }
    if (color !== undefined) {
      if (typeof color !== 'string' || !isColour(color)) problems.push(`${JSON.stringify(color)} is not a CSS colour (status "${key}")`);
      else {
        next.color = color;
        const ratio = contrastRatio(color, '#ffffff');
        if (ratio !== undefined && ratio < 3) {
          problems.push(`the colour ${color} of status "${key}" has ${ratio.toFixed(1)}:1 contrast with a white page; bars need 3:1 (it is used, with its pattern and label)`);
        }
      }
    }
    scale[key as StatusKey] = next;
  }
  return { scale, problems };
}

/** A CSS colour, as the browser reads it; on the server (`pcp render`), a conservative spelling check. */
function isColour(value: string): boolean {
  return isServer ? /^(?:#[0-9a-f]{3,8}|[a-z]+|(?:rgb|rgba|hsl|hsla|oklch|lab|lch)\([\d\s.,%/-]+\))$/i.test(value.trim()) : CSS.supports('color', value);
}

/** The plan's own status scale: the one `statusScale` names, else its first. */
export function planStatusScale(plan: Plan): PlanStatusScale | undefined {
  return plan.statusScales?.find((scale) => scale.id === plan.statusScale) ?? plan.statusScales?.[0];
}

/** A status scale as an element uses it: its styles, the order statuses are counted and drawn in, and the attribute's mistakes. */
export interface ResolvedScale {
  readonly scale: StatusScale;
  /** The plan's own statuses first, then the built-in ones. */
  readonly order: readonly StatusKey[];
  /** Mistakes in the `scale` attribute (the defaults are kept for them). */
  readonly problems: readonly string[];
}

/**
 * The one place a scale is resolved: the built-in styles with the page's `words`, then the plan's own
 * scale (`statusScales`, the one `statusScale` names), then the `scale` attribute's labels and colours.
 */
export function resolveScale(
  json: string | undefined,
  words: Partial<Record<StatusKey, Pick<StatusStyle, 'label' | 'word'>>> | undefined,
  plan: Plan | undefined,
): ResolvedScale {
  const planScale = plan && planStatusScale(plan);
  const { scale, problems } = parseScale(json, words, planScale);
  const order = [...new Set([...(planScale?.statuses.map((status) => status.id) ?? []), ...STATUS_ORDER])];
  return { scale, order, problems };
}
