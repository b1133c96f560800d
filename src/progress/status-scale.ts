/**
 * How each status looks: a label, a colour and a pattern (so colour is never the only signal).
 * The defaults can be replaced per element with the `scale` attribute, because forces use different
 * scales ("blue = done, green = completed, yellow = in progress, red = challenging").
 */
import type { CommitmentStatus } from '../model/progress.js';
import type { Measure } from '../schema/plan.js';

export type RagStatus = NonNullable<Measure['rag']>;
export type StatusKey = CommitmentStatus | RagStatus;

export interface StatusStyle {
  label: string;
  /** A CSS colour; 3:1 or more against the page, and with a pattern on top. */
  color: string;
  /** Which of the six patterns (0: plain, 1–5: stripes, hatching, dots…). */
  pattern: number;
}

export type StatusScale = Record<StatusKey, StatusStyle>;

/** Defaults: each colour 3:1 or more against white (and 4.5:1 with white text). */
export const DEFAULT_SCALE: StatusScale = {
  delivered: { label: 'Delivered', color: 'var(--pcp-status-delivered, #00703c)', pattern: 0 },
  'in-progress': { label: 'In progress', color: 'var(--pcp-status-in-progress, #1d70b8)', pattern: 1 },
  'at-risk': { label: 'At risk', color: 'var(--pcp-status-at-risk, #b3261e)', pattern: 2 },
  'not-started': { label: 'Not started', color: 'var(--pcp-status-not-started, #505a5f)', pattern: 3 },
  planned: { label: 'Planned', color: 'var(--pcp-status-planned, #4c2c92)', pattern: 4 },
  'not-rated': { label: 'Not rated', color: 'var(--pcp-status-not-rated, #6f777b)', pattern: 5 },
  red: { label: 'Red', color: 'var(--pcp-status-red, #b3261e)', pattern: 2 },
  amber: { label: 'Amber', color: 'var(--pcp-status-amber, #a35a00)', pattern: 1 },
  green: { label: 'Green', color: 'var(--pcp-status-green, #00703c)', pattern: 0 },
  complete: { label: 'Complete', color: 'var(--pcp-status-complete, #1d70b8)', pattern: 4 },
};

/**
 * Reads a `scale` attribute: JSON mapping statuses to `{ "label": "…", "color": "…" }` (either may
 * be left out). Unknown statuses, bad colours and bad JSON are reported, and the defaults kept.
 */
export function parseScale(json: string | undefined): { scale: StatusScale; problems: string[] } {
  const scale: StatusScale = { ...DEFAULT_SCALE };
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
    if (!(key in DEFAULT_SCALE)) {
      problems.push(`"${key}" is not a status (use ${Object.keys(DEFAULT_SCALE).join(', ')})`);
      continue;
    }
    const { label, color } = (entry ?? {}) as { label?: unknown; color?: unknown };
    const current = scale[key as StatusKey];
    const next = { ...current };
    if (typeof label === 'string' && label.trim()) next.label = label.trim();
    if (typeof color === 'string') {
      if (CSS.supports('color', color)) next.color = color;
      else problems.push(`"${color}" is not a CSS colour (status "${key}")`);
    }
    scale[key as StatusKey] = next;
  }
  return { scale, problems };
}
