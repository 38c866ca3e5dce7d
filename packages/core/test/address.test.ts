import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listCommunes, listProvinces, oldProvinceByCode, toNewAddress } from '../src/index.js';

function ok(text: string) {
  const r = toNewAddress(text);
  if (!r.ok) assert.fail(`expected ok for ${text}, got ${r.error}`);
  return r.value;
}

describe('toNewAddress', () => {
  it('converts the seed plan example with unit words', () => {
    assert.deepEqual(ok('Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Tỉnh Quảng Nam'), {
      province: 'Thành phố Đà Nẵng',
      commune: 'Phường Bàn Thạch',
      street: 'Tổ 5',
    });
  });

  it('accepts abbreviations, missing unit words and missing diacritics', () => {
    for (const text of [
      'Tổ 5, P. Tân Thạnh, TP. Tam Kỳ, Quảng Nam',
      'To 5, Tan Thanh, Tam Ky, Quang Nam',
      'To 5,P.Tan Thanh,TP Tam Ky,T. Quang Nam',
      'Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam'.normalize('NFD'),
    ]) {
      const v = ok(text);
      assert.equal(v.province, 'Thành phố Đà Nẵng', text);
      assert.equal(v.commune, 'Phường Bàn Thạch', text);
      assert.ok(v.street?.startsWith('T'), text);
    }
  });

  it('reads numbered wards and districts of Hồ Chí Minh City', () => {
    const v = ok('12 Lý Tự Trọng, P.1, Q.3, TP.HCM');
    assert.equal(v.province, 'Thành phố Hồ Chí Minh');
    assert.equal(v.street, '12 Lý Tự Trọng');
    assert.match(v.commune, /^Phường /);
  });

  it('recognises an address already in the post-2025 form', () => {
    assert.deepEqual(ok('Thôn 3, Phường Bàn Thạch, Thành phố Đà Nẵng'), {
      province: 'Thành phố Đà Nẵng',
      commune: 'Phường Bàn Thạch',
      street: 'Thôn 3',
    });
  });

  it('reads text without diacritics both ways, and tells districts from new communes by their unit word', () => {
    const r = toNewAddress('phuong binh, phung hiep, hau giang');
    assert.ok(r.ok);
    assert.equal(r.value.commune, 'Xã Phương Bình');
    assert.equal(r.value.province, 'Thành phố Cần Thơ');
    assert.deepEqual(ok('Số 1, Xã Phụng Hiệp, Thành phố Cần Thơ'), {
      province: 'Thành phố Cần Thơ',
      commune: 'Xã Phụng Hiệp',
      street: 'Số 1',
    });
  });

  it('gives the candidates for a split old commune', () => {
    const r = toNewAddress('Phường Cống Vị, Quận Ba Đình, Thành phố Hà Nội');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error, 'split');
    assert.ok(r.candidates.length >= 2);
    assert.ok(r.candidates.every((c) => c.province === 'Thành phố Hà Nội'));
    assert.ok(r.candidates.some((c) => c.commune === 'Phường Giảng Võ'));
  });

  it('does not guess an address it cannot place', () => {
    for (const text of ['', '   ', 'Số 1 đường ABC', 'Phường Không Có, Quận Không Có, Tỉnh Không Có']) {
      const r = toNewAddress(text);
      assert.equal(r.ok, false, text);
      if (!r.ok) assert.ok(r.message.vi && r.message.en);
    }
  });
});

describe('province and commune lists', () => {
  it('lists the 34 provinces in official form', () => {
    const provinces = listProvinces();
    assert.equal(provinces.length, 34);
    assert.ok(provinces.includes('Thành phố Đà Nẵng'));
    assert.ok(provinces.includes('Tỉnh Lào Cai'));
    assert.ok(provinces.every((p) => /^(Tỉnh|Thành phố) /.test(p) && p === p.normalize('NFC')));
  });

  it('lists the communes of a province, accent-insensitively', () => {
    const communes = listCommunes('da nang');
    assert.ok(communes.includes('Phường Bàn Thạch'));
    assert.ok(communes.length > 50);
    assert.equal(listCommunes('Không có').length, 0);
    const total = listProvinces().reduce((n, p) => n + listCommunes(p).length, 0);
    assert.equal(total, 3315);
  });

  it('maps birth-registration codes to old provinces', () => {
    assert.equal(oldProvinceByCode('49'), 'Tỉnh Quảng Nam');
    assert.equal(oldProvinceByCode('01'), 'Thành Phố Hà Nội'.replace('Phố', 'phố'));
    assert.equal(oldProvinceByCode('03'), undefined);
  });
});
