// Bundle sizes: dist/pcp-elements.js (every element, the CDN file) raw, gzip -9 and brotli, then
// gzip of every other .js file under dist/ (per-element modules, chunks), whatever the build emits.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { kb, table } from './table.mjs';

async function jsFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? jsFiles(join(dir, entry.name)) : entry.name.endsWith('.js') ? [join(dir, entry.name)] : [])));
  return nested.flat().sort();
}

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

export async function benchSizes() {
  const bundle = await readFile('dist/pcp-elements.js');
  console.log('Bundle size (dist/pcp-elements.js, every element):');
  console.log(`  raw ${kb(bundle.length)} · gzip -9 ${kb(gzip(bundle))} · brotli ${kb(brotliCompressSync(bundle).length)}`);
  const others = (await jsFiles('dist')).filter((file) => file !== join('dist', 'pcp-elements.js'));
  if (!others.length) {
    console.log('  (no other .js files in dist/)');
    return;
  }
  console.log('\nOther files in dist/ (each alone; shared chunks are counted in every file that imports them only once here):');
  const rows = [];
  for (const file of others) {
    const content = await readFile(file);
    rows.push([file, kb(content.length), kb(gzip(content))]);
  }
  console.log(table(['file', 'raw', 'gzip -9'], rows));
}
