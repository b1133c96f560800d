/**
 * How many segment colours (`--pcp-chart-1` … `-6`, classes `c0` … `c5` in wheel-styles) and band
 * patterns (wheel-patterns) there are. Kept apart from the Lit templates so the view model can
 * choose a segment's colour and pattern in Node.
 */

/** Segment colours, repeated past six. */
export const COLOUR_COUNT = 6;

/** Band patterns, one per colour, so neighbours differ by more than colour. */
export const PATTERN_COUNT = 6;
