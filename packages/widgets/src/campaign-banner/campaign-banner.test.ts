// The campaign banner in Chromium: each layout, scheduling, reduced motion, keyboard control, dismissal,
// and event counts posted to the real collector behind the test runner (test/component/collector-proxy.mjs).
import { type CampaignItem, createOutbox, vnDay } from '@motcua/core';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { serverLog, until, useBucket } from '../../test/browser/support/endpoint.js';
import { CampaignBannerElement } from './campaign-banner.component.js';
import './campaign-banner.js';

/** A banner that records when it loads its on-demand part (extras.ts), and can fail the next load as offline. */
const loaded: string[] = [];
let extrasFailures = 0;
class WatchedBanner extends CampaignBannerElement {
  protected override loadExtras() {
    loaded.push('extras');
    if (extrasFailures > 0) {
      extrasFailures--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return super.loadExtras();
  }
}
customElements.define('test-watched-banner', WatchedBanner);

const q = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const visible = (el: Element) => qa(el, '[part~="campaign"]').filter((c) => !c.hidden);
const title = (c: Element) => c.querySelector('[role="heading"]')?.textContent;

const day = (offset: number) => vnDay(Date.now() + offset * 86_400_000);
const running = (id: string, extra: Partial<CampaignItem> = {}): CampaignItem => ({
  id,
  title: `Chiến dịch ${id}`,
  text: 'Nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.',
  linkUrl: '/dich-vu-cong',
  linkText: 'Tìm hiểu',
  startsAt: day(-1),
  endsAt: day(30),
  ...extra,
});

async function banner(campaigns: CampaignItem[], layout: 'card' | 'strip' | 'carousel' = 'card', endpoint = '') {
  const el = await fixture<CampaignBannerElement>(
    html`<motcua-campaign-banner layout=${layout} endpoint=${endpoint} unit="demo" page="/" .campaigns=${campaigns}></motcua-campaign-banner>`,
  );
  el.flushDelay = 50;
  await el.updateComplete;
  return el;
}

beforeEach(() => localStorage.removeItem('motcua-campaigns-dismissed'));
afterEach(async () => {
  localStorage.removeItem('motcua-events-pending');
  await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<motcua-campaign-banner> layouts', () => {
  it('shows a card with its title as a heading, text, a sized responsive image and the call to action', async () => {
    const el = await banner([
      running('a', {
        imageUrl: '/packages/demo/site/assets/emblem.svg',
        imageSrcset: '/packages/demo/site/assets/emblem.svg 56w',
        imageAlt: 'Quốc huy',
        imageWidth: 560,
        imageHeight: 315,
      }),
    ]);
    const region = q(el, 'section');
    expect(region.getAttribute('aria-label')).to.equal('Thông tin tuyên truyền');
    const heading = q(el, '[role="heading"]');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent).to.equal('Chiến dịch a');
    const img = q<HTMLImageElement>(el, 'img');
    expect(img.getAttribute('width')).to.equal('560');
    expect(img.getAttribute('height')).to.equal('315');
    expect(img.getAttribute('srcset')).to.contain('56w');
    expect(img.alt).to.equal('Quốc huy');
    // Width and height reserve the box before the image arrives, so nothing below it moves.
    expect(Math.round((img.getBoundingClientRect().height / img.getBoundingClientRect().width) * 100)).to.equal(56);
    const link = q<HTMLAnchorElement>(el, 'a[part="link"]');
    expect(link.textContent).to.equal('Tìm hiểu');
    expect(link.getAttribute('href')).to.equal('/dich-vu-cong');
    expect(q(el, 'button.close').getAttribute('aria-label')).to.equal('Ẩn: Chiến dịch a');
    await expect(el).to.be.accessible();
  });

  it('shows a strip in English with the page language, every running campaign by priority', async () => {
    const wrapper = await fixture(
      html`<div lang="en"><motcua-campaign-banner layout="strip" page="/"></motcua-campaign-banner></div>`,
    );
    const el = wrapper.querySelector('motcua-campaign-banner') as CampaignBannerElement;
    el.campaigns = [running('low', { priority: 1, linkText: '' }), running('high', { priority: 9 })];
    await el.updateComplete;
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch high', 'Chiến dịch low']);
    expect(q(el, 'section').getAttribute('aria-label')).to.equal('Public information');
    expect(qa(el, 'a[part="link"]').map((a) => a.textContent)).to.deep.equal(['Tìm hiểu', 'Read more']);
    expect(getComputedStyle(visible(el)[0]!).flexDirection).to.equal('row');
    await expect(el).to.be.accessible();
  });

  it('shows a carousel as one slide at a time, announced as a carousel with numbered slides', async () => {
    const el = await banner([running('a', { priority: 3 }), running('b', { priority: 2 }), running('c')], 'carousel');
    const region = q(el, 'section');
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Chiến dịch tuyên truyền');
    const slides = qa(el, '[part~="campaign"]');
    expect(slides.map((s) => s.getAttribute('aria-roledescription'))).to.deep.equal(['slide', 'slide', 'slide']);
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 trên 3', '2 trên 3', '3 trên 3']);
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch a']);
    expect(qa(el, '.controls button').map((b) => b.textContent)).to.deep.equal([
      'Tạm dừng tự chuyển',
      'Chiến dịch trước',
      'Chiến dịch tiếp theo',
    ]);
    await expect(el).to.be.accessible();
  });

  it('is driven by the keyboard alone: focus holds the rotation, buttons pause and change slides', async () => {
    const el = await banner([running('a', { priority: 3 }), running('b', { priority: 2 }), running('c')], 'carousel');
    const [pause, prev, next] = qa(el, '.controls button') as HTMLButtonElement[];
    expect(q(el, '.slides').getAttribute('aria-live')).to.equal('off');
    next!.focus();
    await el.updateComplete;
    // While focus is inside, the carousel stands still and announces changes politely.
    expect(q(el, '.slides').getAttribute('aria-live')).to.equal('polite');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch b']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(prev);
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch a']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pause!.textContent).to.equal('Tiếp tục tự chuyển');
    await expect(el).to.be.accessible();
  });
});

