import { css } from 'lit';

export const wheelStyles = css`
  :host {
    container-type: inline-size;
    line-height: 1.5;
  }
  .layout {
    display: grid;
    gap: var(--_space);
    grid-template-columns: minmax(0, 1fr);
  }
  /* Wide: the detail sits beside the wheel. */
  @container (min-width: 44rem) {
    .layout.has-detail {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .chart {
    width: 100%;
    max-width: 36rem;
    margin: 0 auto;
    aspect-ratio: 1;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: var(--_font);
  }
  .segment {
    stroke: var(--_surface);
    stroke-width: 3;
    cursor: pointer;
  }
  .segment.c0 { fill: var(--_chart-1); }
  .segment.c1 { fill: var(--_chart-2); }
  .segment.c2 { fill: var(--_chart-3); }
  .segment.c3 { fill: var(--_chart-4); }
  .segment.c4 { fill: var(--_chart-5); }
  .segment.c5 { fill: var(--_chart-6); }
  .mark:hover .segment {
    fill-opacity: 0.85;
  }
  .mark[aria-selected='true'] .segment {
    fill: var(--_chart-selected);
    fill-opacity: 1;
  }
  .band {
    pointer-events: none;
    stroke: none;
  }
  .label {
    fill: var(--_chart-text);
    font-weight: 600;
    pointer-events: none;
  }
  .label .number {
    font-weight: 700;
  }
  .centre circle {
    fill: var(--_surface-alt);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .centre text {
    fill: var(--_text);
    font-weight: 700;
  }
  /* The drawn focus ring replaces the browser's rectangle round the segment's box. */
  .mark:focus,
  .mark:focus-visible {
    outline: none;
  }
  .selected-ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    pointer-events: none;
  }
  .focus-ring .outer {
    stroke: var(--_surface);
    stroke-width: 7;
  }
  .focus-ring .inner {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin: var(--_space-s) 0 0;
  }
  .controls a {
    color: var(--_link);
  }
  .instructions {
    font-size: var(--_font-small);
    color: var(--_muted);
    margin: var(--_space-s) 0 0;
  }
  .detail {
    border-top: 5px solid var(--_accent);
    padding-top: var(--_space-s);
    min-width: 0;
  }
  .detail-title {
    margin: 0 0 var(--_space-s);
  }
  .detail p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .detail .intro,
  .detail .prompt {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: no-preference) {
    .segment {
      transition: fill-opacity 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    .segment {
      fill: Canvas !important;
      stroke: CanvasText;
      stroke-width: 2;
    }
    .mark[aria-selected='true'] .segment {
      fill: Highlight !important;
    }
    .label,
    .centre text {
      fill: CanvasText;
    }
    .centre circle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .selected-ring {
      stroke: Highlight;
      stroke-width: 4;
    }
    .mark[aria-selected='true'] .label {
      fill: HighlightText;
    }
    .band {
      display: none;
    }
    .focus-ring .inner {
      stroke: Highlight;
    }
  }
`;
