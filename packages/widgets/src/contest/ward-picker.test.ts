// The ward picker of a province-wide contest, in Chromium against the real collector behind the test
// runner (test/component/collector-proxy.mjs): the demo city's contest (cchc-da-nang-2026) open to its
// two demo wards. On the province's site (no `unit`) the registration asks for the xã/phường, required and
// kept in the draft, and the attempt counts in the ward chosen; a ward's own site shows no picker.
import { expect, fixture, html } from '@open-wc/testing';
import { resetPageOutbox, serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';
import type { ContestElement } from './contest.component.js';
import './contest.js';
import { $, $$, button, typeInto, clearDrafts } from '../../test/browser/support/shadow.js';

let base = '';
beforeEach(async () => {
  base = useBucket();
  await clearDrafts();
});
afterEach(() => resetPageOutbox());

async function provinceSite() {
  const el = await fixture<ContestElement>(
    html`<motcua-contest endpoint=${base} province="48" contest="cchc-da-nang-2026"></motcua-contest>`,
  );
  await until(() => !!$(el, 'form'));
  return el;
}

const pickWard = async (el: ContestElement, code: string) => {
  const select = $(el, '#f-ward') as HTMLSelectElement;
  select.value = code;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

describe('<motcua-contest> on a province site', () => {
  it("offers the province's wards by their 2025 names, requires one with its error linked, and keeps the choice", async () => {
    const el = await provinceSite();
    const select = $(el, '#f-ward') as HTMLSelectElement;
    expect(el.shadowRoot!.querySelector('label[for="f-ward"]')!.textContent).to.equal('Xã, phường nơi bạn sinh sống *');
    const group = select.querySelector('optgroup')!;
    expect(group.label).to.equal('Phường');
    expect([...group.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal([
      'Phường Bàn Thạch',
      'Phường Tam Kỳ',
    ]);
    await typeInto(el, 'f-fullName', 'Lê Thị Hoa');
    button(el, 'Bắt đầu làm bài')!.click();
    await until(() => !!$(el, '.summary'));
    const link = $$(el, '.summary a').find((a) => a.getAttribute('href') === '#f-ward')!;
    expect(link.textContent).to.equal('Vui lòng nhập xã, phường nơi bạn sinh sống.');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.contain('ward-error');
    link.click();
    expect(el.shadowRoot!.activeElement).to.equal(select);
    await expect(el).to.be.accessible();
    // The choice is kept in the draft with what was typed: a reload finds both.
    await pickWard(el, 'tam-ky');
    expect($(el, '#ward-error')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    const again = await provinceSite();
    expect(($(again, '#f-ward') as HTMLSelectElement).value).to.equal('tam-ky');
    expect(($(again, '#f-fullName') as HTMLInputElement).value).to.equal('Lê Thị Hoa');
  });

  it('counts the attempt in the ward chosen', async () => {
    const el = await provinceSite();
    await pickWard(el, 'tam-ky');
    await typeInto(el, 'f-fullName', 'Lê Thị Hoa');
    await typeInto(el, 'f-birthYear', '1990');
    await typeInto(el, 'f-phone', `09${String(Date.now()).slice(-8)}`);
    await typeInto(el, 'f-place', 'Tổ dân phố 2');
    ($(el, '#f-consent') as HTMLInputElement).click();
    await el.updateComplete;
    button(el, 'Bắt đầu làm bài')!.click();
    await until(() => !!$(el, '[part="question"]'));
    const log = await serverLog();
    const start = log.requests.find((r) => r.path.endsWith('/attempts') && r.status === 201)!;
    expect(start.path).to.contain('/units/tam-ky/contests/cchc-da-nang-2026/attempts');
    expect(start.body?.ward).to.equal('tam-ky');
    await expect(el).to.be.accessible();
  });

  it("shows no picker on a ward's own site", async () => {
    const el = await fixture<ContestElement>(
      html`<motcua-contest endpoint=${base} unit="demo" contest="cchc-da-nang-2026"></motcua-contest>`,
    );
    await until(() => !!$(el, 'form'));
    expect($(el, '#f-ward')).to.equal(null);
    expect($(el, '#f-fullName')).to.not.equal(null);
  });
});
