// The hostile host: every widget on a page with an old CMS theme (62.5% root font size, content-box and
// `button { all: unset }` resets, loud inherited text styles, a z-index 99999 sticky header, RTL text),
// a strict CSP and two copies of the autoloader, its widgets talking cross-origin to a real collector
// (the demo ward, lived in: campaigns running, ratings to show). Each widget must render, take keyboard
// focus with a visible indicator, look as it does on a clean page, and the page must log no CSP
// violation or error (a CORS refusal is one).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Collector, startCollector } from '@motcua/collector';
import { expect, type Page, test } from '@playwright/test';
import { csp, startHostileHost, widgetTags } from '../hostile-host/server.js';
import { freePort } from '../support/stack.js';

const repo = join(import.meta.dirname, '..', '..');
let host: { url: string; close(): Promise<void> };
let collector: Collector;
const tags = widgetTags();

test.beforeAll(async () => {
  if (!existsSync(join(repo, 'packages', 'widgets', 'dist', 'cdn', 'manifest.json'))) {
    const r = spawnSync('node', ['packages/widgets/scripts/build-cdn.mjs'], { cwd: repo, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the CDN build failed');
  }
  // The host's port first: the collector's demo unit allows the host's origin.
  const port = await freePort();
  collector = await startCollector({
    port: 0,
    seedDemo: true,
    demoData: 'lived-in',
    demoOrigins: [`http://127.0.0.1:${port}`],
  });
  host = await startHostileHost(collector.url, port);
});
test.afterAll(async () => {
  await host?.close();
  await collector?.close();
});

/** Opens a page, collecting errors and CSP reports, and waits until every widget has rendered. */
async function open(page: Page, which: 'hostile' | 'clean') {
  const problems: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.setViewportSize({ width: 800, height: 900 });
  const response = await page.goto(`${host.url}/${which}`);
  expect(response?.headers()['content-security-policy']).toBe(csp(collector.url));
  for (const tag of tags) {
    await page.waitForFunction((t) => {
      const el = document.querySelector(t);
      return !!customElements.get(t) && !!el?.shadowRoot && el.shadowRoot.childElementCount > 0;
    }, tag);
  }
  // Let late work (catalogue fetch, fonts, IndexedDB) settle before comparing pictures.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { problems, warnings };
}

/** A widget's picture, from a full-page capture so the sticky header never covers it. */
async function shot(page: Page, tag: string): Promise<Buffer> {
  const box = await page.evaluate((t) => {
    const r = document.querySelector(t)!.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  }, tag);
  return page.screenshot({ fullPage: true, clip: box, animations: 'disabled', caret: 'hide' });
}

/** Share of pixels that differ clearly between two PNGs (decoded by the browser), and their sizes. */
async function difference(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([pa, pb]) => {
      const decode = async (b64: string) => {
        const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([decode(pa), decode(pb)]);
      const w = Math.min(x.width, y.width);
      const h = Math.min(x.height, y.height);
      // A pixel differs when no pixel within one pixel of it in the other picture is close in colour:
      // layouts that land on a different sub-pixel offset must not count, a changed style must.
      const close = (p: number, i: number, j: number) => {
        for (let dj = -1; dj <= 1; dj++) {
          for (let di = -1; di <= 1; di++) {
            const ii = i + di;
            const jj = j + dj;
            if (ii < 0 || jj < 0 || ii >= y.width || jj >= y.height) continue;
            const q = (jj * y.width + ii) * 4;
            const a = x.data;
            const b = y.data;
            const d = Math.max(
              Math.abs((a[p] ?? 0) - (b[q] ?? 0)),
              Math.abs((a[p + 1] ?? 0) - (b[q + 1] ?? 0)),
              Math.abs((a[p + 2] ?? 0) - (b[q + 2] ?? 0)),
            );
            if (d <= 48) return true;
          }
        }
        return false;
      };
      let differing = 0;
      for (let j = 0; j < h; j++) {
        for (let i = 0; i < w; i++) if (!close((j * x.width + i) * 4, i, j)) differing++;
      }
      return { ratio: differing / (w * h), sizes: [x.width, x.height, y.width, y.height] };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

test('the hostile page is what it claims: the resets, the sticky header, RTL text and two autoloaders', async ({
  page,
}) => {
  await open(page, 'hostile');
  const facts = await page.evaluate(() => ({
    root: getComputedStyle(document.documentElement).fontSize,
    header: getComputedStyle(document.querySelector('.sticky')!).zIndex,
    rtl: document.querySelectorAll('[dir="rtl"]').length,
    loaders: [...document.querySelectorAll('script[src^="/cdn/motcua.js"]')].length,
    widgets: document.querySelectorAll('.frame > *').length,
  }));
  expect(facts).toEqual({ root: '10px', header: '99999', rtl: 2, loaders: 2, widgets: tags.length });
  expect(tags.length).toBeGreaterThan(0);
});

test('every widget renders on the hostile page with no CSP violation and no error', async ({ page }) => {
  const { problems } = await open(page, 'hostile');
  for (const tag of tags) {
    const box = await page.locator(tag).boundingBox();
    expect(box, tag).not.toBeNull();
    expect(box!.height, `${tag} has no height`).toBeGreaterThan(24);
    expect(box!.width, `${tag} does not fill its column`).toBeGreaterThan(500);
  }
  expect(await page.evaluate(() => (window as unknown as { motcuaViolations: string[] }).motcuaViolations)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the widgets reach the collector across origins and show its data', async ({ page }) => {
  const answers: { path: string; status: number; cors: string | undefined }[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith(collector.url))
      answers.push({
        path: new URL(r.url()).pathname,
        status: r.status(),
        cors: r.headers()['access-control-allow-origin'],
      });
  });
  await open(page, 'hostile');
  // The banner shows a running campaign, the results widget the ward's figures, the search its catalogue.
  await expect(page.locator('motcua-campaign-banner [part~="campaign"]').first()).toBeVisible();
  await expect(page.locator('motcua-satisfaction-results .big')).toContainText('Tỷ lệ hài lòng');
  expect(answers.map((a) => a.path)).toEqual(
    expect.arrayContaining([
      '/api/v1/units/demo/campaigns',
      '/api/v1/units/demo/ratings/summary',
      '/api/v1/units/demo/procedures',
      '/api/v1/units/demo/feedback/ticket',
      '/api/v1/units/demo/support-points',
    ]),
  );
  // Every answer was allowed for the host's origin by the unit's allow-list.
  for (const a of answers) {
    expect(a.status, a.path).toBeLessThan(400);
    expect(a.cors, a.path).toBe(host.url);
  }
});

for (const tag of tags) {
  test(`${tag}: Tab from the link before it reaches a control inside it, with a visible focus ring`, async ({
    page,
  }) => {
    await open(page, 'hostile');
    const controls = await page.evaluate(
      (t) =>
        document
          .querySelector(t)!
          .shadowRoot!.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')
          .length,
      tag,
    );
    await page.focus(`#before-${tag}`);
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((t) => {
      let el: Element | null = document.activeElement;
      const host = el?.closest(t) ?? null;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return null;
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        inside: !!host && el !== host,
        id: el.id,
        outline: Number.parseFloat(style.outlineWidth) * (style.outlineStyle === 'none' ? 0 : 1),
        shadow: style.boxShadow !== 'none',
        size: r.width * r.height,
      };
    }, tag);
    expect(focus, `focus was lost after ${tag}`).not.toBeNull();
    if (controls === 0) {
      // A display-only widget (no controls) must not swallow focus: Tab goes on to the next link.
      expect(focus!.inside).toBe(false);
      expect(focus!.id).toMatch(/^before-|^$/);
      return;
    }
    expect(focus!.inside, `Tab did not move into ${tag}`).toBe(true);
    expect(focus!.size).toBeGreaterThan(0);
    expect(focus!.outline >= 2 || focus!.shadow, `${tag}: no visible focus indicator`).toBe(true);
  });
}

test('each widget looks on the hostile page as on the clean page (within 2% of pixels)', async ({ browser }) => {
  const hostile = await browser.newPage();
  const clean = await browser.newPage();
  await open(hostile, 'hostile');
  await open(clean, 'clean');
  const results: Record<string, { ratio: number; sizes: number[] }> = {};
  for (const tag of tags) results[tag] = await difference(clean, await shot(hostile, tag), await shot(clean, tag));
  for (const [tag, r] of Object.entries(results)) {
    const [w1 = 0, h1 = 0, w2 = 0, h2 = 0] = r.sizes;
    expect(Math.abs(w1 - w2), `${tag} width differs`).toBeLessThanOrEqual(2);
    expect(Math.abs(h1 - h2), `${tag} height differs: ${h1} vs ${h2}`).toBeLessThanOrEqual(2);
    expect(r.ratio, `${tag}: ${(r.ratio * 100).toFixed(2)}% of pixels differ`).toBeLessThanOrEqual(0.02);
  }
  await hostile.close();
  await clean.close();
});
