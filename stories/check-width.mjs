// Every widget story fits a 320 px frame (issue 25: no sideways scrolling on a small phone): serves the
// built Storybook (storybook-static, from `pnpm build-storybook`), opens each story of the widgets
// ("Tiện ích/…") in a 320 px wide viewport, and measures how far the page is wider than the frame once
// the story has settled, naming the elements that stick out. `npm test` runs it in the storybook suite.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../scripts/lib/chromium.mjs';

const WIDTH = 320;
const dir = join(dirname(fileURLToPath(import.meta.url)), 'storybook-static');
if (!existsSync(join(dir, 'index.json'))) {
  console.error('story width: no storybook-static/index.json; run `pnpm build-storybook` first');
  process.exit(1);
}
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story' && e.title.startsWith('Tiện ích/'),
);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: WIDTH, height: 640 } });
const failures = [];
try {
  for (const story of stories) {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount);
    await page.waitForTimeout(700); // the stories' presets settle at 500 ms
    const { extra, culprits } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found = [];
      const visit = (root, host) => {
        for (const el of root.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          if (box.right > width + 1 && box.width > 0)
            found.push(`${host}${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`);
          if (el.shadowRoot) visit(el.shadowRoot, `${el.tagName.toLowerCase()} › `);
        }
      };
      visit(document, '');
      return { extra: document.documentElement.scrollWidth - width, culprits: found.slice(-3) };
    });
    if (extra > 0) failures.push(`${story.title} › ${story.name}: ${extra} px too wide (${culprits.join(', ')})`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.error(`  ✘ ${f}`);
console.log(`story width: ${stories.length - failures.length} of ${stories.length} widget stories fit ${WIDTH} px`);
process.exit(failures.length ? 1 : 0);
