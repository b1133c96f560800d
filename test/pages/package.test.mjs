// The package as a web team installs it: `npm pack`, then `npm install <tarball>` into an empty project.
// Checks what ships (no tests, stories or sources), that the exports and types resolve, that the CLI runs
// from node_modules/.bin, and that a page using dist/objectives.js renders the plan in Chromium.
// Runs after `npm run build` (test:pages), so the tarball is packed without running the build again.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from '../../lib/elements.js';
import { collectErrors, elementStates, launch, openPage, serve } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, cwd) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_loglevel: 'error' } }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the npm package', () => {
  let work;
  let project;
  let tarball;
  let packed;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'pcp-package-'));
    const pack = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
    assert.equal(pack.code, 0, pack.stderr);
    packed = JSON.parse(pack.stdout)[0];
    tarball = join(work, packed.filename);
    project = join(work, 'site');
    await cp(join(root, 'demo/feeds/cumbria-2021-2025.json'), join(project, 'plan.json'), { recursive: true });
    await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
    // Dependencies come from the npm cache that `npm install` in this repository filled.
    const install = await run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], project);
    assert.equal(install.code, 0, install.stderr);
  });

  after(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('ships the built library, its CLI, schema, themes, licence and changelog, and nothing else', async () => {
    const files = packed.files.map((file) => file.path);
    const allowed = /^(dist\/|lib\/|bin\/pcp\.js$|schema\/plan\.schema\.json$|themes\/[a-z]+\.css$|custom-elements\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), []);
    assert.deepEqual(files.filter((file) => /\.test\.|\.stories\.|^src\/|^test\/|^stories\/|^demo\//.test(file)), []);
    for (const required of ['LICENSE', 'CHANGELOG.md', 'README.md', 'dist/pcp-elements.js', 'dist/autoloader.js', 'dist/objectives.js', 'dist/pcp-elements-wordpress.zip', 'lib/objectives/define.d.ts', 'bin/pcp.js', 'custom-elements.json']) {
      assert.ok(files.includes(required), `${required} is in the package`);
    }
    assert.ok(files.some((file) => file.startsWith('dist/chunks/')), 'the shared chunks ship');
    // The WordPress plugin ships as its zip only (the unpacked copy is the same files again).
    assert.deepEqual(files.filter((file) => file.startsWith('dist/wordpress/')), []);
    // The plan editor ships with its own copy of every sample feed: demo/ is not in the package.
    assert.ok(files.includes('dist/editor/index.html'));
    const samples = (await readdir(join(root, 'demo/feeds'))).filter((name) => name.endsWith('.json')).sort();
    assert.deepEqual(files.filter((file) => file.startsWith('dist/editor/samples/')).sort(), samples.map((name) => `dist/editor/samples/${name}`));
  });

  it('opens a sample in the plan editor from node_modules/pcp-elements/dist/editor/', async () => {
    const server = await serve(join(project, 'node_modules/pcp-elements/dist'));
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/editor/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.dataset.editorReady === 'true', { polling: 50, timeout: 15000 });
      await page.select('#sample', 'cumbria-2021-2025.json');
      await page.click('#sample-form button');
      await page.waitForFunction(() => document.getElementById('announcer')?.textContent === 'Opened the sample cumbria-2021-2025.json.', { polling: 50, timeout: 15000 });
      assert.equal(await page.$eval('[id="f/id"]', (input) => input.value), 'cumbria-2021-2025');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('declares its licence, version, engines and an exports entry (with types) for every built module', async () => {
    const manifest = JSON.parse(await readFile(join(project, 'node_modules/pcp-elements/package.json'), 'utf8'));
    assert.equal(manifest.license, 'MIT');
    assert.match(manifest.version, /^\d+\.\d+\.\d+/);
    assert.match(manifest.engines.node, />=\s*20/);
    const { readdir, stat } = await import('node:fs/promises');
    const installed = join(project, 'node_modules/pcp-elements');
    const modules = (await readdir(join(installed, 'dist'))).filter((file) => file.endsWith('.js') && !['pcp-elements.js', 'api.js', 'embed.js', 'embed-host.js', 'autoloader.js'].includes(file));
    // One module per element in the registry (src/elements.ts), and no other (besides the bundle, the API, the
    // iframe embed's scripts and the autoloader, which pages load from dist/ by address).
    assert.deepEqual(modules.sort(), ELEMENTS.map((element) => `${element.folder}.js`).sort());
    for (const file of modules) {
      const entry = manifest.exports[`./${file}`];
      assert.ok(entry, `exports has ./${file}`);
      await stat(join(installed, entry.default));
      // Each element module's types put its tag in HTMLElementTagNameMap.
      const types = await readFile(join(installed, entry.types), 'utf8');
      const tag = `pcp-${file.slice(0, -3)}`;
      assert.match(types, new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*'${tag}'`), `${entry.types} maps '${tag}'`);
    }
    assert.equal(manifest.exports['.'].default, './lib/pcp-elements.js');
    assert.equal(manifest.exports['./api.js'].default, './lib/index.js');
    assert.equal(manifest.exports['./dist/*'], './dist/*');
  });

  it('bundles with Vite into one copy of Lit and one plan cache, shared by element modules and the API', async () => {
    await writeFile(
      join(project, 'main.js'),
      `import 'pcp-elements/objectives.js';
import 'pcp-elements/plan-summary.js';
import { clearPlanCache } from 'pcp-elements/api.js';
window.clearPlanCache = clearPlanCache;
`,
    );
    // Vite's entry is index.html; the page test below writes its own page.html.
    await writeFile(
      join(project, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundled</title><script type="module" src="./main.js"></script></head>
<body><main><h1>Bundled</h1><pcp-plan src="plan.json"><pcp-plan-summary></pcp-plan-summary><pcp-objectives></pcp-objectives></pcp-plan></main></body></html>`,
    );
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    const build = await run(process.execPath, [vite, 'build', '--logLevel', 'error', '--outDir', 'built', '--emptyOutDir'], project);
    assert.equal(build.code, 0, build.stderr);
    const { readdir } = await import('node:fs/promises');
    const assets = (await readdir(join(project, 'built/assets'))).filter((file) => file.endsWith('.js'));
    const code = (await Promise.all(assets.map((file) => readFile(join(project, 'built/assets', file), 'utf8')))).join('\n');
    assert.equal(code.match(/reactiveElementVersions/g)?.length, 1, 'one copy of Lit');
    await cp(join(project, 'plan.json'), join(project, 'built/plan.json'));
    const server = await serve(join(project, 'built'));
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, `${server.url}/index.html`);
      const { found } = await page.evaluate(elementStates);
      assert.deepEqual(found.map((state) => [state.tag, state.error, state.empty]), [['pcp-plan', false, false], ['pcp-plan-summary', false, false], ['pcp-objectives', false, false]]);
      assert.equal(await page.evaluate(() => typeof window.clearPlanCache), 'function');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('resolves its exports from Node: the API module and the schema file, and no deep import into lib/', async () => {
    const script = `
      const api = await import('pcp-elements/api.js');
      const plan = api.planFromText(await (await import('node:fs/promises')).readFile('plan.json', 'utf8'));
      const { createRequire } = await import('node:module');
      const schema = createRequire(import.meta.url)('pcp-elements/schema/plan.schema.json');
      // lib/ is not API: only the entry points package.json exports resolve.
      const deep = await import('pcp-elements/lib/loader/load-plan.js').then(() => 'resolved', (error) => error.code);
      console.log(JSON.stringify({ objectives: plan.objectives.length, schema: schema.$schema !== undefined, deep }));`;
    await writeFile(join(project, 'check.mjs'), script);
    const result = await run(process.execPath, ['check.mjs'], project);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { objectives: 7, schema: true, deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
  });

  it('runs `pcp validate` and `pcp render` from node_modules/.bin', async () => {
    const bin = join(project, 'node_modules/.bin/pcp');
    const validate = await run(bin, ['validate', 'plan.json'], project);
    assert.equal(validate.code, 0, validate.stderr);
    const render = await run(bin, ['render', 'plan.json', '--element', 'pcp-objectives'], project);
    assert.equal(render.code, 0, render.stderr);
    assert.equal(render.stdout.match(/<li class="objective"/g)?.length, 7);
  });

  it('types the elements for TypeScript users: tag names map to their classes', async () => {
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], strict: true, skipLibCheck: true, noEmit: true, types: [] }, include: ['*.ts'] }),
    );
    await writeFile(
      join(project, 'page.ts'),
      `import 'pcp-elements/objectives.js';
import type { Plan } from 'pcp-elements/api.js';
const objectives = document.querySelector('pcp-objectives')!;
objectives.layout = 'accordion';
objectives.headingLevel = 3;
export const plan: Plan | undefined = objectives.loadedPlan;
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const good = await run(process.execPath, [tsc, '-p', '.'], project);
    assert.equal(good.code, 0, good.stdout + good.stderr);
    // And a mistake is caught: the layout is a union of the layouts the element has.
    await writeFile(join(project, 'page.ts'), `import 'pcp-elements/objectives.js';\ndocument.querySelector('pcp-objectives')!.layout = 'carousel';\n`);
    const bad = await run(process.execPath, [tsc, '-p', '.'], project);
    assert.notEqual(bad.code, 0);
    assert.match(bad.stdout, /carousel/);
  });

  it('renders <pcp-objectives> on a page that loads node_modules/pcp-elements/dist/objectives.js', async () => {
    await writeFile(
      join(project, 'page.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our plan</title>
<script type="module" src="node_modules/pcp-elements/dist/objectives.js"></script></head>
<body><main><h1>Our plan</h1><pcp-objectives src="plan.json"><a href="plan.pdf">Read the plan (PDF)</a></pcp-objectives></main></body></html>`,
    );
    const server = await serve(project);
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, `${server.url}/page.html`);
      const { found, text } = await page.evaluate(elementStates);
      assert.deepEqual(found.map((state) => [state.tag, state.error, state.empty]), [['pcp-objectives', false, false]]);
      assert.equal(await page.evaluate(() => document.querySelector('pcp-objectives').shadowRoot.querySelectorAll('li.objective').length), 7);
      assert.match(text, /A focus on victims/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
