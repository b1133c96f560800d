// custom-elements.json is the element API that editors, Storybook and docs/elements.md show: every part an
// element's shadow DOM can render, every --pcp-* custom property its styles read and every event it fires must
// be in it, under that element. Found by reading the sources: the element's module and every module it
// imports (not other elements', which render in their own shadow roots). Needs `npm run build:lib &&
// npm run build:manifest` first.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ELEMENTS } from '../../lib/elements.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

/** Modules that draw or fire for another element: their own shadow roots, not this one's. */
const otherElements = (element) =>
  new Set(ELEMENTS.filter((other) => other !== element).flatMap((other) => [`src/${other.folder}/pcp-${other.folder}.ts`, `src/${other.folder}/define.ts`]));

/** The element's module and every module of src/ it imports, recursively (type-only imports draw nothing). */
function closure(element) {
  const skip = otherElements(element);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || skip.has(file)) return;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)(?!\s+type\b)[^'"]*?['"](\.{1,2}\/[^'"]+)\.js['"]/gm)) {
      const target = relative(root, join(root, dirname(file), `${specifier}.ts`));
      if (existsSync(join(root, target))) visit(target);
    }
  };
  visit(`src/${element.folder}/pcp-${element.folder}.ts`);
  return [...seen];
}

/**
 * The module's top-level declarations (functions, constants, classes), each with its name and text: a
 * shared module's parts, properties and events are an element's only when the element reaches the
 * declaration that draws them (render-narrative.ts draws named lists, but not every element shows one).
 */
function declarationsOf(file) {
  const source = readFileSync(join(root, file), 'utf8').replace(/^import\b[\s\S]*?['"];$/gm, '');
  return source
    .split(/^(?=(?:export\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function|const|let|class)\s)/m)
    .map((text) => ({ file, text, name: text.match(/^(?:export\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:function|const|let|class)\s+(\w+)/)?.[1] }));
}

// PcpElement passes a subclass's renderEmpty() call on to the empty view: the element shows it only when
// it calls renderEmpty itself.
const BASE = 'src/base/pcp-element.ts';
const referencesIn = (declaration) => (declaration.file === BASE ? declaration.text.replace(/\brenderEmpty\b/g, '') : declaration.text);

function partsIn(source) {
  const parts = new Set();
  // part="a b" in templates (not part=${…}), and { part: 'x' } given to heading().
  for (const [, names] of source.matchAll(/\bpart="([^"$]+)"/g)) for (const part of names.trim().split(/\s+/)) parts.add(part);
  for (const [, part] of source.matchAll(/\bpart: '([\w-]+)'/g)) parts.add(part);
  return parts;
}

/**
 * What the element's sources say it renders and fires: { parts, properties, events }. Everything in the
 * element's own folder counts, and every declaration of another module it reaches from there by name.
 */
function used(element) {
  const all = closure(element).flatMap(declarationsOf);
  const named = all.filter((declaration) => declaration.name);
  const reached = new Set(all.filter((declaration) => declaration.file.startsWith(`src/${element.folder}/`)));
  for (const declaration of reached) {
    const text = referencesIn(declaration);
    for (const other of named) if (!reached.has(other) && other.name !== declaration.name && new RegExp(`\\b${other.name}\\b`).test(text)) reached.add(other);
  }
  const parts = new Set();
  const properties = new Set();
  const events = new Set();
  for (const { text } of reached) {
    for (const part of partsIn(text)) parts.add(part);
    for (const [, property] of text.matchAll(/var\(\s*(--pcp-[\w-]+)/g)) properties.add(property);
    for (const [, event] of text.matchAll(/\bfire(?:<[^>]*>)?\(\s*this(?:\.host)?\s*,\s*'(pcp-[\w-]+)'/g)) events.add(event);
    for (const [, event] of text.matchAll(/new CustomEvent(?:<[^>]*>)?\(\s*'(pcp-[\w-]+)'/g)) events.add(event);
  }
  return { parts, properties, events, files: [...new Set([...reached].map((declaration) => declaration.file))] };
}

describe('custom-elements.json', () => {
  it('an element shows the empty view only when it calls renderEmpty (what the scan assumes of PcpElement)', () => {
    assert.match(readFileSync(join(root, BASE), 'utf8'), /protected renderEmpty\(message: string\): TemplateResult \{\s*return renderEmpty\(message\);\s*\}/);
    const summary = used(ELEMENTS.find((element) => element.tag === 'pcp-plan-summary'));
    assert.ok(summary.parts.has('loading') && summary.parts.has('retry') && !summary.parts.has('empty'));
    assert.ok(used(ELEMENTS.find((element) => element.tag === 'pcp-contact')).parts.has('empty'));
  });

  it('the scan finds what it looks for (on an element known to have each kind)', () => {
    const wheel = used(ELEMENTS.find((element) => element.tag === 'pcp-priority-wheel'));
    for (const part of ['chart', 'loading', 'error', 'retry']) assert.ok(wheel.parts.has(part), part);
    for (const property of ['--pcp-chart-1', '--pcp-color-focus']) assert.ok(wheel.properties.has(property), property);
    for (const event of ['pcp-select', 'pcp-load', 'pcp-error', 'pcp-warning']) assert.ok(wheel.events.has(event), event);
    // The plan document shows other elements, each in its own shadow root: their parts are not its own.
    assert.ok(!used(ELEMENTS.find((element) => element.tag === 'pcp-plan-document')).parts.has('toolbar'), "the objectives' toolbar is in their own shadow root");
  });

  for (const element of ELEMENTS) {
    it(`<${element.tag}> lists every part, --pcp-* property and event it uses`, () => {
      const declaration = declarations.find((each) => each.tagName === element.tag);
      assert.ok(declaration, `custom-elements.json has no <${element.tag}>`);
      const { parts, properties, events } = used(element);
      const listed = (items) => new Set((items ?? []).map((item) => item.name));
      const missing = (found, items) => [...found].filter((name) => !listed(items).has(name)).sort();
      assert.deepEqual(
        {
          '@csspart': missing(parts, declaration.cssParts),
          '@cssproperty': missing(properties, declaration.cssProperties),
          '@event': missing(events, declaration.events),
        },
        { '@csspart': [], '@cssproperty': [], '@event': [] },
        `add these to the JSDoc of src/${element.folder}/pcp-${element.folder}.ts (or, for every element, of src/base/pcp-element.ts or src/styles/tokens.ts)`,
      );
    });
  }

  it('lists every design token of src/styles/tokens.ts under every element', () => {
    const tokens = [...readFileSync(join(root, 'src/styles/tokens.ts'), 'utf8').matchAll(/var\((--pcp-[\w-]+)/g)].map((match) => match[1]);
    assert.ok(tokens.length > 20);
    const problems = [];
    for (const element of ELEMENTS) {
      const declaration = declarations.find((each) => each.tagName === element.tag);
      const listed = new Set((declaration?.cssProperties ?? []).map((property) => property.name));
      for (const token of tokens) if (!listed.has(token)) problems.push(`<${element.tag}> ${token}`);
    }
    assert.deepEqual(problems, []);
  });
});
