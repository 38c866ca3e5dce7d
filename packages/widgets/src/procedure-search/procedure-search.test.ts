import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearCache } from './catalogue-cache.js';
import { ProcedureSearchElement } from './procedure-search.component.js';
import './procedure-search.js';

/** A search whose detail module fails to load while `detailOffline` is set, as on an offline first visit. */
let detailOffline = false;
let detailLoads = 0;
class OfflineDetailSearch extends ProcedureSearchElement {
  protected override loadDetail() {
    detailLoads++;
    if (detailOffline) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return super.loadDetail();
  }
}
customElements.define('test-offline-detail-search', OfflineDetailSearch);

// The real shipped catalogue, served by the test server.
const CATALOGUE = '/packages/core/data/procedures.json';
const FIXTURES = '/packages/widgets/src/procedure-search/fixtures';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => shadow(el).querySelector<T>(sel);
const $$ = (el: Element, sel: string) => [...shadow(el).querySelectorAll<HTMLElement>(sel)];
const input = (el: Element) => $<HTMLInputElement>(el, 'input[role="combobox"]')!;
const status = (el: Element) => $(el, '[role="status"]')!.textContent!.trim();

async function ready(el: ProcedureSearchElement) {
  await waitUntil(() => $(el, 'select:enabled') !== null, 'catalogue did not load', { timeout: 8000 });
  await el.updateComplete;
}

