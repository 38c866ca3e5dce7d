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
  const input = q<HTMLInputElement>(el, `#${id}`);
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
    fill(el, 'new-pin', '12');
    button(el, 'Lưu cài đặt').click();
    await until(() => !!q(el, '.alert'));
    expect(q(el, '.alert').textContent).to.contain('Xin nhập họ tên hoặc mã cán bộ.');
    expect(q(el, '.alert').textContent).to.contain('Mã PIN gồm 4 đến 8 chữ số.');
    expect(q(el, '#officer').getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#officer').getAttribute('aria-describedby')).to.contain('officer-error');
    await expect(el).to.be.accessible();
    fill(el, 'officer', 'Lan');
    fill(el, 'new-pin', '1234');
    fill(el, 'pin-repeat', '1235');
    button(el, 'Lưu cài đặt').click();
    await until(() => !!q(el, '.alert')?.textContent?.includes('không khớp'));
    await expect(el).to.be.accessible();
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
    await until(() => !!q(el, '#pin'));
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#pin'));
    await expect(el).to.be.accessible();
    for (let i = 0; i < 5; i++) {
      fill(el, 'pin', '0000');
      button(el, 'Mở cài đặt').click();
      // A wrong PIN clears the field and says so.
      await until(() => q<HTMLInputElement>(el, '#pin').value === '');
      expect(q(el, '#pin-error').textContent).to.equal('Mã PIN không đúng.');
    }
    fill(el, 'pin', '2468');
    button(el, 'Mở cài đặt').click();
    await until(() => !!q(el, '#pin-error')?.textContent?.includes('Nhập sai nhiều lần'));
    expect(q(el, '#officer')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the settings with the right PIN and keeps the PIN when left empty', async () => {
    const el = await kiosk();
    await setUp(el, 'Lan', '2468');
    const before = JSON.parse(localStorage.getItem(`motcua-kiosk:${unit}`)!);
    button(el, 'Cài đặt').click();
    await until(() => !!q(el, '#pin'));
    fill(el, 'pin', '2468');
    button(el, 'Mở cài đặt').click();
    await until(() => !!q(el, '#officer'));
    expect(q<HTMLInputElement>(el, '#officer').value).to.equal('Lan');
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
