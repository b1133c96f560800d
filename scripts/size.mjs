#!/usr/bin/env node
// `npm run size`: each dist/ module's cost (with the chunks it imports, gzip -9) against the budgets in
// size-budget.json. Exits 1 when a module is over its budget or has none, so CI fails; `npm run build` first.
import { existsSync, readFileSync } from 'node:fs';
import { autoloadedPageSizes, moduleSizes } from './module-sizes.mjs';

if (!existsSync('dist/pcp-elements.js')) {
  console.error('No dist/ build: run `npm run build` first.');
  process.exit(2);
}
const { budgets } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const kib = (bytes) => (bytes / 1024).toFixed(1);

// Each module, then pages that load their elements through the autoloader.
const sizes = [...moduleSizes(), ...autoloadedPageSizes()];
const rows = sizes.map(({ name, files, raw, gzip }) => {
  const budget = budgets[name];
  const status = budget === undefined ? 'NO BUDGET' : gzip / 1024 <= budget ? 'ok' : 'OVER';
  return [name, String(files), kib(raw), kib(gzip), budget === undefined ? '—' : budget.toFixed(1), status];
});
const missing = Object.keys(budgets).filter((name) => !sizes.some((size) => size.name === name));

const header = ['module (with its chunks), or page', 'files', 'raw KiB', 'gzip KiB', 'budget', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const name of missing) console.log(`${name}: has a budget but is not in dist/ (renamed, or not built?)`);
console.log('\ngzip -9 of each file, summed over the module and the chunks it imports; budgets in size-budget.json.');

const failures = rows.filter((row) => row[5] !== 'ok').length + missing.length;
if (failures) {
  console.error(`${failures} module(s) over budget, without a budget, or missing.`);
  process.exit(1);
}
