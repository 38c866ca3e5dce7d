// The staff extension end to end in Chromium with the built extension loaded (dist/chrome-test, which may
// reach http://127.0.0.1): set a passphrase, scan a QR by typing into the panel opened as a tab for the
// portal tab, save, plan and confirm a fill, undo, lock/reload/unlock, and check the vault on disk; then
// three of the autofill fixtures through the real panel, each with the preview, the skipped list and its
// reasons, a second person's saved profile, the fill and the undo: a birth registration filled from both
// parents' profiles, a CT01 whose household head comes from another profile, and a contract whose Bên A does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { startPortal } from '../../extension/test/portal-fixture.js';
import { chromiumArgs, executablePath } from '../../scripts/lib/chromium.mjs';

const repo = join(import.meta.dirname, '..', '..');
const extensionDir = join(repo, 'extension', 'dist', 'chrome-test');
const QR =
  '049090001234|201234567|Nguyễn Văn An|01021990|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|15082021||||';
const PASS = 'mật khẩu thử 2026';
const MOTHER_QR = '048192001111||Trần Thị Mai|12051992|Nữ|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|01072021';
const FATHER_QR = '049088002222||Lê Văn Hùng|03031988|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|01072021';

let portalServer: Awaited<ReturnType<typeof startPortal>>;
let portalUrl: string;
let context: BrowserContext;
let userDataDir: string;
let extensionId: string;

