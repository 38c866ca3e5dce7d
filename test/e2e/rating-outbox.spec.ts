// The satisfaction rating against the real collector (PGlite), through the demo ward site's CDN build:
// offline across reloads, a collector answering 503 for a while, and two tabs sharing one outbox.
// Each test starts its own stack, so the collector's per-address write limit starts afresh.
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

let stack: Stack;
test.beforeEach(async () => {
  stack = await startStack();
});
test.afterEach(async () => {
  await stack.close();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Ratings the collector holds for the demo unit, from its public summary. */
async function collectorTotal(request: APIRequestContext): Promise<number> {
  const res = await request.get(
    `${stack.collectorUrl}/api/v1/units/demo/ratings/summary?from=${day(-2)}&to=${day(2)}&groupBy=month`,
  );
  expect(res.status()).toBe(200);
  return (await res.json()).total;
}

async function openRatingPage(page: Page): Promise<void> {
  await page.goto(`${stack.siteUrl}/danh-gia`);
  await expect(page.locator('motcua-satisfaction-rating').getByRole('radio', { name: 'Rất hài lòng' })).toBeVisible();
}

const LEVELS = ['Rất hài lòng', 'Hài lòng', 'Không hài lòng'];

/** One citizen: choose a level, send, read the status line, and start again. */
async function rateOnce(page: Page, n: number, expected: RegExp): Promise<void> {
  const widget = page.locator('motcua-satisfaction-rating');
  await widget.getByRole('radio', { name: LEVELS[n % 3], exact: true }).check();
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status').first()).toHaveText(expected);
  await widget.getByRole('button', { name: 'Đánh giá lần khác' }).click();
}

/** Counts POSTs of each rating id that reached the collector (not those a route answered). */
function countPosts(context: BrowserContext): Map<string, number> {
  const posts = new Map<string, number>();
  context.on('requestfinished', (req) => {
    if (req.method() !== 'POST' || !req.url().endsWith('/api/v1/units/demo/ratings')) return;
    const id = (req.postDataJSON() as { id: string }).id;
    posts.set(id, (posts.get(id) ?? 0) + 1);
  });
  return posts;
}

test('50 ratings made offline across 3 reloads reach the collector exactly once each', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  const posts = countPosts(context);
  await openRatingPage(page);
  // Offline: the browser reports it and nothing reaches the collector. The page itself must load on
  // reload, so the collector alone stays unreachable while the link is up for the reload.
  await context.route(`${stack.collectorUrl}/api/v1/units/demo/ratings`, (route) =>
    route.abort('internetdisconnected'),
  );
  let made = 0;
  for (const batch of [17, 17, 16]) {
    await context.setOffline(true);
    for (let i = 0; i < batch; i++) await rateOnce(page, made++, /Đang chờ gửi \(sẽ tự gửi khi có mạng\)\./);
    await expect(page.locator('motcua-satisfaction-rating').getByRole('status')).toHaveText(
      `${made} đánh giá đang chờ gửi (sẽ tự gửi khi có mạng).`,
    );
    await context.setOffline(false);
    await page.reload();
    await expect(page.locator('motcua-satisfaction-rating').getByRole('status')).toHaveText(
      `${made} đánh giá đang chờ gửi (sẽ tự gửi khi có mạng).`,
    );
  }
  expect(made).toBe(50);
  expect(await collectorTotal(request)).toBe(0);
  // Back online: the outbox flushes on the 'online' event.
  await context.setOffline(true);
  await context.unroute(`${stack.collectorUrl}/api/v1/units/demo/ratings`);
  await context.setOffline(false);
  await expect.poll(() => collectorTotal(request), { timeout: 60_000 }).toBe(50);
  await expect(page.locator('motcua-satisfaction-rating').getByRole('status')).toHaveCount(0);
  await page.waitForTimeout(1500);
  expect(await collectorTotal(request)).toBe(50);
  expect(posts.size).toBe(50);
  expect([...posts.values()].every((n) => n === 1)).toBe(true);
});

test('ratings made while the collector answers 503 are delivered once it recovers', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  let failing = true;
  let refused = 0;
  await context.route(`${stack.collectorUrl}/api/v1/units/demo/ratings`, async (route) => {
    if (failing && route.request().method() === 'POST') {
      refused++;
      await route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"unavailable"}' });
    } else await route.fallback();
  });
  await openRatingPage(page);
  for (let i = 0; i < 50; i++) {
    await rateOnce(page, i, /Đang chờ gửi/);
    if (i === 24) {
      await page.reload();
      await expect(page.locator('motcua-satisfaction-rating').getByRole('radio').first()).toBeVisible();
    }
  }
  expect(refused).toBeGreaterThanOrEqual(50);
  expect(await collectorTotal(request)).toBe(0);
  failing = false;
  // Backoff with jitter: the outbox comes back on its own, without a reload or an online event.
  await expect.poll(() => collectorTotal(request), { timeout: 120_000, intervals: [1000] }).toBe(50);
  await page.waitForTimeout(1500);
  expect(await collectorTotal(request)).toBe(50);
});

