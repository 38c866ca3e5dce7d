// Regenerates the README's screenshots from the running demo: starts the stack as the e2e tests do
// (collector on in-memory PGlite, seeded demo unit, the ward site), then photographs the search with
// results, the rating, the feedback receipt, the campaign banner and the admin dashboard into
// docs/screenshots/. Run with `pnpm screenshots` after `pnpm build`.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Locator, type Page } from '@playwright/test';
import { startStack } from './stack.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

// The demo as a newcomer meets it: lived in, so results, banner and dashboard show figures.
const stack = await startStack({ demoData: 'lived-in' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

/** One photograph of `target`, with a little of the page around it. */
async function shoot(target: Locator, name: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${name}: nothing to photograph`);
  const page = target.page();
  const margin = 12;
  await page.screenshot({
    path: join(out, `${name}.png`),
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
  console.log(`  docs/screenshots/${name}.png`);
}

async function newPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: 'vi-VN' });
  return context.newPage();
}

try {
  const site = await newPage(1100);

  await site.goto(`${stack.siteUrl}/`);
  const banner = site.locator('motcua-campaign-banner');
  await banner.getByRole('heading').first().waitFor();
  await shoot(banner, 'campaign-banner');

  await site.goto(`${stack.siteUrl}/thu-tuc`);
  const search = site.locator('motcua-procedure-search');
  await search.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }).fill('khai sinh cho con');
  await search.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first().waitFor();
  await shoot(search, 'procedure-search');

  await site.goto(`${stack.siteUrl}/danh-gia`);
  const rating = site.locator('motcua-satisfaction-rating');
  await rating.getByRole('radio').first().waitFor();
  await shoot(rating, 'satisfaction-rating');
  const results = site.locator('motcua-satisfaction-results');
  await results
    .getByText(/\d+ lượt/)
    .first()
    .waitFor();
  await shoot(results, 'satisfaction-results');

  await site.goto(`${stack.siteUrl}/gop-y`);
  const box = site.locator('motcua-feedback-box');
  const form = box.locator('[part="form"]');
  await form.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await form.getByLabel('Số điện thoại').fill('0900 123 456');
  await form.getByLabel('Tiêu đề').fill('Lệ phí chứng thực');
  await form
    .getByLabel('Nội dung phản ánh')
    .fill('Đề nghị phường niêm yết rõ lệ phí chứng thực bản sao tại Bộ phận Một cửa.');
  await form.getByRole('checkbox').first().check();
  // The collector refuses a form sent within 3 s of opening (a bot's pace).
  await site.waitForTimeout(3500);
  await form.getByRole('button', { name: /Gửi/ }).click();
  await box
    .getByText(/PA-[2-9A-Z]{6}/)
    .first()
    .waitFor();
  await shoot(box, 'feedback-receipt');

  await site.goto(`${stack.siteUrl}/cuoc-thi`);
  const contest = site.locator('motcua-contest');
  await contest.getByRole('button', { name: 'Bắt đầu làm bài' }).waitFor();
  await shoot(contest, 'contest');

  const admin = await newPage(1280);
  await admin.goto(`${stack.collectorUrl}/admin/`);
  await admin.getByLabel('Email').fill(stack.admin.email);
  await admin.getByLabel('Mật khẩu').fill(stack.admin.password);
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  await admin
    .getByRole('navigation', { name: 'Chức năng quản trị' })
    .getByRole('button', { name: 'Mức độ hài lòng' })
    .click();
  await admin.locator('canvas, table').first().waitFor();
  await admin.waitForTimeout(800); // charts finish their entry animation
  await admin.screenshot({ path: join(out, 'admin-dashboard.png'), fullPage: false });
  console.log('  docs/screenshots/admin-dashboard.png');
} finally {
  await browser.close();
  await stack.close();
}
