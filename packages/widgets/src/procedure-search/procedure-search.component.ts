/**
 * <motcua-procedure-search>: the ward's procedure catalogue as an accessible combobox. Citizens type
 * however they type (no diacritics, typos, abbreviations), pick a result with arrows or a tap, and read
 * what to bring, how long it takes, what it costs and where to file it online; a procedure the ward does
 * not receive (a referral) says, in the list and in its detail, where it is filed instead. Deep links
 * (#thu-tuc=<code>) open one procedure, and the browser's back button returns to the search.
 */
import { type Procedure, type SearchHit, highlightParts } from '@motcua/core/search';
import { trackingRefused } from '@motcua/core/campaigns';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { type LocaleTable, MotcuaElement } from '../shared/motcua-element.js';
import { onDemand } from '../shared/on-demand.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { asCatalogue, readCached, revalidate } from './catalogue-cache.js';
import { vi } from './locales/vi.js';
import { styles } from './procedure-search.styles.js';
import { CatalogueIndex } from './search-index.js';

const HASH = /^#thu-tuc=(.+)$/;
type Status = 'loading' | 'ready' | 'offline' | 'error';

/** How long the citizen stops typing before a query counts as the one they searched for (reports). */
const SETTLE_MS = 1500;

let collator: Intl.Collator | undefined;
/** Vietnamese alphabetical order; one collator for the page (each localeCompare call would make one). */
const byVietnamese = (a: string, b: string) => {
  collator ??= new Intl.Collator('vi');
  return collator.compare(a, b);
};

/**
 * @summary Tra cứu thủ tục hành chính: search the ward's procedure catalogue and read one procedure.
 *
 * @attr src - URL of a static catalogue (JSON array of procedures). Wins over `endpoint` + `unit`.
 * @attr endpoint - Collector base URL; the catalogue is read from `/api/v1/units/{unit}/procedures?view=index`
 *   (compact) and an opened procedure from `/api/v1/units/{unit}/procedures/{code}`.
 * @attr unit - The ward's unit code at the collector.
 * @attr details-src - For a large catalogue served without details: URL template of one procedure's full
 *   record, `{code}` replaced, e.g. `/data/procedures/{code}.json`. Fetched when a procedure is opened.
 * @attr limit - Most results shown (default 10).
 * @attr lang - `vi` (default) or `en`.
 *
 * @event motcua-procedure-open - A procedure was opened; `detail: { code }`.
 * @event motcua-catalogue-load - The catalogue is ready; `detail: { count, offline }`.
 *
 * @csspart search - The search box, filters and results.
 * @csspart input - The combobox input.
 * @csspart listbox - The results list.
 * @csspart mark - A word of a result that matches the query.
 * @csspart detail - The procedure detail view.
 * @csspart local - The ward's own details of a procedure in the detail view, marked as the ward's.
 * @csspart online-link - The "Nộp trực tuyến" link to the national portal.
 * @csspart referral - In the detail view of a procedure the ward does not receive: where it is filed instead.
 *
 * @cssproperty --motcua-procedure-search-mark - Background of matched words (default a light yellow).
 */
export class ProcedureSearchElement extends MotcuaElement {
  /** English is a chunk of its own in the CDN build, fetched only by English pages. */
  static override locales: LocaleTable = { vi, en: () => import('./locales/en.js').then((m) => m.en) };
  static override styles = [hostStyles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    detailsSrc: { attribute: 'details-src' },
    limit: { type: Number },
    status: { state: true },
    queryText: { state: true },
    field: { state: true },
    online: { state: true },
    hits: { state: true },
    active: { state: true },
    expanded: { state: true },
    openCode: { state: true },
    detailState: { state: true },
  };
  src = '';
  detailsSrc = '';
  limit = 10;

  private status: Status = 'loading';
  private queryText = '';
  private field = '';
  private online = '';
  private hits: SearchHit[] = [];
  private active: number = -1;
  private expanded = false;
  private openCode = '';
  /** Whether the full record of a large catalogue is here; the detail view shows it. */
  private detailState: 'ready' | 'loading' | 'error' = 'ready';

  private get input() {
    return this.renderRoot.querySelector('input') as HTMLInputElement;
  }