test.beforeAll(async () => {
  const built = spawnSync('node', [join(repo, 'extension', 'scripts', 'build.mjs'), '--test', '--no-lint'], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  portalServer = await startPortal();
  portalUrl = portalServer.url;
  userDataDir = mkdtempSync(join(tmpdir(), 'motcua-ext-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath,
    locale: 'vi-VN',
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...chromiumArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
});

test.afterAll(async () => {
  await context?.close();
  await portalServer?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

async function openPanel(portal: Page): Promise<Page> {
  const worker = context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const tabId = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === url)?.id;
  }, portal.url());
  expect(tabId).toBeTruthy();
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** Every file under dir, concatenated (IndexedDB's LevelDB files). */
function readTree(dir: string): Buffer {
  const parts: Buffer[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) parts.push(readTree(full));
    else parts.push(readFileSync(full));
  }
  return Buffer.concat(parts);
}

test('scan, confirm and fill the portal form; undo; lock, reload, unlock; nothing readable on disk', async () => {
  const portal = await context.newPage();
  await portal.goto(portalUrl);
  const panel = await openPanel(portal);

  // First use: set the passphrase (warned that forgetting it means wiping).
  await expect(panel.getByRole('heading', { name: 'Đặt mật khẩu cho tiện ích' })).toBeFocused();
  await expect(panel.getByText('Nếu quên mật khẩu')).toBeVisible();
  await panel.getByLabel('Mật khẩu', { exact: true }).fill(PASS);
  await panel.getByLabel('Nhập lại mật khẩu').fill(PASS);
  await panel.getByRole('button', { name: 'Đặt mật khẩu' }).click();

  // Scan: the USB scanner types into the focused box and ends with Enter.
  const scan = panel.getByLabel('Mã QR trên thẻ căn cước');
  await expect(scan).toBeFocused();
  await panel.keyboard.type(QR, { delay: 0 });
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Thông tin hồ sơ' })).toBeFocused();
  await expect(panel.locator('#ro-fullName')).toHaveText('Nguyễn Văn An');
  await expect(panel.getByLabel('Tỉnh/thành phố')).toHaveValue('Thành phố Đà Nẵng');
  await expect(panel.getByLabel('Xã/phường/đặc khu')).toHaveValue('Phường Bàn Thạch');
  await panel.getByLabel('Số điện thoại').fill('0912 345 678');
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await panel.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã lưu hồ sơ Nguyễn Văn An.');

  // Plan: field → value → why; then confirm.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const plan = panel.getByRole('table', { name: 'Sẽ điền như sau' });
  await expect(plan.getByRole('row', { name: /Họ và tên/ })).toContainText('Nguyễn Văn An');
  await expect(plan.getByRole('row', { name: /Ngày sinh/ })).toContainText('01/02/1990');
  await expect(plan.getByRole('row', { name: /Số điện thoại/ })).toContainText('0912345678');
  await expect(plan).not.toContainText('Họ và tên ẩn');
  await panel.getByRole('button', { name: 'Xác nhận điền' }).click();
  await expect(panel.getByRole('status')).toContainText('Đã điền');

  await expect(portal.locator('#ten')).toHaveValue('Nguyễn Văn An');
  await expect(portal.locator('#so')).toHaveValue('049090001234');
  await expect(portal.locator('#ns')).toHaveValue('01/02/1990');
  await expect(portal.locator('#gt')).toHaveValue('1');
  await expect(portal.locator('#dt')).toHaveValue('0912345678');
  await expect(portal.locator('#tinh')).toHaveValue('48');
  // The residence goes in as it is since 1 July 2025, not as printed on the card.
  await expect(portal.locator('#dc')).toHaveValue('Tổ 5, Phường Bàn Thạch, Thành phố Đà Nẵng');
  await expect(portal.locator('#offscreen')).toHaveValue('');
  await expect(portal.locator('#hidden')).toHaveValue('');
  expect(await portal.evaluate(() => (window as unknown as { events: string[] }).events)).toContain('ten');

  // The province change filled the commune list: a second fill picks the commune.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await panel.getByRole('button', { name: 'Xác nhận điền' }).click();
  await expect(portal.locator('#xa')).toHaveValue('Phường Bàn Thạch');

  // Hoàn tác puts back what the last fill replaced.
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã hoàn tác.');
  await expect(portal.locator('#xa')).toHaveValue('');

  // Teach "Quê quán" in two clicks (choose, save): the next plan uses the rule.
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await panel.getByLabel('Ô “Quê quán” là').selectOption('address');
  await panel.getByRole('button', { name: 'Lưu quy tắc' }).click();
  await expect(panel.getByRole('table').getByRole('row', { name: /Quê quán/ })).toContainText('theo quy tắc đã dạy');

  // Lock, reload, wrong passphrase, right passphrase.
  await panel.getByRole('button', { name: 'Khoá' }).click();
  await expect(panel.getByRole('heading', { name: 'Mở khoá' })).toBeVisible();
  await panel.reload();
  await panel.getByLabel('Mật khẩu', { exact: true }).fill('sai mật khẩu');
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(panel.getByRole('alert')).toContainText('Mật khẩu không đúng.');
  await expect(panel.getByText('Nguyễn Văn An')).toHaveCount(0);
  await panel.getByLabel('Mật khẩu', { exact: true }).fill(PASS);
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(panel.getByRole('button', { name: 'Chọn: Nguyễn Văn An' })).toBeVisible();

  // The raw records hold no name, ID number or phone; nor do the IndexedDB files on disk.
  const raw = await panel.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('motcua-vault');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('profiles').objectStore('profiles').getAll();
          get.onsuccess = () => {
            const d = new TextDecoder();
            resolve(
              (get.result as { id: string; data: Uint8Array }[])
                .map((r) => `${JSON.stringify(r)}${r.id}${d.decode(r.data)}`)
                .join('\n'),
            );
          };
        };
      }),
  );
  expect(raw.length).toBeGreaterThan(100);
  for (const secret of ['Nguyễn Văn An', '049090001234', '0912345678', 'Tân Thạnh']) expect(raw).not.toContain(secret);

  await panel.close();
  await portal.close();
  const idbDir = join(userDataDir, 'Default', 'IndexedDB');
  const disk = readTree(idbDir);
  // Positive control: the fill log (no personal data) is stored in clear, so the files were readable.
  expect(disk.includes(Buffer.from('/p/dich-vu-cong/to-khai'))).toBe(true);
  for (const secret of ['Nguyễn Văn An', 'Nguy', '049090001234', '0912345678']) {
    expect(disk.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    expect(disk.includes(Buffer.from(secret, 'utf16le')), secret).toBe(false);
    expect(disk.includes(Buffer.from(secret, 'latin1')), secret).toBe(false);
  }
});

