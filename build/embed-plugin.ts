import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/** The embed page's script, one entry among the element modules so it shares their core chunk. */
export const EMBED_ENTRY = { embed: 'src/embed/embed.ts' };

/**
 * The rest of the iframe embed, written beside the element modules:
 * - `dist/embed.html`, the page a host's iframe shows (src/embed/embed.html);
 * - `dist/embed.css`, the neutral preset (themes/neutral.css) and the page's own rules, in one file,
 *   since a frame inherits nothing from its host and a copied dist/ may come without themes/;
 * - `dist/embed-host.js`, the optional host-page script (src/embed/embed-host.ts), a plain script with
 *   no imports, minified.
 */
export function embedPage(): Plugin {
  return {
    name: 'pcp-embed-page',
    async generateBundle() {
      const read = (file: string) => readFile(file, 'utf8');
      const [page, theme, pageStyles, host] = await Promise.all([read('src/embed/embed.html'), read('themes/neutral.css'), read('src/embed/embed.css'), read('src/embed/embed-host.ts')]);
      const styles = await transform(`${theme}\n${pageStyles}`, { loader: 'css', minify: true, target: 'chrome111' });
      const script = await transform(host, { loader: 'ts', format: 'iife', minify: true, target: 'es2020' });
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
      this.emitFile({ type: 'asset', fileName: 'embed.css', source: styles.code });
      this.emitFile({ type: 'asset', fileName: 'embed-host.js', source: script.code });
    },
  };
}
