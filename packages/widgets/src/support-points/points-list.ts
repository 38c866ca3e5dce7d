/**
 * The list of <motcua-support-points>: the ward's points and teams with whether each is open now
 * ("Đang mở · đóng cửa lúc 21:00", from core's opening-hours logic in Vietnam time, holidays included),
 * what it helps with, who to call and a link out to a map; the filters by need and "open now"; nearest
 * first once the citizen allows their location (nearby.ts, loaded then), which stays in this object's
 * memory and is never sent.
 * The list last read is kept in IndexedDB, so it reads offline. Functions of the element's state
 * (its reactive properties, so setting one renders again).
 */
import { type OpeningHours, openState, relativeTime } from '@motcua/core/hours';
import { SUPPORT_SERVICES, type SupportService } from '@motcua/core/schemas';
import { html, nothing } from 'lit';
import type { OnDemand } from '../shared/on-demand.js';
import { drafts } from './drafts.js';

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

/** The list as the collector answers it: the points, and the ward's map tiles when it set a server. */
export interface PointsAnswer {
  points: SupportPointInfo[];
  map?: { tiles: string; attribution: string };
}

interface CachedList extends PointsAnswer {
  savedAt: number;
}

/** A map page for the point, opened in a new tab: the ward's page loads no map itself. */
function mapHref(p: SupportPointInfo): string {
  return p.lat !== undefined && p.lng !== undefined
    ? `https://www.openstreetmap.org/?mlat=${p.lat}&mlon=${p.lng}#map=18/${p.lat}/${p.lng}`
    : `https://www.openstreetmap.org/search?query=${encodeURIComponent(p.address)}`;
}

/** The element's state the list reads and sets. */
export interface ListState {
  readonly unit: string;
  readonly apiBase: string;
  readonly resolvedLang: 'vi' | 'en';
  points: SupportPointInfo[];
  listState: 'loading' | 'fresh' | 'cached' | 'failed';
  savedAt: number;
  need: SupportService | '';
  openOnly: boolean;
  /** The citizen's position, only in the element's memory, once they allowed it. */
  here: { lat: number; lng: number } | undefined;
  locationNote: string;
  now: number;
  /** The ward's tile server, when it configured one. */
  map: PointsAnswer['map'];
  /** "Nearest first" (nearby.ts), loaded when the citizen asks for it. */
  readonly nearby: OnDemand<typeof import('./nearby.js')>;
  t(key: string, values?: Record<string, string | number>): string;
  /** Under a point's links: its small map, or the button that asks for it (the element's on-demand part). */
  mapOf(p: SupportPointInfo): unknown;
}

/** The list saved at the last visit first (it reads offline), then the collector's. */
export async function loadPoints(el: ListState): Promise<void> {
  if (!el.apiBase || !el.unit) return;
  const key = `support-points:${el.unit}`;
  el.listState = 'loading';
  const cached = await drafts.load<CachedList>(key).catch(() => undefined);
  if (cached) {
    el.points = cached.data.points;
    el.map = cached.data.map;
    el.savedAt = cached.data.savedAt;
  }
  try {
    const res = await fetch(`${el.apiBase}/api/v1/units/${encodeURIComponent(el.unit)}/support-points`);
    if (!res.ok) throw new Error(String(res.status));
    const { points, map } = (await res.json()) as PointsAnswer;
    el.points = points;
    el.map = map;
    el.listState = 'fresh';
    await drafts.save<CachedList>(key, { points, ...(map && { map }), savedAt: Date.now() }).catch(() => undefined);
  } catch {
    el.listState = cached ? 'cached' : 'failed';
  }
}

/** The points that match the filters, nearest first once the citizen shared their location. */
function shown(el: ListState): SupportPointInfo[] {
  const list = el.points.filter(
    (p) => (!el.need || p.services.includes(el.need)) && (!el.openOnly || openState(p.hours, el.now).open),
  );
  return el.nearby.value?.nearestFirst(list, el) ?? list;
}

