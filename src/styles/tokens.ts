/**
 * Design tokens shared by every element, in one place. A page themes the elements by setting the
 * public `--pcp-*` custom properties anywhere above them (`:root`, a wrapper, the element itself);
 * the presets in `themes/` are such sets. Elements read the private `--_*` copies below, so each
 * default is written once. Defaults meet WCAG 2.2 AA on white: text 4.5:1 or more, UI parts 3:1.
 *
 * Headings: every heading an element draws takes its size from its level (`heading-level` for the
 * element's own, one more for each level inside), never from which element drew it, so the parts of
 * a page line up. To make the elements follow the page's own headings, set the `--pcp-heading-*`
 * tokens to what the page's h1–h6 use: `--pcp-heading-2-size` to the page's h2 size (or the CSS
 * variable the page's theme sets it from), `--pcp-heading-weight` and `--pcp-heading-font` to its
 * headings' weight and font (`inherit`, the default, keeps the elements' own font). The GOV.UK preset
 * sets GOV.UK Frontend's heading scale this way.
 *
 * @cssproperty --pcp-font-family - Font of the elements. Default: the host page's font (inherit).
 * @cssproperty --pcp-color-text - Body text. Default #0b0c0c.
 * @cssproperty --pcp-color-text-muted - Secondary text (labels, intro lines). Default #505a5f.
 * @cssproperty --pcp-color-surface - Background of cards and panels. Default #ffffff.
 * @cssproperty --pcp-color-surface-alt - Subtle background (toolbars, selected items). Default #f3f2f1.
 * @cssproperty --pcp-color-border - Borders of cards and controls (3:1 against the surface). Default #6f777b.
 * @cssproperty --pcp-color-accent - Accent: number badges, selected states, links. Default #1d70b8.
 * @cssproperty --pcp-color-accent-text - Text on the accent colour. Default #ffffff.
 * @cssproperty --pcp-color-link - Links. Default the accent colour.
 * @cssproperty --pcp-color-focus - Focus outline. Default #0b0c0c.
 * @cssproperty --pcp-color-focus-background - Background of a focused control. Default transparent.
 * @cssproperty --pcp-color-focus-text - Text of a focused control. Default inherit.
 * @cssproperty --pcp-color-error - Error border. Default #b10e1e.
 * @cssproperty --pcp-color-error-surface - Error background. Default #fdf2f3.
 * @cssproperty --pcp-space - Base spacing unit. Default 1rem.
 * @cssproperty --pcp-radius - Corner radius of cards and controls. Default 0.25rem.
 * @cssproperty --pcp-shadow - Shadow of cards. Default a soft 1px shadow.
 * @cssproperty --pcp-heading-font - Font of every heading. Default: the element's font (inherit). To follow the page's own headings, set it to the font the page's h1–h6 use.
 * @cssproperty --pcp-heading-weight - Weight of every heading. Default 700.
 * @cssproperty --pcp-heading-line-height - Line height of every heading (a level's own line height wins). Default 1.25.
 * @cssproperty --pcp-heading-1-size - Size of level-1 headings (an element at `heading-level="1"`, the plan document's title), relative to the element's font. Default 2em.
 * @cssproperty --pcp-heading-2-size - Size of level-2 headings (an element's own heading at the default `heading-level`). Default 1.5em.
 * @cssproperty --pcp-heading-3-size - Size of level-3 headings. Default 1.25em.
 * @cssproperty --pcp-heading-4-size - Size of level-4 headings. Default 1.125em.
 * @cssproperty --pcp-heading-5-size - Size of level-5 headings. Default 1em.
 * @cssproperty --pcp-heading-6-size - Size of level-6 headings, and of the ARIA headings past level 6. Default 1em.
 * @cssproperty --pcp-heading-1-line-height - Line height of level-1 headings, for a page whose headings each have their own. Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-2-line-height - Line height of level-2 headings. Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-3-line-height - Line height of level-3 headings. Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-4-line-height - Line height of level-4 headings. Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-5-line-height - Line height of level-5 headings. Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-6-line-height - Line height of level-6 headings (and ARIA headings past level 6). Default `--pcp-heading-line-height`.
 * @cssproperty --pcp-heading-space-above - Space above a heading inside an element (an element's first heading has none). Default `--pcp-space`.
 * @cssproperty --pcp-heading-space-below - Space between a heading and what follows it. Default half of `--pcp-space`.
 * @cssproperty --pcp-font-size-heading - Deprecated: use `--pcp-heading-2-size` and the other levels. Still honoured, so a page that sets it looks as before: when set it wins over the `--pcp-heading-*-size` tokens (a preset's too), as the size of level-2 headings (an element's own heading at the default `heading-level`), the other levels in proportion (level 1 4/3 of it, level 3 5/6, level 4 3/4, levels 5 and 6 2/3, never below the text's size). Unset by default.
 * @cssproperty --pcp-font-size-small - Size of small print (tags, labels). Default 0.875em.
 * @cssproperty --pcp-loading-height - Height kept while the feed loads, so the page does not move when it arrives (e.g. 40rem). Default auto.
 * @cssproperty --pcp-chart-1 - First of six chart colours (segments, bars), each 4.5:1 with the chart text colour. Default #1d70b8.
 * @cssproperty --pcp-chart-2 - Default #00703c.
 * @cssproperty --pcp-chart-3 - Default #4c2c92.
 * @cssproperty --pcp-chart-4 - Default #b3261e.
 * @cssproperty --pcp-chart-5 - Default #003078.
 * @cssproperty --pcp-chart-6 - Default #6f3d00.
 * @cssproperty --pcp-chart-text - Text on chart colours. Default #ffffff.
 * @cssproperty --pcp-chart-selected - Fill of a selected mark. Default #0b0c0c.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--pcp-font-family, inherit);
    --_text: var(--pcp-color-text, #0b0c0c);
    --_muted: var(--pcp-color-text-muted, #505a5f);
    --_surface: var(--pcp-color-surface, #ffffff);
    --_surface-alt: var(--pcp-color-surface-alt, #f3f2f1);
    --_border: var(--pcp-color-border, #6f777b);
    --_accent: var(--pcp-color-accent, #1d70b8);
    --_accent-text: var(--pcp-color-accent-text, #ffffff);
    --_link: var(--pcp-color-link, var(--_accent));
    --_focus: var(--pcp-color-focus, #0b0c0c);
    --_focus-background: var(--pcp-color-focus-background, transparent);
    --_focus-text: var(--pcp-color-focus-text, inherit);
    --_error: var(--pcp-color-error, #b10e1e);
    --_error-surface: var(--pcp-color-error-surface, #fdf2f3);
    --_space: var(--pcp-space, 1rem);
    --_space-s: calc(var(--_space) / 2);
    --_space-l: calc(var(--_space) * 1.5);
    --_radius: var(--pcp-radius, 0.25rem);
    --_shadow: var(--pcp-shadow, 0 1px 3px rgb(0 0 0 / 0.15));
    /* Headings: one scale by level, for every element. */
    --_heading-font: var(--pcp-heading-font, inherit);
    --_heading-weight: var(--pcp-heading-weight, 700);
    --_heading-line-height: var(--pcp-heading-line-height, 1.25);
    --_heading-above: var(--pcp-heading-space-above, var(--_space));
    --_heading-below: var(--pcp-heading-space-below, var(--_space-s));
    /* The deprecated --pcp-font-size-heading, where a page still sets it, wins (so a page that set it
       looks as before, preset or not): it is the level-2 size and the other levels keep their
       proportions to it. Unset, each --_legacy-* is invalid and the level's own token is used. */
    --_legacy-1: calc(var(--pcp-font-size-heading) * 4 / 3);
    --_legacy-2: var(--pcp-font-size-heading);
    --_legacy-3: max(1em, calc(var(--pcp-font-size-heading) * 5 / 6));
    --_legacy-4: max(1em, calc(var(--pcp-font-size-heading) * 3 / 4));
    --_legacy-5: max(1em, calc(var(--pcp-font-size-heading) * 2 / 3));
    --_heading-1-size: var(--_legacy-1, var(--pcp-heading-1-size, 2em));
    --_heading-2-size: var(--_legacy-2, var(--pcp-heading-2-size, 1.5em));
    --_heading-3-size: var(--_legacy-3, var(--pcp-heading-3-size, 1.25em));
    --_heading-4-size: var(--_legacy-4, var(--pcp-heading-4-size, 1.125em));
    --_heading-5-size: var(--_legacy-5, var(--pcp-heading-5-size, 1em));
    --_heading-6-size: var(--_legacy-5, var(--pcp-heading-6-size, 1em));
    --_font-small: var(--pcp-font-size-small, 0.875em);
    --_chart-1: var(--pcp-chart-1, #1d70b8);
    --_chart-2: var(--pcp-chart-2, #00703c);
    --_chart-3: var(--pcp-chart-3, #4c2c92);
    --_chart-4: var(--pcp-chart-4, #b3261e);
    --_chart-5: var(--pcp-chart-5, #003078);
    --_chart-6: var(--pcp-chart-6, #6f3d00);
    --_chart-text: var(--pcp-chart-text, #ffffff);
    --_chart-selected: var(--pcp-chart-selected, #0b0c0c);
  }
`;

/** The base every element shares: the page's font, block layout, the hidden attribute honoured. */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    box-sizing: border-box;
    /* A feed may hold a word longer than a phone is wide: break it rather than widen the page. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The sizes of the element's own heading level and the three below it, from its heading-level
   * attribute (reflected; 2 when absent, past 6 the ARIA headings look like level 6), for text that
   * sits at a level but is not a heading element: a table's caption that titles the part it heads.
   * Written out: a css template with an interpolation is not minified.
   */
  :host([heading-level]) {
    --_own-size: var(--_heading-6-size);
    --_inner-size: var(--_heading-6-size);
    --_part-size: var(--_heading-6-size);
    --_detail-size: var(--_heading-6-size);
  }
  :host(:not([heading-level])),
  :host([heading-level='2']) {
    --_own-size: var(--_heading-2-size);
    --_inner-size: var(--_heading-3-size);
    --_part-size: var(--_heading-4-size);
    --_detail-size: var(--_heading-5-size);
  }
  :host([heading-level='1']) {
    --_own-size: var(--_heading-1-size);
    --_inner-size: var(--_heading-2-size);
    --_part-size: var(--_heading-3-size);
    --_detail-size: var(--_heading-4-size);
  }
  :host([heading-level='3']) {
    --_own-size: var(--_heading-3-size);
    --_inner-size: var(--_heading-4-size);
    --_part-size: var(--_heading-5-size);
    --_detail-size: var(--_heading-6-size);
  }
  :host([heading-level='4']) {
    --_own-size: var(--_heading-4-size);
    --_inner-size: var(--_heading-5-size);
    --_part-size: var(--_heading-6-size);
    --_detail-size: var(--_heading-6-size);
  }
  :host([heading-level='5']) {
    --_own-size: var(--_heading-5-size);
    --_inner-size: var(--_heading-6-size);
    --_part-size: var(--_heading-6-size);
    --_detail-size: var(--_heading-6-size);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /*
   * Every heading is sized by its level, whichever element draws it, so headings nest the same way
   * in every element and a page can set the whole scale with --pcp-heading-*. Each heading carries
   * its level's size and line height as --_heading-size and --_heading-leading (the plan summary's
   * title falls back to its level's size when a page does not size it on its own).
   */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  [role='heading'] {
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
    font-size: var(--_heading-size);
    line-height: var(--_heading-leading);
    margin: var(--_heading-above) 0 var(--_heading-below);
    overflow-wrap: anywhere;
  }
  h1 {
    --_heading-size: var(--_heading-1-size);
    --_heading-leading: var(--pcp-heading-1-line-height, var(--_heading-line-height));
  }
  h2 {
    --_heading-size: var(--_heading-2-size);
    --_heading-leading: var(--pcp-heading-2-line-height, var(--_heading-line-height));
  }
  h3 {
    --_heading-size: var(--_heading-3-size);
    --_heading-leading: var(--pcp-heading-3-line-height, var(--_heading-line-height));
  }
  h4 {
    --_heading-size: var(--_heading-4-size);
    --_heading-leading: var(--pcp-heading-4-line-height, var(--_heading-line-height));
  }
  h5 {
    --_heading-size: var(--_heading-5-size);
    --_heading-leading: var(--pcp-heading-5-line-height, var(--_heading-line-height));
  }
  /* Past level 6 the helper draws ARIA headings: they look like level 6. */
  h6,
  [role='heading'] {
    --_heading-size: var(--_heading-6-size);
    --_heading-leading: var(--pcp-heading-6-line-height, var(--_heading-line-height));
  }
  /* An element's own top heading (a table's title, "Contact"…) opens the element: no space above it. */
  .title {
    margin-top: 0;
  }
  /* A spoken copy of something shown (a negative amount): not copied with the figures. */
  .spoken {
    user-select: none;
  }
`;

/** One focus style for every interactive part: visible, 3:1 or better, and themable. */
export const focusStyles = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    background-color: var(--_focus-background);
    color: var(--_focus-text);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
