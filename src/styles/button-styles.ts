/**
 * Buttons the elements draw. Apart from tokens.ts, which every element loads, because only
 * <pcp-objectives> and the priority wheel draw buttons.
 */
import { css } from 'lit';

/** Buttons the elements draw (toggles, "show all"), styled once. */
export const buttonStyles = css`
  .pcp-button {
    font: inherit;
    font-size: var(--_font-small);
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.75em;
    min-height: 44px;
    cursor: pointer;
  }
  .pcp-button:hover {
    background: var(--_surface-alt);
  }
  .pcp-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  .pcp-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .pcp-button[aria-pressed='true'] {
      border-width: 4px;
      border-color: Highlight;
    }
  }
`;
