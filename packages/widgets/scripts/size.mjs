// Size budgets of the CDN files (min+gzip, Lit included), from issue 10. Builds the CDN into a
// temporary folder, prints a table, and exits non-zero when a budget is exceeded. `npm test` runs it
// as the "size" suite; `pnpm bench size` prints the same table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCdn } from './build-cdn.mjs';

const KB = 1024;
/** Budgets per self-contained widget file; widgets not listed are measured, not judged. */
export const BUDGETS = {
  'motcua-procedure-search': 16 * KB,
  'motcua-feedback-box': 14 * KB,
  'motcua-satisfaction-rating': 12 * KB,
  'motcua-campaign-banner': 10 * KB,
};
export const AUTOLOADER_BUDGET = 1.5 * KB;
export const PAGE_BUDGET = 32 * KB;
/**
 * Known gaps: files over the issue's budget, held at what they measured when recorded (plus 3%) so they
 * cannot grow while the gap is open. A file over its ceiling fails; within it, it is reported as over
 * the target, never as within budget. Empty since every budget was met: the rating once the outbox kept
 * one per-item lease, the feedback box, the banner and the page of four once what most visits never use
 * (sending and attachments before the citizen starts on the form, the banner's counter, carousel and
 * share links, the search's detail view) became files loaded on demand, listed under each widget.
 */
export const CEILINGS = {};

/** Rows of { name, bytes, gzip, budget?, ok } for a manifest written by buildCdn. */
export function measure(manifest) {
  const rows = [];
  for (const [tag, w] of Object.entries(manifest.widgets)) {
    const budget = BUDGETS[tag];
    rows.push({
      name: `${tag}.js (self-contained)`,
      bytes: w.standalone.bytes,
      gzip: w.standalone.gzip,
      budget,
      ceiling: CEILINGS[tag],
    });
    // Its on-demand files (other languages, modes and parts fetched when used): shown, not judged.
    for (const f of w.standalone.lazy ?? []) {
      const part = f.file
        .split('/')
        .pop()
        .replace(/\.[A-Z0-9]{8}\.js$/, '');
      rows.push({ name: `  + ${part} (on demand)`, bytes: f.bytes, gzip: f.gzip, lazy: true });
    }
  }
  rows.push({
    name: 'motcua.js (autoloader)',
    bytes: manifest.latest.bytes,
    gzip: manifest.latest.gzip,
    budget: AUTOLOADER_BUDGET,
  });
  // The budgeted widgets together on one page: their split entries plus the shared chunks, each file once.
  const tags = Object.keys(BUDGETS).filter((t) => manifest.widgets[t]);
  const files = new Set(tags.flatMap((t) => [manifest.widgets[t].file, ...manifest.widgets[t].imports]));
  const all = [...Object.values(manifest.widgets), ...manifest.shared].filter((f) => files.has(f.file));
  rows.push({
    name: `${tags.length} budgeted widget(s) on one page (shared Lit)`,
    bytes: all.reduce((s, f) => s + f.bytes, 0),
    gzip: all.reduce((s, f) => s + f.gzip, 0),
    budget: PAGE_BUDGET,
    ceiling: CEILINGS.page,
  });
  const missing = Object.keys(BUDGETS).filter((t) => !manifest.widgets[t]);
  return {
    rows: rows.map((r) => ({
      ...r,
      ok: r.budget === undefined || r.gzip <= r.budget,
      held: r.budget !== undefined && r.gzip > r.budget && r.ceiling !== undefined && r.gzip <= r.ceiling,
    })),
    missing,
  };
}

export function printTable({ rows, missing }) {
  const kb = (n) => `${(n / KB).toFixed(2)} KB`;
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const verdict = r.lazy
      ? ''
      : r.budget === undefined
        ? '(no budget)'
        : r.ok
          ? `within ${kb(r.budget)}`
          : `OVER target ${kb(r.budget)}${r.held ? ` (known gap, held under ${kb(r.ceiling)})` : ''}`;
    console.log(
      `  ${r.name.padEnd(width)}  ${kb(r.bytes).padStart(9)} min  ${kb(r.gzip).padStart(8)} gzip  ${verdict}`,
    );
  }
  if (missing.length) console.log(`  not built yet (no src/<name>/<name>.ts): ${missing.join(', ')}`);
}

export async function measureFresh() {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-cdn-'));
  try {
    return measure(await buildCdn(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureFresh();
  printTable(result);
  const judged = result.rows.filter((r) => r.budget !== undefined);
  const failed = judged.filter((r) => !r.ok && !r.held).length;
  const held = judged.filter((r) => r.held).length;
  console.log(`size: ${judged.length - failed} passed, ${failed} failed`);
  if (held) console.log(`size: ${held} file(s) over the issue's target, held at their recorded ceiling (see CEILINGS)`);
  process.exit(failed ? 1 : 0);
}
