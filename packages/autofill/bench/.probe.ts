// scratch (not committed): node --conditions=source --import tsx packages/autofill/bench/.probe.ts file.html...
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../../scripts/lib/chromium.mjs';
const b = await build({ stdin: { contents: `import {describeForm, planFill, applyFill} from './src/index.ts'; globalThis.P={describeForm, planFill, applyFill};`, resolveDir: join(import.meta.dirname, '..'), loader: 'ts' }, bundle: true, format: 'iife', write: false, conditions: ['source'] });
const profile = JSON.parse(readFileSync(join(import.meta.dirname, '../../../test/fixtures/portal/profile.json'), 'utf8'));
const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 2400 } });
page.on('console', (m) => console.log('PAGE', m.text()));
for (const f of process.argv.slice(2)) {
  if (f.endsWith(".html") && f.includes("fixtures")) await page.goto(`file://${join(process.cwd(), f)}`); else await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><body>${readFileSync(f, "utf8")}</body></html>`);
  await page.addScriptTag({ content: b.outputFiles[0]!.text });
  const out = await page.evaluate(async ([p, APPLY]) => {
    const P = (globalThis as any).P;
    const fields = P.describeForm(document);
    const plan = P.planFill(fields, p);
    const rep = APPLY ? await P.applyFill(plan) : { results: [] };
    return fields.map((fl: any) => {
      const r = rep.results.find((x: any) => x.entry.field.id === fl.id);
      const e = plan.entries.find((x: any) => x.field.id === fl.id);
      const u = plan.unmatched.find((x: any) => x.field.id === fl.id);
      return JSON.stringify(fl.signals).slice(0,300) + "\n" + `${(fl.htmlId ?? fl.name ?? '?').padEnd(8)} ${fl.kind.padEnd(8)} ${fl.person.role}/${fl.person.source} "${fl.label}" → ${r ? (r.stuck ? 'STUCK ' : `NOT-STUCK(${r.actual}) `) : ''}${e ? `${e.path}=${e.value}` : `skip:${u?.reason} ${u?.detail ?? ''}`}`;
    });
  }, [profile, !!process.env.APPLY] as const);
  console.log(`== ${f}\n${out.join('\n')}`);
}
await browser.close();
