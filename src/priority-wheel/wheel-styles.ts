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
  /* Within an objective's span of the outer ring, its actions are parted by a hairline; the span's own
     outline (.group-edge) parts it from the next objective's, so the ring reads as blocks with counts. */
  .segment.action {
    stroke-width: 1;
  }
  .group-edge {
    fill: none;
    stroke: var(--_surface);
    stroke-width: 3;
    pointer-events: none;
  }
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
  .action-groups .label {
    font-weight: 700;
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
  /* The objectives whose titles do not fit their segments. */
  .key {
    list-style: none;
    margin: var(--_space-s) auto 0;
    padding: 0;
    max-width: 36rem;
    display: grid;
    gap: 0.25rem var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  .key li {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
  }
  .swatch {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-top: 0.125em;
    outline: 1px solid var(--_border);
  }
  .swatch .band {
    stroke: none;
  }
  /* The plan's own text, too long for the centre, in full below the chart: body text, not bold, so it
     neither reads as a heading nor sets a long vision in heavy type. */
  .centre-text {
    margin: var(--_space-s) auto 0;
    max-width: 36rem;
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
  .instructions,
  .ring-note {
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
    /* The pattern bands stay, in the text colour, so segments and their key swatches differ by more than their outline. */
    .patterns line {
      stroke: CanvasText;
    }
    .patterns circle,
    .patterns rect {
      fill: CanvasText;
    }
    .mark[aria-selected='true'] .band {
      display: none;
    }
    .swatch .fill {
      fill: Canvas;
    }
    .swatch {
      outline-color: CanvasText;
    }
    .group-edge {
      stroke: CanvasText;
      stroke-width: 2;
    }
    .action-groups .label {
      fill: CanvasText;
    }
    .focus-ring .inner {
      stroke: Highlight;
    }
  }
`;
