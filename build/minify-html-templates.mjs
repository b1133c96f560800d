// Lit keeps the text of `html` and `svg` templates as written: every line's indentation goes to the
// browser. This drops it (white space at the start and end of each line inside a template's text), and
// keeps the line breaks, so line numbers and source maps stay right and a line break still renders as
// the space it did. The same transform runs on our TypeScript sources for the bundles (vite.config.ts),
// on tsc's output in lib/ (scripts/minify-lib-templates.mjs) and on the sources the browser tests load
// (web-test-runner.config.mjs): Lit's hydration matches server-rendered HTML to a template by a digest
// of its text, so the server (lib/) and the page must hold the same text. Plain JavaScript so that Node
// scripts and the configs can share it.
import { parse } from '@babel/parser';

const TAGS = new Set(['html', 'svg']);

/** A template's text with each line's leading and trailing spaces and tabs removed (line breaks kept). */
export function collapseTemplateText(raw) {
  return raw.replace(/[ \t]*\n[ \t]*/g, '\n');
}

/**
 * `code` with the text of every `html` and `svg` tagged template collapsed, or null when nothing changed.
 * `fileName` says how to parse it (TypeScript for .ts). Found with Babel's parser, so templates inside
 * strings, comments and other templates' expressions are told apart from real ones.
 */
export function minifyHtmlTemplates(code, fileName) {
  if (!/\b(?:html|svg)\s*`/.test(code)) return null;
  const plugins = /\.tsx?$/.test(fileName) ? ['typescript', 'decorators'] : ['decorators'];
  const ast = parse(code, { sourceType: 'module', plugins, errorRecovery: false });
  /** [start, end) of each piece of template text (Babel's template elements span the text alone). */
  const spans = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
      for (const element of node.quasi.quasis) spans.push([element.start, element.end]);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast.program);
  if (spans.length === 0) return null;
  let result = '';
  let at = 0;
  for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
    result += code.slice(at, start) + collapseTemplateText(code.slice(start, end));
    at = end;
  }
  result += code.slice(at);
  return result === code ? null : result;
}
