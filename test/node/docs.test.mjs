// docs/elements.md is generated from the elements' JSDoc; this fails when someone changes an
// element's API and forgets to regenerate it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('docs/elements.md matches the elements\' JSDoc (custom-elements.json)', async () => {
  const result = await new Promise((resolve) => {
    execFile(process.execPath, ['scripts/generate-docs.mjs', '--check'], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }));
  });
  assert.equal(result.code, 0, result.stderr);
});
