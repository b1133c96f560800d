#!/usr/bin/env node
// Writes schema/plan.schema.json from the valibot schema (the single source of truth).
// Run after `npm run build:lib`. With --check, exits 1 when the committed file is out of date.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildJsonSchema } from '../lib/schema/json-schema.js';

const target = fileURLToPath(new URL('../schema/plan.schema.json', import.meta.url));
const text = `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schema/plan.schema.json is out of date: run `npm run build:lib && npm run build:schema` and commit it.');
    process.exit(1);
  }
  console.log('schema/plan.schema.json is up to date.');
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
