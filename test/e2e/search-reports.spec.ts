// What citizens could not find, end to end (issue 23): a query that finds nothing on the demo ward's
// "Thủ tục hành chính" page is reported when the citizen leaves the page, staff see it on the admin page
// "Tìm kiếm không thấy" and attach it to the procedure it meant, and the demo site's search then finds
// that procedure for the same query. A visitor with Global Privacy Control reports nothing.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.close();
});

/** Not a word of the catalogue, nor close to one: a query that finds nothing before staff act. */
const QUERY = 'karaoke';

async function search(page: Page, query: string) {
  await page.goto(`${stack.siteUrl}/thu-tuc`);
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toBeEnabled(); // the catalogue has loaded
  await page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }).fill(query);
}

async function staffPage(browser: Browser) {
  const staff = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await staff.goto(`${stack.collectorUrl}/admin/`);
  await staff.getByLabel('Email').fill(stack.admin.email);
  await staff.getByLabel('Mật khẩu').fill(stack.admin.password);
  await staff.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText('UBND phường Bàn Thạch');
  return staff;
}

/** The queries the collector counted this month, as the staff page reads them. */
const counted = (staff: Page) =>
  staff.evaluate(async () => {
    const r = await fetch('/api/v1/admin/units/demo/search-queries', { credentials: 'same-origin' });
    return ((await r.json()) as { queries: { query: string }[] }).queries.map((q) => q.query);
  });

test('a query that found nothing is reported, attached by staff, and then found on the site', async ({
  page,
  browser,
}) => {
  await search(page, QUERY);
  await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toBeVisible();
  // The citizen gives up: after the query settles they leave the page, which sends the report (a
  // keepalive request of the page being left, which Playwright does not list: the admin shows it).
  await page.waitForTimeout(2500);
  await page.goto(`${stack.siteUrl}/`);

  const staff = await staffPage(browser);
  await staff.getByRole('button', { name: 'Tìm kiếm không thấy' }).click();
  const row = staff.getByRole('row').filter({ has: staff.getByRole('rowheader', { name: QUERY }) });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').first()).toHaveText('1'); // found nothing once
  expect(
    (await new AxeBuilder({ page: staff }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map(
      (v) => `${v.id}: ${v.help}`,
    ),
  ).toEqual([]);
  await row.getByLabel(`Thủ tục cho “${QUERY}”`).selectOption({ label: 'Đăng ký thành lập hộ kinh doanh' });
  await row.getByRole('button', { name: 'Gắn vào thủ tục' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Đã gắn' })).toContainText(
    `Đã gắn “${QUERY}” vào thủ tục Đăng ký thành lập hộ kinh doanh`,
  );
  await expect(row.getByRole('cell').nth(2)).toHaveText('Đăng ký thành lập hộ kinh doanh');

  // The site's next search has the unit's keyword (the catalogue's ETag changed).
  await search(page, QUERY);
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toContainText(
    'Đăng ký thành lập hộ kinh doanh',
  );
  await staff.close();
});

test('a visitor with Global Privacy Control reports nothing, one without it does', async ({ browser }) => {
  const visit = async (query: string, gpc: boolean) => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    if (gpc)
      await context.addInitScript(() => Object.defineProperty(navigator, 'globalPrivacyControl', { value: true }));
    const page = await context.newPage();
    await search(page, query);
    await page.waitForTimeout(2500);
    await page.goto(`${stack.siteUrl}/`);
    await context.close();
  };
  await visit('giấy phép karaoke gia đình', true);
  await visit('giấy phép quán karaoke', false);
  const staff = await staffPage(browser);
  await expect.poll(() => counted(staff)).toContain('giấy phép quán karaoke');
  expect(await counted(staff)).not.toContain('giấy phép karaoke gia đình');
  await staff.close();
});

test("staff add the ward's own details to a procedure, and the site shows them beside the national text", async ({
  page,
  browser,
}) => {
  const staff = await staffPage(browser);
  await staff.getByRole('button', { name: 'Tìm kiếm không thấy' }).click();
  // Referrals (filed at the tax office or the court) are listed apart and not counted as the ward's own.
  await expect(
    staff.getByText(/^Danh mục: 337 thủ tục phường, xã tiếp nhận; 61 thủ tục chuyển nơi khác/),
  ).toBeVisible();
  const choose = staff.getByLabel('Thủ tục', { exact: true });
  await expect(
    choose.locator('optgroup[label="Chuyển nơi khác: phường không tiếp nhận (61)"] option').first(),
  ).toContainText('(nộp tại: ');
  await choose.selectOption({ label: 'Đăng ký khai sinh' });
  await staff.getByLabel('Nơi nộp hồ sơ').fill('Bộ phận một cửa, tầng 1, 12 Phan Bội Châu');
  await staff.getByLabel('Giờ tiếp nhận').fill('Thứ Hai đến thứ Sáu, 7 giờ 30 đến 17 giờ');
  await staff.getByRole('button', { name: 'Lưu thông tin riêng' }).click();
  await expect(staff.getByRole('status').filter({ hasText: 'Đã lưu' })).toContainText('Đăng ký khai sinh');
  await staff.close();

  await page.goto(`${stack.siteUrl}/thu-tuc#thu-tuc=1.001193`);
  const local = page.getByRole('region', { name: 'Thông tin riêng của phường, xã' });
  await expect(local).toContainText('Bộ phận một cửa, tầng 1, 12 Phan Bội Châu');
  await expect(local).toContainText('Thứ Hai đến thứ Sáu, 7 giờ 30 đến 17 giờ');
  await expect(page.getByRole('heading', { level: 3, name: 'Thành phần hồ sơ' })).toBeVisible();
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map((v) => v.id),
  ).toEqual([]);
});
