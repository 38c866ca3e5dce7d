// Help where people live on the demo site against the real collector (PGlite): a citizen, by keyboard
// only, sorts the ward's support points nearest first (the browser's location, never sent) and keeps only
// those open now; asks for a home visit while offline and gets a receipt once back online; staff assign a
// team, schedule the visit and close it; the citizen follows it up in the widget by receipt code and
// phone and reads each step. No map tile is ever requested (the demo ward set no tile server).
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

/** Presses Tab until the focused element (inside shadow roots too) matches, as a keyboard user moves. */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    // The focused element's text, or its label's when it sits inside one (a checkbox).
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return (el?.closest('label') ?? el)?.textContent?.trim() ?? '';
    });
    if (focused.startsWith(label)) return;
  }
  throw new Error(`could not reach "${label}" with Tab`);
}

test('a citizen finds the nearest point open now by keyboard, asks for a home visit offline, and staff see it through', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['geolocation'], { origin: stack.siteUrl });
  // Standing next to the cultural house of Tổ dân phố 3.
  await context.setGeolocation({ latitude: 15.5763, longitude: 108.4755 });
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto(`${stack.siteUrl}/ho-tro`);
  const widget = page.locator('motcua-support-points');
  await expect(widget.getByRole('heading', { name: 'Bộ phận một cửa phường Bàn Thạch' })).toBeVisible();
  expect(await axe(page)).toEqual([]);

  await tabTo(page, 'Xếp nơi gần tôi lên trước');
  await page.keyboard.press('Enter');
  await expect(widget.getByText('Đã xếp theo khoảng cách từ vị trí của bạn.')).toBeVisible();
  const names = widget.locator('.points h3');
  await expect(names.first()).toHaveText('Điểm hỗ trợ 24h Tổ dân phố 3');
  await expect(widget.locator('.points li').first()).toContainText(/Cách khoảng 0,\d+ km/);
  // The location never leaves the browser.
  expect(sent.join('\n')).not.toContain('15.576');

  await tabTo(page, 'Chỉ hiện nơi đang mở cửa');
  await page.keyboard.press('Space');
  // The market's point is open day and night, so at least one remains, and every one shown is open now.
  const statuses = widget.locator('.points .status');
  await expect(statuses.first()).toHaveText(/^Đang mở · /);
  for (const text of await statuses.allTextContents()) expect(text).toMatch(/^Đang mở · (đóng cửa lúc|mở cả ngày đêm)/);
  await expect(widget.getByRole('heading', { name: 'Điểm hỗ trợ 24h Chợ Tân Thạnh' })).toBeVisible();
  await expect(widget.getByRole('link', { name: 'Gọi 0905123410' })).toHaveAttribute('href', 'tel:0905123410');
  expect(await axe(page)).toEqual([]);

  // The connection drops; the citizen asks for a home visit.
  await context.route(`${stack.collectorUrl}/**`, (route) => route.abort('internetdisconnected'));
  await widget.getByLabel('Họ và tên *').fill('Trần Thị Bình');
  await widget.getByLabel('Số điện thoại *').fill('0905 111 222');
  await widget.getByLabel('Địa chỉ nơi cần hỗ trợ *').fill('12 kiệt 5 Phan Bội Châu, Tổ dân phố 3');
  await widget.getByLabel('Việc cần hỗ trợ *').selectOption('kich-hoat-vneid');
  await widget.getByLabel('Thời gian thuận tiện *').fill('Tối thứ Bảy, sau 19 giờ');
  await widget.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  await widget.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(widget.getByRole('heading', { name: 'Đăng ký đang chờ gửi' })).toBeVisible();

  // Back online: the outbox sends it once, and the receipt shows.
  await context.unroute(`${stack.collectorUrl}/**`);
  await context.setOffline(true);
  await context.setOffline(false);
  const receipt = widget.locator('.receipt');
  await expect(receipt).toHaveText(/^HT-[2-9A-Z]{6}$/, { timeout: 30_000 });
  const code = (await receipt.textContent()) ?? '';
  expect(await axe(page)).toEqual([]);

  // Staff take it through: assign the neighbourhood's team, schedule it, close it.
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const admin = `${stack.collectorUrl}/api/v1/admin/units/demo`;
  const visits = (await (await request.get(`${admin}/home-visits`)).json()) as {
    visits: { id: string; receiptCode: string; status: string }[];
  };
  expect(visits.visits.map((v) => v.receiptCode)).toEqual([code]);
  const id = visits.visits[0]?.id;
  const points = (await (await request.get(`${stack.collectorUrl}/api/v1/units/demo/support-points`)).json()) as {
    points: { id: string; name: string }[];
  };
  const team = points.points.find((p) => p.name === 'Tổ công nghệ số cộng đồng khu phố 1')?.id;
  const step = (data: unknown) => request.post(`${admin}/home-visits/${id}`, { headers, data });
  expect((await step({ status: 'da-phan-cong', team })).status()).toBe(200);
  const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
  expect((await step({ status: 'da-hen', scheduledAt: at })).status()).toBe(200);
  const day = new Date(Date.parse(at) + 7 * 3600_000).toISOString().slice(0, 10);
  const list = await (await request.get(`${admin}/support-points/${team}/visits?date=${day}`)).json();
  expect(list.visits.map((v: { id: string }) => v.id)).toEqual([id]);
  expect((await step({ status: 'da-xong', note: 'Đã kích hoạt VNeID mức 2.' })).status()).toBe(200);

  const followUp = await request.get(`${stack.collectorUrl}/api/v1/home-visits/${code}?phone=0905111222`);
  const body = (await followUp.json()) as { status: string; history: { status: string }[]; note: string };
  expect(body.status).toBe('da-xong');
  expect(body.history.map((h) => h.status)).toEqual(['moi', 'da-phan-cong', 'da-hen', 'da-xong']);
  expect(body.note).toBe('Đã kích hoạt VNeID mức 2.');

  // The citizen follows it up in the widget, by keyboard, from the receipt still on screen.
  await tabTo(page, 'Tra cứu yêu cầu');
  await page.keyboard.press('Enter');
  // By role: until the follow-up's part has loaded, the receipt (labelled "Mã tiếp nhận: …") is still on screen.
  await expect(widget.getByRole('textbox', { name: 'Mã tiếp nhận' })).toHaveValue(code);
  await expect(widget.getByRole('textbox', { name: 'Số điện thoại', exact: true })).toHaveValue('0905111222');
  await widget.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  const result = widget.locator('section.result');
  await expect(result.locator('[data-status]')).toHaveText('Đã hỗ trợ xong.');
  await expect(result).toContainText('Tổ công nghệ số cộng đồng khu phố 1');
  await expect(result.locator('.note')).toHaveText('Đã kích hoạt VNeID mức 2.');
  await expect(result.locator('li')).toHaveCount(4);
  expect(await axe(page)).toEqual([]);
  // Everything the page asked for came from the ward's site or its collector: no map tiles, nothing else.
  const hosts = new Set(sent.filter((s) => s.startsWith('http')).map((s) => new URL(s.split(' ')[0] ?? '').origin));
  expect([...hosts].sort()).toEqual([stack.collectorUrl, stack.siteUrl].sort());
});

