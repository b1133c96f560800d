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
    // The widths the typesetting checks use: a small phone, a phone, a tablet, a laptop.
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone: { name: 'Phone (375px)', styles: { width: '375px', height: '812px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768px)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        laptop: { name: 'Laptop (1280px)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
    // The accessibility panel runs axe-core on every story, with the WCAG 2.2 AA rules the tests use.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
  },
};

export default preview;
