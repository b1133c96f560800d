/** Lists of actions (nested) and their status tags, as every element that shows actions draws them. */
import { css } from 'lit';

export const actionListStyles = css`
  .actions,
  .list {
    margin: 0 0 var(--_space-s);
    padding-left: 1.25em;
    list-style-type: disc;
  }
  .actions .actions,
  .list .list {
    list-style-type: circle;
  }
  .actions li,
  .list li {
    margin: 0 0 0.35em;
    overflow-wrap: anywhere;
  }
  .actions .actions {
    margin-top: 0.35em;
  }
  .status {
    display: inline-block;
    font-size: var(--_font-small);
    font-weight: 700;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    color: var(--_muted);
    /* A plan's own status label may be long (or one long word): it wraps within the column, never past it. */
    max-width: 100%;
    overflow-wrap: anywhere;
  }
`;
