// Address conversion coverage and speed over every row of the 2025 old → new commune table (when
// ../shared/data is present): how many old addresses convert outright, how many give the officer a
// choice that includes the right commune, how many go wrong. Prints figures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { foldVietnamese, toNewAddress } from '@motcua/core';

const tsv = join(import.meta.dirname, '../../../shared/data/admin-units-2025/old-to-new-wards.tsv');
if (!existsSync(tsv)) {
  console.log(`skipped: ${tsv} not found`);
  process.exit(0);
}
const rows = readFileSync(tsv, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const same = (a: string, b: string) =>
  foldVietnamese(a).replace(/\s*-\s*/g, '-') === foldVietnamese(b).replace(/\s*-\s*/g, '-');
const strip = (s: string) =>
  foldVietnamese(s).replace(/^(thanh pho|tinh|quan|huyen|thi xa|phuong|xa|thi tran|dac khu)\s+/, '');

for (const [label, make] of [
  ['full unit words', (c: string, d: string, p: string) => `Số 1, ${c}, ${d}, ${p}`],
  ['no unit words, no diacritics', (c: string, d: string, p: string) => `${strip(c)}, ${strip(d)}, ${strip(p)}`],
] as const) {
  let ok = 0;
  let choice = 0;
  let wrong = 0;
  let none = 0;
  const t = performance.now();
  for (const [np = '', nc = '', oc = '', od = '', op = ''] of rows) {
    const r = toNewAddress(make(oc, od, op));
    if (r.ok) {
      if (same(r.value.commune, nc) && same(r.value.province, np)) ok++;
      else wrong++;
    } else if (r.candidates.some((c) => same(c.commune, nc))) choice++;
    else none++;
  }
  const ms = performance.now() - t;
  console.log(
    `toNewAddress (${label}): ${rows.length} old addresses → ${ok} converted, ${choice} officer's choice incl. the right commune, ` +
      `${wrong} wrong, ${none} not placed; ${((ms / rows.length) * 1000).toFixed(0)} µs/address`,
  );
}
