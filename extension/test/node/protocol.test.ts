// The panel plans on the descriptions the content script sends (plain JSON, no elements) with the
// engine's planFill: taught rules in their scope, only the applicant's fields, other people from the
// profiles the officer assigns; and the content script answers only the extension's own pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FieldInfo, type FieldPerson, planFill } from '@motcua/autofill';
import { isTrustedSender } from '../../src/fill/protocol.js';
import type { CitizenProfile, TaughtRule } from '../../src/store/profile-store.js';

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

const applicant: FieldPerson = { role: 'applicant', source: 'section', evidence: 'Thông tin người yêu cầu' };
const mother: FieldPerson = { role: 'mother', source: 'section', evidence: 'Thông tin người mẹ' };
const head: FieldPerson = { role: 'householdHead', source: 'label', evidence: 'Họ tên chủ hộ' };

/** A description as it arrives over messaging: JSON, so no element. */
const field = (id: string, label: string, person = applicant, extra: Partial<FieldInfo> = {}): FieldInfo =>
  JSON.parse(
    JSON.stringify({
      id,
      kind: 'text',
      type: 'text',
      label,
      signals: [`label: ${label}`],
      person,
      required: false,
      ...extra,
    }),
  );

const url = 'https://dichvucong.gov.vn/p/to-khai?id=1';

describe('planning in the panel with the engine', () => {
  it('matches fields by their Vietnamese labels, with or without diacritics, in the form’s formats', () => {
    const plan = planFill(
      [
        field('a', 'Họ và tên người nộp'),
        field('b', 'So dinh danh ca nhan'),
        field('c', 'Ngày sinh', applicant, { placeholder: 'dd/mm/yyyy' }),
        field('d', 'Giới tính', applicant, { kind: 'select', type: 'select', options: ['Nam', 'Nữ'] }),
        field('e', 'Số điện thoại'),
        field('f', 'Tỉnh/Thành phố', applicant, {
          kind: 'select',
          type: 'select',
          options: ['TP. Đà Nẵng', 'TP. Hà Nội'],
        }),
        field('g', 'Số CMND'),
        field('h', 'Ngày cấp'),
      ],
      PROFILE,
      [],
      { url },
    );
    const by = Object.fromEntries(plan.entries.map((e) => [e.field.id, [e.path, e.value]]));
    assert.deepEqual(by, {
      a: ['fullName', 'Nguyễn Văn An'],
      b: ['idNumber', '049090001234'],
      c: ['dateOfBirth', '01/02/1990'],
      d: ['gender', 'Nam'],
      e: ['phone', '0912345678'],
      f: ['residence.province', 'TP. Đà Nẵng'],
      g: ['oldIdNumber', '201234567'],
      h: ['issueDate', '15/08/2021'],
    });
  });

  it('leaves another person’s fields empty with the reason, and fills them from the profile assigned', () => {
    const fields = [field('a', 'Họ, chữ đệm, tên', mother), field('b', 'Họ tên chủ hộ', head), field('c', 'Quê quán')];
    const plan = planFill(fields, PROFILE, [], { url });
    assert.deepEqual(plan.entries, []);
    assert.deepEqual(
      plan.unmatched.map((u) => [u.field.id, u.reason, u.detail]),
      [
        ['a', 'other-person', 'Bỏ qua: thuộc phần Thông tin người mẹ'],
        ['b', 'other-person', 'Bỏ qua: ô của chủ hộ (“Họ tên chủ hộ”)'],
        ['c', 'no-value', 'Hồ sơ không có thông tin này'],
      ],
    );
    assert.deepEqual(
      plan.people.map((p) => p.key),
      ['mother', 'householdHead'],
    );
    const relative = PROFILE.relatives?.[0];
    assert.ok(relative);
    const assigned = planFill(fields, PROFILE, [], { url, people: { mother: relative }, fillAnyway: ['b'] });
    assert.deepEqual(
      assigned.entries.map((e) => [e.field.id, e.value, e.from]),
      [
        ['a', 'Lê Thị Cúc', 'mother'],
        ['b', 'Nguyễn Văn An', 'applicant'],
      ],
    );
  });

  it('applies a taught rule first, only within its scope', () => {
    const rule: TaughtRule = {
      id: 'r',
      scope: 'https://dichvucong.gov.vn/p/',
      label: 'Quê quán',
      field: 'address',
      createdAt: 0,
    };
    const plan = planFill([field('b', 'Que quan')], PROFILE, [rule], { url });
    assert.equal(plan.entries[0]?.path, 'address');
    assert.equal(plan.entries[0]?.layer, 'rule');
    const elsewhere = planFill([field('b', 'Quê quán')], PROFILE, [rule], { url: 'https://other.gov.vn/form' });
    assert.equal(elsewhere.entries.length, 0);
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
