import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
// Generated from the elements' JSDoc by `npm run build:manifest` (the storybook scripts run it first):
// it gives every story its controls and every element its docs page (attributes, properties, events,
// slots, parts, CSS custom properties).
import manifest from '../custom-elements.json';
import '../src/pcp-elements.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // The accessibility panel runs axe-core on every story, with the WCAG 2.2 AA rules the tests use.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
};

export default preview;
