// The staff's side of help where people live, on the admin pages against the real collector (PGlite): a
// team's realistic day (nine visits, with the details citizens typed) prints alone on one A4 page; a
// point's hours are edited with several ranges a day, a range across midnight, a date with other hours
// and a holiday, previewed as citizens will read them, refused field by field when wrong, and read back
// by the public list; the ward's tile server is set and cleared.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
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

async function signIn(page: Page) {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Hỗ trợ tại nhà' }).click();
}

const PEOPLE = [
  ['Trần Thị Bình', '12 kiệt 5 Phan Bội Châu, Tổ dân phố 3', 'kich-hoat-vneid'],
  ['Lê Văn Cường', '45 Nguyễn Du, Tổ dân phố 7', 'nop-truc-tuyen'],
  ['Nguyễn Thị Hoa', '8 Lý Thường Kiệt, Tổ dân phố 2', 'thanh-toan-khong-tien-mat'],
  ['Phạm Văn Đức', '102 Hùng Vương, Tổ dân phố 5', 'thu-tuc'],
  ['Võ Thị Lan', '27 kiệt 14 Trần Cao Vân, Tổ dân phố 1', 'kich-hoat-vneid'],
  ['Huỳnh Văn Minh', '3 Nguyễn Thái Học, Tổ dân phố 4', 'nop-truc-tuyen'],
  ['Đặng Thị Nga', '66 Phan Châu Trinh, Tổ dân phố 6', 'kich-hoat-vneid'],
  ['Bùi Văn Phúc', '19 Lê Lợi, Tổ dân phố 8', 'thanh-toan-khong-tien-mat'],
  ['Hồ Thị Quyên', '5 kiệt 2 Bạch Đằng, Tổ dân phố 3', 'thu-tuc'],
] as const;

test('a team’s day of nine visits prints alone on one A4 page', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const admin = `${stack.collectorUrl}/api/v1/admin/units/demo`;
  const points = (await (await request.get(`${admin}/support-points`)).json()) as {
    points: { id: string; name: string }[];
  };
  const team = points.points.find((p) => p.name === 'Tổ công nghệ số cộng đồng khu phố 1')?.id;
  for (const [i, [name, address, need]] of PEOPLE.entries()) {
    const asked = await request.post(`${stack.collectorUrl}/api/v1/units/demo/home-visits`, {
      headers: { Origin: stack.siteUrl },
      data: {
        id: crypto.randomUUID(),
        name,
        phone: `090511${String(1000 + i)}`,
        address,
        need,
        details:
          'Bà cụ sống một mình, mắt kém, con cháu ở xa; cần hướng dẫn từng bước và cài ứng dụng trên điện thoại của bà.',
        preferredTime: 'Sáng thứ Bảy',
        consent: true,
      },
    });
    expect(asked.status()).toBe(201);
    const { id } = (await asked.json()) as { id: string };
    const step = (data: unknown) => request.post(`${admin}/home-visits/${id}`, { headers, data });
    expect((await step({ status: 'da-phan-cong', team })).status()).toBe(200);
    // 07:30, 08:15, … in Vietnam time on 14 March 2027.
    const at = new Date(Date.parse('2027-03-14T00:30:00Z') + i * 45 * 60_000).toISOString();
    expect((await step({ status: 'da-hen', scheduledAt: at })).status()).toBe(200);
  }

  await signIn(page);
  await page.getByLabel('Tổ', { exact: true }).selectOption({ label: 'Tổ công nghệ số cộng đồng khu phố 1' });
  await page.getByLabel('Ngày', { exact: true }).fill('2027-03-14');
  await page.getByRole('button', { name: 'Xem lịch' }).click();
  const sheet = page.locator('.print-sheet');
  await expect(sheet.locator('tbody tr')).toHaveCount(9);
  await expect(sheet.getByRole('heading')).toHaveText('Tổ công nghệ số cộng đồng khu phố 1 · 2027-03-14');
  await expect(sheet.locator('tbody tr').first().locator('td').first()).toHaveText('07:30');

  await page.emulateMedia({ media: 'print' });
  // On paper only the day's sheet shows: no header, navigation, requests table or forms.
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Xem lịch' })).toBeHidden();
  await expect(page.getByRole('heading', { name: /Đăng ký hỗ trợ tại nhà/ })).toBeHidden();
  await expect(sheet).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
  const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
  expect([Math.round(Number(mediaBox?.[1])), Math.round(Number(mediaBox?.[2]))]).toEqual([595, 842]);
});

