// Shared by the Node tests of the `pcp` command: where the repository is, and the command run in this
// process (`pcp`, through lib/cli/main.js's `run`) or, for the end-to-end tests of the binary itself
// (bin.test.mjs), as a user runs it (`pcpProcess`, a child process).
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before } from 'node:test';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const bin = join(root, 'bin/pcp.js');

/** Runs `pcp …args` in this process; resolves to { code, stdout, stderr } as the binary would give them. */
export async function pcp(...args) {
  const { run } = await import('../../lib/cli/main.js');
  const output = { stdout: '', stderr: '' };
  const stream = (name) => ({
    write(text) {
      output[name] += text;
      return true;
    },
  });
  const code = await run(args, { stdout: stream('stdout'), stderr: stream('stderr') });
  return { code, ...output };
}

/** Runs `bin/pcp.js …args` as a child process from the repository; resolves to { code, stdout, stderr }. */
export function pcpProcess(...args) {
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

/** Every element in a parse5 tree, template contents (declarative shadow roots) included. */
export function* parsedElements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    if (child.content) yield* parsedElements(child.content);
    yield* parsedElements(child);
  }
}

/** A parse5 element's attribute value, or undefined. */
export const parsedAttribute = (element, name) => element.attrs.find((a) => a.name === name)?.value;
