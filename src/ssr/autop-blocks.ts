/**
 * The tags WordPress's automatic paragraphs (`wpautop`, in wp-includes/formatting.php) treat as blocks:
 * it starts a new paragraph before and after each, and wraps anything else found between them, text or
 * inline elements, in a `<p>` of its own. `pcp render` writes its HTML so that there is nothing to wrap.
 */
export const AUTOP_BLOCK_TAGS: readonly string[] = [
  'table', 'thead', 'tfoot', 'caption', 'col', 'colgroup', 'tbody', 'tr', 'td', 'th', 'div', 'dl', 'dd', 'dt', 'ul', 'ol', 'li',
  'pre', 'form', 'map', 'area', 'blockquote', 'address', 'math', 'style', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'fieldset', 'legend', 'section', 'article', 'aside', 'hgroup', 'header', 'footer', 'nav', 'figure', 'figcaption', 'details',
  'menu', 'summary',
];