function when(el: ListState, at: number): string {
  const { clock, day } = relativeTime(at, el.now);
  if (day === 'today') return clock;
  if (day === 'tomorrow') return el.t('tomorrow', { clock });
  // The weekday's name from the browser's Intl, in Vietnam time ("Thứ Hai", "Monday").
  const weekday = new Intl.DateTimeFormat(el.resolvedLang, { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
  return el.t('weekday', { clock, day: weekday.format(at) });
}

/** "Đang mở · đóng cửa lúc 21:00", "Đang đóng cửa · mở lại lúc 07:30 thứ Hai", "Nghỉ lễ · …". */
function status(el: ListState, hours: OpeningHours): { open: boolean; text: string } {
  const s = openState(hours, el.now);
  if (s.open)
    return { open: true, text: s.closesAt ? el.t('openUntil', { time: when(el, s.closesAt) }) : el.t('openAlways') };
  if (!s.opensAt) return { open: false, text: el.t('closed') };
  return { open: false, text: el.t(s.holiday ? 'holidayUntil' : 'closedUntil', { time: when(el, s.opensAt) }) };
}

export function renderFilters(el: ListState) {
  return html`<fieldset part="filters" class="filters">
    <legend>${el.t('filters')}</legend>
    <label for="need">${el.t('need')}</label>
    <select id="need" @change=${(e: Event) => (el.need = (e.target as HTMLSelectElement).value as SupportService)}>
      <option value="" ?selected=${!el.need}>${el.t('all')}</option>
      ${SUPPORT_SERVICES.map((s) => html`<option value=${s} ?selected=${el.need === s}>${el.t(s)}</option>`)}
    </select>
    <label class="check"><input id="open-only" type="checkbox" .checked=${el.openOnly}
      @change=${(e: Event) => (el.openOnly = (e.target as HTMLInputElement).checked)} />${el.t('openOnly')}</label>
    <p class="hint" id="nearest-hint">${el.t('nearestHint')}</p>
    <button type="button" aria-describedby="nearest-hint" @click=${() =>
      el.nearby.get().then(
        (n) => n.sortByDistance(el),
        () => (el.locationNote = el.t('partError')),
      )}>${el.t('nearest')}</button>
    <p role="status">${el.locationNote}</p>
  </fieldset>`;
}

export function renderList(el: ListState) {
  if (el.listState === 'failed')
    return html`<p class="error" role="alert">${el.t('loadError')}
      <button type="button" @click=${() => loadPoints(el)}>${el.t('retry')}</button></p>`;
  if (el.listState === 'loading' && !el.points.length) return html`<p role="status">${el.t('loading')}</p>`;
  const list = shown(el);
  const time = new Date(el.savedAt).toLocaleString(el.resolvedLang === 'vi' ? 'vi-VN' : 'en-GB');
  return html`${el.listState === 'cached' ? html`<p class="info" role="status">${el.t('offline', { time })}</p>` : nothing}
    <p role="status" class="count">${list.length ? el.t('count', { n: list.length }) : el.t('none')}</p>
    <ul part="list" class="points">
      ${list.map((p) => renderPoint(el, p))}
    </ul>`;
}

function renderPoint(el: ListState, p: SupportPointInfo) {
  const state = status(el, p.hours);
  return html`<li>
    <article aria-labelledby="p-${p.id}">
      <h3 id="p-${p.id}">${p.name}</h3>
      <p class="kind">${el.t(p.kind)}</p>
      <p class="status ${state.open ? 'open' : 'shut'}">${state.text}</p>
      <p>${p.address}${el.nearby.value?.distanceText(el, p)}</p>
      <p>${el.t('helpsWith')}: ${p.services.map((s) => el.t(s)).join(', ')}</p>
      <div class="actions">
        <a href="tel:${p.phone}">${el.t('call', { phone: p.phone })}</a>
        ${p.zalo ? html`<a href=${p.zalo} target="_blank" rel="noopener noreferrer">${el.t('zalo')}</a>` : nothing}
        <a href=${mapHref(p)} target="_blank" rel="noopener noreferrer">${el.t('map')}</a>
      </div>
      ${el.mapOf(p)}
    </article>
  </li>`;
}
