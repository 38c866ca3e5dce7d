/**
 * The staff side panel: unlock the vault, make a citizen profile from the chip ID card QR (USB scanner,
 * camera or typing), choose the post-2025 residence, plan and confirm a fill of the portal form, undo it,
 * teach unrecognised fields, and manage settings, exports and the fill log. Vietnamese first.
 */
import {
  listCommunes,
  listProvinces,
  parseCitizenIdQr,
  type QrParseResult,
  toNewAddress,
  type ToNewAddressResult,
} from '@motcua/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type PageBridge, type Plan, PROFILE_PATHS, planFill } from '../fill/protocol.js';
import {
  type CitizenProfile,
  DEFAULT_SETTINGS,
  type ProfileStore,
  type Relative,
  type Settings,
  type StoredProfile,
  WrongPassphraseError,
} from '../store/profile-store.js';
import { en } from './locales/en.js';
import { type PanelStrings, vi } from './locales/vi.js';
import { panelStyles } from './staff-panel.styles.js';

type View = 'loading' | 'setup' | 'locked' | 'wipe' | 'main';
type Draft = CitizenProfile & { pinned: boolean };

/** How long the scanner may pause between keystrokes before the box is read (ms). */
const SCAN_IDLE_MS = 300;
const PHONE = /^0\d{9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * @summary Staff side panel of the motcua extension.
 * @event motcua-filled - after a confirmed fill; detail `{ profileId, count }`.
 */
export class StaffPanel extends LitElement {
  static override styles = panelStyles;

  /** The vault; set before the panel connects. */
  @property({ attribute: false }) store: ProfileStore | undefined;
  /** How the panel reaches the portal tab. */
  @property({ attribute: false }) bridge: PageBridge | undefined;
  /** `vi` (default) or `en`. */
  @property({ reflect: true }) override lang = 'vi';
  /** Camera scanning: provided by the extension shell when a decoder is available. */
  @property({ attribute: false }) cameraScan: (() => Promise<string | undefined>) | undefined;
  /** Opens the extension tab where the officer grants camera permission once. */
  @property({ attribute: false }) openCameraPermission: (() => void) | undefined;
  /** Grants a provincial portal origin (optional host permission); provided by the extension shell. */
  @property({ attribute: false }) addPortal: ((origin: string) => Promise<boolean>) | undefined;

  /** Overrides the idle auto-lock delay (ms) from the settings; for tests and kiosks. */
  @property({ attribute: false }) lockAfterMs: number | undefined;

  @state() private view: View = 'loading';
  @state() private errors: { id: string; text: string }[] = [];
  @state() private status = '';
  @state() private busy = false;
  @state() private draft: Draft | undefined;
  @state() private residenceNote: 'auto' | 'choose' | '' = '';
  @state() private residenceCandidates: { province: string; commune: string }[] = [];
  @state() private scanResult: QrParseResult | undefined;
  @state() private profiles: StoredProfile[] = [];
  @state() private selectedId = '';
  @state() private plan: Plan | undefined;
  @state() private lastFill: { logId: number } | undefined;
  @state() private settings: Settings = DEFAULT_SETTINGS;
  @state() private teach: Record<string, string> = {};
  @state() private exportText = '';

  @query('#scan') private scanBox?: HTMLTextAreaElement;

  #scanTimer: ReturnType<typeof setTimeout> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #focusAfterRender = '';

  get t(): PanelStrings {
    return this.lang === 'en' ? en : vi;
  }

  #format(text: string, values: Record<string, string | number>): string {
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['keydown', 'pointerdown', 'input']) this.addEventListener(type, this.#activity);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#idleTimer);
    clearTimeout(this.#scanTimer);
    this.store?.lock();
  }

  async #start(): Promise<void> {
    if (!this.store) return;
    this.settings = await this.store.settings();
    await this.store.purgeExpired();
    this.#go((await this.store.hasPassphrase()) ? 'locked' : 'setup');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') && changed.get('store') === undefined && this.store && this.isConnected)
      void this.#start();
  }

  override updated(): void {
    if (this.#focusAfterRender) {
      const el = this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender);
      this.#focusAfterRender = '';
      el?.focus();
    }
  }

  /** Switches view and moves focus to its heading (GOV.UK: focus returned after every step). */
  #go(view: View, focus = 'h2'): void {
    this.view = view;
    this.errors = [];
    this.#focusAfterRender = focus;
  }

  #activity = (): void => {
    clearTimeout(this.#idleTimer);
    if (this.view !== 'main') return;
    this.#idleTimer = setTimeout(() => this.lockNow(true), this.lockAfterMs ?? this.settings.autoLockMinutes * 60_000);
  };

  /** Locks the vault and forgets everything decrypted. */
  lockNow(idle = false): void {
    this.store?.lock();
    clearTimeout(this.#idleTimer);
    this.draft = undefined;
    this.profiles = [];
    this.plan = undefined;
    this.scanResult = undefined;
    this.exportText = '';
    this.#go('locked');
    this.status = idle ? this.t.lockedIdle : '';
  }

  #showErrors(errors: { id: string; text: string }[]): void {
    this.errors = errors;
    this.#focusAfterRender = '#error-summary';
  }

  #value(id: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
  }

  async #onSetup(e: Event): Promise<void> {
    e.preventDefault();
    const pass = this.#value('pass');
    const confirm = this.#value('pass2');
    if (pass.length < 8) return this.#showErrors([{ id: 'pass', text: this.t.passphraseTooShort }]);
    if (pass !== confirm) return this.#showErrors([{ id: 'pass2', text: this.t.passphraseMismatch }]);
    this.busy = true;
    try {
      await this.store?.setPassphrase(pass);
      await this.#enterMain();
    } finally {
      this.busy = false;
    }
  }

  async #onUnlock(e: Event): Promise<void> {
    e.preventDefault();
    this.busy = true;
    this.status = this.t.unlocking;
    try {
      await this.store?.unlock(this.#value('pass'));
      this.status = '';
      await this.#enterMain();
    } catch (err) {
      this.status = '';
      if (!(err instanceof WrongPassphraseError)) throw err;
      this.#showErrors([{ id: 'pass', text: this.t.wrongPassphrase }]);
    } finally {
      this.busy = false;
    }
  }

  async #onWipe(): Promise<void> {
    await this.store?.wipe();
    this.#go('setup');
  }

  async #enterMain(): Promise<void> {
    this.profiles = (await this.store?.listProfiles()) ?? [];
    this.selectedId = this.profiles[0]?.id ?? '';
    this.#go('main', '#scan');
    this.#activity();
  }

  #onScanInput(): void {
    clearTimeout(this.#scanTimer);
    const text = this.scanBox?.value ?? '';
    // A scanner types a whole code in a burst; read it when it pauses with a complete-looking code.
    if ((text.match(/[|¦｜]/g) ?? []).length >= 5) this.#scanTimer = setTimeout(() => this.#readScan(), SCAN_IDLE_MS);
  }

  #onScanKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      this.#readScan();
    }
  }

  #readScan(text = this.scanBox?.value ?? ''): void {
    clearTimeout(this.#scanTimer);
    if (!text.trim()) return;
    const result = parseCitizenIdQr(text);
    this.scanResult = result;
    if (!result.ok) {
      this.#showErrors([{ id: 'scan', text: result.message[this.lang === 'en' ? 'en' : 'vi'] }]);
      return;
    }
    this.errors = [];
    if (this.scanBox) this.scanBox.value = '';
    const v = result.value;
    const conversion: ToNewAddressResult = toNewAddress(v.address);
    const draft: Draft = { ...v, pinned: false, relatives: [] };
    if (conversion.ok) {
      draft.residence = { ...conversion.value };
      this.residenceNote = 'auto';
      this.residenceCandidates = [];
    } else {
      this.residenceNote = 'choose';
      this.residenceCandidates = conversion.candidates;
      const first = conversion.candidates[0];
      const sameProvince = conversion.candidates.every((c) => c.province === first?.province);
      draft.residence = {
        province: first && sameProvince ? first.province : '',
        commune: '',
        ...(conversion.street ? { street: conversion.street } : {}),
      };
    }
    this.draft = draft;
    this.#focusAfterRender = '#profile-heading';
  }

  @state() private cameraProblem: '' | 'permission' | 'unavailable' = '';

  async #onCamera(): Promise<void> {
    if (!this.cameraScan) return;
    this.cameraProblem = '';
    try {
      const text = await this.cameraScan();
      if (text) this.#readScan(text);
    } catch (e) {
      this.cameraProblem = (e as Error).name === 'CameraPermissionError' ? 'permission' : 'unavailable';
      this.#showErrors([
        {
          id: 'camera',
          text: this.cameraProblem === 'permission' ? this.t.cameraPermission : this.t.cameraUnavailable,
        },
      ]);
    }
  }

  #updateDraft(patch: Partial<Draft>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  #updateRelative(i: number, patch: Partial<Relative>): void {
    const relatives = [...(this.draft?.relatives ?? [])];
    const r = relatives[i];
    if (!r) return;
    relatives[i] = { ...r, ...patch };
    this.#updateDraft({ relatives });
  }

  #addRelative(): void {
    const relatives = [...(this.draft?.relatives ?? []), { relation: 'father' as const, fullName: '' }];
    this.#updateDraft({ relatives });
    this.#focusAfterRender = `#rel-relation-${relatives.length - 1}`;
  }

  #removeRelative(i: number): void {
    const relatives = (this.draft?.relatives ?? []).filter((_, j) => j !== i);
    this.#updateDraft({ relatives });
    this.#focusAfterRender = '#add-relative';
  }

  async #onSaveProfile(e: Event): Promise<void> {
    e.preventDefault();
    const d = this.draft;
    if (!d || !this.store) return;
    const errors: { id: string; text: string }[] = [];
    const phone = (d.phone ?? '').replace(/[\s.-]/g, '').replace(/^\+84/, '0');
    if (phone && !PHONE.test(phone)) errors.push({ id: 'phone', text: this.t.invalidPhone });
    if (d.email && !EMAIL.test(d.email)) errors.push({ id: 'email', text: this.t.invalidEmail });
    if (!d.residence?.province || !d.residence.commune)
      errors.push({ id: d.residence?.province ? 'commune' : 'province', text: this.t.requiredResidence });
    if (errors.length) return this.#showErrors(errors);
    const { pinned, ...profile } = d;
    if (phone) profile.phone = phone;
    else delete profile.phone;
    if (!profile.email) delete profile.email;
    if (!profile.currentAddress) delete profile.currentAddress;
    profile.relatives = (profile.relatives ?? []).filter((r) => r.fullName.trim());
    const id = await this.store.saveProfile(profile, { pinned });
    this.profiles = await this.store.listProfiles();
    this.selectedId = id;
    this.draft = undefined;
    this.scanResult = undefined;
    this.status = this.#format(this.t.saved, { name: profile.fullName });
    this.dispatchEvent(new CustomEvent('motcua-profile-saved', { detail: { id }, bubbles: true, composed: true }));
    this.#focusAfterRender = '#fill';
  }

  async #onPin(id: string, pinned: boolean): Promise<void> {
    await this.store?.setPinned(id, pinned);
    this.profiles = (await this.store?.listProfiles()) ?? [];
  }

  async #onDelete(id: string): Promise<void> {
    await this.store?.deleteProfile(id);
    this.profiles = (await this.store?.listProfiles()) ?? [];
    if (this.selectedId === id) this.selectedId = this.profiles[0]?.id ?? '';
    this.#focusAfterRender = '#profiles-heading';
  }

  async #onPlan(): Promise<void> {
    const selected = this.profiles.find((p) => p.id === this.selectedId);
    if (!selected) return this.#showErrors([{ id: 'fill', text: this.t.fillNoProfile }]);
    if (!this.bridge || !this.store) return this.#showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    this.busy = true;
    try {
      const page = await this.bridge.describe();
      if (page.fields.length === 0) return this.#showErrors([{ id: 'fill', text: this.t.fillNoFields }]);
      this.plan = planFill(page.url, page.fields, selected.profile, await this.store.listRules());
      this.errors = [];
      this.#focusAfterRender = '#plan-heading';
    } catch {
      this.#showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    } finally {
      this.busy = false;
    }
  }

  async #onConfirm(): Promise<void> {
    const plan = this.plan;
    if (!plan || !this.bridge || !this.store) return;
    this.busy = true;
    try {
      const result = await this.bridge.fill(plan.fills.map((f) => ({ fieldId: f.fieldId, value: f.value })));
      const form = (() => {
        try {
          const u = new URL(plan.url);
          return `${u.origin}${u.pathname}`;
        } catch {
          return '';
        }
      })();
      const logId = await this.store.logFill({
        at: Date.now(),
        form,
        profileId: this.selectedId,
        fieldCount: result.filled.length,
      });
      this.lastFill = { logId };
      this.status = this.#format(this.t.filled, { n: result.filled.length });
      this.plan = undefined;
      this.dispatchEvent(
        new CustomEvent('motcua-filled', {
          detail: { profileId: this.selectedId, count: result.filled.length },
          bubbles: true,
          composed: true,
        }),
      );
      this.#focusAfterRender = '#undo';
    } catch {
      this.#showErrors([{ id: 'fill', text: this.t.fillNoPage }]);
    } finally {
      this.busy = false;
    }
  }

  async #onUndo(): Promise<void> {
    if (!this.lastFill || !this.bridge) return;
    await this.bridge.undo();
    await this.store?.markUndone(this.lastFill.logId);
    this.lastFill = undefined;
    this.status = this.t.undone;
    this.#focusAfterRender = '#fill';
  }

  async #onTeach(fieldId: string, label: string): Promise<void> {
    const field = this.teach[fieldId];
    if (!field || !this.store || !this.plan) return;
    let scope = '';
    try {
      const u = new URL(this.plan.url);
      scope = `${u.origin}${u.pathname}`;
    } catch {
      scope = this.plan.url;
    }
    await this.store.saveRule({ scope, label, field });
    this.status = this.#format(this.t.taught, { label });
    await this.#onPlan();
  }

  async #onSaveSettings(e: Event): Promise<void> {
    e.preventDefault();
    const autoLockMinutes = Math.min(120, Math.max(1, Number(this.#value('autolock')) || 10));
    const expiryDays = Math.min(365, Math.max(1, Number(this.#value('expiry')) || 30));
    this.settings = { autoLockMinutes, expiryDays };
    await this.store?.saveSettings(this.settings);
    this.status = this.t.settingsSaved;
    this.#activity();
  }

  async #onExportProfiles(): Promise<void> {
    const pass = this.#value('export-pass');
    if (pass.length < 8) return this.#showErrors([{ id: 'export-pass', text: this.t.passphraseTooShort }]);
    this.exportText = (await this.store?.exportProfiles(pass)) ?? '';
    this.#download('motcua-ho-so.json', this.exportText);
    this.status = this.t.exported;
  }

  async #onImportFile(e: Event, kind: 'profiles' | 'rules'): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.store) return;
    const text = await file.text();
    input.value = '';
    try {
      if (kind === 'rules') {
        const n = await this.store.importRules(text);
        this.status = this.#format(this.t.rulesImported, { n });
      } else {
        const n = await this.store.importProfiles(text, this.#value('export-pass'));
        this.profiles = await this.store.listProfiles();
        this.status = this.#format(this.t.imported, { n });
      }
    } catch {
      this.#showErrors([{ id: kind === 'rules' ? 'import-rules' : 'import-profiles', text: this.t.importFailed }]);
    }
  }

  async #onExportRules(): Promise<void> {
    this.#download('motcua-quy-tac-dien.json', (await this.store?.exportRules()) ?? '');
  }

  async #onExportLog(): Promise<void> {
    this.#download('motcua-nhat-ky-dien.csv', `\ufeff${(await this.store?.exportLog()) ?? ''}`);
  }

  async #onAddPortal(e: Event): Promise<void> {
    e.preventDefault();
    const origin = this.#value('portal-origin');
    let ok = false;
    try {
      ok = /^https:\/\/[a-z0-9.-]+\.gov\.vn\/?$/i.test(origin) && ((await this.addPortal?.(origin)) ?? false);
    } catch {
      ok = false;
    }
    if (!ok) return this.#showErrors([{ id: 'portal-origin', text: this.t.portalInvalid }]);
    this.status = this.#format(this.t.portalAdded, { origin });
  }

  #download(name: string, text: string): void {
    const url = URL.createObjectURL(
      new Blob([text], { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  #toggleLang(): void {
    this.lang = this.lang === 'en' ? 'vi' : 'en';
  }

  override render() {
    const t = this.t;
    return html`
      <header part="header">
        <h1>${t.title}</h1>
        <button type="button" class="link" lang=${this.lang === 'en' ? 'vi' : 'en'} @click=${this.#toggleLang}>
          ${t.language}
        </button>
        ${
          this.view === 'main'
            ? html`<button type="button" id="lock" @click=${() => this.lockNow()}>${t.lock}</button>`
            : nothing
        }
      </header>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
      ${this.#renderErrors()}
      <main>${this.#renderView()}</main>
    `;
  }

  #renderErrors() {
    if (!this.errors.length) return nothing;
    return html`
      <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">${this.t.errorSummary}</h2>
        <ul>
          ${this.errors.map(
            (e) => html`<li>
              <a
                href=${`#${e.id}`}
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  this.renderRoot.querySelector<HTMLElement>(`#${e.id}`)?.focus();
                }}
                >${e.text}</a
              >
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  #error(id: string) {
    const e = this.errors.find((x) => x.id === id);
    return e ? html`<p class="field-error" id=${`${id}-error`}>${e.text}</p>` : nothing;
  }

  #describedBy(id: string, hint?: string): string {
    return [hint, this.errors.some((e) => e.id === id) ? `${id}-error` : ''].filter(Boolean).join(' ');
  }

  #renderView() {
    const t = this.t;
    switch (this.view) {
      case 'loading':
        return html`<p>${t.loading}</p>`;
      case 'setup':
        return html`
          <form @submit=${this.#onSetup} novalidate>
            <h2 tabindex="-1">${t.setupHeading}</h2>
            <p>${t.setupIntro}</p>
            <p class="warning"><strong>${t.setupWarning}</strong></p>
            <label for="pass">${t.passphrase}</label>
            <p class="hint" id="pass-hint">${t.passphraseHint}</p>
            ${this.#error('pass')}
            <input
              id="pass"
              type="password"
              autocomplete="new-password"
              aria-describedby=${this.#describedBy('pass', 'pass-hint')}
              aria-invalid=${this.errors.some((e) => e.id === 'pass') ? 'true' : 'false'}
            />
            <label for="pass2">${t.passphraseConfirm}</label>
            ${this.#error('pass2')}
            <input
              id="pass2"
              type="password"
              autocomplete="new-password"
              aria-describedby=${this.#describedBy('pass2')}
              aria-invalid=${this.errors.some((e) => e.id === 'pass2') ? 'true' : 'false'}
            />
            <button type="submit" class="primary" ?disabled=${this.busy}>${t.setPassphrase}</button>
          </form>
        `;
      case 'locked':
        return html`
          <form @submit=${this.#onUnlock} novalidate>
            <h2 tabindex="-1">${t.unlockHeading}</h2>
            <label for="pass">${t.passphrase}</label>
            ${this.#error('pass')}
            <input
              id="pass"
              type="password"
              autocomplete="current-password"
              aria-describedby=${this.#describedBy('pass')}
              aria-invalid=${this.errors.some((e) => e.id === 'pass') ? 'true' : 'false'}
            />
            <button type="submit" class="primary" ?disabled=${this.busy}>${t.unlock}</button>
            <button type="button" class="link" @click=${() => this.#go('wipe')}>${t.forgot}</button>
          </form>
        `;
      case 'wipe':
        return html`
          <section aria-labelledby="wipe-heading">
            <h2 id="wipe-heading" tabindex="-1">${t.wipeHeading}</h2>
            <p class="warning"><strong>${t.wipeWarning}</strong></p>
            <button type="button" class="danger" id="wipe" @click=${this.#onWipe}>${t.wipeConfirm}</button>
            <button type="button" @click=${() => this.#go('locked')}>${t.cancel}</button>
          </section>
        `;
      case 'main':
        return html`${this.#renderScan()} ${this.draft ? this.#renderDraft(this.draft) : nothing}
        ${this.#renderProfiles()} ${this.#renderFill()} ${this.#renderSettings()}`;
    }
  }

  #renderScan() {
    const t = this.t;
    const repairs = this.scanResult?.ok ? this.scanResult.repairs.filter((r) => r !== 'nfc') : [];
    const hint = this.scanResult && !this.scanResult.ok ? this.scanResult.hint : undefined;
    return html`
      <section aria-labelledby="scan-heading" part="scan">
        <h2 id="scan-heading" tabindex="-1">${t.scanHeading}</h2>
        <label for="scan">${t.scanLabel}</label>
        <p class="hint" id="scan-hint">${t.scanHint}</p>
        ${this.#error('scan')}
        ${hint ? html`<p class="field-error" id="scan-ime">${hint[this.lang === 'en' ? 'en' : 'vi']}</p>` : nothing}
        <textarea
          id="scan"
          rows="3"
          spellcheck="false"
          autocomplete="off"
          aria-describedby=${this.#describedBy('scan', hint ? 'scan-hint scan-ime' : 'scan-hint')}
          aria-invalid=${this.errors.some((e) => e.id === 'scan') ? 'true' : 'false'}
          @input=${this.#onScanInput}
          @keydown=${this.#onScanKey}
        ></textarea>
        <div class="actions">
          <button type="button" id="scan-read" @click=${() => this.#readScan()}>${t.scanRead}</button>
          ${
            this.cameraScan
              ? html`<button type="button" id="camera" @click=${this.#onCamera}>${t.camera}</button>`
              : nothing
          }
        </div>
        ${
          repairs.length
            ? html`<p class="note">${this.#format(t.scanRepaired, { what: repairs.map((r) => t.repairs[r] ?? r).join(', ') })}</p>`
            : nothing
        }
      </section>
    `;
  }

  #renderDraft(d: Draft) {
    const t = this.t;
    const provinces = listProvinces();
    const province = d.residence?.province ?? '';
    const candidateCommunes = this.residenceCandidates.filter((c) => c.province === province).map((c) => c.commune);
    const communes = province ? listCommunes(province) : [];
    const residence = d.residence ?? { province: '', commune: '' };
    const readOnly = (id: keyof CitizenProfile, label: string, value: string | undefined) =>
      html`<div class="ro"><dt>${label}</dt><dd id=${`ro-${id}`}>${value ?? '—'}</dd></div>`;
    return html`
      <form @submit=${this.#onSaveProfile} novalidate aria-labelledby="profile-heading" part="profile">
        <h2 id="profile-heading" tabindex="-1">${t.profileHeading}</h2>
        <dl class="card">
          ${readOnly('fullName', t.fullName, d.fullName)} ${readOnly('idNumber', t.idNumber, d.idNumber)}
          ${readOnly('oldIdNumber', t.oldIdNumber, d.oldIdNumber)}
          ${readOnly('dateOfBirth', t.dateOfBirth, d.dateOfBirth.split('-').reverse().join('/'))}
          ${readOnly('gender', t.gender, d.gender)} ${readOnly('address', t.address, d.address)}
          ${readOnly('issueDate', t.issueDate, d.issueDate?.split('-').reverse().join('/'))}
        </dl>
        <fieldset>
          <legend>${t.residenceHeading}</legend>
          <p class="hint" id="residence-note">${this.residenceNote === 'auto' ? t.residenceAuto : t.residenceChoose}</p>
          <label for="province">${t.province}</label>
          ${this.#error('province')}
          <select
            id="province"
            aria-describedby=${this.#describedBy('province', 'residence-note')}
            @change=${(e: Event) =>
              this.#updateDraft({
                residence: { ...residence, province: (e.target as HTMLSelectElement).value, commune: '' },
              })}
          >
            <option value="" ?selected=${!province}>${t.choose}</option>
            ${provinces.map((p) => html`<option ?selected=${p === province}>${p}</option>`)}
          </select>
          <label for="commune">${t.commune}</label>
          ${this.#error('commune')}
          <select
            id="commune"
            aria-describedby=${this.#describedBy('commune', 'residence-note')}
            ?disabled=${!province}
            @change=${(e: Event) =>
              this.#updateDraft({ residence: { ...residence, commune: (e.target as HTMLSelectElement).value } })}
          >
            <option value="" ?selected=${!residence.commune}>${t.choose}</option>
            ${
              candidateCommunes.length
                ? html`<optgroup label=${t.residenceChoose}>
                  ${candidateCommunes.map((c) => html`<option value=${c} ?selected=${c === residence.commune}>${c}</option>`)}
                </optgroup>`
                : nothing
            }
            ${communes
              .filter((c) => !candidateCommunes.includes(c))
              .map((c) => html`<option ?selected=${c === residence.commune}>${c}</option>`)}
          </select>
          <label for="street">${t.street}</label>
          <input
            id="street"
            .value=${residence.street ?? ''}
            @input=${(e: Event) =>
              this.#updateDraft({ residence: { ...residence, street: (e.target as HTMLInputElement).value } })}
          />
        </fieldset>
        <label for="phone">${t.phone}</label>
        ${this.#error('phone')}
        <input
          id="phone"
          type="tel"
          inputmode="tel"
          autocomplete="off"
          aria-describedby=${this.#describedBy('phone')}
          aria-invalid=${this.errors.some((e) => e.id === 'phone') ? 'true' : 'false'}
          .value=${d.phone ?? ''}
          @input=${(e: Event) => this.#updateDraft({ phone: (e.target as HTMLInputElement).value })}
        />
        <label for="email">${t.email}</label>
        ${this.#error('email')}
        <input
          id="email"
          type="email"
          autocomplete="off"
          aria-describedby=${this.#describedBy('email')}
          aria-invalid=${this.errors.some((e) => e.id === 'email') ? 'true' : 'false'}
          .value=${d.email ?? ''}
          @input=${(e: Event) => this.#updateDraft({ email: (e.target as HTMLInputElement).value.trim() })}
        />
        <label for="current">${t.currentAddress}</label>
        <input
          id="current"
          autocomplete="off"
          .value=${d.currentAddress ?? ''}
          @input=${(e: Event) => this.#updateDraft({ currentAddress: (e.target as HTMLInputElement).value })}
        />
        <fieldset>
          <legend>${t.relativesHeading}</legend>
          ${(d.relatives ?? []).map((r, i) => this.#renderRelative(r, i))}
          <button type="button" id="add-relative" @click=${this.#addRelative}>${t.addRelative}</button>
        </fieldset>
        <div class="check">
          <input
            id="pinned"
            type="checkbox"
            .checked=${d.pinned}
            @change=${(e: Event) => this.#updateDraft({ pinned: (e.target as HTMLInputElement).checked })}
          />
          <label for="pinned">${this.#format(t.pinned, { days: this.settings.expiryDays })}</label>
        </div>
        <button type="submit" class="primary" id="save-profile">${t.saveProfile}</button>
      </form>
    `;
  }

  #renderRelative(r: Relative, i: number) {
    const t = this.t;
    return html`
      <div class="relative" role="group" aria-labelledby=${`rel-relation-label-${i}`}>
        <label for=${`rel-relation-${i}`} id=${`rel-relation-label-${i}`}>${t.relation}</label>
        <select
          id=${`rel-relation-${i}`}
          @change=${(e: Event) =>
            this.#updateRelative(i, { relation: (e.target as HTMLSelectElement).value as Relative['relation'] })}
        >
          ${(['father', 'mother', 'spouse', 'child'] as const).map(
            (k) => html`<option value=${k} ?selected=${r.relation === k}>${t[k]}</option>`,
          )}
        </select>
        <label for=${`rel-name-${i}`}>${t.relativeName}</label>
        <input
          id=${`rel-name-${i}`}
          .value=${r.fullName}
          @input=${(e: Event) => this.#updateRelative(i, { fullName: (e.target as HTMLInputElement).value })}
        />
        <label for=${`rel-dob-${i}`}>${t.relativeDob}</label>
        <input
          id=${`rel-dob-${i}`}
          type="date"
          .value=${r.dateOfBirth ?? ''}
          @input=${(e: Event) => this.#updateRelative(i, { dateOfBirth: (e.target as HTMLInputElement).value })}
        />
        <label for=${`rel-id-${i}`}>${t.relativeId}</label>
        <input
          id=${`rel-id-${i}`}
          inputmode="numeric"
          .value=${r.idNumber ?? ''}
          @input=${(e: Event) => this.#updateRelative(i, { idNumber: (e.target as HTMLInputElement).value })}
        />
        <button type="button" @click=${() => this.#removeRelative(i)}>${t.removeRelative}</button>
      </div>
    `;
  }

  #renderProfiles() {
    const t = this.t;
    const date = (ms: number) => new Date(ms).toLocaleDateString(this.lang === 'en' ? 'en-GB' : 'vi-VN');
    return html`
      <section aria-labelledby="profiles-heading" part="profiles">
        <h2 id="profiles-heading" tabindex="-1">${t.profilesHeading}</h2>
        ${
          this.profiles.length === 0
            ? html`<p>${t.noProfiles}</p>`
            : html`<ul class="profiles">
              ${this.profiles.map(
                (p) => html`<li>
                  <span class="who"
                    >${p.profile.fullName} · ${p.profile.idNumber}
                    <small>${p.pinned ? t.keptPinned : this.#format(t.expires, { date: date(p.expiresAt) })}</small></span
                  >
                  <button
                    type="button"
                    aria-pressed=${p.id === this.selectedId ? 'true' : 'false'}
                    aria-label=${`${t.use}: ${p.profile.fullName}`}
                    @click=${() => {
                      this.selectedId = p.id;
                      this.plan = undefined;
                    }}
                  >
                    ${t.use}
                  </button>
                  <button
                    type="button"
                    aria-pressed=${p.pinned ? 'true' : 'false'}
                    aria-label=${`${t.pin}: ${p.profile.fullName}`}
                    @click=${() => this.#onPin(p.id, !p.pinned)}
                  >
                    ${t.pin}
                  </button>
                  <button
                    type="button"
                    aria-label=${`${t.deleteProfile}: ${p.profile.fullName}`}
                    @click=${() => this.#onDelete(p.id)}
                  >
                    ${t.deleteProfile}
                  </button>
                </li>`,
              )}
            </ul>`
        }
      </section>
    `;
  }

  #renderFill() {
    const t = this.t;
    const plan = this.plan;
    return html`
      <section aria-labelledby="fill-heading" part="fill">
        <h2 id="fill-heading" tabindex="-1">${t.fillHeading}</h2>
        ${this.#error('fill')}
        <div class="actions">
          <button type="button" class="primary" id="fill" ?disabled=${this.busy} @click=${this.#onPlan}>
            ${t.fill}
          </button>
          ${this.lastFill ? html`<button type="button" id="undo" @click=${this.#onUndo}>${t.undo}</button>` : nothing}
        </div>
        ${
          plan
            ? html`
              <h3 id="plan-heading" tabindex="-1">${t.planHeading}</h3>
              <table class="plan" aria-labelledby="plan-heading">
                <thead>
                  <tr>
                    <th scope="col">${t.planField}</th>
                    <th scope="col">${t.planValue}</th>
                    <th scope="col">${t.planWhy}</th>
                  </tr>
                </thead>
                <tbody>
                  ${plan.fills.map(
                    (f) => html`<tr>
                      <th scope="row">${f.label}</th>
                      <td>${f.value}</td>
                      <td>
                        ${f.why.kind === 'rule' ? t.whyRule : this.#format(t.whyLabel, { label: f.why.detail })}
                        → ${t.fieldNames[f.source] ?? f.source}
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
              <div class="actions">
                <button type="button" class="primary" id="confirm" ?disabled=${this.busy || !plan.fills.length} @click=${this.#onConfirm}>
                  ${t.confirmFill}
                </button>
                <button type="button" @click=${() => {
                  this.plan = undefined;
                  this.#focusAfterRender = '#fill';
                }}>${t.cancel}</button>
              </div>
              ${plan.unmatched.length ? this.#renderTeach(plan) : nothing}
            `
            : nothing
        }
      </section>
    `;
  }

  #renderTeach(plan: Plan) {
    const t = this.t;
    return html`
      <h3>${t.unmatchedHeading}</h3>
      <ul class="teach">
        ${plan.unmatched.map((f) => {
          const label = f.label || f.name || f.id;
          const id = `teach-${f.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
          return html`<li>
            <label for=${id}>${this.#format(t.teachLabel, { label })}</label>
            <select
              id=${id}
              @change=${(e: Event) => {
                this.teach = { ...this.teach, [f.id]: (e.target as HTMLSelectElement).value };
              }}
            >
              <option value="">${t.choose}</option>
              ${PROFILE_PATHS.map((p) => html`<option value=${p}>${t.fieldNames[p] ?? p}</option>`)}
            </select>
            <button type="button" ?disabled=${!this.teach[f.id]} @click=${() => this.#onTeach(f.id, label)}>
              ${t.teachSave}
            </button>
          </li>`;
        })}
      </ul>
    `;
  }

  #renderSettings() {
    const t = this.t;
    return html`
      <details part="settings">
        <summary>${t.settingsHeading}</summary>
        <form @submit=${this.#onSaveSettings} novalidate>
          <label for="autolock">${t.autoLock}</label>
          <input id="autolock" type="number" min="1" max="120" .value=${String(this.settings.autoLockMinutes)} />
          <label for="expiry">${t.expiryDays}</label>
          <input id="expiry" type="number" min="1" max="365" .value=${String(this.settings.expiryDays)} />
          <button type="submit">${t.saveSettings}</button>
        </form>
        <label for="export-pass">${t.exportPassphrase}</label>
        ${this.#error('export-pass')}
        <input id="export-pass" type="password" autocomplete="new-password" aria-describedby=${this.#describedBy('export-pass')} />
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
          <button type="button" @click=${this.#onExportRules}>${t.exportRules}</button>
          <label class="file" for="import-rules">${t.importRules}</label>
          <input id="import-rules" type="file" accept="application/json,.json" @change=${(e: Event) => this.#onImportFile(e, 'rules')} />
          <button type="button" @click=${this.#onExportLog}>${t.exportLog}</button>
        </div>
        ${
          this.addPortal
            ? html`<form @submit=${this.#onAddPortal} novalidate>
              <label for="portal-origin">${t.portalOrigin}</label>
              <p class="hint" id="portal-hint">${t.portalHint}</p>
              ${this.#error('portal-origin')}
              <input
                id="portal-origin"
                type="url"
                placeholder="https://dichvucong.quangnam.gov.vn"
                aria-describedby=${this.#describedBy('portal-origin', 'portal-hint')}
              />
              <button type="submit">${t.portalAdd}</button>
            </form>`
            : nothing
        }
      </details>
    `;
  }
}