describe('<motcua-campaign-banner> motion', () => {
  it('rotates on its own when motion is welcome', async () => {
    const el = await banner([running('a', { priority: 2 }), running('b')], 'carousel');
    el.interval = 2;
    await el.updateComplete;
    await until(() => visible(el).map(title)[0] === 'Chiến dịch b', 3500);
    await expect(el).to.be.accessible();
  });

  it('never moves on its own for visitors who prefer reduced motion, but still changes on request', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await banner([running('a', { priority: 2 }), running('b')], 'carousel');
    el.interval = 2;
    await el.updateComplete;
    expect(qa(el, '.controls button')[0]!.textContent).to.equal('Tiếp tục tự chuyển');
    expect(q(el, '.slides').getAttribute('aria-live')).to.equal('polite');
    await new Promise((r) => setTimeout(r, 2600));
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch a']);
    qa(el, '.controls button')[2]!.click();
    await el.updateComplete;
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch b']);
    await expect(el).to.be.accessible();
  });
});

describe('<motcua-campaign-banner> scheduling and targeting', () => {
  it('leaves out expired, future and other pages’ campaigns and shows a one-day campaign on its day', async () => {
    const el = await banner([
      running('expired', { startsAt: day(-10), endsAt: day(-1), priority: 9 }),
      running('future', { startsAt: day(1), endsAt: day(5), priority: 9 }),
      running('elsewhere', { targetPages: ['/thu-tuc*'], priority: 9 }),
      running('today', { startsAt: day(0), endsAt: day(0) }),
    ]);
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch today']);
    el.page = '/thu-tuc/1.001193';
    el.campaigns = [...(el.campaigns ?? [])];
    await el.updateComplete;
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch elsewhere', 'Chiến dịch today']);
    await expect(el).to.be.accessible();
  });

  it('renders nothing when no campaign runs', async () => {
    const el = await banner([running('old', { startsAt: day(-9), endsAt: day(-2) })]);
    expect(q(el, 'section')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads a static JSON file for sites without a collector', async () => {
    const el = await fixture<CampaignBannerElement>(
      html`<motcua-campaign-banner src="/packages/demo/site/assets/campaigns.json" page="/"></motcua-campaign-banner>`,
    );
    await until(() => visible(el).length > 0);
    // The expired 2025 quiz stays out; the rest come in priority order.
    expect(visible(el).map(title)).to.deep.equal([
      'Nộp hồ sơ trực tuyến toàn trình, không cần đến Bộ phận Một cửa',
      'Thanh toán phí, lệ phí không dùng tiền mặt',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<motcua-campaign-banner> parts loaded on demand', () => {
  beforeEach(() => {
    loaded.length = 0;
  });

  it('does not load the carousel and share part for a card', async () => {
    const el = await fixture<CampaignBannerElement>(
      html`<test-watched-banner page="/" .campaigns=${[running('a'), running('b')]}></test-watched-banner>`,
    );
    expect(visible(el)).to.have.length(2);
    expect(loaded).to.deep.equal([]);
    expect(q(el, '.share')).to.equal(null);
  });

  it('loads the share part before its first render', async () => {
    const endpoint = useBucket();
    const el = await fixture<CampaignBannerElement>(
      html`<test-watched-banner share endpoint=${endpoint} unit="demo" page="/" .campaigns=${[running('a')]}></test-watched-banner>`,
    );
    // No shift: the links are there at the first render.
    expect(q(el, '.share a').getAttribute('href')).to.contain('facebook.com/sharer');
    expect(q(el, '.share button').textContent).to.equal('Zalo');
    expect(loaded).to.deep.equal(['extras']);
    await expect(el).to.be.accessible();
  });

  it('shows a carousel as a card while its part cannot load, and as a carousel once it can', async () => {
    extrasFailures = 1;
    const el = await fixture<CampaignBannerElement>(
      html`<test-watched-banner layout="carousel" page="/" .campaigns=${[running('a'), running('b')]}></test-watched-banner>`,
    );
    expect(visible(el)).to.have.length(2);
    expect(q(el, '.controls')).to.equal(null);
    expect(q(el, 'section').getAttribute('aria-label')).to.equal('Thông tin tuyên truyền');
    await expect(el).to.be.accessible();
    el.requestUpdate();
    await el.updateComplete;
    expect(visible(el)).to.have.length(1);
    expect(qa(el, '.controls button')).to.have.length(3);
    expect(q(el, '[part~="campaign"]').getAttribute('aria-label')).to.equal('1 trên 2');
  });

  it('delivers batches an earlier page view left, as soon as the next banner connects', async () => {
    const endpoint = useBucket();
    const id = crypto.randomUUID();
    const events = [{ type: 'impression', campaign: 'old', count: 2, day: vnDay(Date.now()) }];
    localStorage.setItem(
      'motcua-events-pending',
      JSON.stringify([{ id, url: `${endpoint}/api/v1/units/demo/events`, body: { id, events } }]),
    );
    await fixture(html`<test-watched-banner page="/" .campaigns=${[]}></test-watched-banner>`);
    await until(async () => (await serverLog()).stored.includes(id));
    expect((await serverLog()).bodies[id]).to.deep.equal({ id, events });
    await until(() => localStorage.getItem('motcua-events-pending') === '[]');
  });
});

describe('<motcua-campaign-banner> dismissal and counts', () => {
  it('keeps a dismissed campaign dismissed for this visitor and keeps keyboard focus in the banner', async () => {
    const el = await banner([running('a', { priority: 2 }), running('b')]);
    q<HTMLButtonElement>(el, 'button.close').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visible(el).map(title)).to.deep.equal(['Chiến dịch b']);
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Ẩn: Chiến dịch b');
    expect(Object.keys(JSON.parse(localStorage.getItem('motcua-campaigns-dismissed')!))).to.deep.equal(['a']);
    expect(document.cookie).to.equal('');
    const again = await banner([running('a', { priority: 2 }), running('b')]);
    expect(visible(again).map(title)).to.deep.equal(['Chiến dịch b']);
    await expect(again).to.be.accessible();
  });

  it('counts an impression after a second in view and a click, and posts them in one batch', async function () {
    // Sending waits for 3 s of quiet after the click: allow for a loaded machine.
    this.timeout(25_000);
    const endpoint = useBucket();
    const el = await banner([running('a')], 'card', endpoint);
    const seen: string[] = [];
    el.addEventListener('motcua-campaign', (e) => seen.push((e as CustomEvent).detail.type));
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).to.deep.equal([]);
    await until(() => seen.includes('impression'), 3000);
    const link = q<HTMLAnchorElement>(el, 'a[part="link"]');
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    await until(async () => (await serverLog()).stored.length > 0, 12_000);
    const log = await serverLog();
    const body = Object.values(log.bodies)[0] as { id: string; events: unknown[] };
    expect(body.events).to.have.deep.members([
      { type: 'impression', campaign: 'a', count: 1, day: vnDay(Date.now()) },
      { type: 'click', campaign: 'a', count: 1, day: vnDay(Date.now()) },
    ]);
    expect(log.posts).to.deep.equal([body.id]);
    // This batch leaves the visitor's queue once acknowledged (other tests' widgets may still queue theirs).
    const pendingIds = () =>
      (JSON.parse(localStorage.getItem('motcua-events-pending') ?? '[]') as { id: string }[]).map((b) => b.id);
    await until(() => !pendingIds().includes(body.id), 8000);
    await expect(el).to.be.accessible();
  });

  it('uses the page’s shared outbox when another widget made one', async () => {
    const endpoint = useBucket();
    const key = Symbol.for('motcua.outbox');
    const scope = globalThis as unknown as Record<symbol, ReturnType<typeof createOutbox> | undefined>;
    const outbox = createOutbox({ name: `banner-test-${crypto.randomUUID()}` });
    scope[key] = outbox;
    try {
      const sent: string[] = [];
      outbox.subscribe((e) => sent.push(e.type));
      const el = await banner([running('a')], 'card', endpoint);
      q<HTMLButtonElement>(el, 'button.close').click();
      await until(async () => (await serverLog()).stored.length > 0, 4000);
      const body = Object.values((await serverLog()).bodies)[0] as { events: { type: string }[] };
      expect(body.events.map((e) => e.type)).to.include('dismiss');
      expect(localStorage.getItem('motcua-events-pending')).to.equal(null);
      await until(() => sent.includes('sent'));
    } finally {
      outbox.close();
      delete scope[key];
    }
  });

  it('sends nothing at all for visitors with Global Privacy Control or Do Not Track', async () => {
    const endpoint = useBucket();
    for (const prop of ['globalPrivacyControl', 'doNotTrack'] as const) {
      Object.defineProperty(navigator, prop, { configurable: true, get: () => (prop === 'doNotTrack' ? '1' : true) });
      try {
        const el = await banner([running(`p-${prop}`)], 'card', endpoint);
        q<HTMLButtonElement>(el, 'button.close').click();
        await new Promise((r) => setTimeout(r, 300));
        el.flush();
        await new Promise((r) => setTimeout(r, 200));
      } finally {
        delete (navigator as unknown as Record<string, unknown>)[prop];
      }
    }
    expect((await serverLog()).posts).to.deep.equal([]);
    expect(localStorage.getItem('motcua-events-pending')).to.equal(null);
  });
});
