// <motcua-support-points> in Chromium against the test runner's endpoint (core/test/browser/outbox-server.mjs):
// the list with "open now" from core's hours, the filters, the list read offline from the last visit, and
// the home-visit request through the real page outbox (IndexedDB), queued while the ward cannot be reached,
// its follow-up by receipt code and phone (a part loaded on demand), and the small map, offered only when
// the ward configured a tile server (without one, no tile is ever requested).
import { expect, fixture, html } from '@open-wc/testing';
import { resetPageOutbox, serverLog, setMode, until, useBucket } from '../../test/browser/support/endpoint.js';
import './support-points.js';
import type { SupportPointInfo, SupportPointsElement } from './support-points.component.js';

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as HTMLElement;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** A clock time in Vietnam `minutes` from now, "HH:MM". */
const vnClock = (minutes: number) => new Date(Date.now() + (7 * 60 + minutes) * 60_000).toISOString().slice(11, 16);
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
/** When the first point closes: fixed once, so a minute ticking over during the run changes nothing. */
const CLOSES = vnClock(60);

const POINTS: SupportPointInfo[] = [
  {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Điểm hỗ trợ 24h Tổ dân phố 3',
    kind: 'diem-ho-tro-24h',
    address: 'Nhà văn hóa Tổ dân phố 3',
    lat: 15.5762,
    lng: 108.4752,
    hours: { weekly: [{ days: EVERY_DAY, open: vnClock(-60), close: CLOSES }] },
    services: ['nop-truc-tuyen', 'kich-hoat-vneid'],
    phone: '0905123403',
    zalo: 'https://zalo.me/0905123403',
  },
  {
    id: '22222222-2222-4222-8222-222222222222',
    name: 'Bộ phận một cửa phường',
    kind: 'bo-phan-mot-cua',
    address: 'Trụ sở UBND phường',
    hours: { weekly: [{ days: EVERY_DAY, open: vnClock(120), close: vnClock(180) }] },
    services: ['thu-tuc'],
    phone: '02353812000',
  },
];

async function clearDrafts() {
  await new Promise((r) => {
    const req = indexedDB.deleteDatabase('motcua-drafts');
    req.onsuccess = req.onerror = req.onblocked = r;
  });
}

