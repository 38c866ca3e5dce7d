// The counter-tablet kiosk in Chromium: PIN-guarded setup (PBKDF2 in WebCrypto), two-tap rating,
// self-reset, and ratings through the real outbox to the real collector behind the test runner.
import { expect, fixture, html } from '@open-wc/testing';
import type { SatisfactionKioskElement } from './satisfaction-kiosk.component.js';
import './satisfaction-kiosk.js';
import { resetPageOutbox, serverLog, testUnit, until, useBucket } from '../../test/browser/support/endpoint.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const button = (el: Element, text: string) => qa(el, 'button').find((b) => b.textContent?.trim() === text)!;
const fill = (el: Element, id: string, value: string) => {
  const input = q<HTMLInputElement>(el, `#f-${id}`);
  input.value = value;
};

let endpoint = '';
let unit = '';
beforeEach(async () => {
  endpoint = useBucket();
  // A unit of this test's own: the kiosk keeps its setup per unit in localStorage.
  unit = await testUnit();
});
afterEach(async () => {
  localStorage.removeItem(`motcua-kiosk:${unit}`);
  await resetPageOutbox();
});

async function kiosk(): Promise<SatisfactionKioskElement> {
  return fixture<SatisfactionKioskElement>(
    html`<motcua-satisfaction-kiosk endpoint=${endpoint} unit=${unit} reset-after="3"></motcua-satisfaction-kiosk>`,
  );
}

async function setUp(el: SatisfactionKioskElement, officer = 'Nguyễn Thị Lan', pin = '2468') {
  fill(el, 'officer', officer);
  fill(el, 'reset', '3');
  fill(el, 'new-pin', pin);
  fill(el, 'pin-repeat', pin);
  button(el, 'Lưu cài đặt').click();
  await until(() => !!q(el, 'fieldset'));
}

