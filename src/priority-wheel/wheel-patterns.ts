/**
 * One pattern per chart colour, drawn in a band along each segment's outer edge, so segments differ
 * by more than colour (for colour-blind readers and greyscale prints).
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import { PATTERN_COUNT } from './wheel-palette.js';

type Pattern = (id: string) => SVGTemplateResult;

// As many as PATTERN_COUNT says: the tuple's length must equal it, or this does not compile.
const PATTERNS: [Pattern, Pattern, Pattern, Pattern, Pattern, Pattern] = [
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.4" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><line x1="0" y1="3" x2="6" y2="3" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><line x1="0" y1="3" x2="6" y2="3" /><line x1="3" y1="0" x2="3" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><rect x="2" y="2" width="4" height="4" /></pattern>`,
];

PATTERNS.length satisfies typeof PATTERN_COUNT;

export { PATTERN_COUNT };

/** The patterns' definitions, with ids `${prefix}-0` … `${prefix}-5`. */
export function renderPatterns(prefix: string): SVGTemplateResult {
  return svg`<defs class="patterns">${PATTERNS.map((pattern, index) => pattern(`${prefix}-${index}`))}</defs>`;
}

/** The patterns' marks, in the chart's text colour (the funding chart shares them). */
export const patternStyles = css`
  .patterns line {
    stroke: var(--_chart-text);
    stroke-width: 1.5;
  }
  .patterns circle,
  .patterns rect {
    fill: var(--_chart-text);
  }
`;
