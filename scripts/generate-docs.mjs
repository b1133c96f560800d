#!/usr/bin/env node
// Writes docs/elements.md, the element reference, from custom-elements.json (itself generated from
// the elements' JSDoc by `npm run build:manifest`). With --check, exits 1 when the file is stale.
import { readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (headings, rows) =>
  rows.length ? [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') : '';

// The design tokens are listed under every element (custom-elements-manifest.config.mjs): here once, at the top.
const fromTokens = (property) => property.inheritedFrom?.module === 'src/styles/tokens.ts';
const tokens = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.name === 'PcpElement')
  .cssProperties.filter(fromTokens);

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, path: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((element) => {
  const attributes = (element.attributes ?? []).map((attribute) => [`\`${attribute.name}\``, attribute.fieldName ? `\`${attribute.fieldName}\`` : '', attribute.type?.text ?? '', attribute.default ?? '', attribute.description ?? '']);
  const properties = (element.members ?? [])
    .filter((member) => member.kind === 'field' && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.attribute && member.description)
    .map((member) => [`\`${member.name}\``, member.type?.text ?? '', member.description ?? '']);
  const methods = (element.members ?? [])
    .filter((member) => member.kind === 'method' && member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && member.description)
    .map((member) => [`\`${member.name}()\``, member.description ?? '']);
  const parts = [
    `## \`<${element.tagName}>\``,
    element.summary ? `_${element.summary}_` : '',
    element.description ?? '',
    attributes.length ? `### Attributes\n\n${table(['attribute', 'property', 'type', 'default', 'description'], attributes)}` : '',
    properties.length ? `### Properties\n\n${table(['property', 'type', 'description'], properties)}` : '',
    methods.length ? `### Methods\n\n${table(['method', 'description'], methods)}` : '',
    element.events?.length ? `### Events\n\n${table(['event', 'description'], element.events.map((event) => [`\`${event.name}\``, event.description ?? '']))}` : '',
    element.slots?.length ? `### Slots\n\n${table(['slot', 'description'], element.slots.map((slot) => [slot.name ? `\`${slot.name}\`` : '(default)', slot.description ?? '']))}` : '',
    element.cssParts?.length ? `### CSS parts\n\n${table(['part', 'description'], element.cssParts.map((part) => [`\`${part.name}\``, part.description ?? '']))}` : '',
    element.cssProperties?.some((property) => !fromTokens(property))
      ? `### CSS custom properties\n\n${table(
          ['property', 'description'],
          element.cssProperties.filter((property) => !fromTokens(property)).map((property) => [`\`${property.name}\``, property.description ?? '']),
        )}`
      : '',
  ];
  return parts.filter(Boolean).join('\n\n');
});

const text = `# Element reference

Generated from the elements' JSDoc (custom-elements.json) by \`node scripts/generate-docs.mjs\`; do not edit by hand.
Every element also takes \`src\`, \`plan\`, \`timeout\` and \`heading-level\` (see the README), and reads the
shared design tokens below (see "Theming" in the README).

## Design tokens

Every element's styles start from these custom properties: set them anywhere above the elements (\`:root\`, a
wrapper, the element itself) to theme them all. An element's own section lists what else it reads, and what
it uses a token for.

${table(['property', 'description'], tokens.map((property) => [`\`${property.name}\``, property.description ?? '']))}

${sections.join('\n\n')}
`;

const target = new URL('../docs/elements.md', import.meta.url);
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('docs/elements.md is out of date: run `npm run build:manifest && node scripts/generate-docs.mjs` and commit it.');
    process.exit(1);
  }
  console.log('docs/elements.md is up to date.');
} else {
  await writeFile(target, text);
  console.log('wrote docs/elements.md');
}
