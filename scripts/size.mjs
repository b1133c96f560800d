#!/usr/bin/env node
// `npm run size`: what each module in dist/ costs a page that loads it — the entry plus every chunk it
// imports, each gzipped on its own (as a server sends them) — against the budgets in size-budget.json.
// Exits 1 when a module is over its budget or has none, so CI fails; `npm run build` first.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const budgetFile = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const budgets = budgetFile.budgets;

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

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

if (!existsSync(join(DIST, 'pcp-elements.js'))) {
  console.error('No dist/ build: run `npm run build` first.');
  process.exit(2);
}

const entries = readdirSync(DIST).filter((name) => name.endsWith('.js')).sort((a, b) => (a === 'pcp-elements.js' ? -1 : b === 'pcp-elements.js' ? 1 : a.localeCompare(b)));
const rows = [];
let failures = 0;
for (const name of entries) {
  const files = [...importClosure(join(DIST, name))];
  const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  const zipped = files.reduce((sum, file) => sum + gzip(file), 0);
  const budget = budgets[name];
  const status = budget === undefined ? 'NO BUDGET' : zipped / 1024 <= budget ? 'ok' : 'OVER';
  if (status !== 'ok') failures += 1;
  rows.push([name, String(files.length), kib(raw), kib(zipped), budget === undefined ? '—' : budget.toFixed(1), status]);
}

const header = ['module (with its chunks)', 'files', 'raw KiB', 'gzip KiB', 'budget', ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
for (const name of Object.keys(budgets)) {
  if (!entries.includes(name)) {
    console.log(`${name}: has a budget but is not in ${relative('.', DIST)}/ (renamed or not built?)`);
    failures += 1;
  }
}
console.log(`\ngzip -9 of each file, summed over the module and the chunks it imports; budgets in size-budget.json.\n`);
if (failures) {
  console.error(`${failures} module(s) over budget or without one.`);
  process.exit(1);
}
