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

async function postFeedback(content: string, subject = 'Góp ý') {
  const res = await fetch(`${stack.collectorUrl}/api/v1/units/demo/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id: crypto.randomUUID(),
      name: 'Trần Thị B',
      phone: '0987654321',
      subject,
      content,
      consent: true,
      startedAt: new Date(Date.now() - 60_000).toISOString(),
    }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; receiptCode: string };
}

async function signIn(page: Page) {
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('UBND phường Bàn Thạch');
}

test('a wrong password is refused with a clear Vietnamese message, and the sign-in page is accessible', async ({
  page,
}) => {
  await page.goto(`${stack.collectorUrl}/admin/`);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau-123');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Email hoặc mật khẩu không đúng');
});

test('stored XSS in feedback shows as text in the inbox and runs nothing', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Nội dung thử';
  const { receiptCode } = await postFeedback(payload, '<b onmouseover=alert(1)>Tiêu đề</b>');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page);
  await page.getByRole('button', { name: receiptCode }).click();
  const content = page.getByTestId('feedback-content');
  await expect(content).toHaveText(payload);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(
    await page.locator('motcua-admin-app').evaluate((el) => el.shadowRoot?.querySelectorAll('img[src="x"], b').length),
  ).toBe(0);
  expect(dialogs).toEqual([]);
});

test('staff answer a feedback in /admin and the citizen sees the answer by receipt code and phone', async ({
  page,
}) => {
  const { receiptCode } = await postFeedback('Đề nghị bổ sung ghế chờ tại bộ phận một cửa.', 'Ghế chờ');
  await signIn(page);
  await page.getByRole('button', { name: receiptCode }).click();
  await page.getByLabel('Chuyển trạng thái').selectOption('dang-xu-ly');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible();
  await page.getByLabel('Chuyển trạng thái').selectOption('da-tra-loi');
  await page.getByLabel('Trả lời công khai').fill('Phường đã bố trí thêm 10 ghế chờ từ ngày 20/11.');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: receiptCode }).getByRole('cell').last()).toHaveText(
    'Đã trả lời',
  );

  const res = await fetch(`${stack.collectorUrl}/api/v1/feedback/${receiptCode}?phone=+84987654321`);
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.status).toBe('da-tra-loi');
  expect(body.answer.text).toBe('Phường đã bố trí thêm 10 ghế chờ từ ngày 20/11.');
  expect(body.history.map((h: { status: string }) => h.status)).toEqual(['moi', 'dang-xu-ly', 'da-tra-loi']);
  const wrongPhone = await fetch(`${stack.collectorUrl}/api/v1/feedback/${receiptCode}?phone=0912000000`);
  expect(wrongPhone.status).toBe(404);
});

test('a campaign created in /admin is served to the demo unit and counted', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Chiến dịch tuyên truyền' }).click();
  await page.getByRole('button', { name: 'Thêm chiến dịch' }).click();
  await page.getByLabel('Tiêu đề').fill('Nộp hồ sơ trực tuyến, không cần đến phường');
  await page.getByLabel('Nội dung ngắn').fill('Dùng VNeID để nộp hồ sơ khai sinh, tạm trú… mọi lúc.');
  const now = new Date(Date.now() + 7 * 3600_000);
  const later = new Date(Date.now() + 7 * 3600_000 + 7 * 86400_000);
  await page.getByLabel('Bắt đầu').fill(new Date(now.getTime() - 3600_000).toISOString().slice(0, 16));
  await page.getByLabel('Kết thúc').fill(later.toISOString().slice(0, 16));
  await page.getByRole('button', { name: 'Lưu chiến dịch' }).click();
  await expect(page.getByRole('cell', { name: 'Nộp hồ sơ trực tuyến, không cần đến phường' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Đang hiển thị' })).toBeVisible();

  const list = await (await fetch(`${stack.collectorUrl}/api/v1/units/demo/campaigns?page=/`)).json();
  expect(list).toHaveLength(1);
  const day = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const events = await fetch(`${stack.collectorUrl}/api/v1/units/demo/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id: crypto.randomUUID(),
      events: [
        { type: 'impression', campaign: list[0].id, count: 4, day },
        { type: 'click', campaign: list[0].id, count: 1, day },
      ],
    }),
  });
  expect(events.status).toBe(202);
  await page.getByRole('button', { name: 'Phản ánh, kiến nghị' }).click();
  await page.getByRole('button', { name: 'Chiến dịch tuyên truyền' }).click();
  await expect(page.getByTestId('impressions')).toHaveText('4');
  await expect(page.getByTestId('clicks')).toHaveText('1');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