test('web pages cannot reach the extension or its content script', async () => {
  const portal = await context.newPage();
  await portal.goto(portalUrl);
  const panel = await openPanel(portal);
  await panel.getByLabel('Mật khẩu', { exact: true }).fill(PASS);
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  await expect(panel.getByRole('table')).toBeVisible();
  // The content script is now in the page. The page has no runtime to message the extension with
  // (no externally_connectable), and window messages or DOM events do nothing.
  expect(await portal.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime)).toBe(
    'undefined',
  );
  await portal.evaluate(() => {
    const fill = { type: 'motcua:fill', fills: [{ fieldId: 'f0', value: 'x' }] };
    window.postMessage(fill, '*');
    document.dispatchEvent(new CustomEvent('motcua:fill', { detail: fill }));
  });
  await portal.waitForTimeout(200);
  await expect(portal.locator('#ten')).toHaveValue('');
  await panel.close();
  await portal.close();
});

async function unlockPanel(portal: Page): Promise<Page> {
  const panel = await openPanel(portal);
  await panel.getByLabel('Mật khẩu', { exact: true }).fill(PASS);
  await panel.getByRole('button', { name: 'Mở khoá' }).click();
  await expect(panel.getByLabel('Mã QR trên thẻ căn cước')).toBeFocused();
  return panel;
}

async function scanAndSave(panel: Page, qr: string, name: string): Promise<void> {
  await panel.getByLabel('Mã QR trên thẻ căn cước').focus();
  await panel.keyboard.type(qr, { delay: 0 });
  await panel.keyboard.press('Enter');
  await expect(panel.locator('#ro-fullName')).toHaveText(name);
  await panel.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(panel.getByRole('status')).toHaveText(`Đã lưu hồ sơ ${name}.`);
}

test('a birth registration filled from both parents’ profiles, the child left empty, then undone', async () => {
  const portal = await context.newPage();
  await portal.goto(portalServer.fixture('khai-sinh-material'));
  const panel = await unlockPanel(portal);
  await scanAndSave(panel, FATHER_QR, 'Lê Văn Hùng');
  await scanAndSave(panel, MOTHER_QR, 'Trần Thị Mai');
  // The mother files the registration: she is the applicant.
  await panel.getByRole('button', { name: 'Chọn: Trần Thị Mai' }).click();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const plan = panel.getByRole('table', { name: 'Sẽ điền như sau' });
  await expect(plan).toContainText('Trần Thị Mai');
  await expect(plan).not.toContainText('Lê Văn Hùng');
  const skipped = panel.locator('ul.skipped');
  await expect(skipped).toContainText('Bỏ qua: thuộc phần Thông tin người mẹ');
  await expect(skipped).toContainText('Bỏ qua: thuộc phần Thông tin người cha');
  await expect(skipped).toContainText('Bỏ qua: thuộc phần Người được khai sinh');
  // The mother's part from herself, the father's from his saved profile.
  await panel.locator('#person-mother').selectOption({ label: 'Chính người nộp: Trần Thị Mai' });
  await panel.locator('#person-father').selectOption({ label: 'Lê Văn Hùng' });
  await expect(plan.getByRole('row', { name: /Họ, chữ đệm, tên/ }).filter({ hasText: 'Lê Văn Hùng' })).toContainText(
    'hồ sơ của Cha',
  );
  await expect(skipped).not.toContainText('Thông tin người cha');
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await panel.getByRole('button', { name: 'Xác nhận điền' }).click();
  await expect(panel.getByRole('status')).toContainText('Đã điền');
  const values = () =>
    portal.evaluate(() =>
      Object.fromEntries(
        [
          'nycHoTen',
          'nycSoDinhDanh',
          'treHoTen',
          'meHoTen',
          'meNgaySinh',
          'meSoDinhDanh',
          'chaHoTen',
          'chaSoDinhDanh',
        ].map((id) => [id, (document.getElementById(id) as HTMLInputElement).value]),
      ),
    );
  expect(await values()).toEqual({
    nycHoTen: 'Trần Thị Mai',
    nycSoDinhDanh: '048192001111',
    treHoTen: '',
    meHoTen: 'Trần Thị Mai',
    meNgaySinh: '12/05/1992',
    meSoDinhDanh: '048192001111',
    chaHoTen: 'Lê Văn Hùng',
    chaSoDinhDanh: '049088002222',
  });
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã hoàn tác.');
  expect(Object.values(await values()).every((v) => v === '')).toBe(true);
  await panel.close();
  await portal.close();
});

