// `npm run build:manifest` writes custom-elements.json from the JSDoc of the element classes
// (@slot, @csspart, @cssproperty, @event, @summary), for editors, Storybook and docs.
import { readFileSync } from 'node:fs';

/** Where the design tokens are documented, once, with @cssproperty (see sharedTokens). */
const TOKENS_MODULE = 'src/styles/tokens.ts';

/** The `--pcp-*` design tokens, from the JSDoc at the top of src/styles/tokens.ts: `{ name, description }`. */
function sharedTokens() {
  const source = readFileSync(new URL(TOKENS_MODULE, import.meta.url), 'utf8');
  const doc = source.match(/\/\*\*([\s\S]*?)\*\//)?.[1] ?? '';
  return [...doc.matchAll(/@cssproperty\s+(--[\w-]+)\s+-\s+(.+)/g)].map(([, name, description]) => ({ name, description: description.trim() }));
}

export default {
  globs: ['src/**/*.ts'],
  // The CLI and the iframe embed page (src/embed) are programs, not part of the elements' API.
  exclude: ['src/cli/**', 'src/embed/**', 'src/**/*.test.ts', 'src/view/test-feeds.ts', 'src/**/*-fixtures.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [
    {
      // Private and protected members are not API: keep them out of the docs and Storybook's controls.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
          }
        }
      },
    },
    {
      // Every element's styles start from the tokens (src/styles/tokens.ts), so a page can theme every
      // element with them: list them under each element (and PcpElement, the base), after what the
      // element says about a token itself. They are marked as coming from the tokens module.
      // (The parts and events every element shares come from PcpElement's JSDoc, by inheritance.)
      name: 'shared-design-tokens',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = sharedTokens();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.customElement) continue;
            const own = declaration.cssProperties ?? [];
            const shared = tokens.filter((token) => !own.some((property) => property.name === token.name));
            declaration.cssProperties = [...own, ...shared.map((token) => ({ ...token, inheritedFrom: { name: 'tokens', module: TOKENS_MODULE } }))];
          }
        }
      },
    },
  ],
};
