/// <reference types="node" />
// The element registry (src/elements.ts) against every file that lists the elements and must stay
// written out for bundlers and readers: each failure names the element and the file to fix.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ELEMENTS, PART_TAGS, type ElementEntry } from './elements.js';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { AUTOLOADED_PAGES } from '../scripts/module-sizes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const name = (element: ElementEntry) => `<${element.tag}> (src/${element.folder}/)`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What `check` says is wrong with each element, or nothing: one assertion listing every element at fault. */
function eachElement(elements: readonly ElementEntry[], check: (element: ElementEntry) => string | undefined): void {
  const problems = elements.map((element) => {
    const problem = check(element);
    return problem && `${name(element)}: ${problem}`;
  });
  assert.deepEqual(problems.filter(Boolean), []);
}

/** Modules loaded from the test and page suites' own files (plain JavaScript, no types). */
async function load(path: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(`${root}${path}`).href)) as Record<string, unknown>;
}

describe('the element registry (src/elements.ts)', () => {
  test('lists every folder of src/ that has a define.ts, once', () => {
    const folders = readdirSync(`${root}src`).filter((folder) => existsSync(`${root}src/${folder}/define.ts`));
    const listed: string[] = ELEMENTS.map((element) => element.folder);
    assert.deepEqual(
      folders.filter((folder) => !listed.includes(folder)).map((folder) => `src/${folder}/define.ts: add the element to src/elements.ts`),
      [],
    );
    assert.deepEqual(listed.filter((folder, index) => listed.indexOf(folder) !== index), [], 'a folder listed twice');
  });

  test('each entry names its folder, its tag pcp-<folder> and its class; only <pcp-plan> is not a part', () => {
    eachElement(ELEMENTS, (element) => {
      if (element.tag !== `pcp-${element.folder}`) return `the tag should be pcp-${element.folder}`;
      for (const file of ['define.ts', `pcp-${element.folder}.ts`]) if (!existsSync(`${root}src/${element.folder}/${file}`)) return `src/${element.folder}/${file} is missing`;
      if (!new RegExp(`export (abstract )?class ${element.className}\\b`).test(read(`src/${element.folder}/pcp-${element.folder}.ts`))) {
        return `src/${element.folder}/pcp-${element.folder}.ts does not export class ${element.className}`;
      }
      if (element.part !== (element.tag !== 'pcp-plan')) return 'every element but the <pcp-plan> provider shows part of a plan (part: true)';
      return undefined;
    });
  });

  test("each define.ts registers the entry's tag with its class, types the tag, and registers <pcp-plan> for a part", () => {
    eachElement(ELEMENTS, (element) => {
      const define = read(`src/${element.folder}/define.ts`);
      if (!define.includes(`customElements.define('${element.tag}', ${element.className})`)) return `define.ts does not call customElements.define('${element.tag}', ${element.className})`;
      if (!define.includes(`from './pcp-${element.folder}.js'`)) return `define.ts does not import ${element.className} from './pcp-${element.folder}.js'`;
      if (!new RegExp(`interface HTMLElementTagNameMap \\{[^}]*'${element.tag}': ${element.className};`).test(define)) return `define.ts does not add '${element.tag}' to HTMLElementTagNameMap`;
      if (element.part && !define.includes("import '../plan/define.js';")) return "define.ts does not import '../plan/define.js' (every element module registers <pcp-plan>)";
      return undefined;
    });
  });
});

