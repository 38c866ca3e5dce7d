/**
 * <motcua-campaign-banner>: the ward's running publicity campaigns (tuyên truyền CCHC) as a strip, a card
 * or a carousel. Scheduling, targeting, dismissals and event tallies come from @motcua/core; this element
 * is their accessible face. Anonymous counts are kept by counting.ts, part of the widget's file so a
 * count made after the connection dropped is queued too; nothing is counted for visitors who send Do
 * Not Track or GPC.
 */
import {
  activeCampaigns,
  type CampaignEventType,
  type CampaignItem,
  dismissals,
  hasPendingEvents,
  scheduleTime,
  trackingRefused,
} from '@motcua/core/campaigns';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { uuid } from '../shared/uuid.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { bannerStyles } from './campaign-banner.styles.js';
import { type Counter, createCounter } from './counting.js';
import type { Extras } from './extras.js';
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
  src = '';
  layout: 'strip' | 'card' | 'carousel' = 'card';
  interval = 8;
  headingLevel = 2;
  share = false;
  page = '';
  campaigns: CampaignItem[] | undefined;
  /** Milliseconds counts wait before they are sent together. */
  flushDelay = 3000;

  /** The campaigns on show; this, the slide shown, the pause and the note are read and set by extras.ts too. */
  private shown: CampaignItem[] = [];
  private index = 0;
  private paused = false;
  private held = false;
  private note = '';

  private dismissed = dismissals(storage());
  private seen = new Set<string>();
  private observer?: IntersectionObserver;
  private timers = new Map<Element, ReturnType<typeof setTimeout>>();
  /** The carousel and share parts, fetched before the first render that shows them (see renderNeeds). */
  private extrasPart = this.loadsOnDemand(() =>
    this.loadExtras().then((m) => ({
      ...m,
      view: m.createExtras(
        {
          t: (key, values) => this.t(key, values),
          state: () => ({
            shown: this.shown,
            index: this.index,
            paused: this.paused,
            note: this.note,
            interval: this.interval,
          }),
          set: (change) => Object.assign(this, change),
        },
        { html },
      ),
    })),
  );
  private reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  private readonly onHide = () => document.visibilityState === 'hidden' && this.flush();
  private readonly onLeave = () => this.flush();

  override connectedCallback(): void {
    super.connectedCallback();
    // Batches a previous page view could not deliver.
    if (hasPendingEvents(storage())) this.counting();
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
    this.extras?.rotate(false);
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

  /** Whether events are counted: a collector to send them to, and a visitor who did not opt out. */
  private get counts() {
    return (
      !!this.endpoint &&
      !!this.unit &&
      !trackingRefused(navigator as { doNotTrack?: string; globalPrivacyControl?: boolean })
    );
  }

  private counter?: Counter;
  /** The counter, made on first use; making it also delivers the batches an earlier page view left. */
  private counting(): Counter {
    this.counter ??= createCounter(
      () => `${this.endpoint}/api/v1/units/${encodeURIComponent(this.unit)}/events`,
      storage(),
      uuid,
    );
    return this.counter;
  }

  /** Counts one event and schedules a send; nothing is counted for visitors who opted out of tracking. */
  private count(type: CampaignEventType, c: CampaignItem) {
    this.emit('motcua-campaign', { type, campaign: c.id });
    if (this.counts) this.counting().add(type, c.id, this.flushDelay);
  }

  /** Hands the tallied counts to an outbox that keeps them until the collector acknowledges them. */
  flush(): void {
    this.counter?.flush();
  }

  override updated(): void {
    this.observer ??= new IntersectionObserver((entries) => this.watch(entries), { threshold: 0.5 });
    this.observer.disconnect();
    for (const el of this.renderRoot.querySelectorAll('[data-id]:not([hidden])')) this.observer.observe(el);
    this.extras?.rotate(this.carousel && !this.paused && !this.held);
  }

  /** The carousel and share parts, once loaded. */
  private get extras(): Extras | undefined {
    return this.extrasPart.value?.view;
  }

  /** Whether the campaigns show as a carousel: asked for, more than one, and its part loaded. */
  private get carousel() {
    return !!this.extras && this.layout === 'carousel' && this.shown.length > 1;
  }

  /**
   * A carousel or share links wait for their module (a file of their own in the CDN build) before the
   * first render, so nothing shifts when it arrives; `updateComplete` includes the wait. Without it
   * (offline), the banner renders as a card and the next update tries again.
   */
  protected override renderNeeds() {
    return [...super.renderNeeds(), this.share || this.layout === 'carousel' ? this.extrasPart : undefined];
  }

  /** The carousel and share module; a subclass may load it otherwise. */
  protected loadExtras(): Promise<typeof import('./extras.js')> {
    return import('./extras.js');
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

  private async hide(c: CampaignItem) {
    this.dismissed.add(c.id, scheduleTime(c.endsAt, true));
    this.count('dismiss', c);
    this.shown = this.shown.filter((x) => x !== c);
    if (this.index >= this.shown.length) this.index = 0;
    // Focus would otherwise fall to the page's top: keep keyboard users where they were.
    await this.moveFocus('[part~="campaign"]:not([hidden]) button, .controls button');
  }

  private item(c: CampaignItem, i: number) {
    const carousel = this.carousel;
    const label = carousel ? this.extras?.label(i) : undefined;
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
        ${this.share && this.extras ? this.extras.share(c) : nothing}
      </div>
      <button type="button" class="close" aria-label=${this.t('dismiss', { title: c.title })} @click=${() => this.hide(c)}>×</button>
    </div>`;
  }

  override render() {
    if (!this.shown.length) return nothing;
    const carousel = this.carousel;
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
      ${carousel ? this.extras?.controls() : nothing}
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
