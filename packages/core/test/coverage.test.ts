// The catalogue's coverage list (data/coverage.json, issue 23): every commune-level record of the
// portal data is in the catalogue as the ward's own, in it as a referral with the office that receives
// it, or left out with its reason, and the list is up to date with the catalogue and
// data/curated/scope.json (and with the portal data itself, where that is on this machine).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain script, no types
import { coverage, referralOf } from '../scripts/import-portal.mjs';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
interface Row {
  code: string;
  name: string;
  field: string;
  inCatalogue: boolean;
  referral?: string;
  reason?: string;
}
const list: { total: number; inCatalogue: number; own: number; referrals: number; leftOut: number; records: Row[] } =
  read('../data/coverage.json');
const catalogue: { code: string; field: string; referral?: { office: string; reason?: string } }[] =
  read('../data/procedures.json');
const scope: {
  excludeFields: { field: string; reason: string }[];
  excludeCodes: { code: string; reason: string }[];
  referrals: { fields: { field: string; office: string }[] };
} = read('../data/curated/scope.json');

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
    assert.equal(list.own + list.referrals, list.inCatalogue);
    assert.equal(list.records.filter((r) => !r.inCatalogue).length, list.leftOut);
    assert.equal(list.records.filter((r) => r.referral).length, list.referrals);
    // Today's counts (README.md): a change to the portal data or the rule shows here first.
    assert.deepEqual([list.own, list.referrals, list.leftOut], [332, 61, 195]);
  });

  it('keeps as referrals, with their office, exactly the catalogue records marked so, all of a referral field', () => {
    const marked = new Map(catalogue.filter((p) => p.referral).map((p) => [p.code, p.referral!.office]));
    const listed = new Map(list.records.filter((r) => r.referral).map((r) => [r.code, r.referral]));
    assert.deepEqual(listed, marked);
    const fields = new Set(scope.referrals.fields.map((f) => f.field));
    for (const p of catalogue.filter((x) => x.referral)) {
      assert.ok(fields.has(p.field), `${p.code} is of a referral field`);
      assert.ok(p.referral!.office.trim(), `${p.code} names its office`);
    }
    // Customs and the State Treasury stay out altogether.
    assert.equal(list.records.filter((r) => /^(Hải quan|Kho bạc Nhà nước)$/.test(r.field) && r.inCatalogue).length, 0);
  });

  it('reads the rule over the record: individuals in, enterprise-only and oil and gas out, the office as given', () => {
    const rec = (over: Record<string, string>) => ({
      ma_thu_tuc: '9.999999',
      ten_thu_tuc: 'Khai thuế đối với hộ kinh doanh, cá nhân kinh doanh',
      linh_vuc: 'Thuế',
      doi_tuong_thuc_hien: 'Công dân Việt Nam, Doanh nghiệp',
      co_quan_thuc_hien: 'Không có thông tin',
      dia_chi_tiep_nhan: '',
      ...over,
    });
    assert.deepEqual(referralOf(rec({}), scope)?.referral?.office, 'Thuế cơ sở');
    assert.equal(
      referralOf(rec({ co_quan_thuc_hien: 'Thuế tỉnh, thành phố.' }), scope)?.referral?.office,
      'Thuế tỉnh, thành phố',
    );
    assert.equal(referralOf(rec({ dia_chi_tiep_nhan: 'Thuế cơ sở 3' }), scope)?.referral?.office, 'Thuế cơ sở 3');
    assert.equal(referralOf(rec({ doi_tuong_thuc_hien: 'Doanh nghiệp, Hợp tác xã' }), scope)?.referral, undefined);
    assert.match(referralOf(rec({ doi_tuong_thuc_hien: 'Doanh nghiệp' }), scope)?.reason ?? '', /individuals/);
    assert.equal(
      referralOf(rec({ ten_thu_tuc: 'Khai thuế đối với hoạt động khai thác dầu thô' }), scope)?.referral,
      undefined,
    );
    assert.equal(
      referralOf(rec({ linh_vuc: 'Tòa án', co_quan_thuc_hien: '' }), scope)?.referral?.office,
      'Tòa án nhân dân',
    );
    assert.equal(referralOf(rec({ linh_vuc: 'Hải quan' }), scope), undefined);
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
    const referralField = new Set(scope.referrals.fields.map((f) => f.field));
    for (const r of list.records.filter((x) => !x.inCatalogue)) {
      assert.ok(r.reason && r.reason !== 'unexplained', `${r.code} has a reason`);
      const given = byCode.get(r.code) ?? byField.get(r.field);
      // A record of a referral field left out says also why it is not a referral.
      if (byCode.has(r.code) || !referralField.has(r.field)) assert.equal(r.reason, given, r.code);
      else assert.ok(r.reason.startsWith(`${given}; `) && r.reason.length > `${given}; `.length, r.code);
    }
  });

  it('is what the importer makes of the portal data now (node packages/core/scripts/import-portal.mjs)', (t) => {
    if (!portal) return t.skip('the portal data is not on this machine');
    const raw = JSON.parse(readFileSync(portal, 'utf8'));
    assert.deepEqual(coverage(raw, scope, new Set(catalogue.map((p) => p.code))), list);
  });
});