  private catalogue: Procedure[] = [];
  private fieldList: string[] = [];
  /** The catalogue's index, rebuilt with the intents data once it is here (then the query is searched again). */
  private readonly index = new CatalogueIndex(() => {
    if (this.queryText.trim()) this.runSearch();
  });
  private details = new Map<string, Procedure>();
  private pushedHash = false;
  private loadToken = 0;
  /** The detail view, fetched once results appear (or at once for a deep link). */
  private detail = this.loadsOnDemand(() =>
    this.loadDetail().then((m) => ({
      ...m,
      view: m.createDetail(
        { t: (key, values) => this.t(key, values), detailState: () => this.detailState },
        { html, nothing },
      ),
    })),
  );
  private readonly onHash = () => this.readHash(true);
  /** Reports of queries that found nothing or that nobody opened a result of: loaded on first use. */
  private readonly reporting = onDemand(() =>
    import('./reporting.js').then((m) =>
      m.createReporter(() => `${this.collectorCatalogue.replace(/\/procedures$/, '')}/search-reports`),
    ),
  );
  private settleTimer?: ReturnType<typeof setTimeout>;

  /** Whether queries are reported: a collector and unit to report to, and a visitor who did not opt out. */
  private get reports(): boolean {
    return (
      !!this.collectorCatalogue &&
      !trackingRefused(navigator as { doNotTrack?: string; globalPrivacyControl?: boolean })
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.onHash);
    this.readHash(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detail.value?.printAlone(this, false);
    clearTimeout(this.settleTimer);
    this.reporting.value?.close();
    globalThis.removeEventListener?.('hashchange', this.onHash);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('src') || changed.has('endpoint') || changed.has('unit')) void this.load();
  }

  /** The collector's catalogue of the unit, `…/api/v1/units/{unit}/procedures`, or '' without one. */
  private get collectorCatalogue(): string {
    if (!this.endpoint || !this.unit) return '';
    return `${this.endpoint.replace(/\/+$/, '')}/api/v1/units/${encodeURIComponent(this.unit)}/procedures`;
  }

  /**
   * The catalogue URL from `src`, or the collector's compact one (`?view=index`: what search needs; each
   * full record is fetched when it is opened, see {@link detailsUrl}).
   */
  get catalogueUrl(): string {
    if (this.src) return this.src;
    const collector = this.collectorCatalogue;
    return collector ? `${collector}?view=index` : '';
  }

  /** Where one procedure's full record is: `details-src`, else the collector's, for its compact catalogue. */
  get detailsUrl(): string {
    if (this.detailsSrc) return this.detailsSrc;
    const collector = this.src ? '' : this.collectorCatalogue;
    return collector ? `${collector}/{code}` : '';
  }

  /** Shows the cached catalogue at once, then revalidates it over the network. */
  async load(): Promise<void> {
    const url = this.catalogueUrl;
    if (!url) return;
    const token = ++this.loadToken;
    this.status = 'loading';
    const cached = await readCached(url);
    if (token !== this.loadToken) return;
    if (cached) this.useCatalogue(cached.data, 'ready');
    try {
      const fresh = await revalidate(url, cached);
      if (token !== this.loadToken) return;
      if (fresh) this.useCatalogue(fresh, 'ready');
    } catch {
      if (token !== this.loadToken) return;
      if (cached) this.status = 'offline';
      else this.status = 'error';
    }
    if (this.status !== 'error')
      this.emit('motcua-catalogue-load', { count: this.catalogue.length, offline: this.status === 'offline' });
  }

  /** Uses an already loaded catalogue (a page may pass data it has). */
  setCatalogue(procs: unknown): void {
    this.loadToken++;
    this.useCatalogue(asCatalogue(procs), 'ready');
  }

  private useCatalogue(procs: Procedure[], status: Status) {
    this.catalogue = procs;
    this.fieldList = [...new Set(procs.map((p) => p.field))].sort(byVietnamese);
    this.index.use(procs);
    this.status = status;
    this.runSearch();
    // A deep link opened before the catalogue came: its full record can be fetched now.
    if (this.openCode) void this.ensureDetails(this.openCode);
  }

