/** Prose as the narrative elements draw it: headings, paragraphs, nested lists, small print. */
import { css } from 'lit';

export const narrativeStyles = css`
  :host {
    line-height: 1.5;
  }
  .paragraph,
  .statement {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .list {
    margin: 0 0 var(--_space-s);
    padding-left: 1.25em;
  }
  .list li {
    margin: 0 0 0.35em;
    overflow-wrap: anywhere;
  }
  .list .list {
    margin-top: 0.35em;
    list-style-type: circle;
  }
  .muted {
    color: var(--_muted);
  }
  a {
    color: var(--_link);
    overflow-wrap: anywhere;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    background: var(--_focus-background);
    color: var(--_focus-text);
  }
`;
