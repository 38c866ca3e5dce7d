// A citizen prints a procedure from the demo ward site: the checklist, time, fee and where to file fit on
// one A4 page for common procedures (khai sinh ran to three), without the rest of the host page.
import { expect, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.close();
});

/** Pages of a PDF that Chromium wrote: one page object ("/Type /Page", not "/Pages") each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

for (const [code, name] of [
  ['1.001193', 'Đăng ký khai sinh'],
  ['1.000894', 'Đăng ký kết hôn'],
  ['1.004194', 'Đăng ký tạm trú'],
] as const) {
  test(`${name} prints on one A4 page, its checklist and facts kept and its steps left out`, async ({ page }) => {
    await page.goto(`${stack.siteUrl}/thu-tuc#thu-tuc=${code}`);
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Thành phần hồ sơ' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // What the printed page keeps, and what it leaves out.
    await expect(page.getByRole('heading', { level: 4, name: 'Giấy tờ nộp' })).toBeVisible();
    await expect(page.getByText('Mã thủ tục', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Trình tự thực hiện' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 3, name: 'Căn cứ pháp lý' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBe(1);

    // Closed, the page prints as the site made it again.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Quay lại tìm kiếm' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' })).toBeVisible();
  });
}
