// The admin pages in both languages: Vietnamese by default, English from the header's switch, the
// choice kept across a reload and set as <html lang>, every view's text from the locale tables, and
// axe clean in each language.
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

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes[0]?.target}`,
  );

test('staff switch the admin to English and back, the choice is remembered, axe-clean in both', async ({ page }) => {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Phản ánh, kiến nghị' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toHaveAttribute('aria-pressed', 'true');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Feedback and petitions' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveTitle('motcua administration');
  expect(await axeViolations(page)).toEqual([]);

  // Another view, in English too: the counter devices, with their button.
  await page.getByRole('button', { name: 'Counter devices' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Counter rating devices' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Issue a device key' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Remembered: a reload opens in English.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Feedback and petitions' })).toBeVisible();

  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 2, name: 'Phản ánh, kiến nghị' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
  await expect(page).toHaveTitle('Quản trị motcua');
});

test('an error the API sends shows in the language in use', async ({ page }) => {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff sign-in' })).toBeVisible();
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Password').fill('wrong-password-123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The e-mail or password is not correct.');
  await expect(alert).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
});
