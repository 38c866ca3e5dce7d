// A campaign scheduled by ward staff in /admin appears in the demo site's banner, and the banner's
// impressions and clicks come back into /admin's campaign table.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.close();
});

async function signIn(page: Page) {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Chiến dịch tuyên truyền' }).click();
}

/** datetime-local text in Vietnam time, as the editor expects. */
const vnLocal = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 16);

const TITLE = 'Thanh toán lệ phí không dùng tiền mặt tại Bộ phận Một cửa';

test('a campaign created in /admin shows on the demo site, and its impressions and clicks show in /admin', async ({
  browser,
}) => {
  const staffContext = await browser.newContext();
  const citizenContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff);
  await staff.getByRole('button', { name: 'Thêm chiến dịch' }).click();
  await staff.getByLabel('Tiêu đề').fill(TITLE);
  await staff.getByLabel('Nội dung ngắn').fill('Quét mã QR của phường bằng ứng dụng ngân hàng, không cần tiền mặt.');
  await staff.getByLabel('Liên kết (https://… hoặc /đường-dẫn)').fill('/thu-tuc');
  await staff.getByLabel('Chữ trên nút').fill('Xem thủ tục');
  await staff.getByLabel('Bắt đầu').fill(vnLocal(Date.now() - 3600_000));
  await staff.getByLabel('Kết thúc').fill(vnLocal(Date.now() + 7 * 86_400_000));
  await staff.getByRole('button', { name: 'Lưu chiến dịch' }).click();
  await expect(staff.getByRole('cell', { name: TITLE })).toBeVisible();

  // A citizen opens the ward's home page.
  const citizen = await citizenContext.newPage();
  const errors: string[] = [];
  citizen.on('pageerror', (e) => errors.push(e.message));
  const posted = citizen.waitForRequest((r) => r.url().endsWith('/api/v1/units/demo/events') && r.method() === 'POST');
  await citizen.goto(`${stack.siteUrl}/`);
  const region = citizen.getByRole('region', { name: 'Thông tin tuyên truyền' });
  await expect(region.getByRole('heading', { name: TITLE })).toBeVisible();
  const link = region.getByRole('link', { name: 'Xem thủ tục' });
  await expect(link).toHaveAttribute('href', '/thu-tuc');
  const axe = await new AxeBuilder({ page: citizen }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  // Seen for more than a second, the impression is counted and posted within a few seconds.
  const first = await posted;
  expect(first.postDataJSON().events).toEqual([expect.objectContaining({ type: 'impression', count: 1 })]);
  expect(first.headers().cookie).toBeUndefined();
  await link.click();
  await expect(citizen).toHaveURL(/\/thu-tuc$/);
  // Should the click's keep-alive post have been cut off, the next page view with the banner resends it.
  await citizen.goto(`${stack.siteUrl}/`);
  await expect(region.getByRole('heading', { name: TITLE })).toBeVisible();
  expect(errors).toEqual([]);

  await expect(async () => {
    await staff.getByRole('button', { name: 'Phản ánh, kiến nghị' }).click();
    await staff.getByRole('button', { name: 'Chiến dịch tuyên truyền' }).click();
    const row = staff.getByRole('row').filter({ hasText: TITLE });
    await expect(row.getByTestId('clicks')).toHaveText('1', { timeout: 1000 });
    expect(Number(await row.getByTestId('impressions').textContent())).toBeGreaterThanOrEqual(1);
  }).toPass({ timeout: 20_000 });
  await citizenContext.close();
  await staffContext.close();
});
