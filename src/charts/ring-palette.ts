/**
 * How many chart colours (`--pcp-chart-1` … `-6`, classes `c0` … `c5` in palette-styles) and band patterns
 * (ring-patterns) there are, and which each item round a ring takes: the wheel's segments and the funding
 * slices. Kept apart from the Lit templates so a view model can choose them in Node.
 */

/** Segment colours, repeated past six. */
export const COLOUR_COUNT = 6;

/** Band patterns: twelve, so up to twelve segments each have their own. */
export const PATTERN_COUNT = 12;

/**
 * The colour (or pattern) of item `index` of `count` round a ring of `kinds` in turn: `index % kinds`,
 * except that the last of a ring one longer than a multiple of `kinds` (7 items of 6) would come back
 * to the first's, beside it; it takes one halfway through the turn instead, unlike either neighbour.
 */
export function ringStyle(index: number, count: number, kinds: number): number {
  const style = index % kinds;
  if (count > 1 && index === count - 1 && style === 0) return Math.floor(kinds / 2);
  return style;
}

/** A segment's colour and band pattern. */
export interface RingSwatch {
  readonly colour: number;
  readonly pattern: number;
}

/**
 * The colour and pattern of each of `count` items round a ring, each unlike both neighbours in both (the
 * last and the first meet). Colours repeat past six; patterns only past twelve, so up to twelve items no
 * two share a pattern, and a key below the chart or a forced-colours reader (who sees patterns only) can
 * tell every segment apart.
 */
export function ringSwatches(count: number): RingSwatch[] {
  return Array.from({ length: count }, (_, index) => ({ colour: ringStyle(index, count, COLOUR_COUNT), pattern: ringStyle(index, count, PATTERN_COUNT) }));
}
