// Component and browser tests in real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild,
// workspace packages resolved to their sources, a real collector behind /__collector/ (started once for
// the run, test/component/collector-proxy.mjs). Reports JUnit XML for the npm test summary.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, executablePath } from './scripts/lib/chromium.mjs';
import { realCollector } from './test/component/collector-proxy.mjs';
import { portalSetsMiddleware } from './packages/autofill/test/portal-sets.mjs';

// The real collector behind /__collector/<bucket>/, with the fault layer a test drives (see the file).
const collector = realCollector();

export default {
  rootDir: '.',
  files: [
    'packages/*/src/**/*.test.ts',
    'packages/*/test/browser/**/*.test.ts',
    'extension/src/**/*.test.ts',
    'extension/test/browser/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [collector.middleware, portalSetsMiddleware],
  plugins: [collector.plugin, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), junitReporter({ outputPath: './.reports/component.xml' })],
};
