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

/** A segment's colour and band pattern. */
export interface RingSwatch {
  readonly colour: number;
  readonly pattern: number;
}

const swatchesByCount = new Map<number, readonly RingSwatch[]>();

/**
 * The colour and pattern of each of `count` items round a ring: each unlike both neighbours in both (the
 * last and the first meet), and, up to COLOUR_COUNT × PATTERN_COUNT items, no two alike, so a key below the
 * chart names one segment per swatch. Colours come in turn (ringStyle); past the first turn the patterns
 * start half a turn on, so a colour's second segment has another pattern (12 items: six colours, each with
 * two patterns). Six items or fewer: pattern and colour by place, as ringStyle gives them.
 */
export function ringSwatches(count: number): readonly RingSwatch[] {
  const cached = swatchesByCount.get(count);
  if (cached) return cached;
  const swatches: RingSwatch[] = [];
  const used = new Set<string>();
  for (let index = 0; index < count; index += 1) {
    const colour = ringStyle(index, count, COLOUR_COUNT);
    const turn = Math.floor(index / PATTERN_COUNT);
    const preferred = (index + turn * Math.floor(PATTERN_COUNT / 2)) % PATTERN_COUNT;
    const unlikeNeighbours = (pattern: number) =>
      (index === 0 || pattern !== swatches[index - 1]!.pattern) && (index !== count - 1 || index === 0 || pattern !== swatches[0]!.pattern);
    const candidates = Array.from({ length: PATTERN_COUNT }, (_, step) => (preferred + step) % PATTERN_COUNT);
    const pattern =
      candidates.find((candidate) => unlikeNeighbours(candidate) && !used.has(`${colour}:${candidate}`)) ?? candidates.find(unlikeNeighbours) ?? preferred;
    used.add(`${colour}:${pattern}`);
    swatches.push({ colour, pattern });
  }
  swatchesByCount.set(count, swatches);
  return swatches;
}
