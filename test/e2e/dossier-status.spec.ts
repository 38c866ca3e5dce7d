// Dossier status lookup on the demo site against the real collector (PGlite) and its seeded dossiers:
// found by code and phone digits and by the receipt slip's QR link, its timeline shown; wrong digits
// and an unknown code give one answer; once the result is handed back the rating is one tap away and
// is stored with the dossier's code, once; an export file and a pushed batch both update statuses.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.close();
});

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze()).violations.map((v) => v.id);

async function lookUp(page: Page, code: string, digits: string) {
  const widget = page.locator('motcua-dossier-status');
  await widget.getByLabel('Mã hồ sơ').fill(code);
  await widget.getByLabel('4 số cuối điện thoại').fill(digits);
  await widget.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  return widget;
}

test('finds a seeded dossier by code and digits, shows what to bring and its timeline; one answer for wrong input', async ({
  page,
}) => {
  await page.goto(`${stack.siteUrl}/tra-cuu-ho-so`);
  await expect(page.getByRole('heading', { name: 'Tra cứu hồ sơ thủ tục hành chính' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  let widget = await lookUp(page, 'H47.26-000120', '0000');
  const notFound = widget.getByRole('alert');
  await expect(notFound).toContainText('Không tìm thấy hồ sơ');
  const wrongDigits = await notFound.textContent();
  widget = await lookUp(page, 'H47.26-999999', '5678');
  await expect(notFound).toHaveText(wrongDigits ?? '');
  widget = await lookUp(page, 'h47.26-000120', '5678');
  await expect(widget.getByRole('heading', { name: 'Cần bổ sung giấy tờ' })).toBeFocused();
  await expect(widget.getByText('Bản sao giấy chứng nhận kết hôn của cha mẹ (nếu có).')).toBeVisible();
  await expect(widget.getByRole('listitem')).toHaveCount(2);
  expect(await axe(page)).toEqual([]);
});

test('the receipt slip’s QR opens the dossier; once handed back it is rated in one tap, stored with its code, once', async ({
  page,
  request,
}) => {
  await page.goto(`${stack.siteUrl}/giay-bien-nhan`);
  const qr = page.getByRole('img', { name: 'Mã QR tra cứu hồ sơ' });
  await expect(qr).toBeVisible();
  expect(await axe(page)).toEqual([]);
  // The QR encodes the lookup page with the code in its fragment: the link the phone opens.
  await page.goto(`${stack.siteUrl}/tra-cuu-ho-so#ho-so=H47.26-000123`);
  const widget = page.locator('motcua-dossier-status');
  await expect(widget.getByLabel('Mã hồ sơ')).toHaveValue('H47.26-000123');
  await expect(widget.getByLabel('4 số cuối điện thoại')).toBeFocused();
  await page.keyboard.type('5678');
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { name: 'Đã trả kết quả' })).toBeVisible();
  await expect(widget.getByRole('listitem')).toHaveText([/Mới tiếp nhận/, /Đã có kết quả, chờ nhận/, /Đã trả kết quả/]);
  expect(await axe(page)).toEqual([]);
  await widget.getByRole('button', { name: 'Hài lòng', exact: true }).click();
  await expect(widget.getByText('Cảm ơn ông/bà đã đánh giá!')).toBeVisible();

  const signIn = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  const { csrfToken } = await signIn.json();
  const dash = await request.get(
    `${stack.collectorUrl}/api/v1/admin/units/demo/dashboard?period=year&year=${new Date().getFullYear()}`,
  );
  const procedures = (await dash.json()).byProcedure as { key: string; total: number }[];
  expect(procedures.find((p) => p.key === '1.001193')?.total).toBe(1);
  // Looked up again, the dossier is rated and offers no second rating.
  await widget.getByRole('button', { name: 'Tra cứu hồ sơ khác' }).click();
  await lookUp(page, 'H47.26-000123', '5678');
  await expect(widget.getByText('Hồ sơ này đã được đánh giá. Cảm ơn ông/bà!')).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Hài lòng', exact: true })).toHaveCount(0);

  // Statuses arrive both ways, idempotently: an uploaded export, then a pushed batch.
  const headers = { 'X-CSRF-Token': csrfToken };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hồ sơ');
  ws.addRow(['Mã hồ sơ', 'Mã thủ tục', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái', 'Ghi chú', 'Số điện thoại']);
  ws.addRow(['H47.26-000119', '1.004227', '04/12/2026 08:00', '09/12/2026', 'Chờ trả kết quả', '', '0912345678']);
  const file = Buffer.from(await wb.xlsx.writeBuffer());
  const upload = () =>
    request.put(`${stack.collectorUrl}/api/v1/admin/units/demo/dossiers/import`, {
      headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      data: file,
    });
  expect(await (await upload()).json()).toEqual({ received: 1, created: 0, updated: 1, unchanged: 0 });
  expect(await (await upload()).json()).toEqual({ received: 1, created: 0, updated: 0, unchanged: 1 });
  const token = (
    await (await request.post(`${stack.collectorUrl}/api/v1/admin/units/demo/dossiers/token`, { headers })).json()
  ).token;
  const batch = {
    dossiers: [
      {
        code: 'H47.26-000119',
        procedure: '1.004227',
        receivedAt: '2026-12-04T08:00:00+07:00',
        dueDate: '2026-12-09',
        status: 'da-tra-ket-qua',
        phone: '0912345678',
      },
    ],
  };
  const push = () =>
    request.put(`${stack.collectorUrl}/api/v1/units/demo/dossiers`, {
      headers: { Authorization: `Bearer ${token}` },
      data: batch,
    });
  expect((await (await push()).json()).updated).toBe(1);
  expect((await (await push()).json()).unchanged).toBe(1);
  await widget.getByRole('button', { name: 'Tra cứu hồ sơ khác' }).click();
  await lookUp(page, 'H47.26-000119', '5678');
  await expect(widget.getByRole('heading', { name: 'Đã trả kết quả' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Rất hài lòng' })).toBeVisible();
});
