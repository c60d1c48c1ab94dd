import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The base maps are fetched beside the module that asks for them (src/geo/map-files.ts): in the built
  // Storybook, beside its assets/ chunks.
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }, { from: '../src/geo/maps', to: '/assets/maps' }],
  docs: {},
};
export default config;
