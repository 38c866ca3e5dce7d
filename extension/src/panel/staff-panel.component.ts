/**
 * The staff side panel's shell: the header (language, lock), the status line, and one view at a time —
 * setting up the vault, unlocking it, wiping it after a forgotten passphrase, or the unlocked panel —
 * plus the idle auto-lock. Each view is its own component in `views/`. Vietnamese first.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PageBridge } from '../fill/protocol.js';
import { DEFAULT_SETTINGS, type ProfileStore, type Settings } from '../store/profile-store.js';
import { PanelView } from './panel-view.js';

type View = 'loading' | 'setup' | 'locked' | 'wipe' | 'main';

/**
 * @summary Staff side panel of the motcua extension.
 * @event motcua-filled - after a confirmed fill; detail `{ profileId, count }`.
 */
export class StaffPanel extends PanelView {
  /** The vault; set before the panel connects. */
  @property({ attribute: false }) store: ProfileStore | undefined;
  /** How the panel reaches the portal tab. */
  @property({ attribute: false }) bridge: PageBridge | undefined;
  /** Camera scanning: provided by the extension shell when a decoder is available. */
  @property({ attribute: false }) cameraScan: (() => Promise<string | undefined>) | undefined;
  /** Opens the extension tab where the officer grants camera permission once. */
  @property({ attribute: false }) openCameraPermission: (() => void) | undefined;
  /** Grants a provincial portal origin (optional host permission); provided by the extension shell. */
  @property({ attribute: false }) addPortal: ((origin: string) => Promise<boolean>) | undefined;
  /** Overrides the idle auto-lock delay (ms) from the settings; for tests and kiosks. */
  @property({ attribute: false }) lockAfterMs: number | undefined;

  @state() private view: View = 'loading';
  @state() private status = '';
  @state() private settings: Settings = DEFAULT_SETTINGS;

  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  protected override focusAfterRender = '';

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['keydown', 'pointerdown', 'input']) this.addEventListener(type, this.#activity);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#idleTimer);
    this.store?.lock();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') && changed.get('store') === undefined && this.store && this.isConnected)
      void this.#start();
  }

  async #start(): Promise<void> {
    if (!this.store) return;
    this.settings = await this.store.settings();
    await this.store.purgeExpired();
    this.view = (await this.store.hasPassphrase()) ? 'locked' : 'setup';
  }

  #activity = (): void => {
    clearTimeout(this.#idleTimer);
    if (this.view !== 'main') return;
    this.#idleTimer = setTimeout(() => this.lockNow(true), this.lockAfterMs ?? this.settings.autoLockMinutes * 60_000);
  };

  #go(view: View): void {
    this.view = view;
    this.status = '';
    this.#activity();
  }

  /** Locks the vault; the unlocked view goes away with everything it decrypted. */
  lockNow(idle = false): void {
    this.store?.lock();
    clearTimeout(this.#idleTimer);
    this.#go('locked');
    this.status = idle ? this.t.lockedIdle : '';
  }

  override render() {
    const t = this.t;
    return html`
      <header part="header">
        <h1>${t.title}</h1>
        <button
          type="button"
          class="link"
          lang=${this.lang === 'en' ? 'vi' : 'en'}
          @click=${() => {
            this.lang = this.lang === 'en' ? 'vi' : 'en';
          }}
        >
          ${t.language}
        </button>
        ${this.view === 'main' ? html`<button type="button" id="lock" @click=${() => this.lockNow()}>${t.lock}</button>` : nothing}
      </header>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      <main
        @motcua-status=${(e: CustomEvent<{ text: string }>) => {
          this.status = e.detail.text;
        }}
      >
        ${this.#renderView()}
      </main>
    `;
  }

  #renderView() {
    switch (this.view) {
      case 'loading':
        return html`<p>${this.t.loading}</p>`;
      case 'setup':
        return html`<motcua-panel-setup
          lang=${this.lang}
          .store=${this.store}
          @motcua-unlocked=${() => this.#go('main')}
        ></motcua-panel-setup>`;
      case 'locked':
        return html`<motcua-panel-unlock
          lang=${this.lang}
          .store=${this.store}
          @motcua-unlocked=${() => this.#go('main')}
          @motcua-forgot=${() => this.#go('wipe')}
        ></motcua-panel-unlock>`;
      case 'wipe':
        return html`<motcua-panel-wipe
          lang=${this.lang}
          .store=${this.store}
          @motcua-wiped=${() => this.#go('setup')}
          @motcua-cancel=${() => this.#go('locked')}
        ></motcua-panel-wipe>`;
      case 'main':
        return html`<motcua-panel-main
          lang=${this.lang}
          .store=${this.store}
          .bridge=${this.bridge}
          .settings=${this.settings}
          .cameraScan=${this.cameraScan}
          .openCameraPermission=${this.openCameraPermission}
          .addPortal=${this.addPortal}
          @motcua-settings=${(e: CustomEvent<Settings>) => {
            this.settings = e.detail;
            this.#activity();
          }}
        ></motcua-panel-main>`;
    }
  }
}