describe('files that list the elements agree with the registry', () => {
  test('src/pcp-elements.ts (the CDN bundle) registers and exports every element, and nothing else', () => {
    const bundle = read('src/pcp-elements.ts');
    eachElement(ELEMENTS, (element) => {
      if (!bundle.includes(`import './${element.folder}/define.js';`)) return `src/pcp-elements.ts does not import './${element.folder}/define.js'`;
      if (!new RegExp(`export \\{[^}]*\\b${element.className},`).test(bundle)) return `src/pcp-elements.ts does not export ${element.className}`;
      return undefined;
    });
    const imported = [...bundle.matchAll(/^import '\.\/([^/]+)\/define\.js';/gm)].map((match) => match[1]);
    assert.deepEqual(imported.filter((folder) => !ELEMENTS.some((element) => element.folder === folder)), [], 'src/pcp-elements.ts imports a folder the registry does not list');
  });

  test('src/index.ts (pcp-elements/api.js) exports every element class from its module', () => {
    const index = read('src/index.ts');
    eachElement(ELEMENTS, (element) =>
      new RegExp(`export \\{ ${element.className}\\b[^}]*\\} from '\\./${escape(element.folder)}/pcp-${escape(element.folder)}\\.js';`).test(index)
        ? undefined
        : `src/index.ts does not export ${element.className} from './${element.folder}/pcp-${element.folder}.js'`,
    );
  });

  test('package.json exports ./<folder>.js, with types, for every element, and no module of an unknown element', () => {
    const exports = json('package.json')['exports'] as Record<string, unknown>;
    eachElement(ELEMENTS, (element) => {
      const expected = { types: `./lib/${element.folder}/define.d.ts`, default: `./lib/${element.folder}/define.js` };
      const entry = exports[`./${element.folder}.js`];
      return JSON.stringify(entry) === JSON.stringify(expected) ? undefined : `package.json exports "./${element.folder}.js" should be ${JSON.stringify(expected)}`;
    });
    const modules = Object.keys(exports).filter((key) => /^\.\/[^/*]+\.js$/.test(key) && !['./pcp-elements.js', './api.js'].includes(key));
    assert.deepEqual(modules.filter((key) => !ELEMENTS.some((element) => `./${element.folder}.js` === key)), [], 'package.json exports a module the registry does not list');
  });

  test('size-budget.json has a budget for every element module, and none for an unknown one', () => {
    const budgets = json('size-budget.json')['budgets'] as Record<string, number>;
    eachElement(ELEMENTS, (element) => (typeof budgets[`${element.folder}.js`] === 'number' ? undefined : `size-budget.json has no budget for "${element.folder}.js"`));
    // Besides the elements: the bundle, the API, the iframe embed, the autoloader and the pages it loads.
    const others = ['pcp-elements.js', 'api.js', 'embed.js', 'embed-host.js', 'autoloader.js', ...Object.keys(AUTOLOADED_PAGES)];
    const unknown = Object.keys(budgets).filter((file) => !others.includes(file) && !ELEMENTS.some((element) => `${element.folder}.js` === file));
    assert.deepEqual(unknown, [], 'size-budget.json has a budget for a module the registry does not list');
  });

  test('stories/ has a story for every element (its title, component or name carries the tag)', () => {
    const stories = readdirSync(`${root}stories`)
      .filter((file) => file.endsWith('.stories.ts'))
      .map((file) => read(`stories/${file}`))
      .join('\n');
    eachElement(ELEMENTS, (element) =>
      new RegExp(`\\b(title|component|name): '[^']*\\b${escape(element.tag)}(?![\\w-])`).test(stories) ? undefined : `no story in stories/*.stories.ts has ${element.tag} in its title, component or name`,
    );
  });

  test('<pcp-plan-document> is made of exactly the elements marked inDocument', () => {
    const document = read('src/plan-document/pcp-plan-document.ts');
    eachElement(ELEMENTS, (element) => {
      const imports = document.includes(`import '../${element.folder}/define.js';`);
      if (element.inDocument && !imports) return `marked inDocument, but src/plan-document/pcp-plan-document.ts does not import '../${element.folder}/define.js'`;
      if (!element.inDocument && imports) return 'src/plan-document/pcp-plan-document.ts shows it: mark it inDocument: true';
      return undefined;
    });
  });

  test('the accessibility suite (test/pages/accessibility-cases.mjs) checks every element', async () => {
    const { cases } = await load('test/pages/accessibility-cases.mjs');
    const checked = new Set((cases as () => { tag: string }[])().map((each) => each.tag));
    eachElement(ELEMENTS, (element) => (checked.has(element.tag) ? undefined : `test/pages/accessibility-cases.mjs has no entry for '${element.tag}' in ELEMENTS`));
  });

  test('the bench (scripts/bench/cases.mjs) times every element that shows part of a plan', async () => {
    const { CASES } = await load('scripts/bench/cases.mjs');
    const timed = new Set((CASES as { tag: string }[]).map((each) => each.tag));
    eachElement(
      ELEMENTS.filter((element) => element.part),
      (element) => (timed.has(element.tag) ? undefined : `scripts/bench/cases.mjs has no case for '${element.tag}'`),
    );
  });

  test('the README names every element and its module', () => {
    const readme = read('README.md');
    eachElement(ELEMENTS, (element) => {
      if (!readme.includes(`<${element.tag}>`)) return `README.md does not mention <${element.tag}>`;
      if (!readme.includes(`\`${element.folder}.js\``)) return `README.md does not list its module \`${element.folder}.js\` (under "One element at a time")`;
      return undefined;
    });
  });

  test('PART_TAGS is every element but the provider, in the registry order', () => {
    assert.deepEqual(PART_TAGS, ELEMENTS.filter((element) => element.tag !== 'pcp-plan').map((element) => element.tag));
  });
});
