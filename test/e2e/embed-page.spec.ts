// The "Nhúng tiện ích" page: a webmaster picks widgets, unit, colour and language, sees them live and
// copies a snippet whose script tag carries the SRI hash from the CDN manifest, all under the strict CSP.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

test('a webmaster builds a snippet with SRI, sees the live preview and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${stack.siteUrl}/nhung-tien-ich`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nhúng tiện ích vào trang web của xã, phường');
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'packages', 'widgets', 'dist', 'cdn', 'manifest.json'), 'utf8'),
  );

  const search = page.getByRole('checkbox', { name: 'Tra cứu thủ tục hành chính' });
  await expect(search).toBeChecked();
  const rating = page.getByRole('checkbox', { name: 'Đánh giá mức độ hài lòng (nhanh)' });
  await rating.check();
  await page.getByLabel('Mã đơn vị').fill('demo');
  await page.getByLabel('Ngôn ngữ hiển thị').selectOption('en');
  await page.getByLabel('Màu chính (nút, tiêu điểm)').fill('#005a9c');

  const snippet = await page.getByLabel('Đoạn mã HTML').inputValue();
  expect(snippet).toContain(`integrity="${manifest.autoloader.integrity}"`);
  expect(snippet).toContain(`/cdn/${manifest.version}/${manifest.autoloader.file}"`);
  expect(snippet).toContain(
    `<motcua-procedure-search unit="demo" endpoint="${stack.collectorUrl}" lang="en"></motcua-procedure-search>`,
  );
  expect(snippet).toContain('<motcua-satisfaction-rating unit="demo"');
  await expect(page.getByLabel('Đoạn mã màu sắc (CSS)')).toHaveValue(/--motcua-color-primary: #005a9c;/);

  // The preview holds the real widgets, in English, with the chosen colour.
  const preview = page.locator('#preview');
  await expect(preview.locator('motcua-satisfaction-rating')).toHaveAttribute('lang', 'en');
  await page.waitForFunction(() => !!customElements.get('motcua-satisfaction-rating'));
  const colour = await preview
    .locator('motcua-satisfaction-rating')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--motcua-color-primary').trim());
  expect(colour).toBe('#005a9c');

  // A bad unit code is explained next to the field and nothing typed is lost.
  await page.getByLabel('Mã đơn vị').fill('bàn thạch');
  await expect(page.locator('#unit-error')).toHaveText('Mã đơn vị chỉ gồm chữ không dấu, số và dấu gạch ngang.');
  await expect(page.getByLabel('Mã đơn vị')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Mã đơn vị')).toHaveValue('bàn thạch');
  await page.getByLabel('Mã đơn vị').fill('demo');
  await expect(page.locator('#unit-error')).toBeHidden();

  await page.getByRole('button', { name: 'Chép đoạn mã HTML' }).click();
  await expect(page.locator('#status')).toHaveText('Đã chép đoạn mã HTML. Hãy dán vào trang web của bạn.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('unit="demo"');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
