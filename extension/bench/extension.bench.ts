// Extension speed, measured in real Chromium with the built extension loaded (dist/chrome-test) on the
// portal-like fixture: unlock (PBKDF2-SHA256, 600,000 iterations), scan → profile saved, "Điền" → filled.
// Also the Node-side parsing and address conversion per call. Prints figures; no pass/fail thresholds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCitizenIdQr, toNewAddress } from '@motcua/core';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../scripts/lib/chromium.mjs';
import { startPortal } from '../test/portal-fixture.js';

const root = join(import.meta.dirname, '..');
const QR =
  '049090001234|201234567|Nguyễn Văn An|01021990|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|15082021||||';
const PASS = 'mật khẩu thử 2026';
const RUNS = 5;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `median ${q(0.5).toFixed(1)} ms, min ${(s[0] ?? 0).toFixed(1)} ms, max ${(s.at(-1) ?? 0).toFixed(1)} ms (n=${s.length})`;
};

// Node-side: parse and convert.
{
  const n = 2000;
  let t = performance.now();
  for (let i = 0; i < n; i++) parseCitizenIdQr(QR);
  const parse = (performance.now() - t) / n;
  toNewAddress('Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam'); // builds the index once
  t = performance.now();
  for (let i = 0; i < n; i++) toNewAddress('Tổ 5, P. Tân Thạnh, TP. Tam Kỳ, Quảng Nam');
  const convert = (performance.now() - t) / n;
  console.log(
    `parseCitizenIdQr: ${(parse * 1000).toFixed(1)} µs/call; toNewAddress: ${(convert * 1000).toFixed(1)} µs/call`,
  );
}

const built = spawnSync('node', [join(root, 'scripts', 'build.mjs'), '--test', '--no-lint'], { encoding: 'utf8' });
if (built.status !== 0) throw new Error(built.stderr);
const dir = join(root, 'dist', 'chrome-test');
const portal = await startPortal();
const userDataDir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  headless: true,
  executablePath,
  args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...chromiumArgs],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  await page.goto(portal.url);
  const tabId = await worker.evaluate(
    async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id,
    portal.url,
  );
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`);
  await panel.locator('#pass').fill(PASS);
  await panel.locator('#pass2').fill(PASS);
  await panel.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await panel.locator('#scan').waitFor();

  const unlock: number[] = [];
  const scan: number[] = [];
  const fill: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Scan → saved: the scanner's burst arrives as text, then Enter; the officer saves at once.
    await panel.locator('#scan').focus();
    let t = performance.now();
    await panel.keyboard.insertText(QR);
    await panel.keyboard.press('Enter');
    await panel.locator('#save-profile').click();
    await panel.getByRole('status').filter({ hasText: 'Đã lưu' }).waitFor();
    scan.push(performance.now() - t);

    // "Điền" → plan shown → confirm → the page's last planned field holds its value.
    await page.locator('#ten').fill('');
    t = performance.now();
    await panel.locator('#fill').click();
    await panel.locator('#confirm').click();
    await page.waitForFunction(() => (document.getElementById('ten') as HTMLInputElement).value === 'Nguyễn Văn An');
    fill.push(performance.now() - t);

    // Lock → unlock with the passphrase (PBKDF2 600,000 iterations, unwrap, decrypt the list).
    await panel.getByRole('button', { name: 'Khoá' }).click();
    await panel.locator('#pass').fill(PASS);
    t = performance.now();
    await panel.getByRole('button', { name: 'Mở khoá' }).click();
    await panel.locator('#scan').waitFor();
    unlock.push(performance.now() - t);
  }
  console.log(`unlock (PBKDF2-SHA256 600k + unwrap + list ${RUNS} profiles at most): ${stats(unlock)}`);
  console.log(`scan → profile saved (parse, convert address, encrypt, store): ${stats(scan)}`);
  console.log(`"Điền biểu mẫu" → plan → confirm → filled: ${stats(fill)}`);
} finally {
  await context.close();
  await portal.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
