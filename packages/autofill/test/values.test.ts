import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFormatOf, formatDate, matchOption, phoneFor, provinceOfAddress } from '../src/index.js';
import { datePartOf, genderOption } from '../src/values.js';

test('matchOption meets province names however the list writes them', () => {
  for (const list of [
    ['Thành phố Hà Nội', 'Tỉnh Hà Giang'],
    ['TP. Hà Nội', 'T. Hà Giang'],
    ['Ha Noi', 'Ha Giang'],
  ]) {
    for (const wanted of ['Thành phố Hà Nội', 'TP. Hà Nội', 'Ha Noi', 'hà nội'])
      assert.equal(matchOption(list, wanted), 0, `${wanted} in ${list}`);
    assert.equal(matchOption(list, 'Tỉnh Hà Giang'), 1);
  }
  assert.equal(matchOption(['Phường Bàn Thạch', 'Phường Tân Thạnh'], 'P. Tân Thạnh'), 1);
  assert.equal(matchOption(['Thành phố Hà Nội'], 'Thành phố Hải Phòng'), -1);
  assert.equal(matchOption(['Hà Nam'], 'Hà Nội'), -1);
});

test('dates come out in the field’s format', () => {
  assert.equal(formatDate('1985-03-07', dateFormatOf('text', ['dd/mm/yyyy'])), '07/03/1985');
  assert.equal(formatDate('1985-03-07', dateFormatOf('text', ['Ngày cấp (DD-MM-YYYY)'])), '07-03-1985');
  assert.equal(formatDate('1985-03-07', dateFormatOf('date', [])), '1985-03-07');
  assert.equal(formatDate('1985-03-07', dateFormatOf('text', ['Ngày sinh'])), '07/03/1985');
  assert.equal(datePartOf(Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0'))), 'day');
  assert.equal(datePartOf(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`)), 'month');
  assert.equal(datePartOf(Array.from({ length: 80 }, (_, i) => String(1946 + i))), 'year');
  assert.equal(datePartOf(['Kinh', 'Tày']), undefined);
});

test('phone numbers take the shape the field’s pattern and length want', () => {
  assert.equal(phoneFor('0912 345 678'), '0912345678');
  assert.equal(phoneFor('+84 912 345 678', undefined, 10), '0912345678');
  assert.equal(phoneFor('0912345678', '\\+84[0-9]{9}'), '+84912345678');
  assert.equal(phoneFor('0912345678', '[0-9]{4} [0-9]{3} [0-9]{3}'), '0912 345 678');
});

test('gender matches the option offered', () => {
  assert.equal(genderOption(['Nữ', 'Nam'], 'Nam'), 1);
  assert.equal(genderOption(['Male', 'Female'], 'Nữ'), 1);
  assert.equal(genderOption(['Khác'], 'Nam'), -1);
});

test('the province of an old card address is its post-2025 province', () => {
  assert.equal(provinceOfAddress('Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Tỉnh Quảng Nam'), 'Đà Nẵng');
  assert.equal(provinceOfAddress('Thôn 2, xã Hòa Phú, huyện Hòa Vang, Đà Nẵng'), 'Đà Nẵng');
  assert.equal(provinceOfAddress('Số 1, P. Bến Nghé, Q.1, TP. Hồ Chí Minh'), 'Hồ Chí Minh');
  assert.equal(provinceOfAddress('xã Tân Phú, huyện Đồng Phú, tỉnh Bình Phước'), 'Đồng Nai');
});
