// Every widget that sends can queue from the moment it is on screen (issue 18): on the demo site's CDN
// build against the real collector (PGlite), the network is cut right after the widget first renders,
// before any interaction; the citizen sends, sees it queued, and once the network is back it reaches
// the collector exactly once. A part loaded on demand that the sending path needed would fail here:
// nothing but the page's first load comes through. Widgets whose form needs the collector first (the
// dossier's rating after its lookup, the contest's attempt after registering) lose the network once
// that form is on screen.
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.close();
});

/** The browser goes offline and every request fails as it does without a network. */
async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort('internetdisconnected'));
}

async function restoreNetwork(context: BrowserContext): Promise<void> {
  await context.unroute('**/*');
  await context.setOffline(false);
}

/**
 * Counts, per client id, the POSTs to paths ending in `suffix` that the collector answered with 2xx:
 * each submission must be accepted once, whatever the retries.
 */
function acceptedPosts(context: BrowserContext, suffix: RegExp): Map<string, number> {
  const accepted = new Map<string, number>();
  // Responses, not finished requests: Chromium reports no end for the banner's keep-alive posts.
  context.on('response', (res) => {
    const req = res.request();
    if (req.method() !== 'POST' || !suffix.test(new URL(req.url()).pathname) || res.status() >= 300) return;
    const id = (req.postDataJSON() as { id?: string }).id ?? new URL(req.url()).pathname;
    accepted.set(id, (accepted.get(id) ?? 0) + 1);
  });
  return accepted;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Ratings the collector holds for the demo unit around today, from its public summary. */
async function ratingsTotal(request: APIRequestContext): Promise<number> {
  const res = await request.get(
    `${stack.collectorUrl}/api/v1/units/demo/ratings/summary?from=${day(-2)}&to=${day(2)}&groupBy=month`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()).total;
}

/** Sends a rating that went out queued, brings the network back, and sees it counted once. */
async function queuedThenCounted(page: Page, request: APIRequestContext, before: number, tag: string) {
  const accepted = acceptedPosts(page.context(), /\/api\/v1\/units\/demo\/ratings$/);
  const widget = page.locator(tag);
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status').first()).toHaveText(/Đang chờ gửi \(sẽ tự gửi khi có mạng\)/);
  expect(await ratingsTotal(request)).toBe(before);
  await restoreNetwork(page.context());
  await expect.poll(() => ratingsTotal(request), { timeout: 30_000 }).toBe(before + 1);
  await page.waitForTimeout(1000);
  expect(await ratingsTotal(request)).toBe(before + 1);
  expect([...accepted.values()]).toEqual([1]);
}

test('the quick rating queues a rating made after the network went, and sends it once', async ({ page, request }) => {
  const before = await ratingsTotal(request);
  await page.goto(`${stack.siteUrl}/danh-gia`);
  const rating = page.locator('motcua-satisfaction-rating');
  await expect(rating.getByRole('radio', { name: 'Rất hài lòng' })).toBeVisible();
  await cutNetwork(page.context());
  await rating.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
  await queuedThenCounted(page, request, before, 'motcua-satisfaction-rating');
});

test('the full survey queues after the network went, and sends once', async ({ page, request }) => {
  const before = await ratingsTotal(request);
  await page.goto(`${stack.siteUrl}/danh-gia`);
  const survey = page.locator('motcua-satisfaction-survey');
  await expect(survey.getByRole('radio').first()).toBeVisible();
  await cutNetwork(page.context());
  // Wide screen: every question is on one page; the first option of each.
  const groups = survey.locator('fieldset');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').first().check();
  await queuedThenCounted(page, request, before, 'motcua-satisfaction-survey');
});

test('the counter kiosk queues a rating made after the network went, and sends it once', async ({ page, request }) => {
  await page.goto(`${stack.siteUrl}/kiosk`);
  const kiosk = page.locator('motcua-satisfaction-kiosk');
  await kiosk.getByLabel('Cán bộ phục vụ tại quầy').fill('Nguyễn Thị Lan');
  await kiosk.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
  await kiosk.getByLabel('Nhập lại mã PIN').fill('2468');
  await kiosk.getByRole('button', { name: 'Lưu cài đặt' }).click();
  const before = await ratingsTotal(request);
  // The next morning: the tablet opens the kiosk, and the network goes once it is on screen.
  await page.reload();
  await expect(kiosk.getByRole('radio', { name: 'Rất hài lòng' })).toBeVisible();
  await cutNetwork(page.context());
  await kiosk.getByRole('radio', { name: 'Rất hài lòng' }).check();
  await queuedThenCounted(page, request, before, 'motcua-satisfaction-kiosk');
});

test('the feedback box queues feedback written after the network went, and sends it once', async ({
  page,
  request,
}) => {
  const accepted = acceptedPosts(page.context(), /\/api\/v1\/units\/demo\/feedback$/);
  await page.goto(`${stack.siteUrl}/gop-y`);
  const box = page.locator('motcua-feedback-box');
  const form = box.locator('[part="form"]');
  await expect(box.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' })).toBeVisible();
  await cutNetwork(page.context());
  await form.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await form.getByLabel('Số điện thoại').fill('0912 345 678');
  await form.getByLabel('Nội dung phản ánh').fill('Đề nghị phường niêm yết rõ lệ phí chứng thực bản sao.');
  await box.getByRole('checkbox', { name: /Tôi đồng ý cho Ủy ban/ }).check();
  await page.waitForTimeout(3100); // the collector refuses forms filled in under 3 seconds
  await box.getByRole('button', { name: 'Gửi phản ánh' }).click();
  await expect(box.getByRole('heading', { name: 'Phản ánh đang chờ gửi' })).toBeVisible();
  await restoreNetwork(page.context());
  await expect(box.locator('.receipt')).toHaveText(/^PA-[0-9A-Z]{6}$/, { timeout: 30_000 });
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  expect(login.status()).toBe(200);
  const stored = await request.get(`${stack.collectorUrl}/api/v1/admin/units/demo/feedback`);
  const receipts = ((await stored.json()) as { receiptCode: string }[]).map((f) => f.receiptCode);
  expect(receipts).toContain(await box.locator('.receipt').textContent());
  expect([...accepted.values()]).toEqual([1]);
});

test('the dossier status rates a handed-back dossier after the network went, and sends the rating once', async ({
  page,
  request,
}) => {
  const ratedFor = async () => {
    const res = await request.get(
      `${stack.collectorUrl}/api/v1/admin/units/demo/dashboard?period=year&year=${new Date().getFullYear()}`,
    );
    expect(res.status()).toBe(200);
    const procedures = (await res.json()).byProcedure as { key: string; total: number }[];
    return procedures.find((p) => p.key === '1.001193')?.total ?? 0;
  };
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  expect(login.status()).toBe(200);
  const before = await ratedFor();
  const accepted = acceptedPosts(page.context(), /\/api\/v1\/units\/demo\/ratings$/);
  // The lookup needs the collector; the rating is on screen once the handed-back dossier is.
  await page.goto(`${stack.siteUrl}/tra-cuu-ho-so#ho-so=H47.26-000123`);
  const widget = page.locator('motcua-dossier-status');
  await widget.getByLabel('4 số cuối điện thoại').fill('5678');
  await widget.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  const satisfied = widget.getByRole('button', { name: 'Hài lòng', exact: true });
  await expect(satisfied).toBeVisible();
  await cutNetwork(page.context());
  await satisfied.click();
  await expect(widget.getByText('Cảm ơn ông/bà! Đánh giá sẽ tự gửi khi có mạng.')).toBeVisible();
  expect(accepted.size).toBe(0);
  await restoreNetwork(page.context());
  await expect.poll(ratedFor, { timeout: 30_000 }).toBe(before + 1);
  await page.waitForTimeout(1000);
  expect(await ratedFor()).toBe(before + 1);
  expect([...accepted.values()]).toEqual([1]);
});

test('the home-visit request of support points queues after the network went, and is stored once', async ({
  page,
  request,
}) => {
  const accepted = acceptedPosts(page.context(), /\/api\/v1\/units\/demo\/home-visits$/);
  await page.goto(`${stack.siteUrl}/ho-tro`);
  const widget = page.locator('motcua-support-points');
  const form = widget.locator('[part="form"]');
  await expect(form).toBeVisible();
  await cutNetwork(page.context());
  await form.getByLabel('Họ và tên *').fill('Trần Thị Bình');
  await form.getByLabel('Số điện thoại *').fill('0905 111 222');
  await form.getByLabel('Địa chỉ nơi cần hỗ trợ *').fill('12 kiệt 5 Phan Bội Châu, Tổ dân phố 3');
  await form.getByLabel('Việc cần hỗ trợ *').selectOption('kich-hoat-vneid');
  await form.getByLabel('Thời gian thuận tiện *').fill('Tối thứ Bảy, sau 19 giờ');
  await form.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(widget.getByRole('heading', { name: 'Đăng ký đang chờ gửi' })).toBeVisible();
  expect(accepted.size).toBe(0);
  await restoreNetwork(page.context());
  const receipt = widget.locator('.receipt');
  await expect(receipt).toHaveText(/^HT-[2-9A-Z]{6}$/, { timeout: 30_000 });
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  expect(login.status()).toBe(200);
  const stored = await request.get(`${stack.collectorUrl}/api/v1/admin/units/demo/home-visits`);
  const codes = ((await stored.json()) as { visits: { receiptCode: string }[] }).visits.map((v) => v.receiptCode);
  expect(codes).toEqual([await receipt.textContent()]);
  expect([...accepted.values()]).toEqual([1]);
});

test('the contest queues an attempt submitted after the network went, and grades it once', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const accepted = acceptedPosts(page.context(), /\/attempts\/[^/]+\/submission$/);
  await page.goto(`${stack.siteUrl}/cuoc-thi`);
  const contest = page.locator('motcua-contest');
  // Registering starts the attempt at the collector; the network goes once its first question is on screen.
  await contest.getByLabel('Họ và tên *').fill('Nguyễn Văn An');
  await contest.getByLabel('Năm sinh *').fill('1985');
  await contest.getByLabel('Số điện thoại *').fill('0900 123 456');
  await contest.getByLabel('Nơi ở (tổ dân phố, thôn) *').selectOption('Tổ dân phố 5');
  await contest.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
  await contest.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await expect(contest.getByText('Câu 1/10').first()).toBeVisible();
  await cutNetwork(page.context());
  for (let i = 0; i < 10; i++) {
    await contest.locator('[part="question"] input').first().check();
    const next = contest.getByRole('button', { name: 'Câu tiếp' });
    if (await next.count()) await next.click();
  }
  await contest.getByRole('button', { name: 'Xem lại bài làm' }).click();
  await contest.getByRole('button', { name: 'Nộp bài' }).click();
  await expect(contest.getByText(/sẽ tự gửi khi có mạng/)).toBeVisible();
  expect(accepted.size).toBe(0);
  await restoreNetwork(page.context());
  await expect(contest.getByRole('heading', { name: 'Kết quả bài thi' })).toBeVisible({ timeout: 30_000 });
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  expect(login.status()).toBe(200);
  const stats = await request.get(`${stack.collectorUrl}/api/v1/admin/units/demo/contests/tim-hieu-cchc-2026`);
  expect(((await stats.json()) as { rounds: { submitted: number }[] }).rounds[0]?.submitted).toBe(1);
  expect([...accepted.values()]).toEqual([1]);
});

test('the campaign banner keeps a count made after the network went, and delivers it once', async ({
  page,
  request,
}) => {
  // A campaign running now, scheduled by staff.
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, { data: stack.admin });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await request.post(`${stack.collectorUrl}/api/v1/admin/units/demo/campaigns`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      title: 'Thanh toán lệ phí không dùng tiền mặt',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  });
  expect(created.status()).toBeLessThan(300);
  const accepted = acceptedPosts(page.context(), /\/api\/v1\/units\/demo\/events$/);
  await page.goto(stack.siteUrl);
  const banner = page.locator('motcua-campaign-banner');
  await expect(banner.locator('[part~="campaign"]:not([hidden])').first()).toBeVisible();
  await cutNetwork(page.context());
  // In view for a second: an impression, handed to the banner's queue once its batch closes.
  const pending = () =>
    page.evaluate(() => (JSON.parse(localStorage.getItem('motcua-events-pending') ?? '[]') as unknown[]).length);
  await expect.poll(pending, { timeout: 15_000 }).toBeGreaterThan(0);
  const queued = await page.evaluate(() =>
    (JSON.parse(localStorage.getItem('motcua-events-pending') ?? '[]') as { id: string }[]).map((b) => b.id),
  );
  expect(accepted.size).toBe(0);
  // The banner's queue delivers on the next page view once the network is back.
  await restoreNetwork(page.context());
  await page.reload();
  await expect.poll(() => queued.every((id) => accepted.has(id)), { timeout: 15_000 }).toBe(true);
  await page.waitForTimeout(1000);
  expect(queued.map((id) => accepted.get(id))).toEqual(queued.map(() => 1));
});
