import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isValidEmail,
  normalizePhoneVN,
  validateCampaign,
  validateEvents,
  validateFeedback,
  validateRating,
} from '../src/index.js';

const ID = '0b6c1f8e-3c1d-4a55-9a5e-2f1f6b8c9d01';

describe('phone and e-mail', () => {
  it('accepts mobile and landline numbers in 0, +84 and 84 forms, with separators', () => {
    assert.equal(normalizePhoneVN('0912345678'), '0912345678');
    assert.equal(normalizePhoneVN('0912 345 678'), '0912345678');
    assert.equal(normalizePhoneVN('+84 912.345.678'), '0912345678');
    assert.equal(normalizePhoneVN('84912345678'), '0912345678');
    assert.equal(normalizePhoneVN('(024) 3825 1234'), '02438251234');
    assert.equal(normalizePhoneVN('0084 24 3825 1234'), '02438251234');
  });
  it('rejects letters, wrong lengths and unknown prefixes', () => {
    for (const bad of ['abc', '091234567', '09123456789', '0112345678', 'không có', '', '0912-345-67x']) {
      assert.equal(normalizePhoneVN(bad), undefined, bad);
    }
  });
  it('checks e-mail shape', () => {
    assert.ok(isValidEmail('ten@example.com'));
    assert.ok(isValidEmail('nguyen.van.a@ubnd.tanthanh.gov.vn'));
    assert.ok(!isValidEmail('ten@'));
    assert.ok(!isValidEmail('ten example@x.com'));
    assert.ok(!isValidEmail('<script>@x.com'));
  });
});

describe('validateRating', () => {
  it('accepts the minimal body and optional fields', () => {
    const r = validateRating({ id: ID, scale: 3, score: 3 });
    assert.ok(r.ok);
    const full = validateRating({
      id: ID,
      scale: 5,
      score: 4,
      mode: 'full',
      criteria: { 'thai-do': 2 },
      dossier: 'HS-1',
    });
    assert.ok(full.ok && full.value.criteria?.['thai-do'] === 2);
  });
  it('names each bad field in both languages', () => {
    const r = validateRating({ id: 'x', scale: 4, score: 9, mode: 'loud' });
    assert.ok(!r.ok);
    if (!r.ok) {
      assert.deepEqual(Object.keys(r.fields).sort(), ['id', 'mode', 'scale', 'score']);
      assert.ok(r.fields.id?.vi && r.fields.id?.en);
    }
    assert.ok(!validateRating({ id: ID, scale: 3, score: 4 }).ok);
    assert.ok(!validateRating(null).ok);
    assert.ok(!validateRating([1, 2]).ok);
  });
});

describe('validateFeedback', () => {
  const good = {
    id: ID,
    name: 'Nguyễn Văn A',
    phone: '0912 345 678',
    content: 'Đề nghị niêm yết rõ lệ phí chứng thực tại bộ phận một cửa.',
    consent: true,
    startedAt: new Date().toISOString(),
  };
  it('accepts a complete submission and normalises the phone and text to NFC', () => {
    const r = validateFeedback({ ...good, name: 'Nguyễn Văn A'.normalize('NFD') });
    assert.ok(r.ok);
    if (r.ok) {
      assert.equal(r.value.phone, '0912345678');
      assert.equal(r.value.name, 'Nguyễn Văn A');
      assert.equal(r.value.publishConsent, false);
    }
  });
  it('refuses to accept without consent, and reports every field at once', () => {
    const r = validateFeedback({ ...good, consent: false, phone: 'abc', email: 'x@', content: '' });
    assert.ok(!r.ok);
    if (!r.ok) assert.deepEqual(Object.keys(r.fields).sort(), ['consent', 'content', 'email', 'phone']);
  });
  it('limits attachments by count and size', () => {
    const big = 'A'.repeat(7_200_000);
    const r = validateFeedback({ ...good, attachments: [{ name: 'a.jpg', type: 'image/jpeg', data: big }] });
    assert.ok(!r.ok);
    const many = Array.from({ length: 4 }, () => ({ name: 'a.pdf', type: 'application/pdf', data: 'JVBERi0=' }));
    assert.ok(!validateFeedback({ ...good, attachments: many }).ok);
  });
});

describe('validateEvents and validateCampaign', () => {
  it('accepts anonymous counts and rejects bad days and types', () => {
    assert.ok(
      validateEvents({ id: ID, events: [{ type: 'impression', campaign: 'c1', count: 3, day: '2026-11-23' }] }).ok,
    );
    assert.ok(!validateEvents({ id: ID, events: [{ type: 'hover', campaign: 'c1', count: 3, day: '2026-11-23' }] }).ok);
    assert.ok(!validateEvents({ id: ID, events: [{ type: 'click', campaign: 'c1', count: 1, day: '2026-02-30' }] }).ok);
    assert.ok(!validateEvents({ id: ID, events: [] }).ok);
  });
  it('checks campaign dates, links and image descriptions', () => {
    const base = {
      title: 'Nộp hồ sơ trực tuyến',
      startsAt: '2026-11-01T00:00:00+07:00',
      endsAt: '2026-12-01T00:00:00+07:00',
    };
    assert.ok(validateCampaign(base).ok);
    assert.ok(!validateCampaign({ ...base, endsAt: '2026-10-01T00:00:00+07:00' }).ok);
    assert.ok(!validateCampaign({ ...base, linkUrl: 'javascript:alert(1)' }).ok);
    assert.ok(!validateCampaign({ ...base, imageUrl: '/a.png' }).ok);
    assert.ok(validateCampaign({ ...base, imageUrl: '/a.png', imageAlt: '' }).ok);
  });
  it('refuses links that leave for another host however they are written (issue 17, finding 9)', () => {
    const base = { title: 'T', startsAt: '2026-11-01T00:00:00+07:00', endsAt: '2026-12-01T00:00:00+07:00' };
    for (const linkUrl of [
      '//evil.example/x',
      '/\\evil.example',
      'http://localhost.evil.example/',
      'http://127.0.0.1.evil.example',
    ])
      assert.ok(!validateCampaign({ ...base, linkUrl }).ok, linkUrl);
    for (const linkUrl of ['/thu-tuc?x=1', 'https://dichvucong.gov.vn/', 'http://localhost:8080/a', 'http://127.0.0.1'])
      assert.ok(validateCampaign({ ...base, linkUrl }).ok, linkUrl);
  });
  it('refuses dates out of 2000–2100 in campaigns and event days', () => {
    const base = { title: 'T', startsAt: '0000-01-01T00:00:00Z', endsAt: '2026-12-01T00:00:00+07:00' };
    assert.ok(!validateCampaign(base).ok);
    assert.ok(!validateEvents({ id: ID, events: [{ type: 'click', campaign: 'c1', count: 1, day: '1999-12-31' }] }).ok);
  });
});