test('a CT01 fills the applicant, the household head from a second saved profile, the members left empty, then undone', async () => {
  const portal = await context.newPage();
  await portal.goto(portalServer.fixture('ct01-tam-tru'));
  const panel = await unlockPanel(portal);
  await panel.getByRole('button', { name: 'Chọn: Nguyễn Văn An' }).click();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const plan = panel.getByRole('table', { name: 'Sẽ điền như sau' });
  await expect(plan).toContainText('049090001234');
  const head = panel.locator('ul.skipped li').filter({ hasText: 'Bỏ qua: thuộc phần Thông tin chủ hộ' });
  await expect(head).toHaveCount(3);
  await expect(panel.locator('ul.skipped')).toContainText('Bỏ qua: thuộc phần Những thành viên trong hộ gia đình');
  // The household head is someone else with a saved profile.
  await panel.locator('#person-householdHead').selectOption({ label: 'Lê Văn Hùng' });
  await expect(plan).toContainText('049088002222');
  await expect(head).toHaveCount(0);
  await panel.getByRole('button', { name: 'Xác nhận điền' }).click();
  await expect(panel.getByRole('status')).toContainText('Đã điền');
  const ids = ['#HoTen', '#SoDinhDanh', '#ChuHoTen', '#ChuHoDinhDanh', '[name="ThanhVien[0].HoTen"]'];
  const values = () => Promise.all(ids.map((id) => portal.locator(id).inputValue()));
  expect(await values()).toEqual(['Nguyễn Văn An', '049090001234', 'Lê Văn Hùng', '049088002222', '']);
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã hoàn tác.');
  expect(await values()).toEqual(['', '', '', '', '']);
  await panel.close();
  await portal.close();
});

test('a contract: the same controls for the applicant, Bên A and Bên B told apart; Bên A from a saved profile, then undone', async () => {
  const portal = await context.newPage();
  await portal.goto(portalServer.fixture('hop-dong-chung-thuc'));
  const panel = await unlockPanel(portal);
  await panel.getByRole('button', { name: 'Chọn: Nguyễn Văn An' }).click();
  await panel.getByRole('button', { name: 'Điền biểu mẫu' }).click();
  const plan = panel.getByRole('table', { name: 'Sẽ điền như sau' });
  await expect(plan).toContainText('Nguyễn Văn An');
  const skipped = panel.locator('ul.skipped');
  await expect(skipped.locator('li').filter({ hasText: 'Bỏ qua: thuộc phần Bên A (bên chuyển nhượng)' })).toHaveCount(
    4,
  );
  await expect(
    skipped.locator('li').filter({ hasText: 'Bỏ qua: thuộc phần Bên B (bên nhận chuyển nhượng)' }),
  ).toHaveCount(4);
  await expect(skipped).toContainText('Bỏ qua: thuộc phần Người làm chứng (nếu có)');
  await expect(skipped).toContainText('Bỏ qua: không rõ ô này của ai (phần “Nội dung yêu cầu” không nói là của ai)');
  await panel.locator('#person-partyA').selectOption({ label: 'Trần Thị Mai' });
  await expect(plan.getByRole('row', { name: /Họ và tên/ }).filter({ hasText: 'Trần Thị Mai' })).toContainText(
    'hồ sơ của Bên A',
  );
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await panel.getByRole('button', { name: 'Xác nhận điền' }).click();
  await expect(panel.getByRole('status')).toContainText('Đã điền');
  const ids = ['#nycTen', '#nycId', '#aTen', '#aId', '#bTen', '#lcTen', '#ndDt'];
  const values = () => Promise.all(ids.map((id) => portal.locator(id).inputValue()));
  expect(await values()).toEqual(['Nguyễn Văn An', '049090001234', 'Trần Thị Mai', '048192001111', '', '', '']);
  await panel.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(panel.getByRole('status')).toHaveText('Đã hoàn tác.');
  expect((await values()).every((v) => v === '')).toBe(true);
  await panel.close();
  await portal.close();
});
