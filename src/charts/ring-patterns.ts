/**
 * Twelve patterns, drawn in a band along each segment's outer edge, so segments differ by more than
 * colour (for colour-blind readers, greyscale prints and forced colours, where the pattern is all that
 * is left): up to twelve segments, no two share one.
 */
import { css, svg, type SVGTemplateResult } from 'lit';
import { PATTERN_COUNT } from './ring-palette.js';

type Pattern = (id: string) => SVGTemplateResult;

// As many as PATTERN_COUNT says: the tuple's length must equal it, or this does not compile.
const PATTERNS: [Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern, Pattern] = [
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.4" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><line x1="0" y1="3" x2="6" y2="3" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><line x1="0" y1="3" x2="6" y2="3" /><line x1="3" y1="0" x2="3" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><rect x="2" y="2" width="4" height="4" /></pattern>`,
  // The seventh to the twelfth: other shapes, not the first six at another size.
  (id) => svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse"><line x1="3" y1="0" x2="3" y2="6" /></pattern>`,
  (id) => svg`<pattern id=${id} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="3.5" x2="7" y2="3.5" /><line x1="3.5" y1="0" x2="3.5" y2="7" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><polygon points="4,1.5 7,6.5 1,6.5" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><circle class="ring" cx="4" cy="4" r="2.2" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="6" patternUnits="userSpaceOnUse"><polyline points="0,4.5 2,1.5 4,4.5 6,1.5 8,4.5" /></pattern>`,
  (id) => svg`<pattern id=${id} width="8" height="8" patternUnits="userSpaceOnUse"><rect x="0" y="0" width="4" height="4" /><rect x="4" y="4" width="4" height="4" /></pattern>`,
];

PATTERNS.length satisfies typeof PATTERN_COUNT;

export { PATTERN_COUNT };

/** The patterns' definitions, with ids `${prefix}-0` … `${prefix}-11`. */
export function renderPatterns(prefix: string): SVGTemplateResult {
  return svg`<defs class="patterns">${PATTERNS.map((pattern, index) => pattern(`${prefix}-${index}`))}</defs>`;
}

/** The patterns' marks, in the chart's text colour (the funding chart shares them). */
export const patternStyles = css`
  .patterns line,
  .patterns polyline,
  .patterns .ring {
    fill: none;
    stroke: var(--_chart-text);
    stroke-width: 1.5;
  }
  .patterns circle:not(.ring),
  .patterns rect,
  .patterns polygon {
    fill: var(--_chart-text);
  }
  /* Forced colours: segments and slices are Canvas, so the marks are drawn in CanvasText (the chart's
     text colour would be white on a white Canvas). */
  @media (forced-colors: active) {
    .patterns line,
    .patterns polyline,
    .patterns .ring {
      stroke: CanvasText;
    }
    .patterns circle:not(.ring),
    .patterns rect,
    .patterns polygon {
      fill: CanvasText;
    }
  }
`;
