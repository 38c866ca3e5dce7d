/**
 * <motcua-support-points>: help where people live. The ward's support points and community technology
 * teams, each with whether it is open now ("Đang mở · đóng cửa lúc 21:00", from core's opening-hours
 * logic in Vietnam time, holidays included), what it helps with, who to call and a link out to a map
 * (no map tiles are loaded). With the citizen's permission the nearest come first, computed here from
 * the browser's location, which is never sent. The list last read is kept in IndexedDB, so it reads
 * offline. Below it, the home-visit request (đăng ký hỗ trợ tại nhà): kept as a draft while typed, sent
 * through the page's outbox (queued offline, delivered once), answered with a receipt code.
 */
import { createDraftStore } from '@motcua/core/drafts';
import { type OpeningHours, openState, relativeTime } from '@motcua/core/hours';
import type { OutboxEvent, SendResult } from '@motcua/core/outbox';
import { normalizePhoneVN, SUPPORT_LIMITS, SUPPORT_SERVICES, type SupportService } from '@motcua/core/schemas';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { errorSummary } from '../shared/error-summary.js';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { pageOutbox, serverMessage } from '../shared/outbox.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { uuid } from '../shared/uuid.js';
import { vi } from './locales/vi.js';
import { styles } from './support-points.styles.js';

type Key = keyof typeof vi;

/** A point as the collector's public list gives it. */
export interface SupportPointInfo {
  id: string;
  name: string;
  kind: 'diem-ho-tro-24h' | 'to-cong-nghe-so' | 'bo-phan-mot-cua';
  address: string;
  lat?: number;
  lng?: number;
  hours: OpeningHours;
  services: SupportService[];
  phone: string;
  zalo?: string;
}

interface CachedList {
  points: SupportPointInfo[];
  savedAt: number;
}

