/** Settings and data: auto-lock and expiry, encrypted profile export/import, rules, the fill log, portals. */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ProfileStore, Settings } from '../../store/profile-store.js';
import { format, PanelView } from '../panel-view.js';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * @summary The panel's settings, exports and imports.
 * @event motcua-settings - detail: the saved {@link Settings}.
 * @event motcua-profiles-imported - profiles were added.
 */
export class SettingsView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  @property({ attribute: false }) settings: Settings | undefined;
  /** Grants a provincial portal origin (optional host permission); provided by the extension shell. */
  @property({ attribute: false }) addPortal: ((origin: string) => Promise<boolean>) | undefined;

  protected override focusAfterRender = '';

  async #onSave(e: Event): Promise<void> {
    e.preventDefault();
    const autoLockMinutes = Math.min(120, Math.max(1, Number(this.value('autolock')) || 10));
    const expiryDays = Math.min(365, Math.max(1, Number(this.value('expiry')) || 30));
    const settings = { autoLockMinutes, expiryDays };
    await this.store?.saveSettings(settings);
    this.say(this.t.settingsSaved);
    this.emit('motcua-settings', settings);
  }

  async #onExportProfiles(): Promise<void> {
    const pass = this.value('export-pass');
    if (pass.length < 8) return this.showErrors([{ id: 'export-pass', text: this.t.passphraseTooShort }]);
    download('motcua-ho-so.json', (await this.store?.exportProfiles(pass)) ?? '');
    this.say(this.t.exported);
  }

  async #onImportFile(e: Event, kind: 'profiles' | 'rules'): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.store) return;
    const text = await file.text();
    input.value = '';
    try {
      if (kind === 'rules') {
        this.say(format(this.t.rulesImported, { n: await this.store.importRules(text) }));
      } else {
        const n = await this.store.importProfiles(text, this.value('export-pass'));
        this.say(format(this.t.imported, { n }));
        this.emit('motcua-profiles-imported');
      }
    } catch {
      this.showErrors([{ id: kind === 'rules' ? 'import-rules' : 'import-profiles', text: this.t.importFailed }]);
    }
  }

  async #onAddPortal(e: Event): Promise<void> {
    e.preventDefault();
    const origin = this.value('portal-origin');
    let ok = false;
    try {
      ok = /^https:\/\/[a-z0-9.-]+\.gov\.vn\/?$/i.test(origin) && ((await this.addPortal?.(origin)) ?? false);
    } catch {
      ok = false;
    }
    if (!ok) return this.showErrors([{ id: 'portal-origin', text: this.t.portalInvalid }]);
    this.say(format(this.t.portalAdded, { origin }));
  }

  override render() {
    const t = this.t;
    const settings = this.settings;
    return html`
      <details part="settings">
        <summary>${t.settingsHeading}</summary>
        ${this.renderErrors()}
        <form @submit=${this.#onSave} novalidate>
          <label for="autolock">${t.autoLock}</label>
          <input id="autolock" type="number" min="1" max="120" .value=${String(settings?.autoLockMinutes ?? 10)} />
          <label for="expiry">${t.expiryDays}</label>
          <input id="expiry" type="number" min="1" max="365" .value=${String(settings?.expiryDays ?? 30)} />
          <button type="submit">${t.saveSettings}</button>
        </form>
        <label for="export-pass">${t.exportPassphrase}</label>
        ${this.error('export-pass')}
        <input
          id="export-pass"
          type="password"
          autocomplete="new-password"
          aria-describedby=${this.describedBy('export-pass')}
        />
        <div class="actions">
          <button type="button" id="export-profiles" @click=${this.#onExportProfiles}>${t.exportProfiles}</button>
          <label class="file" for="import-profiles">${t.importProfiles}</label>
          <input
            id="import-profiles"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.#onImportFile(e, 'profiles')}
          />
        </div>
        <div class="actions">
          <button
            type="button"
            @click=${async () => download('motcua-quy-tac-dien.json', (await this.store?.exportRules()) ?? '')}
          >
            ${t.exportRules}
          </button>
          <label class="file" for="import-rules">${t.importRules}</label>
          <input
            id="import-rules"
            type="file"
            accept="application/json,.json"
            @change=${(e: Event) => this.#onImportFile(e, 'rules')}
          />
          <button
            type="button"
            @click=${async () => download('motcua-nhat-ky-dien.csv', `\ufeff${(await this.store?.exportLog()) ?? ''}`)}
          >
            ${t.exportLog}
          </button>
        </div>
        ${
          this.addPortal
            ? html`<form @submit=${this.#onAddPortal} novalidate>
              <label for="portal-origin">${t.portalOrigin}</label>
              <p class="hint" id="portal-hint">${t.portalHint}</p>
              ${this.error('portal-origin')}
              <input
                id="portal-origin"
                type="url"
                placeholder="https://dichvucong.quangnam.gov.vn"
                aria-describedby=${this.describedBy('portal-origin', 'portal-hint')}
              />
              <button type="submit">${t.portalAdd}</button>
            </form>`
            : nothing
        }
      </details>
    `;
  }
}
