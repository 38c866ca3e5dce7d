// End-to-end tests in Debian's Chromium: each test file starts its own demo stack on free ports.
import { defineConfig } from '@playwright/test';
import { chromiumArgs, executablePath } from '../scripts/lib/chromium.mjs';

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath, args: chromiumArgs },
    trace: 'off',
  },
});
