/**
 * <motcua-support-points>: help where people live. The element puts its parts together: the list of the
 * ward's support points and teams with its filters (points-list.ts), the home-visit request below it
 * (visit-request.ts), and parts loaded on demand: the follow-up of a request by receipt code and phone
 * (follow-up.ts), "nearest first" (nearby.ts), and a point's small map with its "Xem bản đồ" button
 * (map.ts), loaded only when the ward configured a tile server, so without one neither the part nor any
 * tile is ever requested.
 */
import type { OutboxEvent } from '@motcua/core/outbox';
import type { SupportService } from '@motcua/core/schemas';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { errorSummary } from '../shared/error-summary.js';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { hostStyles } from '../shared/tokens.styles.js';
import type { FollowUpState } from './follow-up.js';
import { vi } from './locales/vi.js';
import { loadPoints, type PointsAnswer, renderFilters, renderList, type SupportPointInfo } from './points-list.js';
import { styles } from './support-points.styles.js';
import { emptyValues, onVisitOutbox, renderVisit, restoreVisit, type Values } from './visit-request.js';

export type { SupportPointInfo } from './points-list.js';

/**
 * Support points, community technology teams and home-visit requests of a ward.
 *
 * @summary Find help near home that is open now, ask for a home visit, and follow it up.
 *
 * @event motcua-home-visit-sent - The collector acknowledged a request; detail `{ id, receiptCode }`.
 *
 * @csspart filters - The filters above the list.
 * @csspart list - The list of points.
 * @csspart form - The home-visit form.
 * @csspart receipt - The receipt code.
 * @csspart follow-up - The follow-up form (receipt code and phone).
 * @csspart map - A point's small map, shown when the citizen asks (only with the ward's tile server).
 * @cssproperty --motcua-support-gap - Space between blocks (default 1em).
 */