test('the list reads offline from the last visit', async ({ page, context }) => {
  await page.goto(`${stack.siteUrl}/ho-tro`);
  const widget = page.locator('motcua-support-points');
  await expect(widget.locator('.points li')).toHaveCount(6);
  await context.route(`${stack.collectorUrl}/**`, (route) => route.abort('internetdisconnected'));
  await page.reload();
  await expect(widget.getByText(/Mất kết nối. Đây là danh sách lưu lúc/)).toBeVisible();
  await expect(widget.locator('.points li')).toHaveCount(6);
});

test('staff take a request through on the admin page: assign a team, schedule, close, and see the team’s day', async ({
  page,
  request,
}) => {
  const asked = await request.post(`${stack.collectorUrl}/api/v1/units/demo/home-visits`, {
    headers: { Origin: stack.siteUrl },
    data: {
      id: crypto.randomUUID(),
      name: 'Lê Văn Cường',
      phone: '0905 333 444',
      address: '45 Nguyễn Du, Tổ dân phố 7',
      need: 'nop-truc-tuyen',
      preferredTime: 'Sáng Chủ nhật',
      consent: true,
    },
  });
  expect(asked.status()).toBe(201);
  const { receiptCode } = (await asked.json()) as { receiptCode: string };

  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Hỗ trợ tại nhà' }).click();
  const row = page.getByRole('row', { name: new RegExp(receiptCode) });
  await expect(row).toContainText('Mới tiếp nhận');
  await row.getByLabel('Tổ hỗ trợ').selectOption({ label: 'Tổ công nghệ số cộng đồng khu phố 2' });
  await row.getByRole('button', { name: 'Phân công' }).click();
  await expect(row).toContainText('Đã phân công');
  await row.getByLabel('Giờ hẹn').fill('2027-03-14T08:30');
  await row.getByRole('button', { name: 'Hẹn lịch' }).click();
  await expect(row).toContainText('Đã hẹn lịch');
  await expect(row).toContainText('08:30');

  await page.getByLabel('Tổ', { exact: true }).selectOption({ label: 'Tổ công nghệ số cộng đồng khu phố 2' });
  await page.getByLabel('Ngày').fill('2027-03-14');
  await page.getByRole('button', { name: 'Xem lịch' }).click();
  await expect(page.getByRole('cell', { name: /Lê Văn Cường/ })).toHaveCount(2);
  expect(await axe(page)).toEqual([]);

  await row.getByLabel('Ghi chú').fill('Đã nộp hồ sơ trực tuyến cùng gia đình.');
  await row.getByRole('button', { name: 'Đã hỗ trợ xong' }).click();
  await expect(row).toContainText('Đã hỗ trợ xong');
  const followUp = await request.get(`${stack.collectorUrl}/api/v1/home-visits/${receiptCode}?phone=0905333444`);
  const body = (await followUp.json()) as { status: string; scheduledAt: string; team: { name: string } };
  expect(body.status).toBe('da-xong');
  expect(body.scheduledAt).toBe('2027-03-14T01:30:00.000Z');
  expect(body.team.name).toBe('Tổ công nghệ số cộng đồng khu phố 2');
});