test('staff edit a point’s hours with exceptions, see the preview, and citizens read them', async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Sửa giờ: Điểm hỗ trợ 24h Tổ dân phố 3' }).click();
  const editor = page.locator('motcua-admin-hours');
  await expect(editor.getByRole('heading', { name: 'Giờ mở cửa: Điểm hỗ trợ 24h Tổ dân phố 3' })).toBeVisible();
  // A second range on Saturdays, across midnight: 22:00 → 02:00.
  await editor.getByRole('button', { name: 'Thêm khoảng giờ' }).click();
  const second = editor.locator('fieldset.panel').first().locator('.row').nth(1);
  for (const day of ['T2', 'T3', 'T4', 'T5', 'T6']) await second.getByLabel(day, { exact: true }).uncheck();
  await second.getByLabel('T7', { exact: true }).check();
  await second.getByLabel('Mở cửa').fill('22:00');
  await second.getByLabel('Đóng cửa').fill('02:00');
  // Preview on a Saturday at 23:00 and on the Sunday at 01:00 (Vietnam time): open across midnight.
  const preview = editor.locator('.preview');
  await editor.getByLabel('Xem thử vào lúc').fill('2027-03-13T23:00');
  await expect(preview).toHaveText('Đang mở · đóng cửa lúc 02:00 ngày mai');
  await editor.getByLabel('Xem thử vào lúc').fill('2027-03-14T01:00');
  await expect(preview).toHaveText('Đang mở · đóng cửa lúc 02:00');
  // A holiday, and a date with other hours.
  await editor.getByRole('button', { name: 'Thêm ngày lễ' }).click();
  await editor.locator('#h-holidays-0').fill('2027-04-30');
  await editor.getByLabel('Xem thử vào lúc').fill('2027-04-30T19:00');
  await expect(preview).toHaveText(/^Nghỉ lễ · mở lại lúc 18:00/);
  await editor.getByRole('button', { name: 'Thêm ngày có giờ riêng' }).click();
  await editor.locator('#h-exceptions-0-date').fill('2027-05-02');
  await editor.getByLabel('Nghỉ cả ngày').uncheck();
  await editor.locator('#h-exceptions-0-hours').fill('07:30-11:30, 18:00-23:00');
  await editor.getByLabel('Xem thử vào lúc').fill('2027-05-02T22:00');
  await expect(preview).toHaveText('Đang mở · đóng cửa lúc 23:00');
  expect(await axe(page)).toEqual([]);

  // A time the schema refuses: named in the summary, linked to its field, nothing saved.
  await editor.locator('#h-exceptions-0-hours').fill('07:30-11:30, 18h-23:00');
  await editor.getByRole('button', { name: 'Lưu giờ mở cửa' }).click();
  const summary = editor.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Giờ mở cửa chưa hợp lệ; chưa lưu.');
  await expect(summary).toContainText('Giờ cần có dạng 07:30.');
  await editor.locator('#h-exceptions-0-hours').fill('07:30-11:30, 18:00-23:00');
  await editor.getByRole('button', { name: 'Lưu giờ mở cửa' }).click();
  await expect(editor.getByText('Đã lưu giờ mở cửa của Điểm hỗ trợ 24h Tổ dân phố 3.')).toBeVisible();

  const list = (await (await request.get(`${stack.collectorUrl}/api/v1/units/demo/support-points`)).json()) as {
    points: { name: string; hours: { weekly: unknown[]; exceptions?: unknown[]; holidays?: string[] } }[];
  };
  const hours = list.points.find((p) => p.name === 'Điểm hỗ trợ 24h Tổ dân phố 3')?.hours;
  expect(hours?.weekly).toContainEqual({ days: [6], open: '22:00', close: '02:00' });
  expect(hours?.holidays).toEqual(['2027-04-30']);
  expect(hours?.exceptions).toEqual([
    {
      date: '2027-05-02',
      hours: [
        { open: '07:30', close: '11:30' },
        { open: '18:00', close: '23:00' },
      ],
    },
  ]);
});

test('staff set the ward’s tile server and clear it', async ({ page, request }) => {
  await signIn(page);
  await page.getByLabel(/Địa chỉ máy chủ bản đồ/).fill('http://tiles.example/{z}/{x}/{y}.png');
  await page.getByLabel('Ghi công bản đồ').fill('© OpenStreetMap');
  await page.getByRole('button', { name: 'Lưu bản đồ' }).click();
  await expect(page.locator('motcua-admin-support .error-summary')).toContainText('https://');
  await page.getByLabel(/Địa chỉ máy chủ bản đồ/).fill('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  await page.getByRole('button', { name: 'Lưu bản đồ' }).click();
  await expect(page.getByText('Đã lưu máy chủ bản đồ.')).toBeVisible();
  const read = async () =>
    ((await (await request.get(`${stack.collectorUrl}/api/v1/units/demo/support-points`)).json()) as { map?: unknown })
      .map;
  expect(await read()).toEqual({
    tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: '© OpenStreetMap',
  });
  await page.getByLabel(/Địa chỉ máy chủ bản đồ/).fill('');
  await page.getByRole('button', { name: 'Lưu bản đồ' }).click();
  await expect(page.getByText('Đã bỏ bản đồ: tiện ích không tải bản đồ nào.')).toBeVisible();
  expect(await read()).toBeUndefined();
});