export class SupportPointsElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, styles];

  // The parts' state, read and set by their modules (points-list.ts, visit-request.ts, follow-up.ts):
  // reactive, so a part that sets one renders the element again. Not public API.
  static override properties: PropertyDeclarations = {
    points: { state: true },
    listState: { state: true },
    savedAt: { state: true },
    need: { state: true },
    openOnly: { state: true },
    here: { state: true },
    locationNote: { state: true },
    now: { state: true },
    map: { state: true },
    values: { state: true },
    consent: { state: true },
    errors: { state: true },
    phase: { state: true },
    receiptCode: { state: true },
    notice: { state: true },
    view: { state: true },
    follow: { state: true },
    mapFor: { state: true },
  };
  /** @internal */ declare points: SupportPointInfo[];
  /** @internal */ declare listState: 'loading' | 'fresh' | 'cached' | 'failed';
  /** @internal */ declare savedAt: number;
  /** @internal */ declare need: SupportService | '';
  /** @internal */ declare openOnly: boolean;
  /** @internal The citizen's position, only in this element's memory, once they allowed it. */
  declare here: { lat: number; lng: number } | undefined;
  /** @internal */ declare locationNote: string;
  /** @internal */ declare now: number;
  /** @internal The ward's tile server, when it configured one. */
  declare map: PointsAnswer['map'];
  /** @internal */ declare values: Values;
  /** @internal */ declare consent: boolean;
  /** @internal */ declare errors: Partial<Record<string, string>>;
  /** @internal */ declare phase: 'form' | 'sending' | 'queued' | 'sent';
  /** @internal */ declare receiptCode: string;
  /** @internal */ declare notice: string;
  /** Below the list: the request form (or its receipt), or the follow-up of a request. */
  declare private view: 'request' | 'follow-up';
  /** @internal The follow-up's state, set by its view (follow-up.ts) when it opens, and read by it. */
  declare follow: FollowUpState;
  /** @internal The point whose map the citizen asked to see, set by the map part (map.ts). */
  declare mapFor: string;

  constructor() {
    super();
    this.points = [];
    this.listState = 'loading';
    this.savedAt = 0;
    this.need = '';
    this.openOnly = false;
    this.locationNote = '';
    this.now = Date.now();
    this.values = emptyValues();
    this.consent = false;
    this.errors = {};
    this.phase = 'form';
    this.receiptCode = '';
    this.notice = '';
    this.view = 'request';
    this.mapFor = '';
  }

  /** @internal The request handed to the outbox and not yet acknowledged. */
  pendingId = '';
  /** @internal The phone of the request acknowledged, in memory only, to fill in its follow-up. */
  sentPhone = '';
  /** @internal */
  saveTimer?: ReturnType<typeof setTimeout>;
  private clock?: ReturnType<typeof setInterval>;
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" changes with the clock: look again every minute.
    this.clock = setInterval(() => (this.now = Date.now()), 60_000);
    this.unsubscribe = pageOutbox().subscribe((e: OutboxEvent) => void onVisitOutbox(this, e));
    void loadPoints(this);
    void restoreVisit(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.saveTimer);
    this.unsubscribe?.();
  }

  /** @internal For the element's parts, which move focus after their steps. */
  override moveFocus(selector: string) {
    return super.moveFocus(selector);
  }

  /** @internal The collector's base URL, without a trailing slash. */
  get apiBase() {
    return this.endpoint.replace(/\/+$/, '');
  }

  /** The follow-up view, fetched when the citizen opens it (see followUp; the view switches once it loaded). */
  private readonly followUpPart = this.loadsOnDemand(() =>
    import('./follow-up.js').then((m) => ({
      ...m,
      view: m.createFollowUp(this, { html, nothing, summary: errorSummary, serverMessage }),
    })),
  );

  /** @internal "Nearest first", fetched when the citizen asks for it (the list awaits it). */
  readonly nearby = this.loadsOnDemand(() => import('./nearby.js'));

  /** The map part (its button and map), fetched once the list shows the ward has a tile server (see renderNeeds). */
  private readonly mapPart = this.loadsOnDemand(() => import('./map.js'));

  protected override renderNeeds() {
    return [...super.renderNeeds(), this.map ? this.mapPart : undefined];
  }

  /** Opens the follow-up once its part has loaded (the part fills it in and moves focus), or says it could not load. */
  private async followUp(): Promise<void> {
    const part = await this.followUpPart.get().catch(() => undefined);
    this.view = 'follow-up';
    part?.view.open();
  }

  /** @internal Back from the follow-up to the request form. */
  showRequest(): void {
    this.view = 'request';
    void this.moveFocus('#follow-link');
  }

  /** @internal Under a point's links: the map's button and the map, from the map part (loaded when the ward has tiles). */
  mapOf(p: SupportPointInfo): unknown {
    return this.mapPart.value?.mapOf(html, this, p) ?? nothing;
  }

  override render() {
    if (!this.endpoint || !this.unit) return html`<p class="error" role="alert">${this.t('notConfigured')}</p>`;
    // The form comes once the list is on screen, so the list never pushes it down (no layout shift).
    return html`<h2>${this.t('title')}</h2>
      ${renderFilters(this)} ${renderList(this)}
      ${
        this.listState === 'loading' && !this.points.length
          ? nothing
          : html`<section aria-labelledby="visit-title">
        <h2 id="visit-title">${this.t('visitTitle')}</h2>
        ${this.view === 'follow-up' ? this.renderFollowUp() : this.renderRequest()}
      </section>`
      }`;
  }

  private renderRequest() {
    return html`${renderVisit(this)}
      <button id="follow-link" type="button" @click=${() => this.followUp()}>${this.t('followLink')}</button>`;
  }

  private renderFollowUp() {
    const part = this.followUpPart.value;
    if (part) return part.view.render();
    return html`<p class="error" role="alert">${this.t('partError')}</p>
      <button type="button" @click=${() => this.showRequest()}>${this.t('visitTitle')}</button>`;
  }
}