async function type(el: ProcedureSearchElement, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<motcua-procedure-search>', () => {
  beforeEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await clearCache();
  });
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('loads the catalogue, announcing it politely, and renders an accessible combobox', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    expect(status(el)).to.equal('Đang tải danh mục thủ tục…');
    // The filters hold their place while the catalogue loads, so nothing below the search moves.
    expect($$(el, 'select').map((s) => (s as HTMLSelectElement).disabled)).to.deep.equal([true, true]);
    await ready(el);
    const box = input(el);
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    expect(box.getAttribute('aria-controls')).to.equal('results');
    expect(box.labels?.[0]?.textContent).to.equal('Tìm thủ tục hành chính');
    expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('shows results as the citizen types, with the count announced and matched words marked', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'dang ky khai sinh');
    const options = $$(el, '[role="option"]');
    expect(options.length).to.be.greaterThan(1);
    expect(options[0]!.querySelector('.name')!.textContent).to.equal('Đăng ký khai sinh');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(status(el)).to.match(/^Có \d+ thủ tục phù hợp/);
    const marks = [...options[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['Đăng', 'ký', 'khai', 'sinh']);
    await expect(el).to.be.accessible();
  });

  it('finds abbreviations and Telex typed with the input method off', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'dkkh');
    expect($$(el, '[role="option"] .name')[0]!.textContent).to.equal('Đăng ký kết hôn');
    input(el).value = '';
    await type(el, 'xacs nhaanj ddoocj thaan');
    expect($$(el, '[role="option"] .name')[0]!.textContent).to.equal('Cấp Giấy xác nhận tình trạng hôn nhân');
  });

  it('understands a life event told with a relative, once the intents part has loaded', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'bố tôi mất');
    // The intents part arrives after the catalogue at the latest; the results then change to khai tử.
    await waitUntil(
      () => $$(el, '[role="option"] .name')[0]?.textContent === 'Đăng ký khai tử',
      'khai tử did not come first',
      { timeout: 8000 },
    );
    await expect(el).to.be.accessible();
  });

  it('moves through results with the arrow keys and opens one with Enter, focus on its heading', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'sao y');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-0');
    expect($(el, '#opt-0')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-0');
    const opened = oneEvent(el, 'motcua-procedure-open');
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    await el.updateComplete;
    expect(event.detail.code).to.equal('2.000815');
    expect(location.hash).to.equal('#thu-tuc=2.000815');
    const title = $(el, '#detail-title')!;
    expect(shadow(el).activeElement).to.equal(title);
    expect(title.textContent).to.contain('Chứng thực bản sao từ bản chính');
    expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('detail-title');
    await expect(el).to.be.accessible();
  });

  it('lists the papers as a checklist: the form first, what to show and the cases apart, ticks kept', async () => {
    location.hash = '#thu-tuc=1.001193';
    const open = () =>
      fixture<ProcedureSearchElement>(html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`);
    let el = await open();
    await waitUntil(() => $(el, '.checklist') !== null, 'the checklist did not render', { timeout: 8000 });
    expect($$(el, 'h4').map((h) => h.textContent)).to.deep.equal([
      'Giấy tờ nộp',
      'Giấy tờ xuất trình (mang bản chính để đối chiếu)',
      'Chỉ cần trong một số trường hợp',
    ]);
    const first = $(el, '.checklist li label')!;
    expect(first.textContent).to.match(/^Tờ khai đăng ký khai sinh/);
    expect($(el, 'details.notes summary')!.textContent).to.match(/^Lưu ý về hồ sơ \(\d+\)$/);
    const box = $<HTMLInputElement>(el, '.checklist input')!;
    box.click();
    expect(box.checked).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
    el = await open();
    await waitUntil(() => $(el, '.checklist') !== null, 'the checklist did not render again', { timeout: 8000 });
    expect($<HTMLInputElement>(el, '.checklist input')!.checked).to.equal(true, 'the tick is kept on this device');
    localStorage.removeItem('motcua-checklist:1.001193');
  });

  it('names the main form first: a download link from the ward, else where to download it on the portal', async () => {
    location.hash = '#thu-tuc=ct';
    const el = await fixture<ProcedureSearchElement>(html`<motcua-procedure-search></motcua-procedure-search>`);
    const record = (form: string) => ({
      code: 'ct',
      name: 'Chứng thực chữ ký',
      field: 'Chứng thực',
      level: ['Cấp xã'],
      portalUrl: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/ct',
      documents: [
        { name: 'Bản sao giấy tờ tùy thân', copies: '1 bản sao' },
        { name: 'Tờ khai chứng thực', copies: '1 bản chính', form },
      ],
    });
    el.setCatalogue([record('Mau 01.docx')]);
    await waitUntil(() => $(el, '.main-form') !== null, 'the main form did not render', { timeout: 8000 });
    expect($(el, '.main-form')!.textContent).to.contain('Mẫu đơn, tờ khai: Mau 01.docx');
    const portal = $<HTMLAnchorElement>(el, '.main-form a')!;
    expect(portal.textContent).to.equal('tải mẫu trên Cổng Dịch vụ công quốc gia');
    expect(portal.href).to.equal('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/ct');
    expect($(el, '.checklist li label')!.textContent).to.match(/^Tờ khai chứng thực/, 'the form first in its group');
    await expect(el).to.be.accessible();

    el.setCatalogue([record('https://ubnd.example.gov.vn/mau/to-khai%20chung-thuc.docx')]);
    await waitUntil(() => $(el, '.main-form a[download]') !== null, 'the download link did not render', {
      timeout: 8000,
    });
    expect($(el, '.main-form a[download]')!.textContent).to.equal('Mẫu đơn, tờ khai: to-khai chung-thuc.docx');
  });

  it("shows the ward's own details beside the national text, marked as the ward's", async () => {
    location.hash = '#thu-tuc=ks';
    const el = await fixture<ProcedureSearchElement>(html`<motcua-procedure-search></motcua-procedure-search>`);
    el.setCatalogue([
      {
        code: 'ks',
        name: 'Đăng ký khai sinh',
        field: 'Hộ tịch',
        level: ['Cấp xã'],
        fee: 'Miễn lệ phí đăng ký khai sinh đúng hạn',
        documents: [{ name: 'Tờ khai đăng ký khai sinh' }],
        local: { where: 'Bộ phận một cửa, tầng 1', hours: 'Thứ Hai đến thứ Sáu, 7 giờ 30 đến 17 giờ' },
      },
    ]);
    await waitUntil(() => $(el, '.local') !== null, 'the local details did not render', { timeout: 8000 });
    const local = $(el, 'section.local')!;
    expect(local.getAttribute('aria-labelledby')).to.equal('local-title');
    expect($(el, '#local-title')!.textContent).to.equal('Thông tin riêng của phường, xã');
    expect([...local.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal([
      'Nơi nộp hồ sơ',
      'Giờ tiếp nhận',
    ]);
    expect(local.textContent).to.contain('Bộ phận một cửa, tầng 1');
    // The national text is still there, outside the ward's part.
    expect($(el, '.facts:not(.local .facts)')!.textContent).to.contain('Miễn lệ phí đăng ký khai sinh đúng hạn');
    await expect(el).to.be.accessible();
  });

  it('shows steps, documents, time, fee, legal basis, agency and the portal link in the detail view', async () => {
    location.hash = '#thu-tuc=1.004873';
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await waitUntil(() => $(el, '.facts') !== null, 'detail did not render', { timeout: 8000 });
    const text = $(el, 'article')!.textContent!;
    expect($(el, 'h2')!.textContent).to.equal('Cấp Giấy xác nhận tình trạng hôn nhân');
    for (const heading of [
      'Thời hạn giải quyết',
      'Phí, lệ phí',
      'Thành phần hồ sơ',
      'Trình tự thực hiện',
      'Căn cứ pháp lý',
    ]) {
      expect(text).to.contain(heading);
    }
    expect(text).to.contain('3 ngày làm việc');
    const link = $<HTMLAnchorElement>(el, 'a.online-link')!;
    expect(link.textContent).to.contain('Nộp trực tuyến');
    expect(link.href).to.match(/^https:\/\/dichvucong\.gov\.vn\//);
    expect(link.rel).to.contain('noopener');
    expect($$(el, '.steps li').length).to.be.greaterThan(2);
    expect($$(el, '.legal li').length).to.be.greaterThan(2);
    await expect(el).to.be.accessible();
  });

  it('returns to the search with the back button, focus back in the search box', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'khai tu');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(location.hash).to.match(/^#thu-tuc=/);
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await waitUntil(() => $(el, 'article') === null, 'detail did not close');
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(shadow(el).activeElement).to.equal(input(el));
    expect(input(el).value).to.equal('khai tu');
  });

  it('clears the query with Escape', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'ket hon');
    expect($$(el, '[role="option"]').length).to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input(el).value).to.equal('');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[role="listbox"]')!.hidden).to.equal(true);
  });

  it('filters by lĩnh vực and by online level', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    const [fieldSelect, onlineSelect] = $$(el, 'select') as HTMLSelectElement[];
    fieldSelect!.value = 'Chứng thực';
    fieldSelect!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const names = $$(el, '[role="option"] .meta').map((m) => m.textContent!);
    expect(names.length).to.be.greaterThan(5);
    expect(names.every((m) => m.startsWith('Chứng thực'))).to.equal(true);
    onlineSelect!.value = 'khong';
    onlineSelect!.dispatchEvent(new Event('change'));
    await type(el, 'chung thuc');
    const metas = $$(el, '[role="option"] .meta').map((m) => m.textContent!);
    expect(metas.every((m) => m === 'Chứng thực')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing matches', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'qqqqzzzz');
    expect($$(el, '[role="option"]').length).to.equal(0);
    expect(status(el)).to.contain('Không tìm thấy thủ tục phù hợp');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button when the catalogue cannot be loaded', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src="/khong-co/procedures.json"></motcua-procedure-search>`,
    );
    await waitUntil(() => $(el, '[role="alert"]') !== null, 'no error shown');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Không tải được danh mục thủ tục');
    expect($(el, '[role="alert"] button')!.textContent).to.equal('Thử lại');
    await expect(el).to.be.accessible();
  });

  it('works offline from the copy cached on the first visit', async () => {
    const first = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(first);
    first.remove();
    // The network goes away: every request fails as it does offline.
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const el = await fixture<ProcedureSearchElement>(
        html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
      );
      await waitUntil(() => $(el, '.note') !== null, 'offline note not shown');
      expect($(el, '.note')!.textContent).to.contain('danh mục đã lưu trên máy');
      await type(el, 'dang ky tam tru');
      expect($$(el, '[role="option"] .name')[0]!.textContent).to.equal('Đăng ký tạm trú');
      await expect(el).to.be.accessible();
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('revalidates the cached catalogue with its ETag on the next visit', async () => {
    const first = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(first);
    first.remove();
    // Watch (not replace) the requests the widget makes: each still goes to the real server.
    const realFetch = globalThis.fetch;
    const seen: { ifNoneMatch: string | null; status: number }[] = [];
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await realFetch(input, init);
      seen.push({ ifNoneMatch: new Headers(init?.headers).get('If-None-Match'), status: response.status });
      return response;
    };
    try {
      const el = await fixture<ProcedureSearchElement>(
        html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
      );
      await ready(el);
      await waitUntil(() => seen.length > 0, 'no revalidation request');
      expect(seen[0]!.ifNoneMatch).to.be.a('string').and.not.equal('');
      expect(seen[0]!.status).to.equal(304);
      await type(el, 'tach ho');
      expect($$(el, '[role="option"] .name')[0]!.textContent).to.equal('Tách hộ');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('reads the catalogue of its unit from the collector', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search endpoint="https://motcua.example.gov.vn/" unit="phường tân thạnh"></motcua-procedure-search>`,
    );
    expect(el.catalogueUrl).to.equal(
      'https://motcua.example.gov.vn/api/v1/units/ph%C6%B0%E1%BB%9Dng%20t%C3%A2n%20th%E1%BA%A1nh/procedures?view=index',
    );
    expect(el.detailsUrl).to.equal(
      'https://motcua.example.gov.vn/api/v1/units/ph%C6%B0%E1%BB%9Dng%20t%C3%A2n%20th%E1%BA%A1nh/procedures/{code}',
    );
    el.src = '/x.json';
    expect(el.catalogueUrl).to.equal('/x.json');
    expect(el.detailsUrl).to.equal('');
  });

  it('loads a procedure’s details on demand for a compact catalogue', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src="${FIXTURES}/compact.json" details-src="${FIXTURES}/{code}.json"></motcua-procedure-search>`,
    );
    await ready(el);
    await type(el, 'khai sinh');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.documents') !== null, 'details not loaded');
    expect($(el, 'h2')!.textContent).to.equal('Đăng ký khai sinh');
    expect($$(el, '.steps li').length).to.be.greaterThan(0);
  });

  it('fetches the detail view once results appear; offline without it, names the procedure and says so', async () => {
    detailLoads = 0;
    detailOffline = true;
    const el = await fixture<ProcedureSearchElement>(
      html`<test-offline-detail-search src=${CATALOGUE}></test-offline-detail-search>`,
    );
    await ready(el);
    expect(detailLoads).to.equal(0);
    await type(el, 'khai sinh');
    expect(detailLoads).to.be.greaterThan(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal($(el, '#detail-title'));
    expect($(el, '#detail-title')!.textContent!.trim()).to.equal('Đăng ký khai sinh');
    expect($(el, '[role="alert"]')!.textContent).to.equal('Không tải được chi tiết thủ tục này.');
    expect($(el, '.facts')).to.equal(null);
    await expect(el).to.be.accessible();
    // Back online: the next update loads the view, in place.
    detailOffline = false;
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '.facts')!.textContent).to.contain('Mã thủ tục');
    expect($(el, '#detail-title')!.textContent).to.equal('Đăng ký khai sinh');
    $<HTMLButtonElement>(el, 'button.back')!.click();
    await waitUntil(() => $(el, 'article') === null, 'detail did not close');
  });

  it('says which code is unknown for a deep link to a missing procedure', async () => {
    location.hash = '#thu-tuc=9.999999';
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await waitUntil(() => $(el, 'h2')?.textContent?.includes('9.999999'), 'not-found not shown', { timeout: 8000 });
    expect($(el, 'h2')!.textContent).to.contain('Không tìm thấy thủ tục có mã 9.999999');
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await fixture<ProcedureSearchElement>(
      html`<motcua-procedure-search lang="en" src=${CATALOGUE}></motcua-procedure-search>`,
    );
    await ready(el);
    expect(input(el).labels?.[0]?.textContent).to.equal('Find an administrative procedure');
    await type(el, 'birth certificate');
    expect($$(el, '[role="option"] .name')[0]!.textContent).to.equal('Đăng ký khai sinh');
    expect(status(el)).to.match(/matching procedures/);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '.facts')!.textContent).to.contain('Procedure code');
    expect($(el, 'button.back')!.textContent).to.equal('Back to search');
    expect($(el, 'a.online-link')!.textContent).to.contain('Apply online');
    await expect(el).to.be.accessible();
  });
});
