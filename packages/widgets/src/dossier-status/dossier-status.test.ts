// The dossier status widget in Chromium against the demo ward's seeded dossiers (all with phone digits
// 5678, dated around now) on the real collector behind the test runner (test/component/collector-proxy.mjs),
// rating through the real page outbox (IndexedDB). A test that rates a dossier has a unit of its own
// holding the same dossiers: the collector takes one rating per dossier.
import { expect, fixture, html } from '@open-wc/testing';
import { faults, resetPageOutbox, serverLog, testUnit, until, useBucket } from '../../test/browser/support/endpoint.js';
import type { DossierStatusElement } from './dossier-status.component.js';
import './dossier-status.js';
import { $, $$, button, typeInto } from '../../test/browser/support/shadow.js';

const active = (el: Element) => el.shadowRoot!.activeElement;

/** The seeded dossiers (packages/collector/src/dossiers/demo.ts). */
const MISSING = 'H47.26-000120';
const LATE = 'H47.26-000121';
const HANDED_BACK = 'H47.26-000123';

let base = '';
let unit = 'demo';
beforeEach(() => {
  base = useBucket();
  unit = 'demo';
});
afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await resetPageOutbox();
});

/** The network goes (every request gets a garbled reply) or comes back. */
const network = (down: boolean) => faults(down ? { drop: true } : {});
/** The ratings the collector took. */
const ratings = async () => {
  const log = await serverLog();
  return log.stored
    .filter((id) => log.requests.some((r) => r.id === id && r.path.endsWith('/ratings')))
    .map((id) => log.bodies[id]!);
};
/** An instant as the widget shows it: dd/mm/yyyy hh:mm in Vietnam time. */
const moment = (iso: string) => {
  const vn = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${vn.slice(8, 10)}/${vn.slice(5, 7)}/${vn.slice(0, 4)} ${vn.slice(11, 16)}`;
};

async function widget(lang = 'vi') {
  return fixture<DossierStatusElement>(
    html`<motcua-dossier-status endpoint=${base} unit=${unit} lang=${lang}></motcua-dossier-status>`,
  );
}

async function lookUp(el: DossierStatusElement, code: string, phone = '5678') {
  await typeInto(el, 'code', code);
  await typeInto(el, 'phone', phone);
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
    await lookUp(el, MISSING.toLowerCase());
    expect($(el, '#status').textContent?.trim()).to.equal('Cần bổ sung giấy tờ');
    expect(active(el)).to.equal($(el, '#status'));
    expect($(el, '.note').textContent).to.equal('Bản sao giấy chứng nhận kết hôn của cha mẹ (nếu có).');
    const answer = (await serverLog()).requests.find((r) => r.path.endsWith('/dossiers/lookup'))!.answer as {
      dueDate: string;
      history: { at: string }[];
    };
    const [y, m, d] = answer.dueDate.split('-');
    expect($(el, 'dl').textContent).to.contain(`${d}/${m}/${y}`).and.contain('Đúng hạn');
    expect($$(el, '.timeline li').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal([
      `${moment(answer.history[0]!.at)} Mới tiếp nhận`,
      `${moment(answer.history[1]!.at)} Cần bổ sung giấy tờ`,
    ]);
    expect($(el, '.rating')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says a late dossier is late, in English too', async () => {
    const el = await widget('en');
    await typeInto(el, 'code', LATE);
    await typeInto(el, 'phone', '5678');
    button(el, 'Look up')?.click();
    await until(() => !!$(el, '.result'));
    expect($(el, '#status').textContent?.trim()).to.equal('Being handled');
    expect($(el, '.badge').textContent).to.equal('Late');
    await expect(el).to.be.accessible();
  });

  it('gives one answer for a wrong code or wrong digits', async () => {
    const el = await widget();
    await lookUp(el, HANDED_BACK, '0000');
    const wrongDigits = $(el, '.alert').textContent;
    await lookUp(el, 'KHONG-CO', '5678');
    expect($(el, '.alert').textContent).to.equal(wrongDigits).and.contain('Không tìm thấy hồ sơ');
    expect(active(el)).to.equal($(el, '.alert'));
    await expect(el).to.be.accessible();
  });

  it('fills the code from the receipt slip QR link and asks for the digits', async () => {
    history.replaceState(null, '', `#ho-so=${HANDED_BACK}`);
    const el = await widget();
    await el.updateComplete;
    expect(($(el, '#code') as HTMLInputElement).value).to.equal(HANDED_BACK);
    await until(() => active(el) === $(el, '#phone'));
    expect($(el, '.result')).to.equal(null, 'the code alone never shows a dossier');
  });

  it('offers the rating once handed back: one tap sends it with the dossier code, once', async () => {
    unit = await testUnit('dossiers');
    const el = await widget();
    await lookUp(el, HANDED_BACK);
    expect($(el, 'legend').textContent).to.equal('Ông/bà có hài lòng với việc giải quyết hồ sơ này không?');
    await expect(el).to.be.accessible();
    button(el, 'Rất hài lòng')?.click();
    await until(() => !!$(el, '.done'));
    expect($(el, '.done').textContent?.trim()).to.equal('Cảm ơn ông/bà đã đánh giá!');
    const sent = await ratings();
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ dossier: HANDED_BACK, procedure: '1.001193', scale: 3, score: 3 });
    // Looked up again, the dossier says it was rated, and offers no second rating.
    button(el, 'Tra cứu hồ sơ khác')?.click();
    await el.updateComplete;
    await lookUp(el, HANDED_BACK);
    expect($(el, '.done').textContent?.trim()).to.equal('Hồ sơ này đã được đánh giá. Cảm ơn ông/bà!');
    expect(button(el, 'Rất hài lòng')).to.equal(undefined);
  });

  it('keeps the rating in the outbox when the connection drops, and sends it once back online', async () => {
    unit = await testUnit('dossiers');
    const el = await widget();
    await lookUp(el, HANDED_BACK);
    await network(true);
    button(el, 'Hài lòng')?.click();
    await until(() => !!$(el, '.done'));
    expect($(el, '.done').textContent?.trim()).to.equal('Cảm ơn ông/bà! Đánh giá sẽ tự gửi khi có mạng.');
    await network(false);
    window.dispatchEvent(new Event('online'));
    await until(async () => (await ratings()).length === 1, 8000);
    expect((await ratings())[0]).to.include({ dossier: HANDED_BACK, score: 2 });
  });

  it('says so when the service cannot be reached', async () => {
    const el = await widget();
    await network(true);
    await lookUp(el, HANDED_BACK);
    expect($(el, '.alert').textContent).to.contain('Không kết nối được máy chủ');
    await network(false);
  });
});
