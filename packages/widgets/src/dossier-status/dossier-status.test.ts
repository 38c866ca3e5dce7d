// The dossier status widget in Chromium against the test runner's dossier endpoint
// (test/browser/support/dossier-server.mjs), rating through the real page outbox (IndexedDB).
import { expect, fixture, html } from '@open-wc/testing';
import { resetPageOutbox, until, useBucket } from '../../test/browser/support/endpoint.js';
import type { DossierStatusElement } from './dossier-status.component.js';
import './dossier-status.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const button = (el: Element, name: string) => $$(el, 'button').find((b) => b.textContent?.trim() === name);
const active = (el: Element) => el.shadowRoot!.activeElement;

let base = '';
beforeEach(() => {
  useBucket(); // a page outbox of this test's own
  base = `/__dossier/d${crypto.randomUUID().replaceAll('-', '')}`;
});
afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await resetPageOutbox();
});

const network = (down: boolean) =>
  fetch(`${base}/network`, { method: 'POST', body: JSON.stringify({ down }) }).then(() => undefined);
const log = async () => (await fetch(`${base}/log`)).json() as Promise<{ ratings: Record<string, unknown>[] }>;

async function widget(lang = 'vi') {
  return fixture<DossierStatusElement>(
    html`<motcua-dossier-status endpoint=${base} unit="demo" lang=${lang}></motcua-dossier-status>`,
  );
}

async function type(el: DossierStatusElement, id: string, value: string) {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function lookUp(el: DossierStatusElement, code: string, phone = '5678') {
  await type(el, 'code', code);
  await type(el, 'phone', phone);
  button(el, 'Tra cứu')?.click();
  await el.updateComplete;
  const submit = () => $(el, 'button[type=submit]') as HTMLButtonElement | null;
  await until(() => !!$(el, '.result') || (!!$(el, '.alert') && !submit()?.disabled));
  await el.updateComplete;
}

describe('motcua-dossier-status', () => {
  it('asks for the code and the four digits, with errors summarised and linked to their fields', async () => {
    const el = await widget();
    await expect(el).to.be.accessible();
    button(el, 'Tra cứu')?.click();
    await until(() => !!$(el, '.alert'));
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '.alert'));
    const links = $$(el, '.alert a');
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Xin nhập mã hồ sơ.',
      'Xin nhập đúng 4 chữ số cuối của số điện thoại.',
    ]);
    expect($(el, '#phone').getAttribute('aria-describedby')).to.equal('phone-error');
    links[1]?.click();
    expect(active(el)).to.equal($(el, '#phone'));
    await expect(el).to.be.accessible();
  });

  it('shows what to bring, the due date and the timeline of a dossier missing documents', async () => {
    const el = await widget();
    await lookUp(el, 'hs-bosung');
    expect($(el, '#status').textContent?.trim()).to.equal('Cần bổ sung giấy tờ');
    expect(active(el)).to.equal($(el, '#status'));
    expect($(el, '.note').textContent).to.equal('Bản sao giấy chứng nhận kết hôn của cha mẹ.');
    expect($(el, 'dl').textContent).to.contain('04/12/2026').and.contain('Đúng hạn');
    expect($$(el, '.timeline li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '01/12/2026 08:15 Mới tiếp nhận',
      '02/12/2026 10:00 Cần bổ sung giấy tờ',
    ]);
    expect($(el, '.rating')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says a late dossier is late, in English too', async () => {
    const el = await widget('en');
    await type(el, 'code', 'HS-TRE');
    await type(el, 'phone', '5678');
    button(el, 'Look up')?.click();
    await until(() => !!$(el, '.result'));
    expect($(el, '#status').textContent?.trim()).to.equal('Being handled');
    expect($(el, '.badge').textContent).to.equal('Late');
    await expect(el).to.be.accessible();
  });

  it('gives one answer for a wrong code or wrong digits', async () => {
    const el = await widget();
    await lookUp(el, 'HS-TRA', '0000');
    const wrongDigits = $(el, '.alert').textContent;
    await lookUp(el, 'KHONG-CO', '5678');
    expect($(el, '.alert').textContent).to.equal(wrongDigits).and.contain('Không tìm thấy hồ sơ');
    expect(active(el)).to.equal($(el, '.alert'));
    await expect(el).to.be.accessible();
  });

  it('fills the code from the receipt slip QR link and asks for the digits', async () => {
    history.replaceState(null, '', '#ho-so=HS-TRA');
    const el = await widget();
    await el.updateComplete;
    expect(($(el, '#code') as HTMLInputElement).value).to.equal('HS-TRA');
    await until(() => active(el) === $(el, '#phone'));
    expect($(el, '.result')).to.equal(null, 'the code alone never shows a dossier');
  });

  it('offers the rating once handed back: one tap sends it with the dossier code, once', async () => {
    const el = await widget();
    await lookUp(el, 'HS-TRA');
    expect($(el, 'legend').textContent).to.equal('Ông/bà có hài lòng với việc giải quyết hồ sơ này không?');
    await expect(el).to.be.accessible();
    button(el, 'Rất hài lòng')?.click();
    await until(() => !!$(el, '.done'));
    expect($(el, '.done').textContent?.trim()).to.equal('Cảm ơn ông/bà đã đánh giá!');
    const { ratings } = await log();
    expect(ratings).to.have.length(1);
    expect(ratings[0]).to.include({ dossier: 'HS-TRA', procedure: '1.004227', scale: 3, score: 3 });
    // Looked up again, the dossier says it was rated, and offers no second rating.
    button(el, 'Tra cứu hồ sơ khác')?.click();
    await el.updateComplete;
    await lookUp(el, 'HS-TRA');
    expect($(el, '.done').textContent?.trim()).to.equal('Hồ sơ này đã được đánh giá. Cảm ơn ông/bà!');
    expect(button(el, 'Rất hài lòng')).to.equal(undefined);
  });

  it('keeps the rating in the outbox when the connection drops, and sends it once back online', async () => {
    const el = await widget();
    await lookUp(el, 'HS-TRA');
    await network(true);
    button(el, 'Hài lòng')?.click();
    await until(() => !!$(el, '.done'));
    expect($(el, '.done').textContent?.trim()).to.equal('Cảm ơn ông/bà! Đánh giá sẽ tự gửi khi có mạng.');
    await network(false);
    window.dispatchEvent(new Event('online'));
    await until(async () => (await log()).ratings.length === 1, 8000);
    expect((await log()).ratings[0]).to.include({ dossier: 'HS-TRA', score: 2 });
  });

  it('says so when the service cannot be reached', async () => {
    const el = await widget();
    await network(true);
    await lookUp(el, 'HS-TRA');
    expect($(el, '.alert').textContent).to.contain('Không kết nối được máy chủ');
    await network(false);
  });
});
