#!/usr/bin/env node
// `npm run test:visual:update`: builds the package and Storybook, then runs the visual tests
// (test/pages/visual.test.mjs) in update mode, which writes the baselines of new stories and pages
// and of those that changed, and removes those of stories and pages that are gone; then prints what
// changed. Baselines are written only here, on a developer machine: never in CI.
// `--no-build` skips the two builds (when dist/ and storybook-static/ are fresh).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const report = new URL('../test/visual/output/update-report.json', import.meta.url);

if (process.env.CI && process.env.CI !== 'false') {
  console.error('test:visual:update writes baselines on a developer machine, never in CI: run it locally and commit test/visual/baselines/.');
  process.exit(1);
}

const run = (command, args, env = {}) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

if (!process.argv.includes('--no-build')) {
  for (const script of ['build', 'build-storybook']) {
    const status = run('npm', ['run', '--silent', script]);
    if (status !== 0) process.exit(status ?? 1);
  }
}

rmSync(report, { force: true });
const status = run(process.execPath, ['--test', '--test-reporter=dot', 'test/pages/visual.test.mjs'], { PCP_VISUAL_UPDATE: '1' });
if (!existsSync(report)) {
  console.error('The visual tests did not finish: no baseline was removed (see above).');
  process.exit(status || 1);
}
const { new: added, changed, unchanged, removed, fallbackGlyphs } = JSON.parse(readFileSync(report, 'utf8'));
const list = (title, names) => {
  if (names.length) console.log(`${title} (${names.length}):\n${names.map((name) => `  ${name}`).join('\n')}`);
};
console.log('\nVisual baselines in test/visual/baselines/:');
list('New', added);
list('Changed', changed);
list('Removed', removed);
console.log(`Unchanged: ${unchanged}`);
const glyphs = Object.entries(fallbackGlyphs);
if (glyphs.length) console.log(`Characters Noto Sans (Latin) does not cover, drawn in a fallback font of this machine's, on ${glyphs.length} shots: ${[...new Set(glyphs.map(([, chars]) => chars).join(''))].join(' ')}`);
if (status !== 0) console.log('Some visual tests failed (see above): their baselines were not written.');
console.log(added.length + changed.length + removed.length ? 'Review the images (git diff --stat test/visual/baselines) and commit them.' : 'Nothing to commit.');
process.exit(status ?? 1);
