// <motcua-support-points> in Chromium against the real collector behind the test runner
// (test/component/collector-proxy.mjs), with the demo ward's seeded points: the list with "open now" from
// core's hours, the filters, the list read offline from the last visit, and the home-visit request
// through the real page outbox (IndexedDB), queued while the ward cannot be reached.
import { openState } from '@motcua/core/hours';
import { expect, fixture, html } from '@open-wc/testing';
import { faults, resetPageOutbox, serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';
import './support-points.js';
import type { SupportPointInfo, SupportPointsElement } from './support-points.component.js';
import { $, $$, typeInto, clearDrafts } from '../../test/browser/support/shadow.js';

/** The ward cannot be reached for the list (the form's posts still go through). */
const LIST_DOWN = { method: 'GET', path: '/support-points', status: 503 };

async function fillValid(el: SupportPointsElement) {
  await typeInto(el, 'f-name', 'Trần Thị Bình');
  await typeInto(el, 'f-phone', '0905 111 222');
  await typeInto(el, 'f-address', '12 kiệt 5 Phan Bội Châu');
  await typeInto(el, 'f-need', 'kich-hoat-vneid');
  await typeInto(el, 'f-preferredTime', 'Tối thứ Bảy');
  ($(el, '#f-consent') as HTMLInputElement).click();
  await el.updateComplete;
}

describe('<motcua-support-points>', () => {
  let endpoint = '';
  /** The collector's list, as the widget gets it. */
  let points: SupportPointInfo[] = [];
  const item = (el: SupportPointsElement, name: string) =>
    $$(el, '.points li').find((li) => li.querySelector('h3')?.textContent === name);
  beforeEach(async () => {
    await resetPageOutbox();
    await clearDrafts();
    endpoint = useBucket();
    points = (
      (await (await fetch(`${endpoint}/api/v1/units/demo/support-points`, { cache: 'no-store' })).json()) as {
        points: SupportPointInfo[];
      }
    ).points;
  });
  afterEach(() => resetPageOutbox());

  const open = async (lang = 'vi', unit = 'demo') => {
    const el = await fixture<SupportPointsElement>(
      html`<motcua-support-points endpoint=${endpoint} unit=${unit} lang=${lang}></motcua-support-points>`,
    );
    await until(() => $$(el, '.points li').length > 0);
    return el;
  };

  it('shows each point open or closed now, with its services, phone, Zalo and a map link out, and is accessible', async () => {
    const el = await open();
    expect($$(el, '.points li')).to.have.length(points.length);
    // Open day and night.
    expect(item(el, 'Điểm hỗ trợ 24h Chợ Tân Thạnh')?.querySelector('.status')?.textContent).to.match(/^Đang mở/);
    // Open 18:00 to 21:00 every day.
    const evening = item(el, 'Điểm hỗ trợ 24h Tổ dân phố 3');
    const hours = points.find((p) => p.name === 'Điểm hỗ trợ 24h Tổ dân phố 3')!.hours;
    expect(evening?.querySelector('.status')?.textContent).to.match(
      openState(hours, Date.now()).open ? /^Đang mở · đóng cửa lúc 21:00$/ : /^Đang đóng cửa · mở lại lúc 18:00/,
    );
    expect(evening?.textContent).to.contain('Nộp hồ sơ trực tuyến, Kích hoạt VNeID');
    const links = [...(evening?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'tel:0905123403',
      'https://zalo.me/0905123403',
      'https://www.openstreetmap.org/?mlat=15.5762&mlon=108.4752#map=18/15.5762/108.4752',
    ]);
    // A team that comes to the house has no place on a map: a search link out instead.
    const team = item(el, 'Tổ công nghệ số cộng đồng khu phố 1');
    expect(team?.querySelector('a[href^="https://www.openstreetmap.org/search"]')).to.not.equal(null);
    expect($(el, 'img, iframe')).to.equal(null, 'no map tiles');
    await expect(el).to.be.accessible();
  });

  it('filters by what the citizen needs and by open now, and says how many match', async () => {
    const el = await open();
    await typeInto(el, 'need', 'thu-tuc');
    expect($$(el, '.points h3').map((h) => h.textContent)).to.deep.equal(['Bộ phận một cửa phường Bàn Thạch']);
    const counter = points.find((p) => p.kind === 'bo-phan-mot-cua')!;
    const openNow = points.filter((p) => openState(p.hours, Date.now()).open).map((p) => p.name);
    ($(el, '#open-only') as HTMLInputElement).click();
    await el.updateComplete;
    if (openNow.includes(counter.name)) expect($$(el, '.points li')).to.have.length(1);
    else {
      expect($$(el, '.points li')).to.have.length(0);
      expect($(el, '.count').textContent).to.contain('Không có nơi nào phù hợp');
    }
    await typeInto(el, 'need', '');
    expect($$(el, '.points h3').map((h) => h.textContent)).to.have.members(openNow);
    expect(openNow).to.include('Điểm hỗ trợ 24h Chợ Tân Thạnh');
    expect($(el, '.count').textContent).to.equal(`Có ${openNow.length} nơi phù hợp.`);
  });

  it('reads the list saved at the last visit when the ward cannot be reached', async () => {
    (await open()).remove();
    // The next visit, another address for the collector (the browser's HTTP cache must not answer for it).
    endpoint = useBucket();
    await faults(LIST_DOWN);
    const el = await open();
    expect($$(el, '.points li')).to.have.length(points.length);
    await until(() => !!$(el, '.info'));
    expect($(el, '.info').textContent).to.contain('Mất kết nối');
    await expect(el).to.be.accessible();
  });

  it('says so when there is no list at all, with a way to try again', async () => {
    await faults(LIST_DOWN);
    const el = await fixture<SupportPointsElement>(
      html`<motcua-support-points endpoint=${endpoint} unit="demo"></motcua-support-points>`,
    );
    await until(() => !!$(el, '[role=alert]'));
    expect($(el, '[role=alert]').textContent).to.contain('Chưa tải được danh sách');
    await faults({});
    ($(el, '[role=alert] button') as HTMLButtonElement).click();
    await until(() => $$(el, '.points li').length === points.length);
  });

  it('summarises the form’s errors, links each to its field, and keeps a draft across a reload', async () => {
    const el = await open();
    await typeInto(el, 'f-name', 'Trần Thị Bình');
    await typeInto(el, 'f-phone', '123');
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, '.summary'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.summary'));
    const links = $$(el, '.summary a');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      '#f-phone',
      '#f-address',
      '#f-need',
      '#f-preferredTime',
      '#f-consent',
    ]);
    links[0]?.click();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-phone'));
    expect($(el, '#f-phone').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    await new Promise((r) => setTimeout(r, 400)); // the draft is saved shortly after typing
    el.remove();
    const again = await open();
    await until(() => ($(again, '#f-name') as HTMLInputElement).value === 'Trần Thị Bình');
    expect($(again, '.info').textContent).to.contain('Đã khôi phục');
  });

  it('queues a request while the ward cannot be reached, then shows the receipt once it is sent', async () => {
    await faults({ method: 'POST', path: '/home-visits', status: 503, times: 1 });
    const el = await open();
    await fillValid(el);
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, '.waiting'));
    expect($(el, '.waiting').textContent).to.contain('chờ gửi');
    await expect(el).to.be.accessible();
    await until(() => !!$(el, '.receipt'), 15000);
    expect($(el, '.receipt').textContent).to.match(/^HT-/);
    const log = await serverLog();
    expect(log.stored).to.have.length(1);
    expect(log.bodies[log.stored[0] as string]).to.include({
      phone: '0905111222',
      need: 'kich-hoat-vneid',
      consent: true,
    });
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const el = await open('en');
    expect($(el, 'h2').textContent).to.equal('Help near you');
    expect(item(el, 'Điểm hỗ trợ 24h Chợ Tân Thạnh')?.querySelector('.status')?.textContent).to.match(/^Open/);
  });

  /** A home-visit request sent straight to the collector, as the form would send it; its receipt code. */
  async function requestVisit(): Promise<string> {
    const r = await fetch(`${endpoint}/api/v1/units/demo/home-visits`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        name: 'Trần Thị Bình',
        phone: '0905111222',
        address: '12 kiệt 5 Phan Bội Châu',
        need: 'kich-hoat-vneid',
        preferredTime: 'Tối thứ Bảy',
        consent: true,
      }),
    });
    expect(r.status).to.equal(201);
    return ((await r.json()) as { receiptCode: string }).receiptCode;
  }

  it('follows a request up by receipt code and phone: the status in words and its history', async () => {
    const code = await requestVisit();
    const el = await open();
    ($(el, '#follow-link') as HTMLButtonElement).click();
    await until(() => !!$(el, '#f-code'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-code'));
    // Nothing typed: both fields are named in the summary, which takes focus.
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, '.summary'));
    expect($$(el, '.summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#f-code', '#f-phone']);
    await expect(el).to.be.accessible();
    ($(el, '#f-code') as HTMLInputElement).value = code;
    // The phone as people write it; the view sends it normalised (the collector matches 0905111222 only).
    ($(el, '#f-phone') as HTMLInputElement).value = '0905 111 222';
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'section.result'));
    // Just received; a team assigned, the visit scheduled and closed is test/e2e/support-points.spec.ts.
    expect($(el, '[data-status]').textContent).to.equal('Phường đã nhận yêu cầu, đang tìm tổ hỗ trợ.');
    expect($$(el, 'section.result li')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'section.result'));
    await expect(el).to.be.accessible();
    // Back to the form, focus on the link that opened the follow-up.
    ($(el, '[part=follow-up] button[type=button]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'form[part=form]'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#follow-link'));
  });

  it('says when no request matches, and keeps what was typed', async () => {
    const code = await requestVisit();
    const el = await open();
    ($(el, '#follow-link') as HTMLButtonElement).click();
    await until(() => !!$(el, '#f-code'));
    ($(el, '#f-code') as HTMLInputElement).value = code;
    ($(el, '#f-phone') as HTMLInputElement).value = '0905999888';
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'p.result'));
    expect($(el, 'p.result').textContent).to.contain('Không tìm thấy yêu cầu');
    expect(($(el, '#f-phone') as HTMLInputElement).value).to.equal('0905999888');
    expect(($(el, '#f-code') as HTMLInputElement).value).to.equal(code);
  });

  it('opens the follow-up from a receipt with its code and phone filled in', async () => {
    const el = await open();
    await fillValid(el);
    ($(el, 'button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, '.receipt'), 8000);
    const code = $(el, '.receipt').textContent ?? '';
    ($(el, '#follow-link') as HTMLButtonElement).click();
    await until(() => !!$(el, '#f-code'));
    expect(($(el, '#f-code') as HTMLInputElement).value).to.equal(code);
    expect(($(el, '#f-phone') as HTMLInputElement).value).to.equal('0905111222');
  });

  const tileRequests = () =>
    performance.getEntriesByType('resource').filter((r) => r.name.includes('/__tiles/')).length;

  it('offers no map and requests no tile when the ward has no tile server', async () => {
    const el = await open();
    expect($$(el, '.points button').map((b) => b.textContent)).to.not.include('Xem bản đồ');
    expect($(el, 'svg, image')).to.equal(null);
    expect(tileRequests()).to.equal(0);
  });

  it('shows a point’s small map from the ward’s tile server only when asked', async () => {
    const el = await open('vi', 'test-map');
    // Only the points with a position get one: the teams that come to the house have none.
    const withPosition = points.filter((p) => p.lat !== undefined).map((p) => p.name);
    const buttons = $$(el, '.points li')
      .filter((li) => li.querySelector('button')?.textContent === 'Xem bản đồ')
      .map((li) => li.querySelector('h3')?.textContent);
    expect(buttons).to.have.members(withPosition);
    expect(tileRequests()).to.equal(0);
    const button = item(el, 'Điểm hỗ trợ 24h Tổ dân phố 3')!.querySelector('button') as HTMLButtonElement;
    button.click();
    await until(() => !!$(el, '[part=map] svg'));
    const hrefs = $$(el, '[part=map] image').map((i) => i.getAttribute('href'));
    expect(hrefs).to.have.length(4);
    for (const href of hrefs) expect(href).to.match(/\/__tiles\/17\/\d+\/\d+\.png$/);
    expect($(el, '[part=map] svg').getAttribute('aria-label')).to.contain('Điểm hỗ trợ 24h Tổ dân phố 3');
    expect($(el, '[part=map] figcaption').textContent).to.equal('© OpenStreetMap contributors');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, '[part=map]')).to.equal(null);
  });
});
