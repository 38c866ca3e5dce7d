import { expect } from '@open-wc/testing';
import { readReceiptQuery, receiptQueryErrors } from './receipt-lookup.js';

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
});
