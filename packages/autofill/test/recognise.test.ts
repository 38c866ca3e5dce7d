import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognise } from '../src/recognise.js';
import type { FieldInfo } from '../src/types.js';

/** What a field labelled `label` is recognised as (a bare text field unless `more` says otherwise). */
const key = (label: string, more: Partial<FieldInfo> = {}) =>
  recognise(
    {
      id: 'f',
      kind: 'text',
      type: 'text',
      label,
      signals: label ? [`label: ${label}`] : [],
      person: { role: 'applicant', source: 'form', evidence: '' },
      required: false,
      ...more,
    },
    [],
    undefined,
    undefined,
  )?.key;

test('an administrative level is recognised by its unit words, one or several, however they are joined', () => {
  for (const label of ['Tỉnh/Thành phố', 'Tỉnh / Thành', 'Tỉnh, thành phố trực thuộc trung ương', 'Tỉnh/TP thường trú'])
    assert.equal(key(label), 'residence.province', label);
  for (const label of ['Xã, phường, đặc khu', 'Phường/Xã/Thị trấn', 'Phường xã thường trú', 'Xã'])
    assert.equal(key(label), 'residence.commune', label);
  for (const label of ['Quận/Huyện', 'Quận/Huyện/Thị xã/Thành phố', 'Huyện'])
    assert.equal(key(label), 'district', label);
  assert.equal(key('Thành phố/Thị trấn'), undefined);
});

test('an old ID number only where the label names no căn cước; a passport number is not the căn cước', () => {
  assert.equal(key('Số CMND'), 'oldIdNumber');
  assert.equal(key('Số CCCD/CMND'), 'idNumber');
  assert.equal(key('Số CMND/CCCD'), 'idNumber');
  assert.equal(key('Số hộ chiếu'), undefined);
  assert.equal(key('Số CCCD/Hộ chiếu'), 'idNumber');
});

test('"Năm sinh" alone asks for the year; choices offering only the genders ask the gender', () => {
  assert.equal(key('Năm sinh'), 'dateOfBirth.year');
  assert.equal(key('Năm sinh', { placeholder: 'dd/mm/yyyy' }), 'dateOfBirth');
  assert.equal(key('Ngày, tháng, năm sinh'), 'dateOfBirth');
  assert.equal(key('', { kind: 'radio', options: ['Nam', 'Nữ'] }), 'gender');
  assert.equal(key('', { kind: 'radio', options: ['Bên nam', 'Bên nữ'] }), undefined);
});

test('a label’s outline number says nothing; an input’s type says what it asks where no label does', () => {
  assert.equal(key('4. Tỉnh/Thành phố'), 'residence.province');
  assert.equal(key('a) Xã/Phường/Đặc khu'), 'residence.commune');
  assert.equal(key('II.3. Số định danh cá nhân'), 'idNumber');
  assert.equal(key('', { type: 'email' }), 'email');
  assert.equal(key('', { type: 'tel' }), 'phone');
  assert.equal(key('Số fax', { type: 'tel' }), undefined);
});

test('words saying a field asks something else than the profile holds: a place applied for, a work phone, another paper', () => {
  for (const label of [
    'Nơi đề nghị đăng ký thường trú',
    'Địa chỉ nơi ở mới',
    'Địa chỉ nhận kết quả',
    'Nơi thường trú cũ',
    'Số sổ hộ khẩu',
    'Số điện thoại cơ quan',
    'Ngày cấp giấy phép',
    'Ngày sinh âm lịch',
    'Tên gọi khác',
  ])
    assert.equal(key(label) ?? 'notInProfile', 'notInProfile', label);
  assert.equal(key('Nơi cư trú của người đề nghị đăng ký'), 'address');
  assert.equal(key('Ngày cấp giấy tờ tùy thân'), 'issueDate');
  assert.equal(key('Số ĐTDĐ'), 'phone');
  assert.equal(key('Nơi cư trú'), 'address');
});

test('a list labelled with a part of a date is that part, before its options are known', () => {
  const select = { kind: 'select' as const, type: 'select', signals: ['label: Ngày', 'text-before: Ngày sinh'] };
  assert.equal(key('Ngày', select), 'dateOfBirth.day');
  assert.equal(key('Năm', { ...select, signals: ['label: Năm', 'text-before: Ngày cấp'] }), 'issueDate.year');
});

test('a place’s unit after a dash is what the label asks of that place', () => {
  assert.equal(key('Nơi thường trú — Tỉnh/Thành phố'), 'residence.province');
  assert.equal(key('Nơi cư trú - Xã/Phường'), 'residence.commune');
  assert.equal(key('Nơi đến — Tỉnh/Thành phố'), 'notInProfile');
  assert.equal(key('Nơi thường trú'), 'address');
});

test('a label put as a question to the one filing is read as the label it stands for', () => {
  assert.equal(key('Bạn đang cư trú tại tỉnh, thành phố nào?'), 'residence.province');
  assert.equal(key('Xã, phường nơi bạn cư trú'), 'residence.commune');
});

test('the shortenings and English words forms use for the profile’s fields', () => {
  assert.equal(key('Nơi ĐKTT'), 'address');
  assert.equal(key('Địa chỉ HKTT'), 'address');
  assert.equal(key('ĐT:'), 'phone');
  assert.equal(key('Telephone'), 'phone');
  assert.equal(key('Citizen ID'), 'idNumber');
  assert.equal(key('Issue date'), 'issueDate');
  assert.equal(key('Đặt tên'), undefined);
});
