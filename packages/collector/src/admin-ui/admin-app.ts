/**
 * The staff admin pages (/admin): sign-in, then the shell every view sits in: the unit and language
 * switches, the account, and one tab per view (each view an element of its own file). Vietnamese first,
 * English on request; user text only ever goes through Lit text bindings.
 */
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api, setCsrf } from './api.js';
import type { LoggedIn, Me } from './api-types.js';
import { type Lang, lang, type StringKey, setLang, t } from './i18n.js';
import './campaigns-view.js';
import './contests-view.js';
import './dashboard-view.js';
import './dossiers-view.js';
import './inbox-view.js';
import './kiosks-view.js';
import './province-view.js';
import './reports-view.js';
import './search-view.js';
import './support-view.js';

/** The views, in the order of their tabs, each with its tab's label. */
const VIEWS = {
  inbox: 'tab.inbox',
  dashboard: 'tab.dashboard',
  campaigns: 'tab.campaigns',
  contests: 'tab.contests',
  support: 'tab.support',
  dossiers: 'tab.dossiers',
  kiosks: 'tab.kiosks',
  search: 'tab.search',
  reports: 'tab.reports',
  province: 'tab.province',
} as const satisfies Record<string, StringKey>;
type View = keyof typeof VIEWS;
const LANGS: Lang[] = ['vi', 'en'];

@customElement('motcua-admin-app')
export class AdminApp extends AdminView {
  @state() private me?: Me;
  @state() private unit = '';
  @state() private view: View = 'inbox';
  @state() private loading = true;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadMe();
  }

  override updated(): void {
    // The page's own title follows the language too (index.html carries the Vietnamese one).
    document.title = t('page.title');
  }

  private get province(): string {
    return this.me?.role === 'province' ? (this.me.province ?? '') : '';
  }

  private async loadMe() {
    try {
      this.me = await api<Me>('/me');
      setCsrf(this.me.csrfToken);
      this.unit = this.me.units[0]?.code ?? '';
      // A province account starts on its wards' ranking.
      if (this.province) this.view = 'province';
    } catch {
      this.me = undefined;
    } finally {
      this.loading = false;
    }
  }

  private async login(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    await this.run(async () => {
      const r = await api<LoggedIn>('/login', {
        method: 'POST',
        body: { email: data.get('email'), password: data.get('password') },
      });
      setCsrf(r.csrfToken);
      await this.loadMe();
    }, true);
  }

  private async logout() {
    await api('/logout', { method: 'POST' }).catch(() => undefined);
    this.me = undefined;
  }

  override render() {
    if (this.loading) return html`<p role="status">${t('loading')}</p>`;
    if (!this.me) return this.renderLogin();
    const me = this.me;
    const unitName = me.units.find((u) => u.code === this.unit)?.name ?? this.unit;
    const views = (Object.keys(VIEWS) as View[]).filter((v) => v !== 'province' || this.province);
    return html`
      <header>
        <h1>${t('app.title', { unit: unitName })}</h1>
        <div class="row">
          ${
            me.units.length > 1
              ? html`<label>${t('app.unit')}
                <select @change=${(e: Event) => {
                  this.unit = (e.target as HTMLSelectElement).value;
                }}>
                  ${me.units.map((u) => html`<option value=${u.code} ?selected=${u.code === this.unit}>${u.name}</option>`)}
                </select></label>`
              : nothing
          }
          ${this.renderLanguages()}
          <span class="muted">${me.name} (${me.email})</span>
          <button type="button" @click=${this.logout}>${t('app.logout')}</button>
        </div>
      </header>
      <nav aria-label=${t('app.nav')}>
        ${views.map(
          (v) =>
            html`<button type="button" aria-current=${this.view === v ? 'page' : 'false'} @click=${() => {
              this.view = v;
            }}>${t(VIEWS[v])}</button> `,
        )}
      </nav>
      <main>${this.renderView()}</main>
    `;
  }

  private renderView() {
    const unit = this.unit;
    switch (this.view) {
      case 'inbox':
        return html`<motcua-admin-inbox .unit=${unit}></motcua-admin-inbox>`;
      case 'dashboard':
        return html`<motcua-admin-dashboard .unit=${unit}></motcua-admin-dashboard>`;
      case 'campaigns':
        return html`<motcua-admin-campaigns .unit=${unit}></motcua-admin-campaigns>`;
      case 'contests':
        return html`<motcua-admin-contests .unit=${unit}></motcua-admin-contests>`;
      case 'support':
        return html`<motcua-admin-support .unit=${unit}></motcua-admin-support>`;
      case 'dossiers':
        return html`<motcua-admin-dossiers .unit=${unit}></motcua-admin-dossiers>`;
      case 'kiosks':
        return html`<motcua-admin-kiosks .unit=${unit}></motcua-admin-kiosks>`;
      case 'search':
        return html`<motcua-admin-search .unit=${unit}></motcua-admin-search>`;
      case 'reports':
        return html`<motcua-admin-reports .unit=${unit}></motcua-admin-reports>`;
      case 'province':
        return html`<motcua-admin-province .province=${this.province}></motcua-admin-province>`;
    }
  }

  /** The language switch: each language named in itself, the one in use pressed. */
  private renderLanguages() {
    return html`<div class="row" role="group" aria-label=${t('app.language')}>
      ${LANGS.map(
        (l) =>
          html`<button type="button" lang=${l} aria-pressed=${lang() === l ? 'true' : 'false'} @click=${() => setLang(l)}>${t(`lang.${l}`)}</button>`,
      )}
    </div>`;
  }

  private renderLogin() {
    return html`<header><h1>${t('login.title')}</h1>${this.renderLanguages()}</header>
      <main>
        ${this.renderOutcome()}
        <form @submit=${this.login} novalidate>
          <label for="email">${t('login.email')}</label>
          <input id="email" name="email" type="email" autocomplete="username" required />
          <label for="password">${t('login.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <p><button class="primary" type="submit">${t('login.submit')}</button></p>
        </form>
      </main>`;
  }
}
