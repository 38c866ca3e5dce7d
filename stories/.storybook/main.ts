import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../*.stories.ts'],
  // Static answers at the collector's paths for stories that read them (the contest's description).
  staticDirs: [{ from: '../fixtures', to: '/fixtures' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['source', 'browser', 'module', 'import', 'default'];
    viteConfig.esbuild = {
      ...(viteConfig.esbuild || {}),
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    };
    viteConfig.base = './';
    return viteConfig;
  },
};
export default config;
