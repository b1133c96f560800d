// The `pcp` binary itself, end to end: one child process per command, run as a user runs it. Every
// other test of the command calls `run` (lib/cli/main.js) in its own process, which is much quicker;
// these check that bin/pcp.js passes the arguments, prints both streams and exits with the code
// exactly as `run` does, so what those tests prove holds for the binary.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pcp, pcpProcess, root, useTempDir } from './helpers.mjs';

const feed = (name) => join(root, 'demo/feeds', `${name}.json`);
const temp = useTempDir('pcp-bin-');

/** Runs the binary and `run` with the same arguments: both must give the same code and output. */
async function sameAsInProcess(...args) {
  const child = await pcpProcess(...args);
  assert.deepEqual(child, await pcp(...args), `pcp ${args.join(' ')}`);
  return child;
}

describe('bin/pcp.js', () => {
  it('render: prints the element on stdout and exits 0', async () => {
    // First in this file, so element ids are numbered as in a fresh process.
    const { code, stdout, stderr } = await sameAsInProcess('render', feed('cumbria-2021-2025'), '--element', 'pcp-objectives', '--page');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<!doctype html>/);
    assert.match(stdout, /<h1>Police and Crime Plan 2021-2025<\/h1>/);
  });

  it('validate: results on stdout, problems and warnings on stderr, exit 1 when one feed is invalid', async () => {
    const missing = join(temp.path, 'missing.json');
    const { code, stdout, stderr } = await sameAsInProcess('validate', feed('cumbria-2021-2025'), missing);
    assert.equal(code, 1);
    assert.equal(stdout, `${feed('cumbria-2021-2025')}: valid (7 objectives)\n`);
    assert.match(stderr, /warning: \/budgets\/0\/statedTotals\/2022-23: /);
    assert.match(stderr, /missing\.json: no such file\n1 of 2 feeds valid\n$/);
  });

  it('import: the fragment on stdout, its warnings on stderr, exit 0', async () => {
    const csv = join(root, 'test/fixtures/csv/cumbria-budget-2021-2025.csv');
    const { code, stdout, stderr } = await sameAsInProcess('import', 'budget', csv, '--title', 'Policing funding');
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).id, 'policing-funding');
    assert.match(stderr, /row 6, column 3: warning: 2022-23: the stated total/);
  });

  it('migrate: the feed on stdout, the changes on stderr, exit 0', async () => {
    const { code, stdout, stderr } = await sameAsInProcess('migrate', join(root, 'test/fixtures/v1/cumbria-2021-2025.json'));
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout).schemaVersion, '2.0');
    assert.match(stderr, /\/schemaVersion: "1\.0" becomes "2\.0"/);
  });
});
