/** How loading, error and empty states look, the same in every element. */
import { css } from 'lit';

export const stateStyles = css`
  .pcp-loading,
  .pcp-empty {
    color: var(--_muted);
    margin: 0;
    padding: calc(var(--_space) / 2) 0;
  }
  /* A page can reserve the element's height while the feed loads, so nothing moves when it arrives. */
  .pcp-loading {
    min-height: var(--pcp-loading-height, auto);
  }
  .pcp-error {
    border-left: 5px solid var(--_error);
    background: var(--_error-surface);
    color: var(--_text);
    padding: calc(var(--_space) * 0.75) var(--_space);
    margin: 0 0 var(--_space);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .pcp-error__title {
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .pcp-error p {
    margin: 0 0 0.25em;
  }
  .pcp-error ul {
    margin: 0.25em 0 0;
    padding-left: 1.25em;
  }
  .pcp-retry {
    font: inherit;
    margin-top: 0.5em;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .pcp-retry:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .pcp-error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .pcp-error {
      border: 2px solid CanvasText;
      border-left-width: 5px;
    }
  }
`;
