// Bundle sizes: dist/pcp-elements.js (every element, the CDN file) raw, gzip -9 and brotli, then what each
// per-element module costs with the chunks it imports (the table `npm run size` checks against budgets).
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { moduleSizes } from '../module-sizes.mjs';
import { kb, table } from './table.mjs';

export async function benchSizes() {
  const bundle = await readFile('dist/pcp-elements.js');
  console.log('Bundle size (dist/pcp-elements.js, every element):');
  console.log(`  raw ${kb(bundle.length)} · gzip -9 ${kb(gzipSync(bundle, { level: 9 }).length)} · brotli ${kb(brotliCompressSync(bundle).length)}`);
  const modules = moduleSizes().filter((size) => size.name !== 'pcp-elements.js');
  if (!modules.length) {
    console.log('  (no per-element modules in dist/: run `npm run build`)');
    return;
  }
  console.log('\nPer-element modules, each with the chunks it imports (gzip -9 of each file, summed):');
  console.log(table(['module', 'files', 'raw', 'gzip -9'], modules.map((size) => [size.name, String(size.files), kb(size.raw), kb(size.gzip)])));
}
