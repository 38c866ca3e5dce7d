/**
 * <motcua-campaign-banner>: the ward's running publicity campaigns (tuyên truyền CCHC) as a strip, a card
 * or a carousel. Scheduling, targeting, dismissals and event tallies come from @motcua/core; this element
 * is their accessible face. Anonymous counts go through the page's shared outbox when another widget made
 * one, else through core's small storage-backed event queue: the IndexedDB outbox alone would take a third
 * of the banner's 10 KB budget. Nothing is counted for visitors who send Do Not Track or GPC.
 */
import {
  activeCampaigns,
  type CampaignEventType,
  type CampaignItem,
  dismissals,
  type EventPost,
  eventQueue,
  eventTally,
  scheduleTime,
  trackingRefused,
} from '@motcua/core/campaigns';
import type { Outbox } from '@motcua/core/outbox';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type LocaleTable, MotcuaElement, uuid } from '../shared/motcua-element.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { bannerStyles } from './campaign-banner.styles.js';
import { vi } from './locales/vi.js';

const storage = () => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/**
 * Scheduled campaigns of a ward.
 *
 * @summary Shows the unit's active campaigns (collector or static JSON) as a strip, card or carousel.
 *
 * @attr src - URL of a static JSON array of campaigns, used when `endpoint` or `unit` is empty.
 * @attr layout - `strip`, `card` (default) or `carousel`.
 * @attr interval - Seconds between carousel slides (default 8); never rotates under reduced motion.
 * @attr heading-level - Level of each campaign's heading (default 2).
 * @attr share - Show Facebook and Zalo share links.
 * @attr page - The page path used for targeting (default: the current path).
 * @prop campaigns - Campaigns to show instead of fetching them.
 *
 * @event motcua-campaign - `{ type: 'impression' | 'click' | 'dismiss', campaign }` for each event counted.
 *
 * @csspart banner - The outer region.
 * @csspart campaign - One campaign.
 * @csspart image - A campaign's image.
 * @csspart link - The call-to-action link.
 * @csspart controls - The carousel buttons.
 * @cssproperty --motcua-banner-bg - Background of a campaign (default: a light tint of the primary colour).
 */