test('two tabs flushing one outbox deliver 50 ratings without sending any twice', async ({ context, request }) => {
  test.setTimeout(180_000);
  const posts = countPosts(context);
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await openRatingPage(tabA);
  await openRatingPage(tabB);
  const t0 = Date.now();
  await context.setOffline(true);
  // Citizens alternate between the tabs in turns of five; the tab in use is brought to the front, as
  // a person would (background tabs get no animation frames, which Playwright's clicks wait for).
  for (let turn = 0; turn < 10; turn++) {
    const tab = turn % 2 ? tabB : tabA;
    await tab.bringToFront();
    for (let i = 0; i < 5; i++) await rateOnce(tab, turn * 5 + i, /Đang chờ gửi/);
  }
  // Both tabs see every waiting rating, whichever tab made it.
  await expect(tabA.locator('motcua-satisfaction-rating').getByRole('status')).toHaveText(/^50 đánh giá/);
  const t1 = Date.now();
  await context.setOffline(false);
  await expect.poll(() => collectorTotal(request), { timeout: 60_000 }).toBe(50);
  console.log(`two tabs: rated 50 in ${(t1 - t0) / 1000} s, delivered in ${(Date.now() - t1) / 1000} s`);
  await tabA.waitForTimeout(1500);
  expect(await collectorTotal(request)).toBe(50);
  expect(posts.size).toBe(50);
  expect([...posts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
});

test('a rating sent from the procedure page shows on the staff dashboard and in the results block', async ({
  page,
  request,
  browser,
}) => {
  await openRatingPage(page);
  const widget = page.locator('motcua-satisfaction-rating');
  await widget.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
  await widget.getByRole('textbox', { name: 'Góp ý thêm (không bắt buộc)' }).fill('Hướng dẫn rõ ràng');
  await widget.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(widget.getByRole('status')).toHaveText('Đã gửi.');
  const login = await request.post(`${stack.collectorUrl}/api/v1/admin/login`, {
    data: { email: stack.admin.email, password: stack.admin.password },
  });
  expect(login.status()).toBe(200);
  const dash = await request.get(
    `${stack.collectorUrl}/api/v1/admin/units/demo/dashboard?from=${day(-2)}&to=${day(2)}`,
  );
  expect(dash.status()).toBe(200);
  const d = await dash.json();
  expect(d.total).toBe(1);
  expect(d.satisfied).toBe(1);
  // The staff see it on the dashboard page, by procedure too.
  const staff = await browser.newPage();
  await staff.goto(`${stack.collectorUrl}/admin/`);
  await staff.getByLabel('Email').fill(stack.admin.email);
  await staff.getByLabel('Mật khẩu').fill(stack.admin.password);
  await staff.getByRole('button', { name: 'Đăng nhập' }).click();
  await staff.getByRole('button', { name: 'Mức độ hài lòng' }).click();
  await expect(staff.getByText('hài lòng trở lên trên tổng số')).toHaveText(
    '100.0% hài lòng trở lên trên tổng số 1 đánh giá.',
  );
  await expect(staff.locator('main')).toContainText('1.001193');
  await staff.close();
  // The public results block reads the collector's summary (cached for a minute, so a fresh browser).
  const fresh = await browser.newContext();
  const later = await fresh.newPage();
  await later.goto(`${stack.siteUrl}/danh-gia`);
  const results = later.locator('motcua-satisfaction-results');
  await expect(results.getByText('Tỷ lệ hài lòng: 100% (1/1 lượt đánh giá)')).toBeVisible();
  await expect(results.getByRole('img')).toHaveAttribute(
    'aria-label',
    /Biểu đồ tỷ lệ hài lòng theo tháng: Tháng \d+\/\d{4} 100%/,
  );
  const axe = await new AxeBuilder({ page: later }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await fresh.close();
});

test('the counter kiosk at /kiosk is set up once and rates in two taps', async ({ page, request }) => {
  await page.goto(`${stack.siteUrl}/kiosk`);
  const kiosk = page.locator('motcua-satisfaction-kiosk');
  await expect(kiosk.getByRole('heading', { name: 'Cài đặt máy đánh giá tại quầy' })).toBeVisible();
  await kiosk.getByLabel('Cán bộ phục vụ tại quầy').fill('Nguyễn Thị Lan');
  await kiosk.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
  await kiosk.getByLabel('Nhập lại mã PIN').fill('2468');
  await kiosk.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await kiosk.getByRole('radio', { name: 'Rất hài lòng' }).check();
  await kiosk.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(kiosk.getByText('Cảm ơn ông/bà đã đánh giá!')).toBeVisible();
  await expect.poll(() => collectorTotal(request)).toBe(1);
  // Settings survive a reload and stay behind the PIN.
  await page.reload();
  const question = kiosk.getByRole('group', { name: 'Ông/bà có hài lòng với cán bộ Nguyễn Thị Lan không?' });
  await expect(question).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // A tablet that restarts without network still opens the kiosk (service worker) and keeps ratings.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await expect(question).toBeVisible();
  await kiosk.getByRole('radio', { name: 'Hài lòng', exact: true }).check();
  await kiosk.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(kiosk.getByRole('status')).toHaveText('Đang chờ gửi (sẽ tự gửi khi có mạng).');
  await page.context().setOffline(false);
  await expect.poll(() => collectorTotal(request), { timeout: 30_000 }).toBe(2);
});

test('a tablet given a device key in /admin counts its ratings as made at the counter', async ({ page, request }) => {
  // Staff register the tablet in the admin and get its key once.
  await page.goto(`${stack.collectorUrl}/admin/`);
  await page.getByLabel('Email').fill(stack.admin.email);
  await page.getByLabel('Mật khẩu').fill(stack.admin.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Thiết bị tại quầy' }).click();
  const admin = page.locator('motcua-admin-kiosks');
  await admin.getByRole('button', { name: 'Cấp mã thiết bị' }).click();
  await expect(admin.locator('#kiosk-name-error')).not.toBeEmpty();
  await expect(admin.getByLabel(/Tên thiết bị/)).toHaveAttribute('aria-invalid', 'true');
  await admin.getByLabel(/Tên thiết bị/).fill('Quầy 1 — tầng trệt');
  await admin.getByRole('button', { name: 'Cấp mã thiết bị' }).click();
  const key = (await admin.getByTestId('kiosk-key').textContent()) ?? '';
  expect(key).toMatch(/^kiosk_/);
  await expect(admin.getByRole('cell', { name: 'Quầy 1 — tầng trệt', exact: true })).toBeVisible();
  const adminAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(adminAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // On the tablet: a mistyped key is refused with a message, and nothing else typed is lost.
  await page.goto(`${stack.siteUrl}/kiosk`);
  const kiosk = page.locator('motcua-satisfaction-kiosk');
  await kiosk.getByLabel('Cán bộ phục vụ tại quầy').fill('Nguyễn Thị Lan');
  await kiosk.getByLabel(/Mã thiết bị/).fill('kiosk-sai');
  await kiosk.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
  await kiosk.getByLabel('Nhập lại mã PIN').fill('2468');
  await kiosk.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(kiosk.getByText(/Mã thiết bị không đúng dạng/).first()).toBeVisible();
  await expect(kiosk.getByLabel('Cán bộ phục vụ tại quầy')).toHaveValue('Nguyễn Thị Lan');
  await kiosk.getByLabel(/Mã thiết bị/).fill(key);
  await kiosk.getByLabel('Mã PIN (4–8 chữ số)').fill('2468');
  await kiosk.getByLabel('Nhập lại mã PIN').fill('2468');
  await kiosk.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await kiosk.getByRole('radio', { name: 'Rất hài lòng' }).check();
  await kiosk.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await expect(kiosk.getByText('Cảm ơn ông/bà đã đánh giá!')).toBeVisible();
  await expect
    .poll(async () => {
      const res = await request.get(
        `${stack.collectorUrl}/api/v1/units/demo/ratings/summary?from=${day(-2)}&to=${day(2)}&groupBy=month`,
      );
      return (await res.json()).byProof;
    })
    .toEqual({ none: 0, kiosk: 1, dossier: 0 });
});
