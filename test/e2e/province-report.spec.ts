// The province account in the admin pages and the printable publicity report in Debian's Chromium: the
// wards' ranking sorts from the keyboard and is axe-clean; the report page draws its Chart.js charts,
// is axe-clean, and its print layout fits A4 (no overflow sideways, a few A4 pages as page.pdf makes them).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack({ demoData: 'lived-in' });
});
test.afterAll(async () => {
  await stack.close();
});

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes[0]?.target}`,
  );

async function signInAsProvince(page: Page) {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.province.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.province.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Thành phố Đà Nẵng');
}

test('the province account ranks its wards, sorting from the keyboard, axe-clean', async ({ page }) => {
  await signInAsProvince(page);
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'UBND phường Bàn Thạch' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'UBND phường Tam Kỳ' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const heading = page.getByRole('columnheader', { name: 'Xã, phường' });
  await page.getByRole('button', { name: 'Xã, phường' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveAttribute('aria-sort', 'ascending');
  const names = () => table.locator('tbody th[scope="row"]').allTextContents();
  const az = await names();
  expect(az).toEqual([...az].sort((a, b) => a.localeCompare(b, 'vi')));
  await page.keyboard.press('Enter');
  await expect(heading).toHaveAttribute('aria-sort', 'descending');
  expect(await names()).toEqual([...az].reverse());
  await expect(page.getByRole('status').filter({ hasText: 'Đã sắp xếp theo Xã, phường, giảm dần' })).toBeVisible();

  // English on request, the figures the same.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('columnheader', { name: 'Satisfaction rate' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the printable report draws its charts, is axe-clean and fits A4 pages', async ({ page }) => {
  await signInAsProvince(page);
  const now = new Date();
  const quarter = Math.ceil((now.getMonth() + 1) / 3);
  await page.goto(
    `${stack.collectorUrl}/api/v1/admin/units/tam-ky/publicity?period=quarter&year=${now.getFullYear()}&index=${quarter}&format=html`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Báo cáo kết quả công tác tuyên truyền cải cách hành chính',
  );
  await expect(page.getByText('UBND PHƯỜNG TAM KỲ')).toBeVisible();
  await expect(page.getByText('CHỦ TỊCH')).toBeVisible();
  for (const id of ['chart-trend', 'chart-reach']) {
    // Drawn: the canvas holds painted pixels, not a blank bitmap.
    const painted = await page.locator(`#${id}`).evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    });
    expect(painted, id).toBeGreaterThan(500);
  }
  expect(await axeViolations(page)).toEqual([]);

  // A4 is 210 mm wide; less the page margins (20 + 15 mm) the sheet has 175 mm (661 px): nothing may overflow it.
  await page.setViewportSize({ width: 661, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(() => {
    const sheet = document.querySelector('.sheet') as HTMLElement;
    return [...sheet.querySelectorAll('table, figure, .heading, .signatures')].filter(
      (el) => el.scrollWidth > sheet.clientWidth + 1,
    ).length;
  });
  expect(overflow).toBe(0);
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
  const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  // A4 in PDF points: 595 × 842.
  expect(Math.round(Number(mediaBox?.[1]))).toBe(595);
  expect(Math.round(Number(mediaBox?.[2]))).toBe(842);
});