const FIELDS = ['name', 'phone', 'address', 'need', 'details', 'preferredTime'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const EMPTY: Values = { name: '', phone: '', address: '', need: '', details: '', preferredTime: '' };

interface DraftData {
  values: Values;
  /** The request handed to the outbox and not yet acknowledged. */
  pendingId?: string;
}

const drafts = createDraftStore();
const KIND = 'home-visit';

/** Kilometres between two points on the Earth (haversine), for "nearest first". */
function kmBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

/**
 * Support points, community technology teams and home-visit requests of a ward.
 *
 * @summary Find help near home that is open now, or ask for a home visit.
 *
 * @event motcua-home-visit-sent - The collector acknowledged a request; detail `{ id, receiptCode }`.
 *
 * @csspart filters - The filters above the list.
 * @csspart list - The list of points.
 * @csspart form - The home-visit form.
 * @csspart receipt - The receipt code.
 * @cssproperty --motcua-support-gap - Space between blocks (default 1em).
 */
export class SupportPointsElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, styles];

  static override properties: PropertyDeclarations = {
    points: { state: true },
    listState: { state: true },
    savedAt: { state: true },
    need: { state: true },
    openOnly: { state: true },
    here: { state: true },
    locationNote: { state: true },
    now: { state: true },
    values: { state: true },
    consent: { state: true },
    errors: { state: true },
    phase: { state: true },
    receiptCode: { state: true },
    notice: { state: true },
  };
  declare private points: SupportPointInfo[];
  declare private listState: 'loading' | 'fresh' | 'cached' | 'failed';
  declare private savedAt: number;
  declare private need: SupportService | '';
  declare private openOnly: boolean;
  /** The citizen's position, only in this element's memory, once they allowed it. */
  declare private here: { lat: number; lng: number } | undefined;
  declare private locationNote: string;
  declare private now: number;
  declare private values: Values;
  declare private consent: boolean;
  declare private errors: Partial<Record<string, string>>;
  declare private phase: 'form' | 'sending' | 'queued' | 'sent';
  declare private receiptCode: string;
  declare private notice: string;

  constructor() {
    super();
    this.points = [];
    this.listState = 'loading';
    this.savedAt = 0;
    this.need = '';
    this.openOnly = false;
    this.locationNote = '';
    this.now = Date.now();
    this.values = { ...EMPTY };
    this.consent = false;
    this.errors = {};
    this.phase = 'form';
    this.receiptCode = '';
    this.notice = '';
  }

  private pendingId = '';
  private saveTimer?: ReturnType<typeof setTimeout>;
  private clock?: ReturnType<typeof setInterval>;
  private unsubscribe?: () => void;

  private get apiBase() {
    return this.endpoint.replace(/\/+$/, '');
  }

  private get listKey() {
    return `support-points:${this.unit}`;
  }

  private get draftKey() {
    return `home-visit:${this.unit}`;
  }

  private tk(key: Key, values?: Record<string, string | number>) {
    return this.t(key, values);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // "Open now" changes with the clock: look again every minute.
    this.clock = setInterval(() => (this.now = Date.now()), 60_000);
    this.unsubscribe = pageOutbox().subscribe((e) => void this.onOutbox(e));
    void this.load();
    void this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clock);
    clearTimeout(this.saveTimer);
    this.unsubscribe?.();
  }

  // ——— the list ———

  /** The list saved at the last visit first (it reads offline), then the collector's. */
  private async load(): Promise<void> {
    if (!this.endpoint || !this.unit) return;
    this.listState = 'loading';
    const cached = await drafts.load<CachedList>(this.listKey).catch(() => undefined);
    if (cached) {
      this.points = cached.data.points;
      this.savedAt = cached.data.savedAt;
    }
    try {
      const res = await fetch(`${this.apiBase}/api/v1/units/${encodeURIComponent(this.unit)}/support-points`);
      if (!res.ok) throw new Error(String(res.status));
      const { points } = (await res.json()) as { points: SupportPointInfo[] };
      this.points = points;
      this.listState = 'fresh';
      await drafts.save<CachedList>(this.listKey, { points, savedAt: Date.now() }).catch(() => undefined);
    } catch {
      this.listState = cached ? 'cached' : 'failed';
    }
  }

  private locate(): void {
    this.locationNote = this.tk('locating');
    const fail = () => (this.locationNote = this.tk('noLocation'));
    if (!navigator.geolocation) return void fail();
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.here = { lat: p.coords.latitude, lng: p.coords.longitude };
        this.locationNote = this.tk('located');
      },
      fail,
      { timeout: 15_000, maximumAge: 300_000 },
    );
  }

  private distance(p: SupportPointInfo): number | undefined {
    return this.here && p.lat !== undefined && p.lng !== undefined
      ? kmBetween(this.here, { lat: p.lat, lng: p.lng })
      : undefined;
  }

  /** The points that match the filters, nearest first once the citizen shared their location. */
  private shown(): SupportPointInfo[] {
    const list = this.points.filter(
      (p) => (!this.need || p.services.includes(this.need)) && (!this.openOnly || openState(p.hours, this.now).open),
    );
    if (!this.here) return list;
    const far = Number.POSITIVE_INFINITY;
    return [...list].sort((a, b) => (this.distance(a) ?? far) - (this.distance(b) ?? far));
  }

  private when(at: number): string {
    const { clock, day } = relativeTime(at, this.now);
    if (day === 'today') return clock;
    if (day === 'tomorrow') return this.tk('tomorrow', { clock });
    // The weekday's name from the browser's Intl, in Vietnam time ("Thứ Hai", "Monday").
    const weekday = new Intl.DateTimeFormat(this.resolvedLang, { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
    return this.tk('weekday', { clock, day: weekday.format(at) });
  }

  /** "Đang mở · đóng cửa lúc 21:00", "Đang đóng cửa · mở lại lúc 07:30 thứ Hai", "Nghỉ lễ · …". */
  private status(hours: OpeningHours): { open: boolean; text: string } {
    const s = openState(hours, this.now);
    if (s.open)
      return {
        open: true,
        text: s.closesAt ? this.tk('openUntil', { time: this.when(s.closesAt) }) : this.tk('openAlways'),
      };
    if (!s.opensAt) return { open: false, text: this.tk('closed') };
    return { open: false, text: this.tk(s.holiday ? 'holidayUntil' : 'closedUntil', { time: this.when(s.opensAt) }) };
  }

  /** A map page for the point, opened in a new tab: the ward's page loads no map itself. */
  private mapHref(p: SupportPointInfo): string {
    return p.lat !== undefined && p.lng !== undefined
      ? `https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lng}#map=18/${p.lat}/${p.lng}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(p.address)}`;
  }

  // ——— the home-visit request ———

  private async restore(): Promise<void> {
    try {
      const draft = await drafts.load<DraftData>(this.draftKey);
      if (!draft) return;
      this.values = { ...EMPTY, ...draft.data.values };
      const pendingId = draft.data.pendingId;
      if (pendingId) {
        this.pendingId = pendingId;
        const box = pageOutbox();
        const sent = await box.result(pendingId);
        if (sent) return void (await this.acknowledged(sent.response));
        if ((await box.pending(KIND)).some((p) => p.id === pendingId)) {
          this.phase = 'queued';
          return;
        }
        this.pendingId = '';
      }
      if (Object.values(this.values).some(Boolean)) this.notice = this.tk('draftRestored');
    } catch {
      /* no IndexedDB: the form still works, without drafts */
    }
  }

  private onInput(field: Field, e: Event): void {
    this.values = { ...this.values, [field]: (e.target as HTMLInputElement).value };
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), 250);
  }

  private async saveDraft(): Promise<void> {
    const data: DraftData = { values: this.values, ...(this.pendingId && { pendingId: this.pendingId }) };
    await drafts.save(this.draftKey, data).catch(() => undefined);
  }

  private validate(): Record<string, string> {
    const errors: Record<string, string> = {};
    const v = this.values;
    const length = (s: string) => [...s.trim()].length;
    const text = (field: Field, name: Key, min: number, max: number) => {
      if (!v[field].trim()) errors[field] = this.tk('required', { field: this.tk(name) });
      else if (length(v[field]) < min) errors[field] = this.tk('tooShort', { min });
      else if (length(v[field]) > max) errors[field] = this.tk('tooLong', { max });
    };
    text('name', 'nameField', 2, SUPPORT_LIMITS.name);
    if (!v.phone.trim()) errors.phone = this.tk('required', { field: this.tk('phoneField') });
    else if (!normalizePhoneVN(v.phone)) errors.phone = this.tk('phoneInvalid');
    text('address', 'addressField', 5, SUPPORT_LIMITS.address);
    if (!v.need) errors.need = this.tk('needMissing');
    if (length(v.details) > SUPPORT_LIMITS.details)
      errors.details = this.tk('tooLong', { max: SUPPORT_LIMITS.details });
    text('preferredTime', 'preferredField', 1, SUPPORT_LIMITS.preferredTime);
    if (!this.consent) errors.consent = this.tk('needConsent');
    return errors;
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.phase === 'sending') return;
    this.errors = this.validate();
    if (Object.keys(this.errors).length) return void this.moveFocus('.summary');
    this.phase = 'sending';
    const id = uuid();
    this.pendingId = id;
    await this.saveDraft();
    const v = this.values;
    let result: SendResult;
    try {
      result = await pageOutbox().send({
        id,
        kind: KIND,
        url: `${this.apiBase}/api/v1/units/${encodeURIComponent(this.unit)}/home-visits`,
        body: {
          id,
          name: v.name,
          phone: normalizePhoneVN(v.phone) ?? v.phone,
          address: v.address,
          need: v.need,
          ...(v.details.trim() && { details: v.details }),
          preferredTime: v.preferredTime,
          consent: true,
        },
      });
    } catch {
      return this.refused(this.tk('storageError'));
    }
    if (result.status === 'sent') await this.acknowledged(result.response);
    else if (result.status === 'queued') {
      this.phase = 'queued';
      await this.moveFocus('.panel');
    } else if (result.status === 'rejected') this.showRejection(result.response);
    else this.refused(this.tk('full'));
  }

  private refused(message: string, fields: Record<string, string> = {}): void {
    this.phase = 'form';
    this.pendingId = '';
    void this.saveDraft();
    this.errors = { ...fields, form: message };
    void this.moveFocus('.summary');
  }

  private showRejection(response: unknown): void {
    const fields = (response as { fields?: Record<string, { vi: string; en: string }> } | null)?.fields ?? {};
    const onScreen = Object.entries(fields).filter(
      ([k]) => (FIELDS as readonly string[]).includes(k) || k === 'consent',
    );
    this.refused(
      serverMessage(response, this.resolvedLang) ?? this.tk('rejected'),
      Object.fromEntries(onScreen.map(([k, m]) => [k, m[this.resolvedLang]])),
    );
  }

  private async onOutbox(e: OutboxEvent): Promise<void> {
    if (e.kind !== KIND || e.id !== this.pendingId) return;
    if (e.type === 'sent') await this.acknowledged(e.response);
    if (e.type === 'rejected') this.showRejection(e.response);
  }

  private async acknowledged(response: unknown): Promise<void> {
    // The outbox's event and send()'s answer both report one acknowledgement: take the first only.
    const id = this.pendingId;
    if (!id) return;
    this.receiptCode = (response as { receiptCode?: string } | null)?.receiptCode ?? '';
    this.phase = 'sent';
    this.pendingId = '';
    this.values = { ...EMPTY };
    this.consent = false;
    clearTimeout(this.saveTimer);
    // Keep only which request was sent (no personal data), so a reload still shows the receipt.
    await drafts.save(this.draftKey, { values: { ...EMPTY }, pendingId: id }).catch(() => undefined);
    this.emit('motcua-home-visit-sent', { id, receiptCode: this.receiptCode });
    await this.moveFocus('.panel');
  }

  private another(): void {
    this.phase = 'form';
    this.receiptCode = '';
    this.notice = '';
    void drafts.remove(this.draftKey).catch(() => undefined);
  }

  // ——— rendering ———

  override render() {
    if (!this.endpoint || !this.unit) return html`<p class="error" role="alert">${this.tk('notConfigured')}</p>`;
    // The form comes once the list is on screen, so the list never pushes it down (no layout shift).
    return html`<h2>${this.tk('title')}</h2>
      ${this.renderFilters()} ${this.renderList()}
      ${
        this.listState === 'loading' && !this.points.length
          ? nothing
          : html`<section aria-labelledby="visit-title">
        <h2 id="visit-title">${this.tk('visitTitle')}</h2>
        ${this.renderVisit()}
      </section>`
      }`;
  }

  private renderFilters() {
    return html`<fieldset part="filters" class="filters">
      <legend>${this.tk('filters')}</legend>
      <label for="need">${this.tk('need')}</label>
      <select id="need" @change=${(e: Event) => (this.need = (e.target as HTMLSelectElement).value as SupportService)}>
        <option value="" ?selected=${!this.need}>${this.tk('all')}</option>
        ${SUPPORT_SERVICES.map((s) => html`<option value=${s} ?selected=${this.need === s}>${this.tk(s)}</option>`)}
      </select>
      <label class="check"><input id="open-only" type="checkbox" .checked=${this.openOnly}
        @change=${(e: Event) => (this.openOnly = (e.target as HTMLInputElement).checked)} />${this.tk('openOnly')}</label>
      <p class="hint" id="nearest-hint">${this.tk('nearestHint')}</p>
      <button type="button" aria-describedby="nearest-hint" @click=${this.locate}>${this.tk('nearest')}</button>
      <p role="status">${this.locationNote}</p>
    </fieldset>`;
  }

  private renderList() {
    if (this.listState === 'failed')
      return html`<p class="error" role="alert">${this.tk('loadError')}
        <button type="button" @click=${this.load}>${this.tk('retry')}</button></p>`;
    if (this.listState === 'loading' && !this.points.length) return html`<p role="status">${this.tk('loading')}</p>`;
    const shown = this.shown();
    const time = new Date(this.savedAt).toLocaleString(this.resolvedLang === 'vi' ? 'vi-VN' : 'en-GB');
    return html`${this.listState === 'cached' ? html`<p class="info" role="status">${this.tk('offline', { time })}</p>` : nothing}
      <p role="status" class="count">${shown.length ? this.tk('count', { n: shown.length }) : this.tk('none')}</p>
      <ul part="list" class="points">
        ${shown.map((p) => this.renderPoint(p))}
      </ul>`;
  }

  private renderPoint(p: SupportPointInfo) {
    const status = this.status(p.hours);
    const km = this.distance(p);
    return html`<li>
      <article aria-labelledby="p-${p.id}">
        <h3 id="p-${p.id}">${p.name}</h3>
        <p class="kind">${this.tk(p.kind)}</p>
        <p class="status ${status.open ? 'open' : 'shut'}">${status.text}</p>
        <p>${p.address}${km === undefined ? nothing : ` · ${this.tk('distance', { km: km.toLocaleString(this.resolvedLang, { maximumSignificantDigits: 2 }) })}`}</p>
        <p>${this.tk('helpsWith')}: ${p.services.map((s) => this.tk(s)).join(', ')}</p>
        <div class="actions">
          <a href="tel:${p.phone}">${this.tk('call', { phone: p.phone })}</a>
          ${p.zalo ? html`<a href=${p.zalo} target="_blank" rel="noopener noreferrer">${this.tk('zalo')}</a>` : nothing}
          <a href=${this.mapHref(p)} target="_blank" rel="noopener noreferrer">${this.tk('map')}</a>
        </div>
      </article>
    </li>`;
  }

  private field(name: Field, control: (id: string, describedBy: string | typeof nothing) => unknown, hint?: string) {
    const id = `f-${name}`;
    const error = this.errors[name];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${id}>${this.tk(name === 'need' ? 'needField' : name)}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      ${control(id, describedBy || nothing)}
    </div>`;
  }

  private input(
    name: Field,
    type: 'text' | 'tel',
    autocomplete: 'name' | 'tel' | 'street-address' | 'off',
    hint?: string,
  ) {
    return this.field(
      name,
      (id, describedBy) => html`<input id=${id} type=${type} autocomplete=${autocomplete} .value=${this.values[name]}
        aria-invalid=${this.errors[name] ? 'true' : 'false'} aria-describedby=${describedBy}
        @input=${(e: Event) => this.onInput(name, e)} />`,
      hint,
    );
  }

  private renderVisit() {
    if (this.phase === 'sent')
      return html`<div class="panel" tabindex="-1">
        <h3>${this.tk('sentTitle')}</h3>
        <p>${this.tk('sentText')}</p>
        <p class="receipt" part="receipt" aria-label="${this.tk('receipt')}: ${this.receiptCode.split('').join(' ')}">${this.receiptCode}</p>
        <button type="button" @click=${this.another}>${this.tk('another')}</button>
      </div>`;
    if (this.phase === 'queued')
      return html`<div class="panel waiting" tabindex="-1" role="status">
        <h3>${this.tk('queuedTitle')}</h3>
        <p>${this.tk('queuedText')}</p>
      </div>`;
    const invalid = (name: string) => (this.errors[name] ? 'true' : 'false');
    return html`<form part="form" novalidate @submit=${this.submit}>
      <p>${this.tk('visitIntro')}</p>
      ${errorSummary(this.tk('errorSummary'), this.errors)}
      ${this.notice ? html`<p class="info" role="status">${this.notice}</p>` : nothing}
      ${this.input('name', 'text', 'name')}
      ${this.input('phone', 'tel', 'tel', this.tk('phoneHint'))}
      ${this.input('address', 'text', 'street-address')}
      ${this.field(
        'need',
        (id, describedBy) => html`<select id=${id} aria-invalid=${invalid('need')} aria-describedby=${describedBy}
          @change=${(e: Event) => this.onInput('need', e)}>
          <option value="" ?selected=${!this.values.need}>${this.tk('choose')}</option>
          ${SUPPORT_SERVICES.map((s) => html`<option value=${s} ?selected=${this.values.need === s}>${this.tk(s)}</option>`)}
        </select>`,
      )}
      ${this.field(
        'details',
        (id, describedBy) => html`<textarea id=${id} .value=${this.values.details} aria-invalid=${invalid('details')}
          aria-describedby=${describedBy} @input=${(e: Event) => this.onInput('details', e)}></textarea>`,
      )}
      ${this.input('preferredTime', 'text', 'off', this.tk('preferredHint'))}
      <fieldset class="field">
        <legend>${this.tk('consentTitle')}</legend>
        <p class="notice">${this.tk('consentNotice')}</p>
        ${this.errors.consent ? html`<p class="error" id="f-consent-error">${this.errors.consent}</p>` : nothing}
        <label class="check"><input id="f-consent" type="checkbox" .checked=${this.consent}
          aria-describedby=${this.errors.consent ? 'f-consent-error' : nothing}
          @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />${this.tk('consent')}</label>
      </fieldset>
      <button class="primary" type="submit" ?disabled=${this.phase === 'sending'}>${this.phase === 'sending' ? this.tk('sending') : this.tk('submit')}</button>
    </form>`;
  }
}
