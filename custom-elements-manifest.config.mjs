// `npm run build:manifest` writes custom-elements.json from the JSDoc of the element classes
// (@slot, @csspart, @cssproperty, @event, @summary), for editors, Storybook and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.test.ts'],
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
  ],
};
