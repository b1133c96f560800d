import { css } from 'lit';

export const objectivesStyles = css`
  :host {
    line-height: 1.5;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
    margin: 0 0 var(--_space);
  }
  .toolbar [role='group'] {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: center;
  }
  .toolbar-label {
    font-size: var(--_font-small);
    color: var(--_muted);
  }
  .objectives {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  :host([layout='grid']) .objectives {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  :host([layout='accordion']) .objectives {
    gap: 0;
    border-top: 1px solid var(--_border);
  }
  .objective {
    background: var(--_surface);
    border: 1px solid transparent;
    min-width: 0;
    scroll-margin-top: var(--_space);
  }
  :host([layout='grid']) .objective {
    border-color: var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: var(--_space);
  }
  :host([layout='list']) .objective {
    padding-bottom: var(--_space);
    border-bottom-color: var(--_border);
  }
  :host([layout='accordion']) .objective {
    border-bottom-color: var(--_border);
  }
  .objective[aria-current='true'] {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .title {
    margin: 0 0 var(--_space-s);
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  :host([layout='accordion']) .title {
    margin: 0;
  }
  /* Headings take focus only when a deep link moves it there. */
  .title:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .number {
    flex: none;
    min-width: 1.75em;
    /* A feed may number an objective with long text: it wraps inside the badge rather than widening the page. */
    min-height: 1.75em;
    max-width: 40%;
    overflow-wrap: anywhere;
    padding: 0 0.3em;
    display: inline-grid;
    place-items: center;
    font-size: 0.85em;
    font-weight: 700;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    border: 1px solid transparent;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    width: 100%;
    padding: var(--_space-s) 0;
    cursor: pointer;
    color: var(--_link);
    min-height: 44px;
  }
  .toggle:hover .title-text {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background: var(--_focus-background);
    color: var(--_focus-text);
  }
  .chevron {
    flex: none;
    margin-left: auto;
    margin-right: 0.25em; /* the rotated square's corners stay inside the box */
    width: 0.6em;
    height: 0.6em;
    margin-top: 0.35em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
    margin-top: 0.6em;
  }
  .panel {
    padding: 0 0 var(--_space);
  }
  /* hidden="until-found" keeps the box (so find-in-page can open it): drop its padding too. */
  .panel[hidden] {
    padding: 0;
  }
  /* Server-rendered (pcp render) and no script yet, or none at all: every panel open, no dead controls. */
  :host(:not(:defined)) .panel[hidden] {
    display: block;
    content-visibility: visible;
    padding: 0 0 var(--_space);
  }
  :host(:not(:defined)) .toolbar,
  :host(:not(:defined)) .chevron {
    display: none;
  }
  .summary,
  .intro {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .intro {
    color: var(--_muted);
  }
  .paragraph {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }
  .easy-read-note {
    font-size: var(--_font-small);
    color: var(--_muted);
    margin: 0 0 var(--_space-s);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    .number {
      border-color: CanvasText;
    }
    .objective {
      border-color: CanvasText;
    }
    .objective[aria-current='true'] {
      outline-color: Highlight;
    }
  }
  @media print {
    .toolbar,
    .chevron {
      display: none;
    }
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
      padding: 0 0 var(--_space);
    }
    .objective {
      box-shadow: none !important;
      break-inside: avoid-page;
    }
    .toggle {
      color: inherit;
    }
    /* Browsers drop background colours when printing: keep the number readable without one. */
    .number {
      background: none;
      color: inherit;
      border-color: currentColor;
    }
  }
`;
