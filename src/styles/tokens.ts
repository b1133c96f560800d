/**
 * Design tokens shared by every element, in one place. A page themes the elements by setting the
 * public `--pcp-*` custom properties anywhere above them (`:root`, a wrapper, the element itself);
 * the presets in `themes/` are such sets. Elements read the private `--_*` copies below, so each
 * default is written once. Defaults meet WCAG 2.2 AA on white: text 4.5:1 or more, UI parts 3:1.
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
 * @cssproperty --pcp-font-size-heading - Size of element headings, relative to the host font. Default 1.25em.
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
    --_font-heading: var(--pcp-font-size-heading, 1.25em);
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
  /* An element's own heading (a table's title, "Contact"…); elements may restyle it. */
  .title {
    margin: 0 0 var(--_space-s);
    font-size: var(--_font-heading);
    line-height: 1.25;
    overflow-wrap: anywhere;
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
