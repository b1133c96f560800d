#!/usr/bin/env node
// After `tsc` writes lib/: the same template transform the bundles get (build/minify-html-templates.mjs),
// so that HTML rendered on a server from lib/ hydrates with the elements of dist/ or of a bundle of lib/.
// Part of `npm run build:lib`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHtmlTemplates } from '../build/minify-html-templates.mjs';

const lib = fileURLToPath(new URL('../lib/', import.meta.url));

/** Every .js file under `folder`. */
function scripts(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? scripts(join(folder, entry.name)) : entry.name.endsWith('.js') ? [join(folder, entry.name)] : [],
  );
}

let changed = 0;
for (const file of scripts(lib)) {
  const minified = minifyHtmlTemplates(readFileSync(file, 'utf8'), file);
  if (minified === null) continue;
  writeFileSync(file, minified);
  changed += 1;
}
if (process.argv.includes('--verbose')) console.log(`minify-lib-templates: ${changed} files in lib/`);
