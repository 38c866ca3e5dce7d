/**
 * Autofill benchmark in real Chromium against the built IIFE (run `pnpm --filter @motcua/autofill build`
 * first): describe+plan+apply time on the largest fixture (target ≤ 50 ms; it has no cascading loads),
 * and the share of fields filled correctly on our fixtures and on the held-out forms (targets 100% / ≥ 95%).
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../../scripts/lib/chromium.mjs';

const repo = join(import.meta.dirname, '../../..');
const iife = join(repo, 'packages/autofill/dist/autofill.iife.js');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!path.startsWith('/test/fixtures/portal/')) return void res.writeHead(404).end();
  try {
    const body = await readFile(join(repo, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/test/fixtures/portal/`;
const profile = JSON.parse(await readFile(join(repo, 'test/fixtures/portal/profile.json'), 'utf8'));

const OURS = ['khai-sinh', 'ket-hon', 'chung-thuc', 'ly-lich-tu-phap', 'thuong-tru', 'pakn'];
const HELD_OUT = ['heldout/trich-luc', 'heldout/giam-ho', 'heldout/vue-hop-nhat'];

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
  async function run(name: string) {
    await page.goto(`${base}${name}.html`);
    await page.addScriptTag({ path: iife });
    return page.evaluate(async (p) => {
      const A = (globalThis as unknown as { MotcuaAutofill: typeof import('../src/index.js') }).MotcuaAutofill;
      const t0 = performance.now();
      const fields = A.describeForm(document);
      const t1 = performance.now();
      const plan = A.planFill(fields, p);
      const t2 = performance.now();
      const report = await A.applyFill(plan);
      const t3 = performance.now();
      const model = (window as unknown as { portalModel: Record<string, string> }).portalModel;
      const expected = new Map<string, string>();
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-model]'))) {
        const k = el.dataset.model as string;
        if (el.dataset.expect !== undefined && !expected.has(k)) expected.set(k, el.dataset.expect);
      }
      const wrong = [...expected]
        .filter(([k, v]) => (model[k] ?? '') !== v)
        .map(([k, v]) => `${k}: want "${v}" got "${model[k] ?? ''}"`);
      return {
        fields: fields.length,
        total: expected.size,
        correct: expected.size - wrong.length,
        wrong,
        describe: t1 - t0,
        plan: t2 - t1,
        apply: t3 - t2,
        stuck: report.filled,
        planned: plan.entries.length,
      };
    }, profile);
  }
  for (const [title, set] of [
    ['our fixtures', OURS],
    ['held-out forms', HELD_OUT],
  ] as const) {
    let total = 0;
    let correct = 0;
    console.log(`\n${title}`);
    for (const name of set) {
      const r = await run(name);
      total += r.total;
      correct += r.correct;
      console.log(
        `  ${name.padEnd(22)} ${r.fields} fields, ${r.correct}/${r.total} correct, ${r.stuck}/${r.planned} stuck${r.wrong.length ? `  ✗ ${r.wrong.join('; ')}` : ''}`,
      );
    }
    console.log(`  share filled correctly: ${((100 * correct) / total).toFixed(1)}% (${correct}/${total})`);
  }
  // Timing: the largest fixture (khai-sinh, no cascades), median of 15 fresh loads.
  const times: { describe: number; plan: number; apply: number }[] = [];
  for (let i = 0; i < 15; i++) times.push(await run('khai-sinh'));
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const d = med(times.map((t) => t.describe));
  const p = med(times.map((t) => t.plan));
  const a = med(times.map((t) => t.apply));
  const sum = med(times.map((t) => t.describe + t.plan + t.apply));
  console.log(
    `\nkhai-sinh (largest), median of 15: describe ${d.toFixed(1)} ms, plan ${p.toFixed(1)} ms, apply ${a.toFixed(1)} ms; total ${sum.toFixed(1)} ms (target ≤ 50 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
