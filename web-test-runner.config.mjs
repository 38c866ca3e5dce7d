// Component and browser tests in real Chromium (Debian's, or CHROME_PATH), TypeScript through esbuild,
// workspace packages resolved to their sources. Reports JUnit XML for the npm test summary.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { junitReporter } from '@web/test-runner-junit-reporter';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { outboxTestMiddleware } from './packages/core/test/browser/outbox-server.mjs';
import { contestTestMiddleware } from './packages/widgets/test/browser/support/contest-server.mjs';
import { dossierTestMiddleware } from './packages/widgets/test/browser/support/dossier-server.mjs';
import { chromiumArgs, executablePath } from './scripts/lib/chromium.mjs';

export default {
  rootDir: '.',
  files: [
    'packages/*/src/**/*.test.ts',
    'packages/*/test/browser/**/*.test.ts',
    'extension/src/**/*.test.ts',
    'extension/test/browser/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // Real endpoints for the outbox's, the contest widget's and the dossier status widget's tests (see the files for their routes).
  middleware: [outboxTestMiddleware(), contestTestMiddleware(), dossierTestMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
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
