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
 * The `html` and `svg` tagged templates in `code`: for each, the [start, end) of its text pieces (between
 * the backticks, `${` and `}`; Babel's template elements span the text alone), in source order.
 * `fileName` says how to parse it (TypeScript for .ts). Found with Babel's parser, so templates inside
 * strings, comments and other templates' expressions are told apart from real ones.
 */
export function htmlTemplates(code, fileName) {
  const plugins = /\.tsx?$/.test(fileName) ? ['typescript', 'decorators'] : ['decorators'];
  const ast = parse(code, { sourceType: 'module', plugins, errorRecovery: false });
  const templates = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
      templates.push(node.quasi.quasis.map((element) => [element.start, element.end]));
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc' || key.endsWith('Comments')) continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast.program);
  return templates.sort((a, b) => a[0][0] - b[0][0]);
}

/** `code` with the text of every `html` and `svg` tagged template collapsed, or null when nothing changed. */
export function minifyHtmlTemplates(code, fileName) {
  if (!/\b(?:html|svg)\s*`/.test(code)) return null;
  const spans = htmlTemplates(code, fileName).flat().sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return null;
  let result = '';
  let at = 0;
  for (const [start, end] of spans) {
    result += code.slice(at, start) + collapseTemplateText(code.slice(start, end));
    at = end;
  }
  result += code.slice(at);
  return result === code ? null : result;
}
