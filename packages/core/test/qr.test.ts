import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCitizenIdQr, repairScannedText } from '../src/index.js';

const GOOD =
  '049090001234|201234567|Nguyễn Văn An|01021990|Nam|Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam|15082021';

function ok(text: string) {
  const r = parseCitizenIdQr(text);
  if (!r.ok) assert.fail(`expected ok, got ${r.error}: ${r.message.en}`);
  return r.value;
}
function err(text: string) {
  const r = parseCitizenIdQr(text);
  assert.equal(r.ok, false, `expected an error for ${JSON.stringify(text)}`);
  if (r.ok) throw new Error('unreachable');
  assert.ok(r.message.vi.length > 0 && r.message.en.length > 0);
  return r.error;
}

describe('parseCitizenIdQr', () => {
  it('reads the seven fields of a chip ID card', () => {
    assert.deepEqual(ok(GOOD), {
      idNumber: '049090001234',
      oldIdNumber: '201234567',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-02-01',
      gender: 'Nam',
      address: 'Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam',
      issueDate: '2021-08-15',
    });
  });

  it('outputs NFC whatever the input form', () => {
    const v = ok(GOOD.normalize('NFD'));
    assert.equal(v.fullName, 'Nguyễn Văn An'.normalize('NFC'));
    assert.equal(v.fullName.length, 'Nguyễn Văn An'.normalize('NFC').length);
    assert.ok(v.address.startsWith('Tổ 5, Phường'));
  });

  it('ignores a BOM, stray blanks and a trailing newline', () => {
    const v = ok(
      `\ufeff 049090001234 | 201234567 |  Nguyễn  Văn An |01021990| Nam |Tổ 5, Phường Tân Thạnh|15082021\r\n`,
    );
    assert.equal(v.idNumber, '049090001234');
    assert.equal(v.fullName, 'Nguyễn Văn An');
    assert.equal(v.address, 'Tổ 5, Phường Tân Thạnh');
  });

  it('allows an empty old ID number', () => {
    const v = ok('049090001234||Nguyễn Văn An|01021990|Nam|Quảng Nam|15082021');
    assert.equal(v.oldIdNumber, undefined);
    assert.equal('oldIdNumber' in v, false);
  });

  it('ignores the empty trailing fields of 2024 cards', () => {
    const v = ok(`${GOOD}||||`);
    assert.equal(v.issueDate, '2021-08-15');
    assert.equal(ok('049300001235||Trần Thị Bình|29022000|Nữ|Hà Nội|01072024|||').gender, 'Nữ');
  });

  it('accepts "Nữ" in any case or form', () => {
    assert.equal(ok('049300001235||Trần Thị Bình|01012000|NỮ|Hà Nội|01072024'.normalize('NFD')).gender, 'Nữ');
  });

  it('rejects impossible dates', () => {
    assert.equal(err('049090001234||Nguyễn Văn An|31041990|Nam|Hà Nội|15082021'), 'date-of-birth');
    assert.equal(err('049090001234||Nguyễn Văn An|29021990|Nam|Hà Nội|15082021'), 'date-of-birth');
    assert.equal(err('049090001234||Nguyễn Văn An|00011990|Nam|Hà Nội|15082021'), 'date-of-birth');
    assert.equal(err('049090001234||Nguyễn Văn An|01131990|Nam|Hà Nội|15082021'), 'date-of-birth');
    assert.equal(ok('049200001234||Nguyễn Văn An|29022000|Nam|Hà Nội|15082021').dateOfBirth, '2000-02-29');
    assert.equal(err('049090001234||Nguyễn Văn An|01021990|Nam|Hà Nội|31022021'), 'issue-date');
    assert.equal(err('049090001234||Nguyễn Văn An|01021990|Nam|Hà Nội|01011980'), 'issue-date');
  });

  it('rejects malformed numbers', () => {
    assert.equal(err('04909000123|201234567|Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'id-number');
    assert.equal(err('04909000123A|201234567|Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'id-number');
    assert.equal(err('049090001234|2012345|Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'old-id-number');
  });

  it('cross-checks the gender and century digit with the printed fields', () => {
    // 4th digit 0 = male born 1900s; a woman born 1990 must have 1.
    assert.equal(err('049090001234||Trần Thị Bình|01021990|Nữ|Hà Nội|15082021'), 'id-gender-century');
    assert.equal(ok('049190001234||Trần Thị Bình|01021990|Nữ|Hà Nội|15082021').gender, 'Nữ');
    // Born 2005: 2 (male) / 3 (female).
    assert.equal(ok('001205001234||Lê Văn Cường|05052005|Nam|Hà Nội|15082021').idNumber, '001205001234');
    assert.equal(err('001005001234||Lê Văn Cường|05052005|Nam|Hà Nội|15082021'), 'id-gender-century');
    assert.equal(ok('001305001234||Lê Thị Dung|05052005|Nữ|Hà Nội|15082021').gender, 'Nữ');
  });

  it('cross-checks the birth-year digits and the province code', () => {
    assert.equal(err('049091001234||Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'id-birth-year');
    assert.equal(err('003090001234||Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'id-province');
    assert.equal(err('149090001234||Nguyễn Văn An|01021990|Nam|Hà Nội|15082021'), 'id-province');
  });

  it('rejects text that is not an ID card QR, never throwing', () => {
    assert.equal(err(''), 'empty');
    assert.equal(err('  \ufeff '), 'empty');
    assert.equal(err('https://example.com'), 'not-citizen-id');
    assert.equal(err('a|b|c'), 'not-citizen-id');
    assert.equal(err(`${GOOD}|extra|more`), 'not-citizen-id');
    assert.equal(err('049090001234||Nguyễn Văn An|01021990|Khác|Hà Nội|15082021'), 'gender');
    assert.equal(err('049090001234||Nguyễn Văn 4n|01021990|Nam|Hà Nội|15082021'), 'full-name');
    assert.equal(err('049090001234||Nguyễn Văn An|01021990|Nam||15082021'), 'address');
    assert.equal(parseCitizenIdQr(undefined as unknown as string).ok, false);
  });

  it('repairs what scanners and keyboard layouts garble, and says what it repaired', () => {
    const mojibake = new TextDecoder('windows-1252').decode(new TextEncoder().encode(GOOD));
    assert.notEqual(mojibake, GOOD);
    const r = parseCitizenIdQr(mojibake);
    assert.ok(r.ok);
    assert.equal(r.value.fullName, 'Nguyễn Văn An');
    assert.deepEqual(r.repairs, ['mojibake']);
    const pipes = parseCitizenIdQr(GOOD.replaceAll('|', '¦'));
    assert.ok(pipes.ok && pipes.repairs.includes('separator'));
    const caps = parseCitizenIdQr('049090001234||nGUYỄN vĂN aN|01021990|Nam|Hà Nội|15082021');
    assert.ok(caps.ok && caps.value.fullName === 'Nguyễn Văn An' && caps.repairs.includes('caps-lock'));
    assert.deepEqual(repairScannedText(`${GOOD}\n`).text, GOOD);
  });

  it('tells the officer to turn off the input method when digits were garbled', () => {
    const r = parseCitizenIdQr('0490900012ă4||Nguyễn Văn An|01021990|Nam|Hà Nội|15082021');
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.hint?.vi ?? '', /bộ gõ/);
  });
});
