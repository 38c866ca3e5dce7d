/**
 * Autofill benchmark in real Chromium: the engine and the scorer bundled from source (minified, as the
 * extension ships it), on every form of test/fixtures/portal/ (our set, written with the engine in view)
 * of the development sets, the directories dev, dev-2, … of test/fixtures/portal/ (written apart from the
 * engine, in the judges' format, tuned on: listed form by form), and of each judge set, its directories
 * independent, independent-2, … (written by people who had not read the engine; never tuned on), every
 * such directory found by its name (test/portal-sets.mjs), each
 * scored against its expected file: fields right, filled
 * wrongly, skipped wrongly, and filled with the applicant's details although another person's (target 0).
 * Our forms are listed one by one with their misses; a judge set prints only its totals, so tuning cannot
 * look at its fields. Then describe + plan + apply time on the largest form and on the one with the most
 * fields filled (target ≤ 50 ms). `--sets ours,dev,dev-4` scores only those sets and skips the timing (for
 * tuning on the development sets without the judges).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../../scripts/lib/chromium.mjs';
import { FIXTURES } from '../test/browser/fixtures.js';
import { inJudgesFormat, portalSets } from '../test/portal-sets.mjs';
import { type ExpectedForm, fromIndependent } from '../test/score.js';

const repo = join(import.meta.dirname, '../../..');
const portal = join(repo, 'test/fixtures/portal');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const bundle = await build({
  entryPoints: [join(import.meta.dirname, 'page.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  conditions: ['source'],
  write: false,
});
const script = bundle.outputFiles[0]?.text ?? '';

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
const profile = JSON.parse(readFileSync(join(portal, 'profile.json'), 'utf8'));

const expectedOf = (name: string): ExpectedForm => {
  const doc = JSON.parse(readFileSync(join(portal, `${name}.expected.json`), 'utf8'));
  return inJudgesFormat(name) ? fromIndependent(doc) : doc;
};
/** `--sets a,b`: only these sets (`ours`, `dev`, `dev-4`, a judge's directory), and no timing. */
const argAt = process.argv.indexOf('--sets');
const only = argAt > 0 ? (process.argv[argAt + 1] ?? '').split(',') : undefined;

type Run = Awaited<ReturnType<typeof run>>;
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
async function run(name: string) {
  await page.goto(`${base}${name}.html`);
  await page.addScriptTag({ content: script });
  return page.evaluate(
    ([p, e]) =>
      (
        globalThis as unknown as {
          MotcuaBench: { run(p: unknown, e: unknown): Promise<import('./page.js').BenchRun> };
        }
      ).MotcuaBench.run(p, e),
    [profile, expectedOf(name)] as const,
  );
}

try {
  const runs = new Map<string, Run>();
  const sets = [
    { dir: 'ours', title: 'our forms (tuned)', forms: FIXTURES as readonly string[], judge: false },
    // Every dev*/ and independent*/ directory present, found by name (portal-sets.mjs).
    ...portalSets(portal).map(({ dir, kind, title, forms }) => ({ dir, title, forms, judge: kind === 'independent' })),
  ].filter(({ dir }) => !only || only.includes(dir));
  const totals: string[] = [];
  for (const { title, forms: set, judge } of sets) {
    const sum = { total: 0, right: 0, wronglyFilled: 0, wronglySkipped: 0, wrongPerson: 0 };
    console.log(`\n${title}: ${set.length} forms`);
    for (const name of set) {
      const r = await run(name);
      runs.set(name, r);
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r[k];
      if (judge) continue;
      const wrong = r.wrong.map((w) => `${w.selector} ${w.verdict}${w.got ? ` (${w.got})` : ''}`).join('; ');
      console.log(
        `  ${name.padEnd(44)} ${String(r.right).padStart(3)}/${String(r.total).padEnd(3)} right, ${r.wronglyFilled} wrongly filled, ${r.wronglySkipped} wrongly skipped, ${r.wrongPerson} wrong-person${wrong ? `  ✗ ${wrong}` : ''}`,
      );
    }
    const total = `${sum.right}/${sum.total} fields right (${((100 * sum.right) / sum.total).toFixed(1)}%), ${sum.wronglyFilled} wrongly filled, ${sum.wronglySkipped} wrongly skipped, ${sum.wrongPerson} wrong-person fills (target 0)`;
    console.log(`  total: ${total}`);
    totals.push(`  ${title.padEnd(36)} ${total}`);
  }
  console.log(`\nScores:\n${totals.join('\n')}`);
  // Timing: the largest form and the one with the most fields filled (fresh loads, median of 15).
  const by = (k: 'fields' | 'planned') => [...runs].sort((a, b) => b[1][k] - a[1][k])[0] as [string, Run];
  const largest = [...new Map([by('fields'), by('planned')])];
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  for (const [name, first] of only ? [] : largest) {
    const times: Run[] = [];
    for (let i = 0; i < 15; i++) times.push(await run(name));
    const [d, p, a, t] = [
      med(times.map((x) => x.describe)),
      med(times.map((x) => x.plan)),
      med(times.map((x) => x.apply)),
      med(times.map((x) => x.describe + x.plan + x.apply)),
    ];
    console.log(
      `\n${name} (${first.fields} fields, ${first.planned} filled), median of 15: describe ${d.toFixed(1)} ms, plan ${p.toFixed(1)} ms, apply ${a.toFixed(1)} ms; total ${t.toFixed(1)} ms (target ≤ 50 ms)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
