import type { Plugin } from 'vite';
import { minifyCss } from '../src/ssr/minify-css.js';

/**
 * Lit keeps `css\`…\`` templates byte for byte, indentation and comments included. This collapses them
 * in our own sources (see minifyCss). Templates with `${…}` interpolations are left as they are.
 * `html\`…\`` templates have their own, gentler transform (minify-html-plugin.ts): their text is the
 * digest that server-rendered HTML is hydrated against, so lib/ must get the same.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'pcp-minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (match, body: string) => (body.includes('${') ? match : `css\`${minifyCss(body)}\``));
      return { code: minified, map: null };
    },
  };
}
