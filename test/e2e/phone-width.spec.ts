// Every page fits a phone: no demo page and no admin view scrolls sideways at 360 or 390 px wide (issue 25).
// Lighthouse does not catch a page wider than the screen, so this measures it: the document's scroll
// width after the widgets have rendered, and the element that sticks out when it fails.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { type Stack, startStack } from '../support/stack.js';

const site = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'demo', 'site');
/** Every page of the demo site, found on disk so a page added later is checked too. */
const pages = readdirSync(site)
  .filter((name) => name.endsWith('.html'))
  .map((name) => (name === 'index.html' ? '/' : `/${name.replace(/\.html$/, '')}`))
  .sort();
const widths = [360, 390];

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.close();
});

/** How far the page is wider than the viewport, and the widest elements that reach past its edge. */
async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    const culprits: string[] = [];
    const visit = (root: Document | ShadowRoot, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.right > width + 1 && box.width > 0) {
          const name = `${host}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          culprits.push(`${name} (right ${Math.round(box.right)})`);
        }
        if (el.shadowRoot) visit(el.shadowRoot, `${el.tagName.toLowerCase()} › `);
      }
    };
    visit(document, '');
    return { extra, culprits: culprits.slice(0, 8) };
  });
}

/** Waits until the page's widgets have rendered what they show first. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.tagName.startsWith('MOTCUA-'));
    await Promise.all(widgets.map((el) => customElements.whenDefined(el.tagName.toLowerCase())));
    await Promise.all(widgets.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  });
}

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

    for (const path of pages) {
      test(`demo page ${path} does not scroll sideways`, async ({ page }) => {
        await page.goto(stack.siteUrl + path);
        await settle(page);
        const { extra, culprits } = await overflow(page);
        expect(extra, `wider than ${width} px by ${extra} px: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
      });
    }

    test('every admin view fits', async ({ page }) => {
      await page.goto(`${stack.collectorUrl}/admin/`);
      await page.getByLabel('Email').fill(stack.admin.email);
      await page.getByLabel('Mật khẩu').fill(stack.admin.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const signedIn = await overflow(page);
      expect(signedIn.extra, `sign-in view: ${signedIn.culprits.join(', ')}`).toBeLessThanOrEqual(0);
      const views = page.getByRole('navigation', { name: 'Chức năng quản trị' }).getByRole('button');
      await expect(views.first()).toBeVisible();
      const names = await views.allTextContents();
      expect(names.length).toBeGreaterThan(2);
      for (const [i, name] of names.entries()) {
        await views.nth(i).click();
        await page.waitForLoadState('networkidle');
        const { extra, culprits } = await overflow(page);
        expect(extra, `admin view "${name.trim()}" wider by ${extra} px: ${culprits.join(', ')}`).toBeLessThanOrEqual(
          0,
        );
      }
    });
  });
}
