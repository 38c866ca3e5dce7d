// The catalogue's coverage list (data/coverage.json, issue 23): every commune-level record of the
// portal data is in the catalogue or left out with its reason, and the list is up to date with the
// catalogue and data/curated/scope.json (and with the portal data itself, where that is on this machine).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain script, no types
import { coverage } from '../scripts/import-portal.mjs';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
interface Row {
  code: string;
  name: string;
  field: string;
  inCatalogue: boolean;
  reason?: string;
}
const list: { total: number; inCatalogue: number; leftOut: number; records: Row[] } = read('../data/coverage.json');
const catalogue: { code: string }[] = read('../data/procedures.json');
const scope: { excludeFields: { field: string; reason: string }[]; excludeCodes: { code: string; reason: string }[] } =
  read('../data/curated/scope.json');

/** The portal data, where this machine has it (the shared data folder beside the repository). */
const portal = [
  process.env.MOTCUA_PORTAL_DATA,
  join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'procedures-portal', 'cap-xa.json'),
  '/work/shared/data/procedures-portal/cap-xa.json',
].find((p) => p && existsSync(p));

describe('the coverage list', () => {
  it("lists the portal's 588 commune-level records once each, with its counts", () => {
    assert.equal(list.total, 588);
    assert.equal(new Set(list.records.map((r) => r.code)).size, 588);
    assert.equal(list.inCatalogue + list.leftOut, list.total);
    assert.equal(list.records.filter((r) => !r.inCatalogue).length, list.leftOut);
  });

  it('marks as in the catalogue exactly the portal records the catalogue has', () => {
    const codes = new Set(catalogue.map((p) => p.code));
    for (const r of list.records) assert.equal(r.inCatalogue, codes.has(r.code), r.code);
    const listed = new Set(list.records.map((r) => r.code));
    for (const p of catalogue) assert.ok(p.code.startsWith('local:') || listed.has(p.code), `${p.code} is listed`);
  });

  it('gives every record left out the reason scope.json gives for its code or its field', () => {
    const byField = new Map(scope.excludeFields.map((f) => [f.field, f.reason]));
    const byCode = new Map(scope.excludeCodes.map((c) => [c.code, c.reason]));
    for (const r of list.records.filter((x) => !x.inCatalogue)) {
      assert.ok(r.reason && r.reason !== 'unexplained', `${r.code} has a reason`);
      assert.equal(r.reason, byCode.get(r.code) ?? byField.get(r.field), r.code);
    }
  });

  it('is what the importer makes of the portal data now (node packages/core/scripts/import-portal.mjs)', (t) => {
    if (!portal) return t.skip('the portal data is not on this machine');
    const raw = JSON.parse(readFileSync(portal, 'utf8'));
    assert.deepEqual(coverage(raw, scope, new Set(catalogue.map((p) => p.code))), list);
  });
});
