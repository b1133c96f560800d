import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample feeds are served at /feeds/, as a CMS would serve them.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }, { from: '../demo/examples', to: '/examples' }],
  core: { disableTelemetry: true },
};

export default config;
