// Shared by the Node tests of the `pcp` command: where the repository is, and the command run as a
// user runs it (a child process: its output and exit code).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from 'node:test';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'bin/pcp.js');

/** Runs `pcp …args` from the repository; resolves to { code, stdout, stderr }. */
export function pcp(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** A fresh temporary folder for the test file, made before its first test: `folder.path`. */
export function useTempDir(prefix) {
  const folder = { path: '' };
  before(async () => {
    folder.path = await mkdtemp(join(tmpdir(), prefix));
  });
  return folder;
}
