// Referrals in <motcua-procedure-search>: a procedure the ward does not receive says so, with the office
// that does, in the results list and in its detail view, and offers nothing to bring to the ward.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCache } from './catalogue-cache.js';
import type { ProcedureSearchElement } from './procedure-search.component.js';
import './procedure-search.js';

// The real shipped catalogue (its 61 referrals included), served by the test server.
const CATALOGUE = '/packages/core/data/procedures.json';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];

async function search(query: string, lang = 'vi') {
  const el = await fixture<ProcedureSearchElement>(
    html`<motcua-procedure-search lang=${lang} src=${CATALOGUE}></motcua-procedure-search>`,
  );
  await waitUntil(() => $(el, 'select:enabled') !== null, 'catalogue did not load', { timeout: 8000 });
  $<HTMLInputElement>(el, 'input[role="combobox"]')!.focus();
  await sendKeys({ type: query });
  await el.updateComplete;
  return el;
}

/** Opens the first result with the keyboard, as a citizen without a mouse does. */
async function openFirst(el: ProcedureSearchElement) {
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await waitUntil(() => $(el, '#detail-title') !== null, 'the detail did not open', { timeout: 8000 });
  await el.updateComplete;
}

describe('<motcua-procedure-search> referrals', () => {
  beforeEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await clearCache();
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('marks a referral in the results with the office that receives it, and the ward’s own without', async () => {
    const el = await search('le phi truoc ba nha dat');
    const first = $$(el, '[role="option"]')[0]!;
    expect(first.querySelector('.name')!.textContent).to.match(/^Khai lệ phí trước bạ nhà, đất/);
    expect(first.querySelector('.referral')!.textContent).to.equal(
      'Không nộp tại UBND phường/xã — nộp tại: Thuế cơ sở'.normalize('NFC'),
    );
    // The marker is inside the option, so the option's accessible name carries it.
    expect(first.textContent).to.contain('Không nộp tại UBND phường/xã');
    await expect(el).to.be.accessible();
    el.remove();
    const own = await search('dang ky khai sinh');
    expect($$(own, '[role="option"]')[0]!.querySelector('.referral')).to.equal(null);
  });

  it('opens a referral by keyboard: where to file it, the portal link in a new tab, no checklist or printout', async () => {
    const el = await search('xin sao ban an');
    await openFirst(el);
    expect($(el, '#detail-title')!.textContent).to.equal('Đăng ký cấp sao bản án, tài liệu trong hồ sơ vụ án');
    expect(shadow(el).activeElement).to.equal($(el, '#detail-title'));
    const notice = $(el, '[part="referral"]')!;
    expect($(el, '#referral-title')!.textContent).to.match(/^Không nộp tại UBND phường\/xã — nộp tại: Tòa án nhân dân/);
    expect(notice.textContent).to.contain('không nộp tại bộ phận một cửa của phường, xã');
    const link = notice.querySelector<HTMLAnchorElement>('a.referral-link')!;
    expect(link.href).to.match(/^https:\/\/dichvucong\.gov\.vn\//);
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include('noopener');
    // Nothing that sends the citizen to the ward's counter: no checklist to tick, no printout, no ward filing.
    expect($$(el, 'input[type="checkbox"]').length).to.equal(0);
    expect($$(el, '.actions button').map((b) => b.textContent)).to.deep.equal(['Quay lại tìm kiếm']);
    expect($(el, 'a.online-link')).to.equal(null);
    // The portal link is reached with Tab from the heading.
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = shadow(el).activeElement === link;
    }
    expect(reached, 'the portal link is keyboard reachable').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says it in English too, and lists a referral’s papers without a checklist', async () => {
    const el = await search('khai thue ho kinh doanh', 'en');
    const first = $$(el, '[role="option"]')[0]!;
    expect(first.querySelector('.referral')!.textContent).to.equal(
      "Not filed at the ward or commune People's Committee — file it at: Thuế cơ sở",
    );
    await openFirst(el);
    expect($(el, '#referral-title')!.textContent).to.contain('file it at: Thuế cơ sở');
    expect($(el, 'a.referral-link')!.textContent).to.contain('National Public Service Portal');
    expect($(el, '.checklist')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
