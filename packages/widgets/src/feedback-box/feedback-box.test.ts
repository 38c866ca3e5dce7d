// The feedback box (PAKN) in Chromium, sending through the real outbox to the real collector behind the
// test runner (test/component/collector-proxy.mjs), the demo ward's catalogue included.
import { expect, fixture, html } from '@open-wc/testing';
import { faults, resetPageOutbox, serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';
import './feedback-box.js';
import { FeedbackBoxElement } from './feedback-box.component.js';
import { $, typeInto, clearDrafts } from '../../test/browser/support/shadow.js';

/** A box whose lookup module fails to load the first time, as it would offline. */
let lookupFailures = 0;
class OfflineLookupBox extends FeedbackBoxElement {
  protected override loadLookup() {
    if (lookupFailures > 0) {
      lookupFailures--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return super.loadLookup();
  }
}
customElements.define('test-offline-lookup-box', OfflineLookupBox);

/** A box whose attachments module fails to load while `attachmentFailures` is above 0, as offline before the citizen chose a file. */
let attachmentFailures = 0;
class OfflineAttachmentsBox extends FeedbackBoxElement {
  protected override loadAttachments() {
    if (attachmentFailures > 0) {
      attachmentFailures--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return super.loadAttachments();
  }
}
customElements.define('test-offline-attachments-box', OfflineAttachmentsBox);

async function fillValid(el: FeedbackBoxElement) {
  await typeInto(el, 'f-name', 'Nguyễn Văn A');
  await typeInto(el, 'f-phone', '0912 345 678');
  await typeInto(el, 'f-content', 'Đề nghị niêm yết rõ lệ phí chứng thực tại bộ phận một cửa.');
  ($(el, '#f-consent') as HTMLInputElement).click();
  await el.updateComplete;
}

/** A filled box whose submission the ward answers with 503 `times` times: it shows as waiting to send. */
async function submitWhileFailing(endpoint: string, times: number) {
  await faults({ method: 'POST', path: '/feedback', status: 503, times });
  const el = await fixture<FeedbackBoxElement>(
    html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
  );
  await fillValid(el);
  ($(el, 'button[type=submit]') as HTMLButtonElement).click();
  await until(() => !!el.shadowRoot!.querySelector('.waiting'));
  return el;
}

describe('<motcua-feedback-box>', () => {
  let endpoint = '';
  beforeEach(async () => {
    await resetPageOutbox();
    await clearDrafts();
    endpoint = useBucket();
  });

  it('shows an empty, labelled form with an unticked consent box, and is accessible', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    expect($(el, 'h2').textContent).to.equal('Gửi phản ánh, kiến nghị');
    expect(($(el, '#f-consent') as HTMLInputElement).checked).to.equal(false);
    expect($(el, 'label[for="f-phone"]').textContent).to.contain('Số điện thoại');
    expect($(el, '.honeypot').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('summarises errors at the top, links each to its field, and keeps what was typed', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await typeInto(el, 'f-name', 'Trần Thị B');
    await typeInto(el, 'f-phone', 'không có số');
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    const summary = $(el, '.summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['#f-phone', '#f-content', '#f-consent']);
    expect($(el, '#f-phone').getAttribute('aria-invalid')).to.equal('true');
    (summary.querySelector('a[href="#f-content"]') as HTMLElement).click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-content');
    expect(($(el, '#f-name') as HTMLInputElement).value).to.equal('Trần Thị B');
    expect(($(el, '#f-phone') as HTMLInputElement).value).to.equal('không có số');
    expect((await serverLog()).posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps a draft as the citizen types and restores it after a reload', async () => {
    const first = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await typeInto(first, 'f-subject', 'Ghế chờ');
    await typeInto(first, 'f-content', 'Bộ phận một cửa thiếu ghế chờ vào buổi sáng.');
    await new Promise((r) => setTimeout(r, 400));
    first.remove();
    const again = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await until(() => ($(again, '#f-content') as HTMLTextAreaElement)?.value !== '');
    expect(($(again, '#f-subject') as HTMLInputElement).value).to.equal('Ghế chờ');
    expect($(again, '.info').textContent).to.contain('Đã khôi phục');
    await expect(again).to.be.accessible();
    ($(again, '.info button') as HTMLButtonElement).click();
    await until(() => ($(again, '#f-content') as HTMLTextAreaElement).value === '');
  });

  it('sends through the outbox and shows the receipt code large; a reload shows it again until another is started', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await fillValid(el);
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.receipt'));
    const log = await serverLog();
    expect(log.stored).to.have.length(1);
    const body = log.bodies[log.stored[0] as string] as Record<string, unknown>;
    expect(body.phone).to.equal('0912345678');
    expect(body.consent).to.equal(true);
    const issued = log.requests.find((r) => r.path.endsWith('/feedback/ticket'))?.answer?.ticket;
    expect(issued).to.be.a('string');
    expect(body.ticket, 'the form ticket asked for when the form was shown').to.equal(issued);
    expect($(el, '.receipt').textContent).to.match(/^PA-/);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.panel'));
    await expect(el).to.be.accessible();
    const code = $(el, '.receipt').textContent;
    el.remove();
    // A reload (or one racing the acknowledgement) shows the same receipt, and nothing typed is kept.
    const reloaded = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await until(() => !!reloaded.shadowRoot!.querySelector('.receipt'));
    expect($(reloaded, '.receipt').textContent).to.equal(code);
    expect((await serverLog()).stored).to.have.length(1);
    const another = [...reloaded.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Gửi phản ánh khác'),
    ) as HTMLButtonElement;
    another.click();
    await until(() => !!reloaded.shadowRoot!.querySelector('#f-content'));
    expect(($(reloaded, '#f-content') as HTMLTextAreaElement).value).to.equal('');
    await new Promise((r) => setTimeout(r, 100));
    reloaded.remove();
    const fresh = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(fresh.shadowRoot!.querySelector('.receipt')).to.equal(null);
    expect(($(fresh, '#f-content') as HTMLTextAreaElement).value).to.equal('');
  });

  it('tells the truth when the ward cannot be reached: waiting to send, then the receipt', async () => {
    const el = await submitWhileFailing(endpoint, 1);
    expect($(el, '.waiting').textContent).to.contain('chờ gửi');
    await expect(el).to.be.accessible();
    await until(() => !!el.shadowRoot!.querySelector('.receipt'), 15000);
    expect((await serverLog()).stored).to.have.length(1);
  });

  it('shows the collector’s field errors and keeps the form filled', async () => {
    // The box's own checks pass; the collector refuses what reaches it (as after a rule of its changed).
    await faults({ method: 'POST', path: '/feedback', patch: { phone: '0000', startedAt: 'hôm qua' } });
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await fillValid(el);
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.summary'));
    const refusal = (await serverLog()).requests.find((r) => r.method === 'POST')!;
    expect(refusal.status).to.equal(400);
    const fields = refusal.answer?.fields as Record<string, { vi: string }>;
    expect(fields).to.have.keys('phone', 'startedAt');
    expect($(el, '.summary').textContent).to.contain(fields.phone!.vi);
    // A field not on screen is told as text, not as a link to nowhere.
    expect($(el, '.summary').textContent).to.contain(fields.startedAt!.vi);
    const links = [...el.shadowRoot!.querySelectorAll('.summary a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#f-phone']);
    await expect(el).to.be.accessible();
    expect(($(el, '#f-name') as HTMLInputElement).value).to.equal('Nguyễn Văn A');
  });

  it('refuses a renamed executable and too many files, naming the file', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    const input = $(el, '#f-attachments') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([0x4d, 0x5a, 0, 0, 0, 0, 0, 0])], 'anh-chup.jpg', { type: 'image/jpeg' }));
    dt.items.add(new File(['%PDF-1.4\n%test\n%%EOF\n'], 'don.pdf', { type: 'application/pdf' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot!.querySelector('#f-attachments-error'));
    expect($(el, '#f-attachments-error').textContent).to.contain('anh-chup.jpg');
    expect(el.shadowRoot!.querySelectorAll('.files li')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('refuses a PDF cut short (no %%EOF at its end) as the collector would, before anything is sent', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    const input = $(el, '#f-attachments') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(new File(['%PDF-1.4\n%test, the download broke here'], 'don-thieu.pdf', { type: 'application/pdf' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot!.querySelector('#f-attachments-error'));
    expect($(el, '#f-attachments-error').textContent).to.contain('don-thieu.pdf');
    expect(el.shadowRoot!.querySelectorAll('.files li')).to.have.length(0);
  });

  it('says so when attaching cannot load yet, keeps everything typed, and works on the next try', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<test-offline-attachments-box endpoint=${endpoint} unit="demo"></test-offline-attachments-box>`,
    );
    await fillValid(el);
    // A whole PDF, end mark included: the collector checks a file's end as well as its start.
    const pdf = () => new File(['%PDF-1.4\n%test\n%%EOF\n'], 'don.pdf', { type: 'application/pdf' });
    attachmentFailures = 1;
    const input = $(el, '#f-attachments') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(pdf());
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot!.querySelector('#f-attachments-error'));
    expect($(el, '#f-attachments-error').textContent).to.contain('chọn lại tệp');
    expect(($(el, '#f-name') as HTMLInputElement).value).to.equal('Nguyễn Văn A');
    expect(($(el, '#f-content') as HTMLTextAreaElement).value).to.contain('lệ phí chứng thực');
    expect(attachmentFailures).to.equal(0);
    await expect(el).to.be.accessible();
    const again = new DataTransfer();
    again.items.add(pdf());
    input.files = again.files;
    input.dispatchEvent(new Event('change'));
    await until(() => el.shadowRoot!.querySelectorAll('.files li').length === 1);
    expect(el.shadowRoot!.querySelector('#f-attachments-error')).to.equal(null);

    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.receipt'));
    const log = await serverLog();
    expect(log.stored).to.have.length(1);
    expect(log.bodies[log.stored[0] as string]?.attachments).to.have.length(1);
  });

  it('suggests the ward’s procedures as the citizen types, without diacritics, and sends the chosen code', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    await fillValid(el);
    await typeInto(el, 'f-procedure', 'dang ky khai sinh');
    await until(() => el.shadowRoot!.querySelectorAll('#procedure-list option').length > 0);
    await typeInto(el, 'f-procedure', 'dang ky khai sinh');
    const options = [...el.shadowRoot!.querySelectorAll('#procedure-list option')].map((o) => o.getAttribute('value'));
    // From the demo ward's catalogue, as the collector serves it.
    expect(options).to.include('Đăng ký khai sinh (1.001193)');
    await typeInto(el, 'f-procedure', 'Đăng ký khai sinh (1.001193)');
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.receipt'));
    const log = await serverLog();
    expect(log.bodies[log.stored[0] as string]?.procedure).to.equal('1.001193');
  });

  it('looks a submission up by receipt code and phone, and says so when none matches', async () => {
    const sent = await fetch(`${endpoint}/api/v1/units/demo/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        name: 'Lê Thị C',
        phone: '0912345678',
        content: 'Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa.',
        consent: true,
        startedAt: new Date(Date.now() - 60_000).toISOString(),
      }),
    });
    expect(sent.status).to.equal(201);
    const { receiptCode } = (await sent.json()) as { receiptCode: string };
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box mode="lookup" endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    ($(el, '#f-code') as HTMLInputElement).value = receiptCode;
    ($(el, '#f-phone') as HTMLInputElement).value = '0912345678';
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.result'));
    // Just received; staff answering it, and the citizen reading the answer, is test/e2e/feedback.spec.ts.
    expect($(el, '[data-status]').textContent).to.equal('Mới tiếp nhận');
    expect(el.shadowRoot!.textContent).to.contain('Chưa có câu trả lời.');
    await expect(el).to.be.accessible();
    ($(el, '#f-phone') as HTMLInputElement).value = '0987000000';
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!el.shadowRoot!.querySelector('.result.error'));
    expect($(el, '.result.error').textContent).to.contain('Không tìm thấy');
    await expect(el).to.be.accessible();
  });

  it('says the lookup cannot run while its module cannot load, and shows the form once it can', async () => {
    lookupFailures = 1;
    const el = await fixture<OfflineLookupBox>(
      html`<test-offline-lookup-box mode="lookup" endpoint=${endpoint} unit="demo"></test-offline-lookup-box>`,
    );
    expect($(el, '[role="alert"]').textContent).to.contain('Chưa tra cứu được');
    expect(el.shadowRoot!.querySelector('#f-code')).to.equal(null);
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-code')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await fixture<FeedbackBoxElement>(
      html`<motcua-feedback-box lang="en" endpoint=${endpoint} unit="demo"></motcua-feedback-box>`,
    );
    expect($(el, 'button[type=submit]').textContent?.trim()).to.equal('Send feedback');
  });
});