  private runSearch() {
    const filters = { ...(this.field ? { field: this.field } : {}), ...(this.online ? { online: this.online } : {}) };
    const q = this.queryText.trim();
    const index = q ? this.index.now() : undefined;
    if (!this.catalogue.length || (!q && !this.field && !this.online)) {
      this.hits = [];
    } else if (index) {
      this.hits = index.search(q, { limit: this.limit, filters });
    } else {
      // Browsing a field or an online level without words: the procedures in it, by name.
      this.hits = this.catalogue
        .filter((p) => (!this.field || p.field === this.field) && (!this.online || p.online === this.online))
        .sort((a, b) => byVietnamese(a.name, b.name))
        .slice(0, Math.max(this.limit, 50))
        .map((procedure) => ({ procedure, score: 0 }));
    }
    this.active = -1;
    this.expanded = q.length > 0 || this.hits.length > 0;
    clearTimeout(this.settleTimer);
    if (q && this.reports) {
      const found = this.hits.length;
      this.settleTimer = setTimeout(() => {
        this.reporting.get().then(
          (r) => r.settle(q, found),
          () => undefined,
        );
      }, SETTLE_MS);
    }
    // Results are on screen: fetch the detail view now, so opening one never waits for it.
    if (this.hits.length) this.detail.get().catch(() => undefined);
  }

  /** The detail module; a subclass may load it otherwise (a test of an offline visit). */
  protected loadDetail(): Promise<typeof import('./detail.js')> {
    return import('./detail.js');
  }

  /**
   * An open procedure waits for the detail module before it renders (a deep link, or results typed
   * before it arrived), so `updateComplete` means the detail is on screen and focus can move to it.
   */
  protected override renderNeeds() {
    return [...super.renderNeeds(), this.openCode ? this.detail : undefined];
  }

  private onInput(e: Event) {
    this.queryText = (e.target as HTMLInputElement).value;
    this.runSearch();
  }

