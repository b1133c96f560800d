import { css } from 'lit';

export const actionPlanStyles = css`
  :host {
    container-type: inline-size;
    line-height: 1.5;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: flex-end;
    margin: 0 0 var(--_space-s);
    padding: var(--_space-s);
    background: var(--_surface-alt);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    flex: 1 1 12rem;
  }
  label {
    font-weight: 700;
    font-size: var(--_font-small);
  }
  select,
  input {
    font: inherit;
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 2px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-width: 100%;
  }
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .count {
    margin: 0 0 var(--_space-s);
    color: var(--_muted);
  }
  .group-caption {
    background: var(--_surface-alt);
    padding: 0.5em;
  }
  .tables .table-region {
    margin-bottom: var(--_space);
  }
  .group-caption a,
  td a,
  dd a,
  .download a {
    color: var(--_link);
  }
  .actions {
    margin: 0;
    padding-left: 1.1em;
  }
  .overdue {
    display: inline-block;
    margin-left: 0.4em;
    padding: 0 0.4em;
    font-size: var(--_font-small);
    font-weight: 700;
    color: var(--_error);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .muted {
    color: var(--_muted);
  }
  .details {
    margin: 0.25em 0 0;
    padding-left: 1.1em;
    font-weight: 400;
  }
  /* Cards: shown instead of the table in a narrow container. (A server render without script keeps
     only the table, and drops the wide-only class that hides it.) */
  .narrow-only {
    display: none;
  }
  .card-group {
    margin: 0 0 var(--_space);
  }
  .card-group-title {
    margin: 0 0 var(--_space-s);
    padding: 0.35em 0.5em;
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .card-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .card dl {
    margin: 0;
  }
  .card dt {
    font-weight: 700;
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .card dd {
    margin: 0 0 0.5em;
  }
  .card .agency {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
    margin-top: 0.5em;
  }
  @container (max-width: 40rem) {
    .wide-only {
      display: none;
    }
    .narrow-only {
      display: block;
    }
  }
  @media print {
    .filters {
      display: none;
    }
  }
`;
