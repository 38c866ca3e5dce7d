/**
 * Making a profile: the chip ID card QR from the USB scanner, the camera or typing; the post-2025
 * residence (converted, or chosen for a split commune); phone, e-mail, relatives; saved encrypted.
 */
import {
  isValidEmail,
  listCommunes,
  listProvinces,
  normalizePhoneVN,
  parseCitizenIdQr,
  type QrParseResult,
  toNewAddress,
} from '@motcua/core';
import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { CitizenProfile, ProfileStore, Relative } from '../../store/profile-store.js';
import { format, PanelView } from '../panel-view.js';

type Draft = CitizenProfile & { pinned: boolean };

/** How long the scanner may pause between keystrokes before the box is read (ms). */
const SCAN_IDLE_MS = 300;
const RELATIONS = ['father', 'mother', 'spouse', 'child'] as const;
const dmy = (iso: string | undefined) => iso?.split('-').reverse().join('/');

/**
 * @summary Scan a chip ID card and save the citizen's profile.
 * @event motcua-profile-saved - detail `{ id, name }`.
 */
export class ProfileEditor extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  /** Days before an unpinned profile is deleted (shown beside the pin box). */
  @property({ type: Number }) expiryDays = 30;
  /** Camera scanning, when the extension shell has a decoder. */
  @property({ attribute: false }) cameraScan: (() => Promise<string | undefined>) | undefined;
  /** Opens the extension tab where the officer grants camera permission once. */
  @property({ attribute: false }) openCameraPermission: (() => void) | undefined;

  @state() private draft: Draft | undefined;
  @state() private residenceNote: 'auto' | 'choose' | '' = '';
  @state() private residenceCandidates: { province: string; commune: string }[] = [];
  @state() private scanResult: QrParseResult | undefined;
  @state() private cameraProblem: '' | 'permission' | 'unavailable' = '';

  @query('#scan') private scanBox?: HTMLTextAreaElement;

  #scanTimer: ReturnType<typeof setTimeout> | undefined;

  protected override focusAfterRender = '#scan';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#scanTimer);
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
      this.showErrors([{ id: 'scan', text: result.message[this.lang === 'en' ? 'en' : 'vi'] }]);
      return;
    }
    this.errors = [];
    if (this.scanBox) this.scanBox.value = '';
    const conversion = toNewAddress(result.value.address);
    const draft: Draft = { ...result.value, pinned: false, relatives: [] };
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
    this.focusAfterRender = '#profile-heading';
  }

  async #onCamera(): Promise<void> {
    if (!this.cameraScan) return;
    this.cameraProblem = '';
    try {
      const text = await this.cameraScan();
      if (text) this.#readScan(text);
    } catch (e) {
      this.cameraProblem = (e as Error).name === 'CameraPermissionError' ? 'permission' : 'unavailable';
      const text = this.cameraProblem === 'permission' ? this.t.cameraPermission : this.t.cameraUnavailable;
      this.showErrors([{ id: 'camera', text }]);
    }
  }

  #update(patch: Partial<Draft>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  #updateRelative(i: number, patch: Partial<Relative>): void {
    const relatives = [...(this.draft?.relatives ?? [])];
    const r = relatives[i];
    if (!r) return;
    relatives[i] = { ...r, ...patch };
    this.#update({ relatives });
  }

  #addRelative(): void {
    const relatives = [...(this.draft?.relatives ?? []), { relation: 'father' as const, fullName: '' }];
    this.#update({ relatives });
    this.focusAfterRender = `#rel-relation-${relatives.length - 1}`;
  }

  #removeRelative(i: number): void {
    this.#update({ relatives: (this.draft?.relatives ?? []).filter((_, j) => j !== i) });
    this.focusAfterRender = '#add-relative';
  }

  async #onSave(e: Event): Promise<void> {
    e.preventDefault();
    const d = this.draft;
    if (!d || !this.store) return;
    const errors: { id: string; text: string }[] = [];
    const phone = d.phone?.trim() ? normalizePhoneVN(d.phone) : '';
    if (phone === undefined) errors.push({ id: 'phone', text: this.t.invalidPhone });
    if (d.email && !isValidEmail(d.email)) errors.push({ id: 'email', text: this.t.invalidEmail });
    if (!d.residence?.province || !d.residence.commune)
      errors.push({ id: d.residence?.province ? 'commune' : 'province', text: this.t.requiredResidence });
    if (errors.length) return this.showErrors(errors);
    const { pinned, ...profile } = d;
    if (phone) profile.phone = phone;
    else delete profile.phone;
    if (!profile.email) delete profile.email;
    if (!profile.currentAddress) delete profile.currentAddress;
    profile.relatives = (profile.relatives ?? []).filter((r) => r.fullName.trim());
    const id = await this.store.saveProfile(profile, { pinned });
    this.draft = undefined;
    this.scanResult = undefined;
    this.say(format(this.t.saved, { name: profile.fullName }));
    this.emit('motcua-profile-saved', { id });
  }

  override render() {
    return html`${this.renderErrors()} ${this.#renderScan()} ${this.draft ? this.#renderDraft(this.draft) : nothing}`;
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
        ${this.error('scan')}
        ${hint ? html`<p class="field-error" id="scan-ime">${hint[this.lang === 'en' ? 'en' : 'vi']}</p>` : nothing}
        <textarea
          id="scan"
          rows="3"
          spellcheck="false"
          autocomplete="off"
          aria-describedby=${this.describedBy('scan', hint ? 'scan-hint scan-ime' : 'scan-hint')}
          aria-invalid=${this.invalid('scan')}
          @input=${this.#onScanInput}
          @keydown=${this.#onScanKey}
        ></textarea>
        <div class="actions">
          <button type="button" id="scan-read" @click=${() => this.#readScan()}>${t.scanRead}</button>
          ${this.cameraScan ? html`<button type="button" id="camera" @click=${this.#onCamera}>${t.camera}</button>` : nothing}
          ${
            this.cameraProblem === 'permission' && this.openCameraPermission
              ? html`<button type="button" @click=${() => this.openCameraPermission?.()}>${t.cameraGrant}</button>`
              : nothing
          }
        </div>
        ${
          repairs.length
            ? html`<p class="note">${format(t.scanRepaired, { what: repairs.map((r) => t.repairs[r] ?? r).join(', ') })}</p>`
            : nothing
        }
      </section>
    `;
  }

  #renderDraft(d: Draft) {
    const t = this.t;
    const residence = d.residence ?? { province: '', commune: '' };
    const province = residence.province;
    const candidates = this.residenceCandidates.filter((c) => c.province === province).map((c) => c.commune);
    const communes = province ? listCommunes(province) : [];
    const readOnly = (id: keyof CitizenProfile, label: string, value: string | undefined) =>
      html`<div class="ro"><dt>${label}</dt><dd id=${`ro-${id}`}>${value ?? '—'}</dd></div>`;
    const text = (
      id: string,
      label: string,
      value: string | undefined,
      set: (v: string) => void,
      type: 'text' | 'tel' | 'email' = 'text',
    ) =>
      html`<label for=${id}>${label}</label>
        ${this.error(id)}
        <input
          id=${id}
          type=${type}
          autocomplete="off"
          aria-describedby=${this.describedBy(id)}
          aria-invalid=${this.invalid(id)}
          .value=${value ?? ''}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
        />`;
    return html`
      <form @submit=${this.#onSave} novalidate aria-labelledby="profile-heading" part="profile">
        <h2 id="profile-heading" tabindex="-1">${t.profileHeading}</h2>
        <dl class="card">
          ${readOnly('fullName', t.fullName, d.fullName)} ${readOnly('idNumber', t.idNumber, d.idNumber)}
          ${readOnly('oldIdNumber', t.oldIdNumber, d.oldIdNumber)}
          ${readOnly('dateOfBirth', t.dateOfBirth, dmy(d.dateOfBirth))} ${readOnly('gender', t.gender, d.gender)}
          ${readOnly('address', t.address, d.address)} ${readOnly('issueDate', t.issueDate, dmy(d.issueDate))}
        </dl>
        <fieldset>
          <legend>${t.residenceHeading}</legend>
          <p class="hint" id="residence-note">${this.residenceNote === 'auto' ? t.residenceAuto : t.residenceChoose}</p>
          <label for="province">${t.province}</label>
          ${this.error('province')}
          <select
            id="province"
            aria-describedby=${this.describedBy('province', 'residence-note')}
            @change=${(e: Event) =>
              this.#update({
                residence: { ...residence, province: (e.target as HTMLSelectElement).value, commune: '' },
              })}
          >
            <option value="" ?selected=${!province}>${t.choose}</option>
            ${listProvinces().map((p) => html`<option ?selected=${p === province}>${p}</option>`)}
          </select>
          <label for="commune">${t.commune}</label>
          ${this.error('commune')}
          <select
            id="commune"
            aria-describedby=${this.describedBy('commune', 'residence-note')}
            ?disabled=${!province}
            @change=${(e: Event) =>
              this.#update({ residence: { ...residence, commune: (e.target as HTMLSelectElement).value } })}
          >
            <option value="" ?selected=${!residence.commune}>${t.choose}</option>
            ${
              candidates.length
                ? html`<optgroup label=${t.residenceChoose}>
                  ${candidates.map((c) => html`<option value=${c} ?selected=${c === residence.commune}>${c}</option>`)}
                </optgroup>`
                : nothing
            }
            ${communes
              .filter((c) => !candidates.includes(c))
              .map((c) => html`<option ?selected=${c === residence.commune}>${c}</option>`)}
          </select>
          ${text('street', t.street, residence.street, (street) => this.#update({ residence: { ...residence, street } }))}
        </fieldset>
        ${text('phone', t.phone, d.phone, (phone) => this.#update({ phone }), 'tel')}
        ${text('email', t.email, d.email, (email) => this.#update({ email: email.trim() }), 'email')}
        ${text('current', t.currentAddress, d.currentAddress, (currentAddress) => this.#update({ currentAddress }))}
        <fieldset>
          <legend>${t.relativesHeading}</legend>
          <p class="hint">${t.relativesHint}</p>
          ${(d.relatives ?? []).map((r, i) => this.#renderRelative(r, i))}
          <button type="button" id="add-relative" @click=${this.#addRelative}>${t.addRelative}</button>
        </fieldset>
        <div class="check">
          <input
            id="pinned"
            type="checkbox"
            .checked=${d.pinned}
            @change=${(e: Event) => this.#update({ pinned: (e.target as HTMLInputElement).checked })}
          />
          <label for="pinned">${format(t.pinned, { days: this.expiryDays })}</label>
        </div>
        <button type="submit" class="primary" id="save-profile">${t.saveProfile}</button>
      </form>
    `;
  }

  #renderRelative(r: Relative, i: number) {
    const t = this.t;
    const input = (key: 'fullName' | 'dateOfBirth' | 'idNumber', label: string, type: 'text' | 'date' = 'text') =>
      html`<label for=${`rel-${key}-${i}`}>${label}</label>
        <input
          id=${`rel-${key}-${i}`}
          type=${type}
          inputmode=${key === 'idNumber' ? 'numeric' : 'text'}
          .value=${r[key] ?? ''}
          @input=${(e: Event) => this.#updateRelative(i, { [key]: (e.target as HTMLInputElement).value })}
        />`;
    return html`
      <div class="relative" role="group" aria-labelledby=${`rel-relation-label-${i}`}>
        <label for=${`rel-relation-${i}`} id=${`rel-relation-label-${i}`}>${t.relation}</label>
        <select
          id=${`rel-relation-${i}`}
          @change=${(e: Event) =>
            this.#updateRelative(i, { relation: (e.target as HTMLSelectElement).value as Relative['relation'] })}
        >
          ${RELATIONS.map((k) => html`<option value=${k} ?selected=${r.relation === k}>${t[k]}</option>`)}
        </select>
        ${input('fullName', t.relativeName)} ${input('dateOfBirth', t.relativeDob, 'date')}
        ${input('idNumber', t.relativeId)}
        <button type="button" @click=${() => this.#removeRelative(i)}>${t.removeRelative}</button>
      </div>
    `;
  }
}