describe('<motcua-satisfaction-kiosk>', () => {
  it('starts with the staff setup and explains every mistake', async () => {
    const el = await kiosk();
    expect(q(el, 'h2').textContent).to.equal('Cài đặt máy đánh giá tại quầy');
    await expect(el).to.be.accessible();
    fill(el, 'officer', '');
    fill(el, 'device', 'kiosk_abc');
    fill(el, 'new-pin', '12');
    button(el, 'Lưu cài đặt').click();
    await until(() => !!q(el, '.summary'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.summary'));
    expect(qa(el, '.summary a').map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Xin nhập họ tên hoặc mã cán bộ.', '#f-officer'],
      ['Mã thiết bị không đúng dạng: bắt đầu bằng "kiosk_", sao chép nguyên văn từ trang quản trị.', '#f-device'],
      ['Mã PIN gồm 4 đến 8 chữ số.', '#f-new-pin'],
    ]);
    expect(q(el, '#f-officer').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#f-officer').getAttribute('aria-describedby')).to.equal('f-officer-hint f-officer-error');
    expect(q(el, '#f-new-pin').getAttribute('aria-describedby')).to.equal('f-new-pin-error');
    // Nothing typed is lost, and each link takes the keyboard to its field.
    expect(q<HTMLInputElement>(el, '#f-device').value).to.equal('kiosk_abc');
    expect(q<HTMLInputElement>(el, '#f-new-pin').value).to.equal('12');
    await expect(el).to.be.accessible();
    qa(el, '.summary a')[1]!.click();
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#f-device'));
    fill(el, 'officer', 'Lan');
    fill(el, 'device', '');
    fill(el, 'new-pin', '1234');
    fill(el, 'pin-repeat', '1235');
    button(el, 'Lưu cài đặt').click();
    await until(() => !!q(el, '.summary')?.textContent?.includes('không khớp'));
    expect(q(el, '.summary a').getAttribute('href')).to.equal('#f-pin-repeat');
    expect(q(el, '#f-officer').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('links a rating without a level to the first answer, in English on an English page', async () => {
    const el = await kiosk();
    await setUp(el);
    el.lang = 'en';
    await el.updateComplete;
    button(el, 'Send rating').click();
    await until(() => !!q(el, '.summary'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.summary'));
    expect(q(el, '.summary h3').textContent).to.equal('There is a problem');
    expect(q(el, '.summary a').textContent).to.equal('Please choose how satisfied you are.');
    await expect(el).to.be.accessible();
    q(el, '.summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(qa(el, 'input[name="level"]')[0]);
    expect((await serverLog()).posts).to.deep.equal([]);
  });

  it('stores only a salted hash of the PIN', async () => {
    const el = await kiosk();
    await setUp(el, 'Nguyễn Thị Lan', '246813');
    const stored = localStorage.getItem(`motcua-kiosk:${unit}`)!;
    expect(stored).not.to.contain('246813');
    const settings = JSON.parse(stored);
    expect(settings.officer).to.equal('Nguyễn Thị Lan');
    expect(settings.hash).to.match(/^[A-Za-z0-9+/]{43}=$/);
    expect(settings.salt).to.have.length(24);
    await expect(el).to.be.accessible();
  });

  it('lets a citizen rate the officer in two taps, thanks them and resets itself', async () => {
    const el = await kiosk();
    await setUp(el);
    expect(q(el, 'legend').textContent).to.equal('Ông/bà có hài lòng với cán bộ Nguyễn Thị Lan không?');
    await expect(el).to.be.accessible();
    (qa(el, 'input[name="level"]')[0] as HTMLInputElement).click(); // tap 1
    await el.updateComplete;
    button(el, 'Gửi đánh giá').click(); // tap 2
    await until(() => !!q(el, '.done'));
    expect(q(el, '.done').textContent).to.contain('Cảm ơn ông/bà đã đánh giá!');
    expect(q(el, '.done').textContent).to.match(/trở về sau [1-3] giây/);
    await expect(el).to.be.accessible();
    const body = Object.values((await serverLog()).bodies)[0]!;
    expect(body).to.include({ mode: 'kiosk', score: 3, officer: 'Nguyễn Thị Lan' });
    await until(() => !q(el, '.done') && !!q(el, 'fieldset'), 5000);
    expect(qa(el, 'input:checked')).to.have.length(0);
  });

  it('guards the settings with the PIN and locks out after repeated wrong tries', async () => {
    const el = await kiosk();
    await setUp(el, 'Lan', '2468');
    button(el, 'Cài đặt').click();
    await until(() => !!q(el, '#f-pin'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#f-pin'));
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i++) {
      fill(el, 'pin', '0000');
      button(el, 'Mở cài đặt').click();
      // A wrong PIN clears the field and says so, in the summary and by the field.
      await until(() => q<HTMLInputElement>(el, '#f-pin').value === '' && !!q(el, '.summary'));
      expect(q(el, '#f-pin-error').textContent).to.equal('Mã PIN không đúng.');
    }
    const pin = q(el, '#f-pin');
    expect(pin.getAttribute('aria-invalid')).to.equal('true');
    expect(pin.getAttribute('aria-describedby')).to.equal('f-pin-error');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.summary'));
    expect(q(el, '.summary a').textContent).to.equal('Mã PIN không đúng.');
    await expect(el).to.be.accessible();
    q(el, '.summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(pin);
    fill(el, 'pin', '2468');
    button(el, 'Mở cài đặt').click();
    await until(() => !!q(el, '#f-pin-error')?.textContent?.includes('Nhập sai nhiều lần'));
    expect(q(el, '.summary').textContent).to.contain('Nhập sai nhiều lần');
    expect(q(el, '#f-officer')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the settings with the right PIN and keeps the PIN when left empty', async () => {
    const el = await kiosk();
    await setUp(el, 'Lan', '2468');
    const before = JSON.parse(localStorage.getItem(`motcua-kiosk:${unit}`)!);
    button(el, 'Cài đặt').click();
    await until(() => !!q(el, '#f-pin'));
    fill(el, 'pin', '2468');
    button(el, 'Mở cài đặt').click();
    await until(() => !!q(el, '#f-officer'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#f-officer'));
    expect(q<HTMLInputElement>(el, '#f-officer').value).to.equal('Lan');
    fill(el, 'officer', 'Trần Văn Minh');
    button(el, 'Lưu cài đặt').click();
    await until(() => !!q(el, 'legend'));
    expect(q(el, 'legend').textContent).to.contain('Trần Văn Minh');
    const after = JSON.parse(localStorage.getItem(`motcua-kiosk:${unit}`)!);
    expect(after.hash).to.equal(before.hash);
    await expect(el).to.be.accessible();
  });

  it('clears a half-made rating when the citizen walks away', async () => {
    const el = await kiosk();
    await setUp(el);
    (qa(el, 'input[name="level"]')[2] as HTMLInputElement).click();
    await el.updateComplete;
    expect(qa(el, 'input:checked')).to.have.length(1);
    // reset-after is 3 s; an unsent choice is cleared after twice that.
    await until(() => qa(el, 'input:checked').length === 0, 8000);
    expect((await serverLog()).posts).to.deep.equal([]);
    await expect(el).to.be.accessible();
  }).timeout(12000);
});
