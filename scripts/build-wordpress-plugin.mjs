#!/usr/bin/env node
/**
 * Builds the WordPress plugin: dist/wordpress/pcp-elements/ and the zip to upload,
 * dist/pcp-elements-wordpress.zip (Plugins → Add New → Upload Plugin).
 *
 * - wordpress/pcp-elements/ is the plugin's own source (PHP, the block, readme.txt);
 * - assets/ gets the element modules from dist/ (each element's file and the shared chunks, and
 *   pcp-elements.js for the block editor's preview), so the site needs no CDN;
 * - elements.json is the allowlist the plugin writes attributes from: each element's tag, module and
 *   attributes, taken from custom-elements.json (the manifest made from the elements' JSDoc).
 *
 * Run after `vite build` (it is the last step of `npm run build`).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'wordpress', 'pcp-elements');
const zipFile = join(dist, 'pcp-elements-wordpress.zip');

/** Attributes that report state rather than configure the element. */
const OUTPUT_ATTRIBUTES = new Set(['state']);

/** The literal values of a type such as `'a' | 'b'` or `1 | 2`, following a named alias in src/. */
function literalOptions(typeText, sources) {
  let text = typeText.replace(/\s*\|\s*undefined$/, '');
  if (/^[A-Z]\w*$/.test(text)) {
    const alias = sources.map((source) => new RegExp(`export type ${text} = ([^;]+);`).exec(source)?.[1]).find(Boolean);
    if (!alias) return undefined;
    text = alias.trim();
  }
  const parts = text.split('|').map((part) => part.trim());
  if (parts.every((part) => /^'[^']*'$/.test(part) || /^\d+$/.test(part))) return parts.map((part) => part.replace(/^'|'$/g, ''));
  return undefined;
}

function attributeSpec(attribute, sources) {
  const type = attribute.type?.text ?? 'string';
  const options = literalOptions(type, sources);
  const kind = type === 'boolean' ? 'boolean' : options ? 'options' : /^number( \| undefined)?$/.test(type) ? 'number' : 'text';
  return {
    name: attribute.name,
    kind,
    ...(options ? { options } : {}),
    description: (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim(),
  };
}

function allFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

function sourceTexts(folder) {
  return allFiles(folder)
    .filter((path) => path.endsWith('.ts') && !path.includes('.test.'))
    .map((path) => readFileSync(path, 'utf8'));
}

const { ELEMENTS } = await import(join(root, 'lib', 'elements.js'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));
const sources = sourceTexts(join(root, 'src'));

const elements = ELEMENTS.map(({ tag, folder }) => {
  const declaration = declarations.get(tag);
  if (!declaration) throw new Error(`custom-elements.json has no <${tag}>: run npm run build:manifest`);
  const module = `${folder}.js`;
  if (!existsSync(join(dist, module))) throw new Error(`dist/${module} is missing: run vite build --mode elements first`);
  return {
    tag,
    module,
    summary: declaration.summary ?? '',
    attributes: (declaration.attributes ?? []).filter((a) => !OUTPUT_ATTRIBUTES.has(a.name)).map((a) => attributeSpec(a, sources)),
  };
});

rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'wordpress', 'pcp-elements'), out, { recursive: true });
const assets = join(out, 'assets');
mkdirSync(assets, { recursive: true });
for (const file of [...elements.map((element) => element.module), 'pcp-elements.js']) cpSync(join(dist, file), join(assets, file));
cpSync(join(dist, 'chunks'), join(assets, 'chunks'), { recursive: true, filter: (path) => !path.endsWith('.map') });
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
writeFileSync(join(out, 'elements.json'), `${JSON.stringify({ version, elements }, null, 1)}\n`);

// The zip holds one folder, pcp-elements/, as WordPress's plugin upload expects.
const entries = Object.fromEntries(allFiles(out).map((path) => [`pcp-elements/${relative(out, path).split('\\').join('/')}`, readFileSync(path)]));
writeFileSync(zipFile, zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`dist/pcp-elements-wordpress.zip: ${Object.keys(entries).length} files, ${(statSync(zipFile).size / 1024).toFixed(1)} KiB`);
