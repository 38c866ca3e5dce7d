// End-to-end tests in Debian's Chromium: each test file starts its own demo stack on free ports.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from '../scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry: the suite shares a 2-core machine with the build; a test that passes only on its retry is
  // reported by name as flaky in npm test's summary, so it is seen and fixed, not hidden.
  retries: 1,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'off',
  },
});
