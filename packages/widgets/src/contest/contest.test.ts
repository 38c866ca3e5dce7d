// The contest widget in Chromium against the demo ward's seeded contest (its open round: 10 questions
// drawn from the bank, 10 minutes) on the real collector behind the test runner
// (test/component/collector-proxy.mjs), submitting through the real page outbox (IndexedDB).
import { expect, fixture, html } from '@open-wc/testing';
import { faults, resetPageOutbox, serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';
import { ContestElement } from './contest.component.js';
import './contest.js';
import { $, $$, button, typeInto, clearDrafts } from '../../test/browser/support/shadow.js';

/** A contest whose result module cannot load while `resultOffline` is set, as offline before it was fetched. */
let resultOffline = false;
class OfflineResultContest extends ContestElement {
  protected override loadResult() {
    if (resultOffline) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return super.loadResult();
  }
}
customElements.define('test-offline-result-contest', OfflineResultContest);

let base = '';
/** Each test registers as a participant of its own (the collector counts attempts per phone). */
let phone = '';
beforeEach(async () => {
  base = useBucket();
  phone = `09${String(crypto.getRandomValues(new Uint32Array(1))[0])
    .padStart(10, '0')
    .slice(-8)}`;
  await clearDrafts();
});
afterEach(async () => {
  resultOffline = false;
  await resetPageOutbox();
});

/** The network goes (every request gets a garbled reply) or comes back. */
const network = (down: boolean) => faults(down ? { drop: true } : {});
/** Submissions the collector took (answered 2xx). */
const submissions = async () =>
  (await serverLog()).requests.filter((r) => r.path.endsWith('/submission') && r.status >= 200 && r.status < 300);

async function contest(tag = 'motcua-contest') {
  const el = await fixture<ContestElement>(
    tag === 'motcua-contest'
      ? html`<motcua-contest endpoint=${base} unit="demo" contest="tim-hieu-cchc-2026"></motcua-contest>`
      : html`<test-offline-result-contest endpoint=${base} unit="demo" contest="tim-hieu-cchc-2026"></test-offline-result-contest>`,
  );
  await until(() => !!$(el, 'form'));
  return el;
}

async function register(el: ContestElement) {
  await typeInto(el, 'f-fullName', 'Lê Thị Hoa');
  await typeInto(el, 'f-birthYear', '1990');
  await typeInto(el, 'f-phone', phone);
  const place = $(el, '#f-place') as HTMLSelectElement;
  place.value = 'Tổ dân phố 5';
  place.dispatchEvent(new Event('change'));
  ($(el, '#f-consent') as HTMLInputElement).click();
  await el.updateComplete;
  button(el, 'Bắt đầu làm bài')!.click();
  await until(() => !!$(el, '[part="question"]'));
}

describe('<motcua-contest>', () => {
  it('refuses a registration with missing details, lists each error linked to its field, and keeps what was typed', async () => {
    const el = await contest();
    expect($(el, 'h2').textContent).to.equal('Cuộc thi trực tuyến tìm hiểu cải cách hành chính năm 2026');
    await typeInto(el, 'f-fullName', 'Lê Thị Hoa');
    await typeInto(el, 'f-phone', '12345');
    button(el, 'Bắt đầu làm bài')!.click();
    await until(() => !!$(el, '.summary'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
    const links = $$(el, '.summary a').map((a) => a.getAttribute('href'));
    expect(links).to.include.members(['#f-birthYear', '#f-phone', '#f-place', '#f-consent']);
    expect(($(el, '#f-fullName') as HTMLInputElement).value).to.equal('Lê Thị Hoa');
    await expect(el).to.be.accessible();
  });

  it('queues an attempt submitted after the network went, right after the attempt is on screen, and sends it once', async () => {
    const el = await contest();
    await register(el);
    // The network goes as soon as the question is on screen.
    await network(true);
    ($(el, '[part="question"] input') as HTMLInputElement).click();
    await el.updateComplete;
    button(el, 'Xem lại bài làm')!.click();
    await until(() => !!button(el, 'Nộp bài'));
    button(el, 'Nộp bài')!.click();
    await until(() => $(el, '.done')?.textContent?.includes('sẽ tự gửi khi có mạng') ?? false);
    expect(await submissions()).to.have.length(0);
    await expect(el).to.be.accessible();
    // Back online: the outbox sends it once, and the result view loads and shows the score.
    await network(false);
    dispatchEvent(new Event('online'));
    await until(() => $(el, '#result-title')?.textContent === 'Kết quả bài thi', 15000);
    expect($(el, '.big').textContent).to.match(/^Số câu đúng: \d+\/10$/);
    expect($$(el, '.answers li')).to.have.length(10);
    // The participant's own rank is asked with the attempt's token; the open round has none published yet.
    await until(async () => (await serverLog()).requests.some((r) => r.path.endsWith('/standing') && r.status === 200));
    const standing = (await serverLog()).requests.find((r) => r.path.endsWith('/standing'))!;
    expect(standing.answer).to.deep.equal({ published: false });
    expect(el.shadowRoot!.textContent).to.contain('Thứ hạng được công bố khi Ban tổ chức công bố kết quả đợt thi.');
    await new Promise((r) => setTimeout(r, 500));
    expect(await submissions()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says the result cannot show yet when its view cannot load, and shows it once it can', async () => {
    // Offline before the result view was fetched (a browser that never kept it).
    resultOffline = true;
    const el = await contest('test-offline-result-contest');
    await register(el);
    button(el, 'Xem lại bài làm')!.click();
    await until(() => !!button(el, 'Nộp bài'));
    button(el, 'Nộp bài')!.click();
    await until(() => !!$(el, '.done'));
    expect($(el, '.done').textContent).to.contain('Chưa hiển thị được kết quả');
    await expect(el).to.be.accessible();
    resultOffline = false;
    el.requestUpdate();
    await el.updateComplete;
    expect($(el, '#result-title').textContent).to.equal('Kết quả bài thi');
  });
});
