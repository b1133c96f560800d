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

/**
 * Every form `pcp render` prints, by name: declarative shadow DOM (feed inline or by address), light DOM
 * (with its <style> or a stylesheet link; --no-style is the latter without the link) and a whole page
 * (either form). Shared by the HTML checks of the renders (render-valid.test.mjs, render-w3c.test.mjs).
 */
export const RENDER_FORMS = {
  'declarative shadow DOM, feed inline': [],
  'declarative shadow DOM, feed by address': ['--src', '/feeds/plan.json'],
  'light DOM, <style>': ['--light-dom'],
  'light DOM, --stylesheet': ['--light-dom', '--stylesheet', '/css/pcp-elements.css'],
  'page, declarative shadow DOM': ['--page', '--script', '/dist/pcp-elements.js'],
  'page, light DOM': ['--page', '--light-dom'],
};

/** Feeds that reach most of each element (a CSP action plan, budgets, progress, forewords), one of them rendered in Welsh: [feed, options]. */
export const RENDER_CASES = [
  ['west-cumbria-csp-2012-13', []],
  ['cleveland-2020-21-update', []],
  ['cumbria-2021-2025-bilingual', ['lang=cy']],
];

/** Variants that render differently: the wheel's outer ring and table, the objectives' accordion and grid. */
const RENDER_VARIANTS = [[], ['rings=2'], ['view=table'], ['layout=accordion'], ['layout=grid']];

/** The variants worth rendering for `element`: always the default ([]), and its own attribute variants. */
export const renderVariantsOf = (element) =>
  RENDER_VARIANTS.filter((variant) => !variant.length || (element === 'pcp-priority-wheel' ? /^(rings|view)=/ : element === 'pcp-objectives' ? /^layout=/ : /^$/).test(variant[0]));

/** A fragment as a page puts it: in <main>, under the page's <h1> (the plan document brings its own). */
export const inPage = (body, element, language) =>
  `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>t</title></head><body><main>${element === 'pcp-plan-document' ? '' : '<h1>t</h1>'}${body}</main></body></html>`;

/**
 * Runs `pcp render` for every element × variant × form on each [feed, options] case (feeds by name in
 * demo/feeds/), and yields each output as a whole page (fragments put in one by `inPage`):
 * { feed, language, element, variant, form, html, label }. Throws if a render fails.
 */
export async function* renderEveryForm(cases = RENDER_CASES, forms = RENDER_FORMS) {
  const { RENDERABLE_ELEMENTS } = await import('../../lib/ssr/render-element.js');
  for (const [feed, language] of cases) {
    for (const element of RENDERABLE_ELEMENTS) {
      for (const variant of renderVariantsOf(element)) {
        for (const [form, options] of Object.entries(forms)) {
          const { code, stdout, stderr } = await pcp('render', join(root, 'demo/feeds', `${feed}.json`), '--element', element, ...language, ...variant, ...options);
          if (code !== 0) throw new Error(`pcp render ${feed} ${element} ${[...language, ...variant, ...options].join(' ')} failed: ${stderr}`);
          const html = options.includes('--page') ? stdout : inPage(stdout, element, language.includes('lang=cy') ? 'cy' : 'en');
          yield { feed, language, element, variant, form, html, label: `${feed} ${language.join(' ')} ${element} ${variant.join(' ')} [${form}]`.replace(/ +/g, ' ') };
        }
      }
    }
  }
}

/** How many outputs `renderEveryForm(cases, forms)` yields. */
export async function renderCount(cases = RENDER_CASES, forms = RENDER_FORMS) {
  const { RENDERABLE_ELEMENTS } = await import('../../lib/ssr/render-element.js');
  return cases.length * RENDERABLE_ELEMENTS.reduce((sum, element) => sum + renderVariantsOf(element).length, 0) * Object.keys(forms).length;
}
