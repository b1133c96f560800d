#!/usr/bin/env node
// Node tests: view models and other pure logic straight from the TypeScript sources
// (src/**/*.unit.test.ts, compiled on the fly by tsx), then the CLI, docs, registry and schema tests
// (test/node/*.test.mjs, which read the built lib/). `node scripts/unit-tests.mjs src/budget-table`
// runs only the files under the paths given.
//
// The unit tests run in one process (they are pure: no files written, no globals), which takes about
// a second instead of a process and a TypeScript compile per file; test/node files keep a process each.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield relative(root, path);
  }
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const chosen = (files) => (wanted.length ? files.filter((file) => wanted.some((path) => file.startsWith(path.replace(/^\.\//, '')))) : files);
const units = chosen([...walk(join(root, 'src'))].filter((file) => file.endsWith('.unit.test.ts')).sort());
const nodeTests = chosen([...walk(join(root, 'test/node'))].filter((file) => file.endsWith('.test.mjs')).sort());
if (units.length + nodeTests.length === 0) {
  console.error(`No Node test files under ${wanted.join(', ')}.`);
  process.exit(2);
}
const reporter = process.argv.includes('--spec') || !process.env.CI ? 'spec' : 'tap';
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = 0;
if (units.length) {
  // Each file imported in turn; node:test runs what they declare and exits 1 when a test fails.
  const imports = units.map((file) => `await import(${JSON.stringify(pathToFileURL(join(root, file)).href)});`).join('\n');
  status = run(['--import', 'tsx', `--test-reporter=${reporter}`, '--input-type=module', '--eval', imports]) || status;
}
if (nodeTests.length) {
  status = run(['--import', 'tsx', '--test', `--test-reporter=${reporter}`, `--test-concurrency=${Math.max(2, availableParallelism())}`, ...nodeTests]) || status;
}
process.exit(status);
