import type { Plugin } from 'vite';

/**
 * Lit keeps `css\`…\`` templates byte for byte, indentation and comments included. This collapses them
 * in our own sources: comments go, whitespace runs become one space, and spaces beside `{ } ; , >` go.
 * Colons are left alone (`a :hover` and `a:hover` differ). `html\`…\`` templates are not touched: their
 * strings are the digest server-rendered HTML is hydrated against.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'pcp-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
      return { code: minified, map: null };
    },
  };
}

export function minifyCss(body: string): string {
  // `${…}` interpolations are kept whole: split them out, minify the CSS between them.
  return body
    .split(/(\$\{[^}]*\})/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('');
}
