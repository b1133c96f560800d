import { defineConfig } from 'vite';
import { d3PureAnnotations } from './build/d3-pure-plugin.js';
import { editorBuild } from './build/editor-plugin.js';
import { EMBED_ENTRY, embedPage } from './build/embed-plugin.js';
import { elementEntries } from './build/element-entries.js';
import { minifyCssTemplates } from './build/minify-css-plugin.js';
import { minifyHtmlTemplatesPlugin } from './build/minify-html-plugin.js';
import { stripSchemaDescriptions } from './build/strip-descriptions-plugin.js';

/**
 * `vite build` emits the CDN file, dist/pcp-elements.js: one ES module, every element, no imports.
 * `vite build --mode elements` emits one module per element, dist/<element>.js (dist/objectives.js
 * registers only <pcp-objectives> and <pcp-plan>), sharing Lit and the loader through dist/chunks/, and
 * the iframe embed (dist/embed.html, embed.js, embed.css, embed-host.js; see src/embed/), and
 * dist/autoloader.js, which imports the modules of the elements a page uses (src/autoloader/).
 * `vite build --mode api` emits dist/api.js, the feed API alone. `npm run build` runs all three, then
 * `vite build --mode editor`: the plan editor, dist/editor/ (build/editor-plugin.ts), a page with its own
 * bundle, so it changes none of the files above.
 */
/** dist/autoloader.js: beside the element modules it imports by their file names. */
const AUTOLOADER_ENTRY = { autoloader: 'src/autoloader/autoloader.ts' };

export default defineConfig(({ mode }) => {
  if (mode === 'editor') return editorBuild([d3PureAnnotations(), minifyCssTemplates(), minifyHtmlTemplatesPlugin(), stripSchemaDescriptions()]);
  const elements = mode === 'elements';
  // `--mode api`: dist/api.js, the feed API alone (load, validate, warn), one file registering nothing.
  const api = mode === 'api';
  return {
    plugins: [d3PureAnnotations(), minifyCssTemplates(), minifyHtmlTemplatesPlugin(), stripSchemaDescriptions(), ...(elements ? [embedPage()] : [])],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !elements && !api,
      sourcemap: true,
      lib: elements
        ? { entry: { ...elementEntries(), ...EMBED_ENTRY, ...AUTOLOADER_ENTRY }, formats: ['es'], fileName: (_format, name) => `${name}.js` }
        : api
          ? { entry: 'src/api.ts', formats: ['es'], fileName: () => 'api.js' }
          : { entry: 'src/pcp-elements.ts', formats: ['es'], fileName: () => 'pcp-elements.js' },
      rolldownOptions: {
        // api.js exports the synchronous parseJson, which carries the JSON syntax scanner that the loading
        // path imports lazily for the elements (loader/read-json.ts): in that one file the lazy import is
        // meant to find it already there.
        checks: { ineffectiveDynamicImport: !api },
        // The files are what browsers run, not input to another bundler (that is lib/): no /* @__PURE__ */
        // annotations, about 0.35 KiB gzip of each module with the shared core.
        output: { minify: true, comments: { annotation: false }, chunkFileNames: chunkFileName },
      },
    },
  };
});

/**
 * Shared chunks are named for people reading dist/: `core` holds Lit, the loader and the schema;
 * an element's own code is named after its folder; anything else after its first module.
 */
function chunkFileName(chunk: { moduleIds: string[] }): string {
  if (chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]lit-element[\\/]/.test(id))) return 'chunks/core-[hash].js';
  const element = chunk.moduleIds.map((id) => id.match(/[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/)?.[1]).find(Boolean);
  return `chunks/${element ?? '[name]'}-[hash].js`;
}
