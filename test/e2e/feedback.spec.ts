// The feedback box (phản ánh, kiến nghị) on the demo site against the real collector (PGlite): a draft
// survives a reload, a submission made offline arrives exactly once when the link returns, staff answer
// it in /admin and the citizen reads the answer on the lookup page; bad input is refused with a message
// and the rest of the form is kept.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.close();
});

/** The widget's own form (the no-JavaScript fallback form stays in the light DOM, unrendered). */
const FORM = '[part="form"]';
const CONTENT = 'Đề nghị phường niêm yết rõ lệ phí chứng thực bản sao tại Bộ phận Một cửa.';

async function openForm(page: Page): Promise<Locator> {
  await page.goto(`${stack.siteUrl}/gop-y`);
  const box = page.locator('motcua-feedback-box');
  await expect(box.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' })).toBeVisible();
  return box;
}

/** Receipt codes of the feedback the collector holds for the demo unit, read as staff through its admin API. */
async function storedReceipts(request: APIRequestContext): Promise<string[]> {
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  expect(login.status()).toBe(200);
  const res = await request.get(`${stack.collectorUrl}/api/v1/admin/units/demo/feedback`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { receiptCode: string }[]).map((f) => f.receiptCode);
}

test('a draft survives a reload; sent offline, it arrives once when back online; the answer is found by receipt code', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  let box = await openForm(page);
  await box.locator(FORM).getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await box.locator(FORM).getByLabel('Số điện thoại').fill('+84 912 345 678');
  await box.locator(FORM).getByLabel('Tiêu đề').fill('Lệ phí chứng thực');
  await box.locator(FORM).getByLabel('Nội dung phản ánh').fill(CONTENT);
  await page.waitForTimeout(600); // the draft is saved 250 ms after the last keystroke
  await page.reload();
  box = page.locator('motcua-feedback-box');
  await expect(box.locator(FORM).getByLabel('Nội dung phản ánh')).toHaveValue(CONTENT);
  await expect(box.locator(FORM).getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(box.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Offline: the browser says so and the collector is unreachable.
  await context.setOffline(true);
  await context.route(`${stack.collectorUrl}/api/v1/units/demo/feedback`, (route) =>
    route.abort('internetdisconnected'),
  );
  await box.getByRole('checkbox', { name: /Tôi đồng ý cho Ủy ban/ }).check();
  await page.waitForTimeout(3100); // the collector refuses forms filled in under 3 seconds
  await box.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(box.getByRole('heading', { name: 'Phản ánh đang chờ gửi' })).toBeVisible();
  expect(await storedReceipts(request)).toEqual([]);

  // Back online, after a reload: the outbox sends it once and the receipt appears.
  await context.unroute(`${stack.collectorUrl}/api/v1/units/demo/feedback`);
  await context.setOffline(false);
  await page.reload();
  box = page.locator('motcua-feedback-box');
  const receipt = box.locator('.receipt');
  await expect(receipt).toHaveText(/^PA-[0-9A-HJKMNP-TV-Z]{6}$/, { timeout: 30_000 });
  const receiptCode = (await receipt.textContent()) ?? '';
  // Exactly one submission arrived (a re-send of the same client id is stored once), and it is this one.
  await page.waitForTimeout(500);
  expect(await storedReceipts(request)).toEqual([receiptCode]);

  // Staff answer it in /admin.
  const admin = await context.newPage();
  await admin.goto(`${stack.collectorUrl}/admin/`);
  await admin.getByLabel('Email').fill(stack.admin.email);
  await admin.getByLabel('Mật khẩu').fill(stack.admin.password);
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  await admin.getByRole('button', { name: receiptCode }).click();
  await admin.getByLabel('Chuyển trạng thái').selectOption('dang-xu-ly');
  await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  await admin.getByLabel('Chuyển trạng thái').selectOption('da-tra-loi');
  await admin.getByLabel('Trả lời công khai').fill('Phường đã niêm yết bảng lệ phí tại quầy số 2 từ ngày 20/11.');
  await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(admin.getByRole('row').filter({ hasText: receiptCode }).getByRole('cell').last()).toHaveText(
    'Đã trả lời',
  );
  await admin.close();

  // The citizen looks it up.
  await page.goto(`${stack.siteUrl}/tra-cuu-phan-anh`);
  const lookup = page.locator('motcua-feedback-box');
  await lookup.getByLabel('Mã tiếp nhận').fill(receiptCode);
  await lookup.getByLabel('Số điện thoại').fill('0912345678');
  await lookup.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(lookup.locator('[data-status]')).toHaveText('Đã trả lời');
  await expect(lookup.locator('ol li')).toHaveCount(3);
  await expect(lookup.locator('.answer')).toHaveText('Phường đã niêm yết bảng lệ phí tại quầy số 2 từ ngày 20/11.');
  const axe2 = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe2.violations.map((v) => v.id)).toEqual([]);
  await lookup.getByLabel('Số điện thoại').fill('0987000000');
  await lookup.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(lookup.getByRole('alert')).toContainText('Không tìm thấy');
});

test('bad input gets a clear message and keeps the rest of the form', async ({ page, request }) => {
  test.setTimeout(90_000);
  const box = await openForm(page);
  await box.locator(FORM).getByLabel('Họ và tên').fill('Lê Thị ‏Hoa 👩‍🌾');
  await box.locator(FORM).getByLabel('Số điện thoại').fill('không-có-số');
  await box.locator(FORM).getByLabel('Nội dung phản ánh').fill('Ý kiến 😀 '.repeat(10_000)); // 100 KB of text
  // A program renamed .jpg, and a 50 MB file that starts like a JPEG.
  const dir = mkdtempSync(join(tmpdir(), 'motcua-feedback-'));
  writeFileSync(join(dir, 'anh.jpg'), Buffer.from('MZ\x90\x00\x03\x00\x00\x00 This program cannot be run in DOS mode'));
  writeFileSync(
    join(dir, 'video.jpg'),
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(50 * 1024 * 1024)]),
  );
  await box
    .locator(FORM)
    .getByLabel('Ảnh hoặc tệp PDF')
    .setInputFiles([join(dir, 'anh.jpg'), join(dir, 'video.jpg')]);
  rmSync(dir, { recursive: true, force: true });
  const fileError = box.locator('#f-attachments-error');
  await expect(fileError).toContainText('anh.jpg');
  await expect(fileError).toContainText('video.jpg');
  await box.getByRole('checkbox', { name: /Tôi đồng ý cho Ủy ban/ }).check();
  await box.getByRole('button', { name: 'Gửi phản ánh' }).click();
  const summary = box.getByRole('alert').filter({ hasText: 'Có lỗi' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link')).toHaveCount(3); // phone, content too long, attachments
  await expect(box.locator(FORM).getByLabel('Số điện thoại')).toHaveAttribute('aria-invalid', 'true');
  await expect(box.locator(FORM).getByLabel('Họ và tên')).toHaveValue('Lê Thị ‏Hoa 👩‍🌾');
  await expect(box.locator(FORM).getByLabel('Số điện thoại')).toHaveValue('không-có-số');
  expect((await box.locator(FORM).getByLabel('Nội dung phản ánh').inputValue()).length).toBe(
    'Ý kiến 😀 '.length * 10_000,
  );
  expect(await storedReceipts(request)).toEqual([]);
});

test('without JavaScript, the plain form inside the tag posts to the collector and shows a receipt page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${stack.siteUrl}/gop-y`);
  await page.getByLabel('Họ và tên').fill('Phạm Văn Bình');
  await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0283 812 3456');
  await page.getByLabel('Nội dung phản ánh, kiến nghị').fill('Đề nghị mở thêm quầy tiếp nhận vào sáng thứ Bảy.');
  await page.getByRole('checkbox', { name: /Tôi đồng ý cho phường/ }).check();
  await page.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đã gửi phản ánh');
  const code = (await page.locator('strong').textContent()) ?? '';
  expect(code).toMatch(/^PA-[0-9A-HJKMNP-TV-Z]{6}$/);
  // axe needs scripts: check the same receipt page in a context that runs them.
  const checking = await browser.newContext();
  const checker = await checking.newPage();
  await checker.goto(page.url());
  await expect(checker.getByRole('heading', { level: 1 })).toHaveText('Đã gửi phản ánh');
  const axe = await new AxeBuilder({ page: checker }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await checking.close();
  const res = await fetch(`${stack.collectorUrl}/api/v1/feedback/${code}?phone=02838123456`);
  expect(res.status).toBe(200);
  await context.close();
});
