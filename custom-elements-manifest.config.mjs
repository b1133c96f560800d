// `npm run build:manifest` writes custom-elements.json from the JSDoc of the element classes
// (@slot, @csspart, @cssproperty, @event, @summary), for editors, Storybook and docs.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
