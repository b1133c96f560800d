import { css } from 'lit';

export const progressStyles = css`
  :host {
    line-height: 1.5;
  }
  .download a {
    color: var(--_link);
  }
  .as-of,
  .summary {
    margin: 0 0 var(--_space-s);
  }
  .as-of {
    color: var(--_muted);
    font-size: var(--_font-small);
  }
  .summary {
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    font-size: var(--_font-small);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    display: inline-block;
    width: 1.5em;
    height: 1em;
    border: 1px solid var(--_text);
    background-color: var(--c);
  }
  /* Stripes in white: 3:1 or more against every default status colour. */
  .segment,
  .swatch {
    --stripe: #ffffff;
  }
  .rows,
  .measures {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row,
  .measure {
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  .row.mark {
    cursor: pointer;
    padding: 0.25em;
    border-left: 4px solid transparent;
  }
  .row[aria-selected='true'] {
    border-left-color: var(--_text);
    background: var(--_surface-alt);
  }
  .instructions {
    margin: 0 0 0.5em;
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .name {
    margin: 0 0 0.25em;
  }
  .section-title {
    margin: var(--_space-l) 0 var(--_space-s);
  }
  .bar,
  .meter {
    display: flex;
    height: 1.25rem;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    overflow: hidden;
  }
  .segment {
    background-color: var(--c);
    min-width: 0;
  }
  .segment + .segment {
    border-left: 2px solid var(--_surface);
  }
  .counts,
  .figures {
    margin: 0.25em 0 0;
    overflow-wrap: anywhere;
  }
  .figures {
    color: var(--_muted);
  }
  /* A measure's table sits under the measure's name, a level below the element's own. */
  .measure caption {
    font-size: var(--_part-size);
  }
  /*
   * A measure's values by period as columns: one grid row for the figures (each as printed, wrapping
   * rather than cut), one for the columns, one for the periods, shared by every column (subgrid) so the
   * columns stand on one baseline however the words wrap.
   */
  .series {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    grid-template-rows: auto 4rem auto;
    column-gap: 0.25rem;
    max-width: 36rem;
    margin: var(--_space-s) 0;
    font-size: var(--_font-small);
  }
  .column {
    display: grid;
    grid-row: span 3;
    grid-template-rows: subgrid;
    grid-template-areas: 'value' 'plot' 'period';
    min-width: 0;
    text-align: center;
    overflow-wrap: break-word;
  }
  .column.mark {
    cursor: pointer;
  }
  .column .value {
    grid-area: value;
    align-self: end;
    font-weight: 700;
  }
  .column .period {
    grid-area: period;
    color: var(--_muted);
    border-top: 1px solid var(--_text);
    padding-top: 0.15em;
  }
  .column .plot {
    grid-area: plot;
    display: flex;
    align-items: flex-end;
    justify-content: center;
  }
  .column .segment {
    width: 100%;
    max-width: 4rem;
    border: 1px solid var(--_text);
    border-bottom: 0;
    box-sizing: border-box;
  }
  .column[aria-selected='true'] {
    background: var(--_surface-alt);
    box-shadow: inset 0 -4px 0 var(--_text);
  }
  .column[aria-selected='true'] .period {
    color: var(--_text);
    font-weight: 700;
  }
  .series-notes {
    margin: 0 0 var(--_space-s);
    padding: 0;
    list-style: none;
    font-size: var(--_font-small);
  }
  .series-notes .period {
    font-weight: 700;
  }
  .series-controls {
    margin: 0 0 var(--_space-s);
  }
  .meter .fill {
    background-color: var(--_accent);
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: var(--_font-small);
    font-weight: 700;
    margin-top: 0.25em;
  }
  /* Patterns: each status has its own (STATUS_PATTERN_COUNT of them), so the bars do not rely on colour. */
  .p1 {
    background-image: repeating-linear-gradient(45deg, transparent 0 5px, var(--stripe) 5px 7px);
  }
  .p2 {
    background-image: repeating-linear-gradient(45deg, transparent 0 5px, var(--stripe) 5px 7px),
      repeating-linear-gradient(-45deg, transparent 0 5px, var(--stripe) 5px 7px);
  }
  .p3 {
    background-image: radial-gradient(var(--stripe) 1.5px, transparent 2px);
    background-size: 6px 6px;
  }
  .p4 {
    background-image: repeating-linear-gradient(0deg, transparent 0 4px, var(--stripe) 4px 6px);
  }
  .p5 {
    background-image: repeating-linear-gradient(90deg, transparent 0 4px, var(--stripe) 4px 6px);
  }
  .p6 {
    background-image: repeating-linear-gradient(-45deg, transparent 0 5px, var(--stripe) 5px 7px);
  }
  /* A square grid. */
  .p7 {
    background-image: linear-gradient(var(--stripe) 0 2px, transparent 2px), linear-gradient(90deg, var(--stripe) 0 2px, transparent 2px);
    background-size: 7px 7px;
  }
  /* A chequerboard. */
  .p8 {
    background-image: conic-gradient(var(--stripe) 0 25%, transparent 0 50%, var(--stripe) 0 75%, transparent 0);
    background-size: 8px 8px;
  }
  /* Large, sparse dots. */
  .p9 {
    background-image: radial-gradient(var(--stripe) 2.5px, transparent 3px);
    background-size: 11px 11px;
  }
  /* Triangles. */
  .p10 {
    background-image: conic-gradient(from 45deg, var(--stripe) 0 25%, transparent 0 50%, var(--stripe) 0 75%, transparent 0);
    background-size: 10px 10px;
  }
  /* Rings. */
  .p11 {
    background-image: radial-gradient(transparent 0 2px, var(--stripe) 2px 3.5px, transparent 4px);
    background-size: 10px 10px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar .segment,
    .meter .fill {
      animation: grow 0.5s ease-out;
      transform-origin: left;
    }
  }
  @keyframes grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (forced-colors: active) {
    .segment,
    .meter .fill,
    .swatch {
      forced-color-adjust: none;
      background-color: CanvasText;
      border-color: Canvas;
      --stripe: Canvas;
    }
    .bar,
    .meter,
    .column .segment {
      border-color: CanvasText;
    }
    .column[aria-selected='true'] {
      box-shadow: inset 0 -4px 0 Highlight;
    }
    .column[aria-selected='true'] .segment {
      border: 3px solid Highlight;
      border-bottom: 0;
    }
  }
`;
