// Derives admin-units.js (old commune → post-2025 commune, the 34 provinces and their communes) from
// ../shared/data/admin-units-2025. Run: node packages/core/data/admin-units/generate.mjs [SOURCE_DIR]
// The TSV (with old districts) is the base; dvhcvn's official-code splits are cross-checked and, where the
// two disagree on an old commune named once in its province, the commune is treated as split (union).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const source = process.argv[2] ?? join(here, '../../../../../shared/data/admin-units-2025');

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
/** Official capitalisation of unit words: the source writes "Thành Phố", "Thị Xã". */
const official = (s) =>
  s
    .normalize('NFC')
    .trim()
    .replace(/^Thành Phố /, 'Thành phố ')
    .replace(/^Thị Xã /, 'Thị xã ')
    .replace(/^Thị Trấn /, 'Thị trấn ')
    .replace(/^Đặc Khu /, 'Đặc khu ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/Bà Rịa - Vũng Tàu/, 'Bà Rịa - Vũng Tàu');
const bare = (s) =>
  fold(s).replace(/^(thanh pho|tinh|quan|huyen|thi xa|phuong|xa|thi tran|dac khu)\s+/, '');

const rows = readFileSync(join(source, 'old-to-new-wards.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t').map(official));
const dvhcvn = JSON.parse(readFileSync(join(source, 'dvhcvn-splits.json'), 'utf8')).data;

const provinces = [...new Set(rows.map((r) => r[0]))].sort((a, b) => bare(a).localeCompare(bare(b), 'vi'));
const communesByProvince = provinces.map(() => []);
const newRef = new Map(); // "p|commune" → [p, c]
function refOf(province, commune) {
  const key = `${province}|${commune}`;
  let ref = newRef.get(key);
  if (!ref) {
    const p = provinces.indexOf(province);
    communesByProvince[p].push(commune);
    ref = [p, communesByProvince[p].length - 1];
    newRef.set(key, ref);
  }
  return ref;
}
for (const r of rows) refOf(r[0], r[1]);
// Sort communes per province for the picker, then rebuild refs.
communesByProvince.forEach((list) => list.sort((a, b) => bare(a).localeCompare(bare(b), 'vi')));
newRef.clear();
communesByProvince.forEach((list, p) => {
  list.forEach((c, i) => newRef.set(`${provinces[p]}|${c}`, [p, i]));
});

// old province → district → commune → set of refs
const old = new Map();
for (const [np, nc, oc, od, op] of rows) {
  if (!old.has(op)) old.set(op, new Map());
  const districts = old.get(op);
  if (!districts.has(od)) districts.set(od, new Map());
  const communes = districts.get(od);
  if (!communes.has(oc)) communes.set(oc, new Set());
  communes.get(oc).add(newRef.get(`${np}|${nc}`).join('.'));
}

// Cross-check against dvhcvn.
let disagreements = 0;
const codes = {};
for (const p of dvhcvn) {
  const op = [...old.keys()].find((k) => bare(k) === bare(p.name));
  if (!op) throw new Error(`dvhcvn province not in TSV: ${p.name}`);
  codes[op] = p.level1_id;
  const districts = old.get(op);
  const newProvince = provinces.find((np) => bare(np) === bare(p.splits[0].name)) ?? null;
  const countDv = new Map();
  for (const c of p.level3s) countDv.set(bare(c.name), (countDv.get(bare(c.name)) ?? 0) + 1);
  for (const c of p.level3s) {
    if (countDv.get(bare(c.name)) !== 1) continue;
    const matches = [];
    for (const communes of districts.values())
      for (const [oc, refs] of communes) if (bare(oc) === bare(c.name) && fold(oc) === fold(c.name)) matches.push(refs);
    if (matches.length !== 1) continue;
    const refs = matches[0];
    const targetProvinces = newProvince ? [newProvince] : provinces;
    for (const s of c.splits) {
      const np = targetProvinces.find((cand) => newRef.has(`${cand}|${official(s.name)}`));
      const ref = np
        ? newRef.get(`${np}|${official(s.name)}`)
        : provinces
            .map((cand) => newRef.get(`${cand}|${official(s.name)}`))
            .find(Boolean);
      if (!ref) continue; // name spelled differently in the two sources: keep the TSV's answer
      const key = ref.join('.');
      if (!refs.has(key)) {
        refs.add(key);
        disagreements++;
      }
    }
  }
}

const out = {
  source:
    'Derived from tanthuan031/vnadministrative (MIT licence, file new_to_old.json) and dvhcvn/20250701 (MIT licence, mapping/splits.json), compiled from the 2025 resolutions of the National Assembly Standing Committee on rearranging commune-level units (in force 1 July 2025).',
  provinces,
  communes: communesByProvince,
  old: [...old].map(([op, districts]) => ({
    name: op,
    code: codes[op] ?? '',
    districts: [...districts].map(([od, communes]) => ({
      name: od,
      communes: [...communes].map(([oc, refs]) => [oc, ...[...refs].map((r) => r.split('.').map(Number))]),
    })),
  })),
};
// A JS module rather than JSON: it loads the same way in Node, bundlers, Vite and the test browser
// (JSON modules need import attributes that not every tool passes through).
writeFileSync(
  join(here, 'admin-units.js'),
  `// Generated by generate.mjs from ../shared/data/admin-units-2025: do not edit. Sources and credit: README.md.\nexport default ${JSON.stringify(out)};\n`,
);
const splits = out.old.flatMap((p) => p.districts.flatMap((d) => d.communes.filter((c) => c.length > 2))).length;
console.log(
  `admin-units.js: ${provinces.length} provinces, ${communesByProvince.flat().length} communes, ` +
    `${out.old.length} old provinces, ${splits} split old communes (${disagreements} refs added from dvhcvn)`,
);

// codes.json: the official statistics-office codes of the 34 provinces and of their communes (dvhcvn),
// for the collector, which ties each unit to its province. Province names in their official form (above).
const provinceCodes = new Map(); // code → official name
const votes = new Map(); // commune code → { name, provinces: Map(province code → old communes that went there) }
for (const p of dvhcvn) {
  const [target] = p.splits;
  const name = provinces.find((np) => bare(np) === bare(target.name));
  if (!name) throw new Error(`dvhcvn's new province is not in the TSV: ${target.name}`);
  provinceCodes.set(target.new_id, name);
  for (const c of p.level3s)
    for (const s of c.splits) {
      const v = votes.get(s.new_id) ?? { name: official(s.name), provinces: new Map() };
      v.provinces.set(target.new_id, (v.provinces.get(target.new_id) ?? 0) + 1);
      votes.set(s.new_id, v);
    }
}
// A few rows of the source list an old commune's new commune under a neighbouring province (Xã Tân Phú of
// An Giang → 30259, a commune of Đồng Tháp): a commune belongs to the province most of its old communes came from.
const communeCodes = new Map(
  [...votes].map(([code, v]) => [code, [v.name, [...v.provinces].sort((a, b) => b[1] - a[1])[0][0]]]),
);
const byCode = (a, b) => a[0].localeCompare(b[0]);
writeFileSync(
  join(here, 'codes.json'),
  `${JSON.stringify({
    source: 'dvhcvn/20250701 (MIT licence), mapping/splits.json: official statistics-office codes.',
    provinces: [...provinceCodes].sort(byCode).map(([code, name]) => ({ code, name })),
    communes: [...communeCodes].sort(byCode).map(([code, [name, province]]) => [code, name, province]),
  })}\n`,
);
console.log(`codes.json: ${provinceCodes.size} provinces, ${communeCodes.size} communes with official codes`);