  private onKeyDown(e: KeyboardEvent) {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!this.expanded) this.expanded = true;
        if (n) this.active = (this.active + 1) % n;
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) this.active = this.active <= 0 ? n - 1 : this.active - 1;
        break;
      case 'Enter': {
        const hit = this.hits[Math.max(this.active, 0)];
        if (hit && this.expanded) {
          e.preventDefault();
          this.openProcedure(hit.procedure.code);
        }
        break;
      }
      case 'Escape':
        e.preventDefault();
        if (this.expanded && this.queryText) this.expanded = false;
        this.queryText = '';
        this.input.value = '';
        this.runSearch();
        break;
      default:
    }
  }

  override updated(): void {
    // An open procedure prints alone, without the rest of the host page.
    this.detail.value?.printAlone(this, !!this.openCode && this.isConnected);
    // Keep the active option in view for keyboard users with long lists.
    if (this.active >= 0) this.renderRoot.querySelector(`#opt-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }

  /** Opens a procedure and records it in the address (#thu-tuc=code) so the back button returns. */
  openProcedure(code: string): void {
    const hash = `#thu-tuc=${encodeURIComponent(code)}`;
    if (globalThis.location && globalThis.location.hash !== hash) {
      globalThis.history.pushState(null, '', hash);
      this.pushedHash = true;
    }
    this.show(code, true);
  }

  private readHash(fromNavigation: boolean) {
    const m = globalThis.location?.hash.match(HASH);
    if (m?.[1]) this.show(decodeURIComponent(m[1]), fromNavigation);
    else if (this.openCode) this.closeDetail(false);
  }

  private show(code: string, focus: boolean) {
    this.openCode = code;
    this.reporting.value?.opened();
    this.expanded = false;
    this.emit('motcua-procedure-open', { code });
    void this.ensureDetails(code);
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus());
  }

  private async ensureDetails(code: string) {
    const p = this.catalogue.find((x) => x.code === code);
    const template = this.detailsUrl;
    if (!p || !template || p.steps || p.documents || this.details.has(code)) return;
    this.detailState = 'loading';
    try {
      const response = await fetch(template.replace('{code}', encodeURIComponent(code)));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const full = (await response.json()) as Procedure;
      if (full?.code === code) this.details.set(code, { ...p, ...full });
      this.detailState = 'ready';
    } catch {
      this.detailState = 'error';
    }
  }

  private back() {
    if (this.pushedHash) {
      this.pushedHash = false;
      globalThis.history.back();
    } else {
      globalThis.history.replaceState(null, '', globalThis.location.pathname + globalThis.location.search);
      this.closeDetail(true);
    }
  }

  private closeDetail(focus: boolean) {
    this.openCode = '';
    this.expanded = this.hits.length > 0;
    void this.updateComplete.then(() => this.input?.focus());
    if (!focus) this.pushedHash = false;
  }

  private onField(e: Event) {
    this.field = (e.target as HTMLSelectElement).value;
    this.runSearch();
  }

  private onOnline(e: Event) {
    this.online = (e.target as HTMLSelectElement).value;
    this.runSearch();
  }

  /** The name with the words the query matched marked, as text nodes only. */
  private highlighted(text: string) {
    const q = this.queryText.trim();
    const index = q ? this.index.now() : undefined;
    if (!index) return text;
    return highlightParts(text, index.matchedTerms(q)).map((part) =>
      part.match ? html`<mark part="mark">${part.text}</mark>` : part.text,
    );
  }

  override render() {
    const detail = this.openCode ? this.renderDetail() : nothing;
    return html`${this.openCode ? nothing : this.renderSearch()}${detail}`;
  }

  private renderSearch() {
    const statusText =
      this.status === 'loading'
        ? this.t('loading')
        : this.queryText.trim() || this.field || this.online
          ? this.hits.length
            ? this.t('count', { count: this.hits.length })
            : this.t('none')
          : '';
    const ready = this.status === 'ready' || this.status === 'offline';
    const activeId = this.active >= 0 ? `opt-${this.active}` : undefined;
    return html`<div class="search" part="search">
      <label for="q" class="label">${this.t('label')}</label>
      <p id="hint" class="hint">${this.t('hint')}</p>
      <div class="combo">
        <input
          id="q"
          part="input"
          type="search"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          .enterKeyHint=${'search'}
          aria-autocomplete="list"
          aria-controls="results"
          aria-describedby="hint"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-activedescendant=${activeId ?? nothing}
          .value=${this.queryText}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        />
      </div>
      ${this.status === 'error' ? nothing : this.renderFilters(!ready)}
      ${this.status === 'offline' ? html`<p class="note">${this.t('offline')}</p>` : nothing}
      ${
        this.status === 'error'
          ? html`<div class="error" role="alert"><p>${this.t('error')}</p>
              <button type="button" @click=${() => this.load()}>${this.t('retry')}</button></div>`
          : nothing
      }
      <ul id="results" part="listbox" role="listbox" aria-label=${this.t('results')} ?hidden=${!this.expanded || this.hits.length === 0}>
        ${this.hits.map(
          (h, i) => html`<li
            id="opt-${i}"
            role="option"
            aria-selected=${i === this.active ? 'true' : 'false'}
            @click=${() => this.openProcedure(h.procedure.code)}
          >
            <span class="name">${this.highlighted(h.procedure.name)}</span>
            <span class="meta">${h.procedure.field}${h.procedure.online && h.procedure.online !== 'khong' ? html` · ${this.t(h.procedure.online)}` : nothing}</span>
            ${h.procedure.referral?.office ? html`<span class="referral">${this.t('referralAt', { office: h.procedure.referral.office })}</span>` : nothing}
          </li>`,
        )}
      </ul>
      <p class="status" role="status" aria-live="polite">${statusText}</p>
    </div>`;
  }

  /** The filters; shown, disabled, while the catalogue loads, so the search does not grow when it arrives. */
  private renderFilters(disabled: boolean) {
    return html`<div class="filters">
      <div>
        <label for="f-field">${this.t('field')}</label>
        <select id="f-field" @change=${this.onField} .value=${this.field} title=${this.field || this.t('allFields')} ?disabled=${disabled}>
          <option value="">${this.t('allFields')}</option>
          ${this.fieldList.map((f) => html`<option value=${f} ?selected=${f === this.field}>${f}</option>`)}
        </select>
      </div>
      <div>
        <label for="f-online">${this.t('online')}</label>
        <select id="f-online" @change=${this.onOnline} .value=${this.online} ?disabled=${disabled}>
          <option value="">${this.t('allOnline')}</option>
          ${(['toan-trinh', 'mot-phan', 'khong'] as const).map(
            (o) => html`<option value=${o} ?selected=${o === this.online}>${this.t(o)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  private renderDetail() {
    const base = this.catalogue.find((p) => p.code === this.openCode);
    const p = this.details.get(this.openCode) ?? base;
    const backButton = html`<button type="button" class="back" @click=${this.back}>${this.t('back')}</button>`;
    if (p && this.detail.value) return this.detail.value.view.render(p, backButton);
    // No procedure of that code, or its view could not load (offline on a first visit): say which.
    return html`<article class="detail" part="detail" aria-labelledby="detail-title">
      <div class="actions">${backButton}</div>
      <h2 id="detail-title" tabindex="-1">
        ${p ? p.name : this.status === 'loading' ? this.t('loading') : this.t('notFound', { code: this.openCode })}
      </h2>
      ${p ? html`<p role="alert">${this.t('detailError')}</p>` : nothing}
    </article>`;
  }
}
