import { css } from 'lit';

export const budgetStyles = css`
  :host {
    line-height: 1.5;
  }
  .description,
  .notes {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .notes,
  .line-note {
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .line-note {
    display: block;
  }
  .change {
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .flag {
    display: block;
    margin: 0.25em 0 0 auto;
    padding: 0.1em 0.4em;
    font-size: var(--_font-small);
    font-weight: 700;
    white-space: normal;
    max-width: 9em;
    text-align: left;
    color: var(--_error);
    border-left: 4px solid var(--_error);
  }
  .download a {
    color: var(--_link);
  }
  .download {
    margin: 0;
  }
  @media (forced-colors: active) {
    .flag {
      border-left-color: CanvasText;
    }
  }
`;
