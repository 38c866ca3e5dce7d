import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isTrustedSender, type PageField, planFill, profileValue } from '../../src/fill/protocol.js';
import type { CitizenProfile, FillRule } from '../../src/store/profile-store.js';

const PROFILE: CitizenProfile = {
  idNumber: '049090001234',
  oldIdNumber: '201234567',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1990-02-01',
  gender: 'Nam',
  address: 'Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam',
  issueDate: '2021-08-15',
  phone: '0912345678',
  residence: { province: 'Thành phố Đà Nẵng', commune: 'Phường Bàn Thạch', street: 'Tổ 5' },
  relatives: [{ relation: 'mother', fullName: 'Lê Thị Cúc', dateOfBirth: '1965-03-09' }],
};

const field = (id: string, label: string, kind: PageField['kind'] = 'text'): PageField => ({ id, label, kind });

describe('profileValue', () => {
  it('formats dates as dd/mm/yyyy and reads nested paths', () => {
    assert.equal(profileValue(PROFILE, 'dateOfBirth'), '01/02/1990');
    assert.equal(profileValue(PROFILE, 'issueDate'), '15/08/2021');
    assert.equal(profileValue(PROFILE, 'residence.commune'), 'Phường Bàn Thạch');
    assert.equal(profileValue(PROFILE, 'relatives.mother.fullName'), 'Lê Thị Cúc');
    assert.equal(profileValue(PROFILE, 'relatives.mother.dateOfBirth'), '09/03/1965');
    assert.equal(profileValue(PROFILE, 'relatives.father.fullName'), '');
    assert.equal(profileValue(PROFILE, 'email'), '');
    assert.equal(profileValue(PROFILE, 'nonsense'), '');
  });
});

describe('planFill', () => {
  const url = 'https://dichvucong.gov.vn/p/to-khai?id=1';

  it('matches fields by their Vietnamese labels, with or without diacritics', () => {
    const plan = planFill(
      url,
      [
        field('a', 'Họ và tên người nộp'),
        field('b', 'So dinh danh ca nhan'),
        field('c', 'Ngày sinh'),
        field('d', 'Giới tính', 'select'),
        field('e', 'Số điện thoại'),
        field('f', 'Tỉnh/Thành phố', 'select'),
        field('g', 'Xã/Phường', 'select'),
        field('h', 'Số CMND'),
        field('i', 'Ngày cấp'),
        field('j', 'Họ tên mẹ'),
      ],
      PROFILE,
      [],
    );
    const by = Object.fromEntries(plan.fills.map((f) => [f.fieldId, [f.source, f.value]]));
    assert.deepEqual(by, {
      a: ['fullName', 'Nguyễn Văn An'],
      b: ['idNumber', '049090001234'],
      c: ['dateOfBirth', '01/02/1990'],
      d: ['gender', 'Nam'],
      e: ['phone', '0912345678'],
      f: ['residence.province', 'Thành phố Đà Nẵng'],
      g: ['residence.commune', 'Phường Bàn Thạch'],
      h: ['oldIdNumber', '201234567'],
      i: ['issueDate', '15/08/2021'],
      j: ['relatives.mother.fullName', 'Lê Thị Cúc'],
    });
    assert.ok(plan.fills.every((f) => f.why.kind === 'label'));
  });

  it('never plans an empty value, and lists what it did not recognise', () => {
    const plan = planFill(
      url,
      [field('a', 'Thư điện tử'), field('b', 'Quê quán'), field('c', 'Họ tên cha')],
      PROFILE,
      [],
    );
    assert.deepEqual(plan.fills, []);
    assert.deepEqual(
      plan.unmatched.map((f) => f.id),
      ['a', 'b', 'c'],
    );
  });

  it('applies a taught rule first, only within its scope', () => {
    const rule: FillRule = {
      id: 'r',
      scope: 'https://dichvucong.gov.vn/p/',
      label: 'Quê quán',
      field: 'address',
      createdAt: 0,
    };
    const plan = planFill(url, [field('b', 'Que quan')], PROFILE, [rule]);
    assert.equal(plan.fills[0]?.source, 'address');
    assert.equal(plan.fills[0]?.why.kind, 'rule');
    const elsewhere = planFill('https://other.gov.vn/form', [field('b', 'Quê quán')], PROFILE, [rule]);
    assert.equal(elsewhere.fills.length, 0);
  });
});

describe('isTrustedSender', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it('accepts only the extension pages, not tabs, other extensions or web pages', () => {
    assert.equal(isTrustedSender({ id, url: `${origin}sidepanel.html?tab=3` }, id, origin), true);
    assert.equal(isTrustedSender({ id, url: `${origin}sidepanel.html`, tab: { id: 3 } }, id, origin), false);
    assert.equal(isTrustedSender({ id: 'other', url: `chrome-extension://other/x.html` }, id, origin), false);
    assert.equal(isTrustedSender({ id, url: 'https://dichvucong.gov.vn/' }, id, origin), false);
    assert.equal(isTrustedSender({ id }, id, origin), false);
    assert.equal(isTrustedSender({}, id, origin), false);
  });
});
