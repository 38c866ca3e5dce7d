// The camera path end to end: Chromium's fake camera plays a video of a chip ID card QR code; the panel,
// opened as a tab, scans it with BarcodeDetector or the bundled zxing-wasm and shows the profile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, test } from '@playwright/test';
import { writeQrVideo } from '../../extension/test/qr-video.js';
import { chromiumArgs, executablePath } from '../../scripts/lib/chromium.mjs';

const repo = join(import.meta.dirname, '..', '..');
const extensionDir = join(repo, 'extension', 'dist', 'chrome-test');
const QR = '049190001234||Trần Thị Bình|05051990|Nữ|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|01072021||||';
const PASS = 'mật khẩu thử 2026';

let context: BrowserContext;
let dir: string;

test.beforeAll(async () => {
  const built = spawnSync('node', [join(repo, 'extension', 'scripts', 'build.mjs'), '--test', '--no-lint'], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), 'motcua-cam-'));
  const video = join(dir, 'qr.y4m');
  await writeQrVideo(QR, video);
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    headless: true,
    executablePath,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
      ...chromiumArgs,
    ],
  });
});

test.afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('scans the chip ID card QR with the camera', async () => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
  await panel.getByLabel('Mật khẩu', { exact: true }).fill(PASS);
  await panel.getByLabel('Nhập lại mật khẩu').fill(PASS);
  await panel.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  const native = await panel.evaluate(async () => {
    const B = (globalThis as unknown as { BarcodeDetector?: { getSupportedFormats(): Promise<string[]> } })
      .BarcodeDetector;
    return B ? (await B.getSupportedFormats()).includes('qr_code') : false;
  });
  test.info().annotations.push({ type: 'decoder', description: native ? 'BarcodeDetector' : 'zxing-wasm' });
  // The camera dialog may open and close faster than a poll can see it: record each one that opens.
  await panel.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { cameraDialogs: string[] }).cameraDialogs = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) if (n instanceof HTMLDialogElement) seen.push(n.getAttribute('aria-label') ?? '');
    }).observe(document.body, { childList: true });
  });
  await panel.getByRole('button', { name: 'Quét bằng camera' }).click();
  await expect(panel.locator('#ro-fullName')).toHaveText('Trần Thị Bình', { timeout: 15_000 });
  expect(await panel.evaluate(() => (globalThis as unknown as { cameraDialogs: string[] }).cameraDialogs)).toEqual([
    'Quét bằng camera',
  ]);
  await expect(panel.getByRole('dialog')).toHaveCount(0);
  await expect(panel.getByLabel('Xã/phường/đặc khu')).toHaveValue('Phường Bàn Thạch');
  // The camera is off again and focus is back in the panel.
  expect(await panel.evaluate(() => document.querySelectorAll('video').length)).toBe(0);
});
