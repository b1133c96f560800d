/**
 * Design tokens shared by every element: `--pcp-*` custom properties with defaults that meet WCAG 2.2
 * AA contrast on a white page. A host page sets them anywhere above the element to theme it.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_text: var(--pcp-color-text, #0b0c0c);
    --_muted: var(--pcp-color-text-muted, #484949);
    --_surface: var(--pcp-color-surface, #ffffff);
    --_error: var(--pcp-color-error, #b10e1e);
    --_error-surface: var(--pcp-color-error-surface, #fdf2f3);
    --_focus: var(--pcp-color-focus, #ffdd00);
    --_space: var(--pcp-space, 1rem);
    --_radius: var(--pcp-radius, 0);
  }
`;

/** The base every element shares: inherits the page's font, block layout, the hidden attribute honoured. */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--_text);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;
