// The package's public API is deliberate: the entry points package.json exports (no deep imports into lib/),
// `pcp-elements/api.js` giving the feed API, the element classes and PcpElement and nothing more, and the
// declarations marked @internal left out of the published types. Needs `npm run build:lib` first.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from '../../lib/elements.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

/** Every file under `dir` (relative to the repository), recursively. */
async function filesUnder(dir) {
  const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

describe('the public API', () => {
  it('package.json exports the documented entry points and no folder of lib/', () => {
    const exports = manifest.exports;
    const documented = [
      '.',
      './pcp-elements.js',
      './api.js',
      ...ELEMENTS.map((element) => `./${element.folder}.js`),
      './schema/plan.schema.json',
      './themes/*',
      './custom-elements.json',
      './package.json',
      './dist/*',
    ];
    assert.deepEqual(Object.keys(exports).sort(), documented.sort());
    const targets = Object.values(exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    assert.deepEqual(
      targets.filter((target) => target.startsWith('./lib/') && target.includes('*')),
      [],
      'a wildcard into lib/ makes every internal module public',
    );
  });

  it('a deep import into lib/ is refused (Node resolves the package by its exports)', async () => {
    // The package imports itself by name from inside it, as a project that installed it would.
    await assert.rejects(import('pcp-elements/lib/loader/load-plan.js'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
    const api = await import('pcp-elements/api.js');
    assert.equal(typeof api.planFromText, 'function');
  });

  it('pcp-elements/api.js is the feed API, every element class and PcpElement: nothing else', async () => {
    const index = await import('../../lib/index.js');
    const feedApi = await import('../../lib/api.js');
    const expected = [...Object.keys(feedApi), ...ELEMENTS.map((element) => element.className), 'PcpElement'];
    assert.deepEqual(Object.keys(index).sort(), [...new Set(expected)].sort());
  });

  it('the bundle entry (pcp-elements) exports the element classes only', async () => {
    const bundle = await readFile(join(root, 'lib/pcp-elements.d.ts'), 'utf8');
    const exported = [...bundle.matchAll(/export \{([^}]*)\}/g)].flatMap((match) => match[1].split(',').map((name) => name.trim()).filter(Boolean));
    assert.deepEqual(exported.sort(), ELEMENTS.map((element) => element.className).sort());
  });

  it('no published declaration file keeps a declaration marked @internal (stripInternal)', async () => {
    const declarations = (await filesUnder('lib')).filter((file) => file.endsWith('.d.ts'));
    assert.ok(declarations.length > 50, `${declarations.length} declaration files`);
    const kept = [];
    for (const file of declarations) if ((await readFile(file, 'utf8')).includes('@internal')) kept.push(file);
    assert.deepEqual(kept, []);
  });

  it('the published types check on their own (skipLibCheck off), and the internals are out of reach', async () => {
    // A project inside the package folder, so that `pcp-elements/…` resolves through package.json exports.
    const work = await mkdtemp(join(root, '.api-check-'));
    try {
      await writeFile(
        join(work, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2023', 'dom', 'dom.iterable'], strict: true, skipLibCheck: false, noEmit: true, types: [] },
          files: ['use.ts'],
        }),
      );
      await writeFile(
        join(work, 'use.ts'),
        `import 'pcp-elements';
${ELEMENTS.map((element) => `import 'pcp-elements/${element.folder}.js';`).join('\n')}
import { PcpElement, PcpObjectives, planFromText, type PlanLoadDetail, type PlanSelectDetail, type PlanWarningDetail } from 'pcp-elements/api.js';
export const base: typeof PcpElement = PcpObjectives;
export const details = (load: PlanLoadDetail, select: PlanSelectDetail, warning: PlanWarningDetail) => [load.source, select.objectiveId, warning.path, planFromText];
export const tag: HTMLElementTagNameMap['pcp-objectives'] | null = document.querySelector('pcp-objectives');
// @ts-expect-error How an element gets its plan is internal.
export { PlanController } from 'pcp-elements/api.js';
// @ts-expect-error The contexts are internal.
export { planContext, selectionContext } from 'pcp-elements/api.js';
// @ts-expect-error lib/ is not exported.
export { loadPlanFromUrl } from 'pcp-elements/lib/loader/load-plan.js';
`,
      );
      const tsc = join(root, 'node_modules/typescript/bin/tsc');
      const result = await new Promise((resolve) => {
        execFile(process.execPath, [tsc, '-p', work], { cwd: root }, (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, output: stdout + stderr }));
      });
      assert.equal(result.code, 0, result.output);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
