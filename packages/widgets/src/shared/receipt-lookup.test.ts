import { expect } from '@open-wc/testing';
import { readReceiptQuery, receiptQueryErrors, vietnamTime } from './receipt-lookup.js';

const texts = { codeMissing: 'code?', phoneMissing: 'phone?', phoneInvalid: 'phone!' };

describe('receipt lookup', () => {
  it('reads the code and phone a form holds, trimmed', () => {
    const form = document.createElement('form');
    form.innerHTML = '<input name="code" /><input name="phone" />';
    (form.elements.namedItem('code') as HTMLInputElement).value = '  PA-7K2Q9M ';
    (form.elements.namedItem('phone') as HTMLInputElement).value = ' 0912 345 678';
    expect(readReceiptQuery(form)).to.deep.equal({ code: 'PA-7K2Q9M', phone: '0912 345 678' });
  });

  it('names each missing or wrong field, and nothing for a query that can be sent', () => {
    expect(receiptQueryErrors({ code: '', phone: '' }, texts)).to.deep.equal({ code: 'code?', phone: 'phone?' });
    expect(receiptQueryErrors({ code: 'HT-1', phone: '12345' }, texts)).to.deep.equal({ phone: 'phone!' });
    expect(receiptQueryErrors({ code: 'HT-1', phone: '+84 912 345 678' }, texts)).to.deep.equal({});
  });

  it('shows a time in Vietnam time whatever the zone it was sent in, in the language asked', () => {
    // 17:30 UTC on 6 Dec is 00:30 on 7 Dec in Vietnam (UTC+7).
    const at = '2026-12-06T17:30:00Z';
    expect(vietnamTime(at, 'vi'))
      .to.contain('00:30')
      .and.to.match(/7 thg 12, 2026/);
    expect(vietnamTime(at, 'en')).to.contain('00:30').and.to.contain('7 Dec 2026');
    expect(vietnamTime(at, 'vi', 'full')).to.contain('Thứ Hai, 7 tháng 12, 2026');
    expect(vietnamTime(at, 'en', 'full')).to.contain('Monday');
  });
});
