/**
 * Tables as GOV.UK Frontend draws them: the caption is the heading, headers have scope, numbers
 * are right-aligned with tabular figures. Wide tables scroll inside a labelled, focusable region
 * with the first column kept in view, so the page never scrolls sideways at 320px.
 */
import { css } from 'lit';

export const tableStyles = css`
  .table-region {
    /* Positioned, so screen-reader-only text inside is clipped by the region, not the page. */
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    margin: 0 0 var(--_space-s);
  }
  /* Hidden words at the end of a right-aligned cell would overhang the region by their one pixel, and a
     region that scrolls by a pixel is a tab stop (Chromium makes any scroller one) that leads nowhere. */
  .table-region .visually-hidden {
    margin-left: -1px !important;
  }
  /* While the region scrolls sideways (scroll-region.ts marks it), a fade in its border at each edge
     with more beyond it. The border is outside the scrolled box, so no text is ever drawn over the
     fade and no text loses contrast; its dark end is the border colour (3:1). */
  .table-region[data-more] {
    border: 0 solid transparent;
    /* The left half of the image fades the left border, the right half the right one. */
    border-image: linear-gradient(to right, var(--_border), transparent 50%, transparent 50%, var(--_border)) 0 50%;
  }
  .table-region[data-more~='start'] {
    border-left-width: 0.75rem;
  }
  .table-region[data-more~='end'] {
    border-right-width: 0.75rem;
  }
  /* "Scroll sideways to see the whole table", shown by the same script while the region scrolls. */
  .scroll-hint {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .scroll-hint[hidden],
  .scroll-hint:empty {
    display: none;
  }
  .table-region:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    border-spacing: 0;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  /* A caption titles its table: it looks like a heading one level below the element's own (a grant's
     awards under the grant's name; a priority's table under the action plan's title). An element
     whose tables sit deeper sizes their captions with --_part-size or --_detail-size. */
  caption {
    text-align: left;
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
    font-size: var(--_inner-size);
    line-height: var(--_heading-line-height);
    padding-bottom: var(--_space-s);
  }
  /* A table's words break only where a line may (spaces, hyphens), never mid-letter: the host's
     "anywhere" (which lets a long word wrap in a narrow column of text) would also let the table
     squeeze a column to one letter ("Nu|mber", "£140,308,86|9"). A table wider than its column
     scrolls inside its region instead (1.4.10); a word longer than the page still wraps. */
  caption,
  th,
  td {
    overflow-wrap: break-word;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.5em 1em 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  th:last-child,
  td:last-child {
    padding-right: 0;
  }
  thead th {
    font-weight: 700;
  }
  .numeric {
    text-align: right;
    white-space: nowrap;
  }
  /* An amount inside a cell's text ("+£10.11 (84p per month)") kept on one line. */
  .amount {
    white-space: nowrap;
  }
  tbody th[scope='row'],
  tfoot th[scope='row'] {
    font-weight: 400;
    min-width: 8em;
  }
  /* The row headers stay in view while the figures scroll. */
  .sticky-first th:first-child {
    position: sticky;
    left: 0;
    background: var(--_surface);
    z-index: 1;
  }
  tfoot th[scope='row'],
  tfoot td {
    font-weight: 700;
    border-top: 2px solid var(--_text);
  }
  .total-plain tfoot th[scope='row'],
  .total-plain tfoot td {
    font-weight: 400;
    border-top: none;
  }
  /* Where the table comes from, under it. */
  .source {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-small);
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .table-region[data-more~='start'] {
      border-image: none;
      border-left: 3px dashed CanvasText;
    }
    .table-region[data-more~='end'] {
      border-image: none;
      border-right: 3px dashed CanvasText;
    }
  }
  @media print {
    .table-region {
      overflow: visible;
    }
    .scroll-hint {
      display: none;
    }
    .table-region[data-more] {
      border: 0;
    }
  }
`;
