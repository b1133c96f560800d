import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, PluginOption, UserConfig } from 'vite';

/** The project folder: the build runs there, as the other builds' relative paths assume. */
const ROOT = resolve('.');

/**
 * `vite build --mode editor`: the plan editor (src/editor/), a static page at dist/editor/index.html with
 * its script and styles in dist/editor/assets/. It bundles its own copy of the elements and the loader,
 * so adding it moves nothing in the element modules' shared chunks (an entry among them would).
 */
export function editorBuild(plugins: PluginOption[]): UserConfig {
  return {
    root: join(ROOT, 'src/editor'),
    base: './',
    publicDir: false,
    plugins: [...plugins, sampleFeedOptions()],
    build: {
      target: 'es2022',
      outDir: join(ROOT, 'dist/editor'),
      emptyOutDir: true,
      sourcemap: true,
      // The preset style sheets are imported as text and scoped in the page: never inlined as data: URLs.
      assetsInlineLimit: 0,
      // The loader's lazy imports are for the elements' own pages; here everything is wanted up front.
      rolldownOptions: { checks: { ineffectiveDynamicImport: false }, output: { minify: true, comments: { annotation: false } } },
    },
  };
}

/** The title of a feed in its first language, for a menu of samples. */
function titleOf(feed: { title?: unknown }): string {
  const { title } = feed;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') return String(Object.values(title)[0] ?? '');
  return '';
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The sample feeds of demo/feeds/, by file name, in name order. */
function sampleFeeds(): { name: string; text: string }[] {
  const folder = join(ROOT, 'demo/feeds');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * Writes the sample feeds of demo/feeds/ into the editor's "Start from a sample" menu, so a new sample
 * appears without editor code, and copies them to dist/editor/samples/ (without their indentation), where the
 * page fetches them: the npm package ships dist/ but not demo/, so the editor must carry its own samples.
 */
export function sampleFeedOptions(): Plugin {
  return {
    name: 'pcp-editor-samples',
    transformIndexHtml(html) {
      const options = sampleFeeds().map(({ name, text }) => {
        const feed = JSON.parse(text) as { title?: unknown };
        return `<option value="${escapeHtml(name)}">${escapeHtml(titleOf(feed))} (${escapeHtml(name.replace(/\.json$/, ''))})</option>`;
      });
      return html.replace('<!-- sample feeds -->', options.join('\n            '));
    },
    generateBundle() {
      // Fetched only when chosen; the editor formats a feed again when it is downloaded.
      for (const { name, text } of sampleFeeds()) this.emitFile({ type: 'asset', fileName: `samples/${name}`, source: JSON.stringify(JSON.parse(text)) });
    },
  };
}
