// What each module in dist/ costs a page that loads it: the module plus every chunk it imports, each
// gzipped on its own (as a server sends them). Shared by `npm run size` (budgets) and `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The file and every module it imports statically, recursively, as paths under dist/. */
export function importClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Minified ES modules: `import"./x.js"`, `import{a}from"./x.js"`, `export*from"./x.js"`.
  for (const [, specifier] of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    importClosure(join(dirname(file), specifier), seen);
  }
  return seen;
}

/** One row per module in `dist` (the CDN file first): { name, files, raw, gzip } in bytes. */
export function moduleSizes(dist = 'dist') {
  const names = readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => (a === 'pcp-elements.js' ? -1 : b === 'pcp-elements.js' ? 1 : a.localeCompare(b)));
  return names.map((name) => {
    const files = [...importClosure(join(dist, name))].map((file) => readFileSync(file));
    return {
      name,
      files: files.length,
      raw: files.reduce((sum, content) => sum + content.length, 0),
      gzip: files.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
    };
  });
}

/**
 * Pages that load their elements through dist/autoloader.js: what each downloads in all (the autoloader,
 * then each element's module, every file once). Checked by `npm run size` like the modules.
 */
export const AUTOLOADED_PAGES = {
  'autoloader.js + objectives': ['objectives.js'],
  'autoloader.js + summary, wheel, objectives': ['plan-summary.js', 'priority-wheel.js', 'objectives.js'],
};

/** One row per autoloaded page: { name, files, raw, gzip } in bytes. */
export function autoloadedPageSizes(dist = 'dist') {
  return Object.entries(AUTOLOADED_PAGES).map(([name, modules]) => {
    const paths = new Set();
    for (const module of ['autoloader.js', ...modules]) for (const file of importClosure(join(dist, module))) paths.add(file);
    const files = [...paths].map((file) => readFileSync(file));
    return {
      name,
      files: files.length,
      raw: files.reduce((sum, content) => sum + content.length, 0),
      gzip: files.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0),
    };
  });
}
