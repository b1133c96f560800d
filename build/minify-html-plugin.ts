import type { Plugin } from 'vite';
// @ts-expect-error: a plain ES module shared with Node scripts and the test runner's config, without types.
import { minifyHtmlTemplates } from './minify-html-templates.mjs';

/**
 * Drops the indentation inside `html` and `svg` templates in our own sources (see
 * build/minify-html-templates.mjs, which lib/ and the browser tests get too, so hydration digests match).
 * Line breaks stay, so source maps keep their lines.
 */
export function minifyHtmlTemplatesPlugin(): Plugin {
  return {
    name: 'pcp-minify-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].+\.ts$/.test(id)) return null;
      const minified = (minifyHtmlTemplates as (code: string, fileName: string) => string | null)(code, id);
      return minified === null ? null : { code: minified, map: null };
    },
  };
}
