#!/usr/bin/env node
// Node tests, in milliseconds each: view models and other pure logic straight from the TypeScript
// sources (src/**/*.unit.test.ts, compiled on the fly by tsx), and the CLI, docs and schema tests
// (test/node/*.test.mjs). `node scripts/unit-tests.mjs src/budget-table` runs only the files under
// the paths given.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield relative(root, path);
  }
}

const files = [
  ...[...walk(join(root, 'src'))].filter((file) => file.endsWith('.unit.test.ts')),
  ...[...walk(join(root, 'test/node'))].filter((file) => file.endsWith('.test.mjs')),
].sort();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const chosen = wanted.length ? files.filter((file) => wanted.some((path) => file.startsWith(path.replace(/^\.\//, '')))) : files;
if (chosen.length === 0) {
  console.error(`No Node test files under ${wanted.join(', ')}.`);
  process.exit(2);
}
const reporter = process.argv.includes('--spec') || !process.env.CI ? 'spec' : 'tap';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, `--test-concurrency=${Math.max(2, availableParallelism())}`, ...chosen],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
