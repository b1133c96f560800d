/// <reference types="node" />
// English comes in sections (src/i18n/english.ts): an element's words reach a page only through an
// import of messages/en/<section>.ts. A module that reads `t.<section>` without importing it works in
// the full bundle and breaks on a page that loads that element alone, so this reads every module.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { english } from './english.js';
import { en } from './messages/en.js';

const src = fileURLToPath(new URL('..', import.meta.url));
const root = join(src, '..');
const ALWAYS = new Set(['locale', 'months', 'common']);
const SECTIONS = Object.keys(en).filter((key) => !ALWAYS.has(key));
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const sectionModule = (section: string) => `src/i18n/messages/en/${kebab(section)}.ts`;

/** Every source module but tests and the catalogues themselves, as paths from the repository root. */
function sourceModules(folder = src): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('i18n', 'messages')) ? [] : sourceModules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [relative(root, path)] : [];
  });
}

/**
 * The sections `code` reads from a catalogue: `t.wheel…`, `ctx.t.wheel…`, `this.t.wheel…`,
 * `messages.wheel…`, `const { wheel } = ctx.t`, and `Pick<Messages, 'wheel'>`.
 */
export function sectionsRead(code: string): Set<string> {
  const names = [
    ...[...code.matchAll(/(?<![\w$])(?:t|messages)\.(\w+)/g)].map((match) => match[1]!),
    ...[...code.matchAll(/\{([^{}]*)\}\s*=\s*(?:[\w$]+\.)*t\s*;/g)].flatMap((match) => match[1]!.split(',').map((part) => part.split(':')[0]!.trim())),
    ...[...code.matchAll(/Pick<Messages,\s*([^>]*)>/g)].flatMap((match) => [...match[1]!.matchAll(/'(\w+)'/g)].map((quoted) => quoted[1]!)),
  ];
  return new Set(names.filter((name) => SECTIONS.includes(name)));
}

/** The modules `code` (at `path`) imports, as paths from the repository root with their `.ts` names. */
function importsOf(path: string, code: string): Set<string> {
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?:[^'";]*?\s+from\s+)?'(\.[^']+)'/g)].map((match) => match[1]!);
  return new Set(specifiers.map((specifier) => relative(root, join(dirname(join(root, path)), specifier)).replace(/\.js$/, '.ts')));
}

describe('English words in sections', () => {
  test('the checks find what they look for', () => {
    assert.deepEqual([...sectionsRead("const a = ctx.t.wheel.none; this.t.budget.total; t.common.status; const { objectives, common } = ctx.t;")].sort(), ['budget', 'objectives', 'wheel']);
    assert.deepEqual([...sectionsRead("(words: Pick<Messages, 'progress' | 'grants'>) => view.t.document")].sort(), ['document', 'grants', 'progress']);
    assert.deepEqual([...sectionsRead('const at = item.objectives; cut.wheel; tables.budget')], []);
    assert.deepEqual([...importsOf('src/objectives/objectives-view.ts', "import '../i18n/messages/en/outcomes.js';\nimport { x } from './y.js';")].sort(), [
      'src/i18n/messages/en/outcomes.ts',
      'src/objectives/y.ts',
    ]);
  });

  test('every module that reads an element section imports it', () => {
    const problems: string[] = [];
    for (const path of sourceModules()) {
      const code = readFileSync(join(root, path), 'utf8');
      const imported = importsOf(path, code);
      for (const section of sectionsRead(code)) {
        if (!imported.has(sectionModule(section))) problems.push(`${path} reads t.${section}: add import '${relative(dirname(path), sectionModule(section)).replace(/\.ts$/, '.js')}';`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('each section module adds its words to the English the elements read, and nothing else', async () => {
    for (const section of SECTIONS) {
      const module = (await import(`../${sectionModule(section).slice('src/'.length).replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      assert.equal(module[section], en[section as keyof typeof en], `${sectionModule(section)} exports ${section}`);
      assert.equal(english[section as keyof typeof english], en[section as keyof typeof en], `${sectionModule(section)} adds ${section}`);
    }
    assert.deepEqual(Object.keys(english).sort(), Object.keys(en).sort());
    assert.equal(english.common, en.common);
  });

  test('the package keeps the section modules, which are imported for what they do', () => {
    const { sideEffects } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: string[] };
    assert.ok(sideEffects.includes('./src/i18n/messages/en/*.ts') && sideEffects.includes('./lib/i18n/messages/en/*.js'), 'package.json sideEffects lists them');
  });
});
