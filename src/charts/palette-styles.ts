import { css } from 'lit';

/**
 * The six chart colours as classes (`c0` … `c5`, from `--pcp-chart-1` … `--pcp-chart-6`), filled on SVG
 * marks and swatches: one list, so the wheel's segments and the funding slices cannot drift apart.
 */
export const paletteStyles = css`
  .c0 { fill: var(--_chart-1); }
  .c1 { fill: var(--_chart-2); }
  .c2 { fill: var(--_chart-3); }
  .c3 { fill: var(--_chart-4); }
  .c4 { fill: var(--_chart-5); }
  .c5 { fill: var(--_chart-6); }
`;
