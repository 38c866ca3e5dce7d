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

test('the home page greets citizens of phường Bàn Thạch in Vietnamese', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const response = await page.goto(`${stack.siteUrl}/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page).toHaveTitle(/Ủy ban nhân dân phường Bàn Thạch/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Phường Bàn Thạch');
  await expect(
    page.getByRole('navigation', { name: 'Trình đơn chính' }).getByRole('link', { name: 'Trang chủ' }),
  ).toHaveAttribute('aria-current', 'page');
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).toBe(text.normalize('NFC'));
  expect(text).toContain('Bộ phận Một cửa');
  expect(errors).toEqual([]);
});

test('the home page has no accessibility violations', async ({ page }) => {
  await page.goto(`${stack.siteUrl}/`);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the skip link moves keyboard users to the main content', async ({ page }) => {
  await page.goto(`${stack.siteUrl}/`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});

test('unknown pages answer 404 in Vietnamese and paths cannot escape the site folder', async ({ request }) => {
  const missing = await request.get(`${stack.siteUrl}/khong-co-trang-nay`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Không tìm thấy trang');
  const outside = await request.get(`${stack.siteUrl}/..%2f..%2fpackage.json`);
  expect(outside.status()).toBe(404);
});
