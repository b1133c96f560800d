/**
 * How many segment colours (`--pcp-chart-1` … `-6`, classes `c0` … `c5` in wheel-styles) and band
 * patterns (wheel-patterns) there are. Kept apart from the Lit templates so the view model can
 * choose a segment's colour and pattern in Node.
 */

/** Segment colours, repeated past six. */
export const COLOUR_COUNT = 6;

/** Band patterns, one per colour, so neighbours differ by more than colour. */
export const PATTERN_COUNT = 6;

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
