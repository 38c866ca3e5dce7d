// The "Thủ tục hành chính" page of the demo ward site: a citizen finds and reads a procedure with the
// keyboard alone, under the site's strict CSP, and deep links and the back button work.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.close();
});

const axe = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();

test('a citizen finds "dkks" and opens Đăng ký khai sinh with the keyboard only', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(`${stack.siteUrl}/thu-tuc`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(
    page.getByRole('navigation', { name: 'Trình đơn chính' }).getByRole('link', { name: 'Thủ tục hành chính' }),
  ).toHaveAttribute('aria-current', 'page');
  const box = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
  await expect(box).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toBeEnabled(); // the catalogue has loaded

  // Skip link, then into the search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('dkks');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first();
  await expect(first).toContainText('Đăng ký khai sinh');
  await expect(page.getByRole('status').filter({ hasText: 'thủ tục phù hợp' })).toBeVisible();
  expect((await axe(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#thu-tuc=1\.001193$/);
  const heading = page.getByRole('heading', { level: 2, name: 'Đăng ký khai sinh' });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('heading', { level: 3, name: 'Thành phần hồ sơ' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Nộp trực tuyến/ })).toHaveAttribute(
    'href',
    /^https:\/\/dichvucong\.gov\.vn\//,
  );
  expect((await axe(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The browser's back button returns to the results, focus in the search box.
  await page.goBack();
  await expect(page).toHaveURL(/\/thu-tuc#noi-dung$/); // where the skip link had taken us
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('dkks');
  await expect(heading).toHaveCount(0);

  // Escape clears the query.
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  expect(errors).toEqual([]);
});

test('a deep link opens one procedure and the back button in the page returns to the search', async ({ page }) => {
  await page.goto(`${stack.siteUrl}/thu-tuc#thu-tuc=1.000894`);
  await expect(page.getByRole('heading', { level: 2, name: 'Đăng ký kết hôn' })).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại tìm kiếm' }).click();
  await expect(page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' })).toBeFocused();
  await expect(page).toHaveURL(/\/thu-tuc$/);
});

test('the page loads the compact index first and one procedure’s details on demand', async ({ page, request }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${stack.siteUrl}/thu-tuc`);
  const box = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toBeEnabled();
  // The ward's catalogue from the collector: the compact records first, one full record when opened.
  expect(requests).toContain('/api/v1/units/demo/procedures');
  expect(requests).not.toContain('/data/procedures.json');
  await box.fill('xac nhan doc than');
  await box.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Cấp Giấy xác nhận tình trạng hôn nhân' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Trình tự thực hiện' })).toBeVisible();
  expect(requests).toContain('/api/v1/units/demo/procedures/1.004873');
  const missing = await request.get(`${stack.siteUrl}/data/procedures/9.999999.json`);
  expect(missing.status()).toBe(404);
});

test('the catalogue is served as data beside the page', async ({ request }) => {
  const r = await request.get(`${stack.siteUrl}/data/procedures.json`);
  expect(r.status()).toBe(200);
  expect(r.headers()['content-type']).toContain('application/json');
  const data = (await r.json()) as { code: string }[];
  expect(data.length).toBeGreaterThan(300);
  expect(data.some((p) => p.code === '1.001193')).toBe(true);
});

test('the widget reads the ward’s catalogue from the collector', async ({ page }) => {
  test.skip(!stack.collectorUrl, 'no collector in this stack');
  await page.goto(`${stack.siteUrl}/thu-tuc`);
  await page.evaluate((endpoint) => {
    const el = document.createElement('motcua-procedure-search');
    el.setAttribute('endpoint', endpoint);
    el.setAttribute('unit', 'demo');
    el.setAttribute('lang', 'en');
    document.querySelector('main')!.append(el);
  }, stack.collectorUrl);
  const box = page.getByRole('combobox', { name: 'Find an administrative procedure' });
  await expect(page.getByRole('combobox', { name: 'Field' })).toBeVisible();
  await box.fill('marriage registration');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
    'Đăng ký kết hôn',
  );
  // The widget's own ETag revalidation needs the collector to send Access-Control-Expose-Headers: ETag
  // (cross-origin scripts cannot read it otherwise); until then the browser's HTTP cache revalidates.
});

test('a resident asking about the house registration fee is told it is filed at the tax office', async ({ page }) => {
  await page.goto(`${stack.siteUrl}/thu-tuc`);
  await expect(page.getByRole('combobox', { name: 'Lĩnh vực' })).toBeEnabled();
  const box = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
  await box.fill('lệ phí trước bạ nhà đất');
  const first = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first();
  await expect(first).toContainText('Không nộp tại UBND phường/xã — nộp tại: Thuế cơ sở');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/#thu-tuc=1\.007277$/);
  const where = page.getByRole('region', { name: 'Không nộp tại UBND phường/xã — nộp tại: Thuế cơ sở' });
  await expect(where.getByRole('link', { name: /Cổng Dịch vụ công quốc gia/ })).toHaveAttribute('rel', /noopener/);
  // Nothing that sends the resident to the ward's counter.
  await expect(page.getByRole('button', { name: 'In thủ tục' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  expect((await axe(page)).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
