// The quick rating widget in Chromium, posting through the real outbox (IndexedDB) to the real collector
// behind the test runner (test/component/collector-proxy.mjs). Each test rates a dossier of its own: the
// collector takes one rating per dossier.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SatisfactionRatingElement } from './satisfaction-rating.component.js';
import './satisfaction-rating.js';
import { faults, resetPageOutbox, serverLog, unique, until, useBucket } from '../../test/browser/support/endpoint.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

let endpoint = '';
let dossier = '';
beforeEach(() => {
  endpoint = useBucket();
  dossier = unique('H01.23-251123-');
});
afterEach(resetPageOutbox);

async function rating(attrs = '') {
  const el = await fixture<SatisfactionRatingElement>(
    html`<motcua-satisfaction-rating endpoint=${endpoint} unit="demo" procedure="1.001193" dossier=${dossier} officer="CB-07"></motcua-satisfaction-rating>`,
  );
  if (attrs === 'scale5') {
    el.scale = 5;
    await el.updateComplete;
  }
  return el;
}

async function choose(el: SatisfactionRatingElement, label: string) {
  const input = qa(el, 'label.level')
    .find((l) => l.textContent?.trim() === label)!
    .querySelector('input')!;
  input.click();
  await el.updateComplete;
}

describe('<motcua-satisfaction-rating> quick mode', () => {
  it('asks one question as a radio group of the three official levels', async () => {
    const el = await rating();
    const fieldset = q(el, 'fieldset');
    expect(q(el, 'legend').textContent).to.contain('Ông/bà có hài lòng');
    const radios = qa(el, 'input[type="radio"]');
    expect(radios).to.have.length(3);
    expect(qa(el, 'label.level').map((l) => l.textContent?.trim())).to.deep.equal([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
    expect(radios.every((r) => (r as HTMLInputElement).name === 'level')).to.equal(true);
    expect(fieldset.contains(radios[0]!)).to.equal(true);
    // The comment box only appears once a level is chosen.
    expect(q(el, 'textarea')).to.equal(null);
    expect(q(el, 'form').getAttribute('aria-labelledby')).to.equal('level-legend');
    await expect(el).to.be.accessible();
  });

  it('is usable with the keyboard alone and sends the rating with its context', async () => {
    const el = await rating();
    let event: CustomEvent | undefined;
    el.addEventListener('motcua-rating', (e) => (event = e as CustomEvent));
    q<HTMLInputElement>(el, 'input[type="radio"]').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(qa(el, 'input:checked').map((i) => i.parentElement?.textContent?.trim())).to.deep.equal(['Hài lòng']);
    q(el, 'textarea').focus();
    await sendKeys({ type: 'Cán bộ hướng dẫn tận tình' });
    q<HTMLButtonElement>(el, 'button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !!q(el, '.done'));
    expect(q(el, '[role="status"]').textContent).to.equal('Đã gửi.');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.done'));
    const log = await serverLog();
    const body = Object.values(log.bodies)[0] as Record<string, unknown>;
    expect(body).to.include({
      scale: 3,
      score: 2,
      mode: 'quick',
      comment: 'Cán bộ hướng dẫn tận tình',
      procedure: '1.001193',
      dossier,
      officer: 'CB-07',
    });
    expect(body.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event?.detail).to.include({ score: 2, status: 'sent' });
    await expect(el).to.be.accessible();
  });

  it('explains what is missing, in the error summary linked to the field, and sends nothing', async () => {
    const el = await rating();
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.summary'));
    const summary = q(el, '.summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(q(el, '.summary h3').textContent).to.equal('Có lỗi cần sửa');
    expect(q(el, '.summary a').textContent).to.equal('Xin chọn một mức độ hài lòng.');
    expect(q(el, 'fieldset').getAttribute('aria-describedby')).to.equal('f-level-error');
    expect(q(el, '#f-level-error').textContent).to.equal('Xin chọn một mức độ hài lòng.');
    await expect(el).to.be.accessible();
    // The link moves focus to the first answer, and from there the keyboard chooses one.
    q(el, '.summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(qa(el, 'input[name="level"]')[0]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(q(el, '.summary')).to.equal(null);
    expect((await serverLog()).posts).to.deep.equal([]);
  });

  it('says "waiting to send" when the collector fails, then "sent" once it recovers', async () => {
    await faults({ status: 503, times: 1 });
    const el = await rating();
    await choose(el, 'Rất hài lòng');
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.done'));
    expect(q(el, '.done [role="status"]').textContent).to.equal('Đang chờ gửi (sẽ tự gửi khi có mạng).');
    await expect(el).to.be.accessible();
    await until(() => q(el, '.done [role="status"]').textContent === 'Đã gửi.', 8000);
    expect((await serverLog()).stored).to.have.length(1);
  });

  it('shows the collector’s refusal and keeps what the citizen wrote', async () => {
    // Someone rated this dossier already: the collector takes one rating per dossier.
    const first = await fetch(`${endpoint}/api/v1/units/demo/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: crypto.randomUUID(), scale: 3, score: 1, dossier }),
    });
    expect(first.status).to.equal(201);
    const el = await rating();
    await choose(el, 'Không hài lòng');
    const textarea = q<HTMLTextAreaElement>(el, 'textarea');
    textarea.value = 'Phải đi lại ba lần';
    textarea.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.summary'));
    // The collector's refusal concerns the whole form: shown in the summary, without a link.
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.summary'));
    expect(q(el, '.summary li').textContent).to.contain('Chưa gửi được: Hồ sơ này đã được đánh giá.');
    expect(q(el, '.summary a')).to.equal(null);
    expect(q<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Phải đi lại ba lần');
    expect(qa(el, 'input:checked').map((i) => i.parentElement?.textContent?.trim())).to.deep.equal(['Không hài lòng']);
    await expect(el).to.be.accessible();
  });

  it('refuses a comment over 1,000 characters with a clear message linked to the comment', async () => {
    const el = await rating();
    await choose(el, 'Hài lòng');
    const textarea = q<HTMLTextAreaElement>(el, 'textarea');
    textarea.value = 'a'.repeat(1001);
    textarea.dispatchEvent(new Event('input'));
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.summary'));
    expect(q(el, '.summary a').textContent).to.contain('Góp ý dài quá 1.000 ký tự');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.getAttribute('aria-describedby')).to.equal('f-comment-hint f-comment-error');
    expect(textarea.value).to.have.length(1001);
    await expect(el).to.be.accessible();
    q(el, '.summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(textarea);
  });

  it('says what to fix in English on an English page', async () => {
    const el = await rating();
    el.lang = 'en';
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.summary'));
    expect(q(el, '.summary h3').textContent).to.equal('There is a problem');
    expect(q(el, '.summary a').textContent).to.equal('Please choose how satisfied you are.');
    await expect(el).to.be.accessible();
  });

  it('offers the five-level scale and speaks English when asked', async () => {
    const el = await rating('scale5');
    el.lang = 'en';
    await el.updateComplete;
    expect(qa(el, 'label.level').map((l) => l.textContent?.trim())).to.deep.equal([
      'Very satisfied',
      'Satisfied',
      'Neutral',
      'Not satisfied',
      'Very dissatisfied',
    ]);
    expect(q(el, 'legend').textContent).to.equal('How satisfied are you with how your procedure was handled?');
    await expect(el).to.be.accessible();
  });

  it('tells how many ratings wait in the outbox', async () => {
    await faults({ status: 503, times: 100 });
    const el = await rating();
    await choose(el, 'Hài lòng');
    q<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await until(() => !!q(el, '.done'));
    q<HTMLButtonElement>(el, '.done button').click();
    await until(
      () => q(el, 'form [role="status"]')?.textContent === '1 đánh giá đang chờ gửi (sẽ tự gửi khi có mạng).',
    );
    await expect(el).to.be.accessible();
  });

  it('says so when it is not configured', async () => {
    const el = await fixture<SatisfactionRatingElement>(
      html`<motcua-satisfaction-rating></motcua-satisfaction-rating>`,
    );
    expect(q(el, '[role="alert"]').textContent).to.contain('chưa được cấu hình');
    await expect(el).to.be.accessible();
  });
});

describe('<motcua-satisfaction-rating> shared checks', () => {
  it('tells the webmaster, instead of showing a form that cannot send, when an attribute is over the collector’s limit', async () => {
    const el = await fixture<SatisfactionRatingElement>(
      html`<motcua-satisfaction-rating endpoint=${endpoint} unit="demo" dossier=${'H'.repeat(61)}></motcua-satisfaction-rating>`,
    );
    expect(q(el, '[role="alert"]').textContent).to.contain('dossier').and.to.contain('60');
    expect(q(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    // Counted in characters, as the collector counts them: 60 letters with diacritics are within it.
    el.dossier = 'Đ'.repeat(60);
    await el.updateComplete;
    expect(q(el, 'form')).to.not.equal(null);
    expect((await serverLog()).posts).to.deep.equal([]);
  });
});
