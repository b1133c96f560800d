#!/usr/bin/env node
// `npm run bench`: the size and speed figures the project tracks (BENCHMARKS.md records a run).
// Prints figures and never fails on them; exits non-zero only when it cannot run (no build, no
// Chromium). Builds dist/ and lib/ first when they are missing. The parts live in scripts/bench/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchChromium } from './bench/chromium.mjs';
import { benchParse, benchWheelLayout } from './bench/node-timings.mjs';
import { benchSizes } from './bench/sizes.mjs';
import { benchSummary } from './bench/summary.mjs';
import { findChrome } from './find-chrome.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
process.chdir(root);

if (!findChrome()) {
  console.error('bench: no Chrome or Chromium found (run `node scripts/ensure-chromium.mjs` or set CHROME_PATH).');
  process.exit(2);
}
if (!existsSync('dist/pcp-elements.js') || !existsSync('lib/loader/load-plan.js')) {
  console.error('bench: dist/ or lib/ is missing: running `npm run build` first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('bench: `npm run build` failed; fix the build, then run `npm run bench` again.');
    process.exit(2);
  }
}

const started = Date.now();
console.log(`pcp-elements bench · ${new Date().toISOString()} · Node ${process.version}`);
await benchSizes();
await benchParse();
await benchWheelLayout();
try {
  const results = await benchChromium(root);
  benchSummary(results);
} catch (error) {
  console.error(`\nbench: the Chromium part could not run: ${error.stack ?? error}`);
  process.exit(1);
}
console.log(`\n(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