const type = async (el: SupportPointsElement, id: string, value: string) => {
  const input = $(el, `#${id}`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
  await el.updateComplete;
};

async function fillValid(el: SupportPointsElement) {
  await type(el, 'f-name', 'Trần Thị Bình');
  await type(el, 'f-phone', '0905 111 222');
  await type(el, 'f-address', '12 kiệt 5 Phan Bội Châu');
  await type(el, 'f-need', 'kich-hoat-vneid');
  await type(el, 'f-preferredTime', 'Tối thứ Bảy');
  ($(el, '#f-consent') as HTMLInputElement).click();
  await el.updateComplete;
}

describe('<motcua-support-points>', () => {
  let endpoint = '';
  beforeEach(async () => {
    await resetPageOutbox();
    await clearDrafts();
    endpoint = useBucket();
    await setMode({ points: POINTS });
  });
  afterEach(() => resetPageOutbox());

  const open = async (lang = 'vi') => {
    const el = await fixture<SupportPointsElement>(
      html`<motcua-support-points endpoint=${endpoint} unit="demo" lang=${lang}></motcua-support-points>`,
    );
    await until(() => $$(el, '.points li').length > 0);
    return el;
  };

  it('shows each point open or closed now, with its services, phone, Zalo and a map link out, and is accessible', async () => {
    const el = await open();
    const [first, second] = $$(el, '.points li');
    expect(first?.querySelector('.status')?.textContent).to.equal(`Đang mở · đóng cửa lúc ${CLOSES}`);
    expect(second?.querySelector('.status')?.textContent).to.match(/^Đang đóng cửa · mở lại lúc \d\d:\d\d/);
    expect(first?.textContent).to.contain('Nộp hồ sơ trực tuyến, Kích hoạt VNeID');
    const links = [...(first?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal([
      'tel:0905123403',
      'https://zalo.me/0905123403',
      'https://www.openstreetmap.org/?mlat=15.5762&mlon=108.4752#map=18/15.5762/108.4752',
    ]);
    expect(second?.querySelector('a[href^="https://www.openstreetmap.org/search"]')).to.not.equal(null);
    expect($(el, 'img, iframe')).to.equal(null, 'no map tiles');
    await expect(el).to.be.accessible();
  });

  it('filters by what the citizen needs and by open now, and says how many match', async () => {
    const el = await open();
    await type(el, 'need', 'thu-tuc');
    expect($$(el, '.points h3').map((h) => h.textContent)).to.deep.equal(['Bộ phận một cửa phường']);
    ($(el, '#open-only') as HTMLInputElement).click();
    await el.updateComplete;
    expect($$(el, '.points li')).to.have.length(0);
    expect($(el, '.count').textContent).to.contain('Không có nơi nào phù hợp');
    await type(el, 'need', '');
    expect($$(el, '.points h3').map((h) => h.textContent)).to.deep.equal(['Điểm hỗ trợ 24h Tổ dân phố 3']);
    expect($(el, '.count').textContent).to.equal('Có 1 nơi phù hợp.');
  });

  it('reads the list saved at the last visit when the ward cannot be reached', async () => {
    (await open()).remove();
    await setMode({ pointsDown: true });
    const el = await open();
    expect($$(el, '.points li')).to.have.length(2);
    await until(() => !!$(el, '.info'));
    expect($(el, '.info').textContent).to.contain('Mất kết nối');
    await expect(el).to.be.accessible();
  });

  it('says so when there is no list at all, with a way to try again', async () => {
    await setMode({ pointsDown: true });
    const el = await fixture<SupportPointsElement>(
      html`<motcua-support-points endpoint=${endpoint} unit="demo"></motcua-support-points>`,
    );
    await until(() => !!$(el, '[role=alert]'));
    expect($(el, '[role=alert]').textContent).to.contain('Chưa tải được danh sách');
    await setMode({ points: POINTS });
    ($(el, '[role=alert] button') as HTMLButtonElement).click();
    await until(() => $$(el, '.points li').length === 2);
  });

  it('summarises the form’s errors, links each to its field, and keeps a draft across a reload', async () => {
    const el = await open();
    await type(el, 'f-name', 'Trần Thị Bình');
    await type(el, 'f-phone', '123');
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
    await setMode({ points: POINTS, status: 503, times: 1 });
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
    expect($(el, '.status').textContent).to.equal(`Open · closes at ${CLOSES}`);
  });

  const FOLLOW_UP = {
    receiptCode: 'HT-7K3M9Q',
    phone: '0905111222',
    result: {
      receiptCode: 'HT-7K3M9Q',
      status: 'da-xong',
      need: 'kich-hoat-vneid',
      createdAt: '2026-12-01T02:00:00.000Z',
      team: { name: 'Tổ công nghệ số cộng đồng khu phố 1', phone: '0905123420' },
      scheduledAt: '2026-12-05T12:30:00.000Z',
      note: 'Đã kích hoạt VNeID mức 2.',
      history: [
        { status: 'moi', at: '2026-12-01T02:00:00.000Z' },
        { status: 'da-phan-cong', at: '2026-12-02T02:00:00.000Z' },
        { status: 'da-hen', at: '2026-12-03T02:00:00.000Z' },
        { status: 'da-xong', at: '2026-12-05T13:30:00.000Z' },
      ],
    },
  };

  it('follows a request up by receipt code and phone: the status in words, the team, the time and the note', async () => {
    await setMode({ points: POINTS, lookup: FOLLOW_UP });
    const el = await open();
    ($(el, '#follow-link') as HTMLButtonElement).click();
    await until(() => !!$(el, '#f-code'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#f-code'));
    // Nothing typed: both fields are named in the summary, which takes focus.
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, '.summary'));
    expect($$(el, '.summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#f-code', '#f-phone']);
    await expect(el).to.be.accessible();
    ($(el, '#f-code') as HTMLInputElement).value = 'HT-7K3M9Q';
    // The phone as people write it; the view sends it normalised (the endpoint matches 0905111222 only).
    ($(el, '#f-phone') as HTMLInputElement).value = '0905 111 222';
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'section.result'));
    expect($(el, '[data-status]').textContent).to.equal('Đã hỗ trợ xong.');
    const text = $(el, 'section.result').textContent ?? '';
    expect(text).to.contain('Tổ công nghệ số cộng đồng khu phố 1');
    expect(text).to.contain('19:30');
    expect($(el, '.note').textContent).to.equal('Đã kích hoạt VNeID mức 2.');
    expect($(el, 'section.result a[href="tel:0905123420"]')).to.not.equal(null);
    expect($$(el, 'section.result li')).to.have.length(4);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'section.result'));
    await expect(el).to.be.accessible();
    // Back to the form, focus on the link that opened the follow-up.
    ($(el, '[part=follow-up] button[type=button]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'form[part=form]'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#follow-link'));
  });

  it('says when no request matches, and keeps what was typed', async () => {
    await setMode({ points: POINTS, lookup: FOLLOW_UP });
    const el = await open();
    ($(el, '#follow-link') as HTMLButtonElement).click();
    await until(() => !!$(el, '#f-code'));
    ($(el, '#f-code') as HTMLInputElement).value = 'HT-7K3M9Q';
    ($(el, '#f-phone') as HTMLInputElement).value = '0905999888';
    ($(el, '[part=follow-up] button[type=submit]') as HTMLButtonElement).click();
    await until(() => !!$(el, 'p.result'));
    expect($(el, 'p.result').textContent).to.contain('Không tìm thấy yêu cầu');
    expect(($(el, '#f-phone') as HTMLInputElement).value).to.equal('0905999888');
    expect(($(el, '#f-code') as HTMLInputElement).value).to.equal('HT-7K3M9Q');
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
    const tiles = `${location.origin}/__tiles/{z}/{x}/{y}.png`;
    await setMode({ points: POINTS, map: { tiles, attribution: '© OpenStreetMap contributors' } });
    const el = await open();
    const buttons = $$(el, '.points li button');
    // Only the point with a position gets one.
    expect(buttons.map((b) => b.textContent)).to.deep.equal(['Xem bản đồ']);
    expect(tileRequests()).to.equal(0);
    buttons[0]?.click();
    await until(() => !!$(el, '[part=map] svg'));
    const hrefs = $$(el, '[part=map] image').map((i) => i.getAttribute('href'));
    expect(hrefs).to.have.length(4);
    for (const href of hrefs) expect(href).to.match(/\/__tiles\/17\/\d+\/\d+\.png$/);
    expect($(el, '[part=map] svg').getAttribute('aria-label')).to.contain('Điểm hỗ trợ 24h Tổ dân phố 3');
    expect($(el, '[part=map] figcaption').textContent).to.equal('© OpenStreetMap contributors');
    expect(buttons[0]?.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    buttons[0]?.click();
    await el.updateComplete;
    expect($(el, '[part=map]')).to.equal(null);
  });
});
