import { css } from 'lit';

export const planDocumentStyles = css`
  :host {
    line-height: 1.5;
  }
  .skip {
    position: absolute;
    left: -9999px;
    top: auto;
  }
  .doc {
    position: relative;
  }
  .skip:focus {
    position: static;
    display: inline-block;
    font: inherit;
    text-decoration: underline;
    border: 0;
    cursor: pointer;
    margin-bottom: var(--_space-s);
    padding: 0.25em 0.5em;
    outline: 3px solid var(--_focus);
    background: var(--_focus-background);
    color: var(--_focus-text, var(--_text));
  }
  .banner {
    margin: 0 0 var(--_space);
    padding: var(--_space-s) var(--_space);
    border: 3px solid var(--_text);
    font-size: min(1.1em, var(--_own-size));
  }
  .banner strong {
    display: inline-block;
    margin-right: 0.5em;
    padding: 0 0.4em;
    background: var(--_text);
    color: var(--_surface);
  }
  .doc-title {
    margin: 0 0 var(--_space-s);
  }
  .strapline {
    /* Never larger than the title above it (at a deep heading-level the title is the text's size). */
    font-size: min(1.25em, var(--_own-size));
    margin: 0 0 var(--_space-s);
  }
  .subtitle {
    margin: 0 0 var(--_space-s);
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 var(--_space-s);
  }
  .people {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  nav {
    margin: 0 0 var(--_space-l);
    padding: var(--_space-s) var(--_space);
    border-left: 5px solid var(--_border);
  }
  nav ol {
    margin: 0;
    padding-left: 1.5em;
  }
  nav li {
    margin: 0 0 0.25em;
  }
  nav a,
  .doc a {
    color: var(--_link);
  }
  .doc-section {
    margin: 0 0 var(--_space-l);
    scroll-margin-top: var(--_space);
  }
  .section-heading {
    margin: var(--_space-l) 0 var(--_space);
    padding-top: var(--_space-s);
    border-top: 2px solid var(--_border);
  }
  /* A part that brings its own heading at the section's level (monitoring, contact, a single foreword):
     the section draws the rule above it that the document's own section headings have (::part() would
     reach the heading, but HTML checkers reject it and a server render without shadow roots has no parts). */
  .own-heading {
    margin-top: var(--_space-l);
    padding-top: var(--_space-s);
    border-top: 2px solid var(--_border);
  }
  .doc-section > * + * {
    margin-top: var(--_space);
  }
  /* Captions title their tables at the level of the part they are in: a table of the plan's is a
     part of its section; a precept's table sits under the precept's heading. (Only the document's
     own tables: in a light-DOM render the parts' tables are inside this element's scope too.) */
  .doc-section > .section > .table-region caption {
    font-size: var(--_part-size);
  }
  .doc-section > .precept > .table-region caption {
    font-size: var(--_detail-size);
  }
  .figures {
    padding-left: 1.25em;
  }
  @media print {
    .skip,
    nav {
      display: none;
    }
    .doc-section + .doc-section {
      break-before: page;
    }
    .section-heading,
    .own-heading {
      border-top: none;
    }
  }
`;