export class CampaignBannerElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, visuallyHidden, bannerStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    layout: { reflect: true },
    interval: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    share: { type: Boolean },
    page: {},
    campaigns: { attribute: false },
    flushDelay: { type: Number, attribute: false },
    shown: { state: true },
    index: { state: true },
    paused: { state: true },
    held: { state: true },
    note: { state: true },
  };
  declare src: string;
  declare layout: 'strip' | 'card' | 'carousel';
  declare interval: number;
  declare headingLevel: number;
  declare share: boolean;
  declare page: string;
  declare campaigns: CampaignItem[] | undefined;
  /** Milliseconds counts wait before they are sent together. */
  declare flushDelay: number;

  declare private shown: CampaignItem[];
  declare private index: number;
  declare private paused: boolean;
  declare private held: boolean;
  declare private note: string;

  private dismissed = dismissals(storage());
  private tally = eventTally();
  private seen = new Set<string>();
  private observer?: IntersectionObserver;
  private timers = new Map<Element, ReturnType<typeof setTimeout>>();
  private rotation?: ReturnType<typeof setInterval>;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  private readonly onHide = () => document.visibilityState === 'hidden' && this.flush();
  private readonly onLeave = () => this.flush();

  constructor() {
    super();
    this.src = '';
    this.layout = 'card';
    this.interval = 8;
    this.headingLevel = 2;
    this.share = false;
    this.page = '';
    this.flushDelay = 3000;
    this.shown = [];
    this.index = 0;
    this.paused = false;
    this.held = false;
    this.note = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Batches a previous page view could not deliver.
    eventQueue(storage()).flush();
    this.paused ||= this.reduced;
    document.addEventListener('visibilitychange', this.onHide);
    addEventListener('pagehide', this.onLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onHide);
    removeEventListener('pagehide', this.onLeave);
    this.observer?.disconnect();
    for (const t of this.timers.values()) clearTimeout(t);
    clearInterval(this.rotation);
    this.flush();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('campaigns') && this.campaigns) this.select(this.campaigns);
    else if ((changed.has('src') || changed.has('endpoint') || changed.has('unit')) && !this.campaigns) this.load();
  }

  private get path() {
    return this.page || location.pathname;
  }

  private async load() {
    const path = this.path;
    const url =
      this.endpoint && this.unit
        ? `${this.endpoint}/api/v1/units/${encodeURIComponent(this.unit)}/campaigns?page=${encodeURIComponent(path)}`
        : this.src;
    if (!url) return;
    try {
      const r = await fetch(url, { credentials: 'omit' });
      if (r.ok) this.select(await r.json());
    } catch {
      // A banner is never worth an error on the ward's page: without campaigns it shows nothing.
    }
  }

  private select(list: unknown) {
    this.shown = activeCampaigns(list, { path: this.path, dismissed: (id) => this.dismissed.has(id) });
    this.index = 0;
  }

  /** Counts one event and schedules a send; nothing is counted for visitors who opted out of tracking. */
  private count(type: CampaignEventType, c: CampaignItem) {
    this.emit('motcua-campaign', { type, campaign: c.id });
    if (trackingRefused(navigator as { doNotTrack?: string; globalPrivacyControl?: boolean })) return;
    if (!this.endpoint || !this.unit) return;
    this.tally.add(type, c.id);
    clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => this.flush(), this.flushDelay);
  }

  /** Hands the tallied counts to an outbox that keeps them until the collector acknowledges them. */
  flush() {
    clearTimeout(this.flushTimer);
    const shared = (globalThis as unknown as Record<symbol, Outbox | undefined>)[Symbol.for('motcua.outbox')];
    const queue = eventQueue(storage());
    const url = `${this.endpoint}/api/v1/units/${encodeURIComponent(this.unit)}/events`;
    for (const events of this.tally.take()) {
      const id = uuid();
      const item: EventPost = { id, url, body: { id, events } };
      (shared ? shared.send({ ...item, kind: 'events' }) : queue.add(item)).catch(() => {});
    }
  }

  override updated(): void {
    this.observer ??= new IntersectionObserver((entries) => this.watch(entries), { threshold: 0.5 });
    this.observer.disconnect();
    for (const el of this.renderRoot.querySelectorAll('[data-id]:not([hidden])')) this.observer.observe(el);
    clearInterval(this.rotation);
    if (this.layout === 'carousel' && this.shown.length > 1 && !this.paused && !this.held) {
      this.rotation = setInterval(() => this.go(1), Math.max(this.interval, 2) * 1000);
    }
  }

  /** An impression is a campaign at least half in view for a whole second, counted once per page view. */
  private watch(entries: IntersectionObserverEntry[]) {
    for (const e of entries) {
      const id = (e.target as HTMLElement).dataset.id as string;
      clearTimeout(this.timers.get(e.target));
      if (!e.isIntersecting || this.seen.has(id)) continue;
      this.timers.set(
        e.target,
        setTimeout(() => {
          const c = this.shown.find((x) => x.id === id);
          if (!c || this.seen.has(id) || document.visibilityState === 'hidden') return;
          this.seen.add(id);
          this.count('impression', c);
        }, 1000),
      );
    }
  }

  private go(step: number) {
    const n = this.shown.length;
    if (n) this.index = (this.index + step + n) % n;
  }

  private async hide(c: CampaignItem) {
    this.dismissed.add(c.id, scheduleTime(c.endsAt, true));
    this.count('dismiss', c);
    this.shown = this.shown.filter((x) => x !== c);
    if (this.index >= this.shown.length) this.index = 0;
    // Focus would otherwise fall to the page's top: keep keyboard users where they were.
    await this.moveFocus('[part~="campaign"]:not([hidden]) button, .controls button');
  }

  private async zalo(c: CampaignItem, url: string) {
    try {
      if (navigator.share) await navigator.share({ title: c.title, url });
      else {
        await navigator.clipboard.writeText(url);
        this.note = this.t('copied');
      }
    } catch {
      // The visitor closed the share sheet.
    }
  }

  private item(c: CampaignItem, i: number) {
    const carousel = this.layout === 'carousel';
    const link = c.linkUrl ? new URL(c.linkUrl, location.href).href : location.href;
    const label = carousel ? this.t('slide', { n: i + 1, total: this.shown.length }) : undefined;
    return html`<div
      part="campaign"
      class="campaign"
      data-id=${c.id}
      role=${ifDefined(carousel ? 'group' : undefined)}
      aria-roledescription=${carousel ? 'slide' : nothing}
      aria-label=${label ?? nothing}
      ?hidden=${carousel && i !== this.index}
    >
      ${
        c.imageUrl
          ? html`<img
            part="image"
            src=${c.imageUrl}
            srcset=${c.imageSrcset ?? nothing}
            sizes=${c.imageSrcset ? (this.layout === 'strip' ? '8em' : '(min-width: 40em) 40em, 100vw') : nothing}
            width=${ifDefined(c.imageWidth)}
            height=${ifDefined(c.imageHeight)}
            alt=${c.imageAlt ?? ''}
            loading="lazy"
            decoding="async"
          />`
          : nothing
      }
      <div class="body">
        <div role="heading" aria-level=${this.headingLevel} class="title">${c.title}</div>
        ${c.text ? html`<p>${c.text}</p>` : nothing}
        ${c.linkUrl ? html`<a part="link" class="cta" href=${c.linkUrl} @click=${() => this.count('click', c)}>${c.linkText || this.t('more')}</a>` : nothing}
        ${
          this.share
            ? html`<p class="share">${this.t('share')}:
              <a href=${`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(link)}`} target="_blank" rel="noopener noreferrer">${this.t('facebook')}</a>
              <button type="button" class="linkish" @click=${() => this.zalo(c, link)}>${this.t('zalo')}</button></p>`
            : nothing
        }
      </div>
      <button type="button" class="close" aria-label=${this.t('dismiss', { title: c.title })} @click=${() => this.hide(c)}>×</button>
    </div>`;
  }

  override render() {
    if (!this.shown.length) return nothing;
    const carousel = this.layout === 'carousel' && this.shown.length > 1;
    const rotating = carousel && !this.paused && !this.held;
    return html`<section
      part="banner"
      aria-label=${this.t(carousel ? 'carousel' : 'region')}
      aria-roledescription=${carousel ? 'carousel' : nothing}
      @focusin=${() => (this.held = true)}
      @focusout=${() => (this.held = false)}
      @mouseenter=${() => (this.held = true)}
      @mouseleave=${() => (this.held = false)}
    >
      ${
        carousel
          ? html`<div part="controls" class="controls">
            <button type="button" @click=${() => (this.paused = !this.paused)}>${this.t(this.paused ? 'play' : 'pause')}</button>
            <button type="button" @click=${() => this.go(-1)}>${this.t('prev')}</button>
            <button type="button" @click=${() => this.go(1)}>${this.t('next')}</button>
          </div>`
          : nothing
      }
      <div class="slides" aria-live=${rotating ? 'off' : 'polite'}>${this.shown.map((c, i) => this.item(c, i))}</div>
      <p class="visually-hidden" role="status">${this.note}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-campaign-banner': CampaignBannerElement;
  }
}
