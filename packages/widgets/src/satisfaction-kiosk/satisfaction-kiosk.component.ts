/**
 * <motcua-satisfaction-kiosk>: the rating tablet at the one-stop counter (Bộ phận Một cửa). Staff choose
 * the officer once behind a PIN; each citizen rates in two taps (a level, then "Gửi đánh giá"); the
 * screen thanks them and resets by itself. Ratings wait in the outbox through a day without network.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SatisfactionRatingElement } from '../satisfaction-rating/satisfaction-rating.component.js';
import { panelStyles } from '../satisfaction-rating/panel.styles.js';
import { fieldId } from '../shared/field-id.js';
import { checkPin, type KioskSettings, loadKiosk, pinSupported, saveKiosk, validPin } from './kiosk-settings.js';
import { formLocales } from '../satisfaction-rating/form-locales.js';
import { vi } from './locales/vi.js';
import { kioskStyles } from './satisfaction-kiosk.styles.js';

const PIN_TRIES = 5;
/** A device key as the collector issues it (Quản trị → Thiết bị đánh giá tại quầy). */
const DEVICE_KEY = /^kiosk_[A-Za-z0-9_-]{20,60}$/;

/** Draws a field's control with the id, `aria-invalid` and `aria-describedby` its field gives it. */
type Control = (id: string, invalid: 'true' | 'false', describedBy: string | typeof nothing) => TemplateResult;

/** The control of a PIN (the sign-in's, the new one and its repeat): 4–8 digits, never shown. */
const pinControl =
  (autocomplete: 'off' | 'new-password'): Control =>
  (id, invalid, describedBy) =>
    html`<input id=${id} type="password" inputmode="numeric" autocomplete=${autocomplete} maxlength="8"
      aria-invalid=${invalid} aria-describedby=${describedBy} />`;

/**
 * Counter-tablet satisfaction kiosk (máy đánh giá tại quầy).
 *
 * @summary Citizens rate the officer who served them in two taps; the screen resets itself.
 *
 * @attr reset-after - Seconds before the screen resets after a rating (default 10; twice that when a
 *   citizen leaves a half-made rating); staff can change it.
 * @attr officer - Officer offered at first setup.
 * @attr scale - `3` (default) or `5`.
 *
 * @event motcua-rating - A rating was handed to the outbox; detail `{ id, score, status }`.
 *
 * @csspart form - The rating, PIN and settings forms.
 */
export class SatisfactionKioskElement extends SatisfactionRatingElement {
  static override locales = formLocales(vi, () => import('./locales/en.js').then((m) => m.en));
  static override styles = [...SatisfactionRatingElement.styles, panelStyles, kioskStyles];

  static override properties: PropertyDeclarations = {
    resetAfter: { type: Number, attribute: 'reset-after' },
    kiosk: { state: true },
    kioskView: { state: true },
    countdown: { state: true },
  };
  resetAfter = 10;

  private kiosk: KioskSettings | undefined;
  private kioskView: 'rate' | 'pin' | 'setup' = 'rate';
  private countdown = 0;

  private resetTimer?: ReturnType<typeof setInterval>;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private pinFailures = 0;
  private pinLockedUntil = 0;

  override connectedCallback(): void {
    this.mode = 'kiosk';
    super.connectedCallback();
    this.kiosk = loadKiosk(this.unit);
    this.kioskView = this.kiosk ? 'rate' : 'setup';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.resetTimer);
    clearTimeout(this.idleTimer);
  }

  /** Someone walked away mid-way (a half-made rating, open settings): the next person finds a clean screen. */
  protected override updated(changed: Map<string, unknown>): void {
    super.updated(changed);
    clearTimeout(this.idleTimer);
    if (this.kioskView === 'rate' && !this.accepted && (this.score || Object.keys(this.errors).length)) {
      this.idleTimer = setTimeout(() => this.reset(), (this.kiosk?.resetAfter ?? this.resetAfter) * 2000);
    } else if (this.kioskView !== 'rate' && this.kiosk) {
      // Settings (or the PIN prompt) left open would let the next person change the officer rated.
      this.idleTimer = setTimeout(() => void this.closeSettings(), 60_000);
    }
  }

  protected override ratedOfficer(): string {
    return this.kiosk?.officer ?? '';
  }

  protected override deviceKey(): string {
    return this.kiosk?.device ?? '';
  }

  protected override reset(): void {
    clearInterval(this.resetTimer);
    this.countdown = 0;
    super.reset();
  }

  protected override renderDoneFooter(): TemplateResult {
    return html`<p class="muted">${this.t('resetIn', { seconds: this.countdown })}</p>`;
  }

  protected override afterAccepted(): void {
    clearInterval(this.resetTimer);
    this.countdown = this.kiosk?.resetAfter ?? this.resetAfter;
    this.resetTimer = setInterval(() => {
      this.countdown--;
      if (this.countdown <= 0) this.reset();
    }, 1000);
  }

  override render() {
    if (this.configProblem()) return super.render();
    if (this.kioskView === 'setup') return this.renderSetup();
    if (this.kioskView === 'pin') return this.renderPin();
    return html`<div class="actions corner">
        <button type="button" class="secondary" @click=${this.openSettings}>${this.t('settings')}</button>
      </div>
      ${super.render()}`;
  }

  /** The rating form's questions at the counter: the level, asked about the officer, and the send button. */
  protected override renderQuestions(): TemplateResult {
    const officer = this.kiosk?.officer;
    const question = officer ? this.t('kioskQuestion', { officer }) : this.t('kioskQuestionNoOfficer');
    return html`${this.renderLevels(question)} ${this.renderSend()}`;
  }

  private async openSettings(): Promise<void> {
    this.reset();
    this.kioskView = this.kiosk?.hash ? 'pin' : 'setup';
    await this.moveFocus('input');
  }

  private async closeSettings(): Promise<void> {
    this.errors = {};
    this.kioskView = this.kiosk ? 'rate' : 'setup';
  }

  private async unlock(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId('pin')}`);
    const pin = input?.value ?? '';
    const wait = Math.ceil((this.pinLockedUntil - Date.now()) / 1000);
    if (wait > 0) {
      this.errors = { pin: this.t('pinLocked', { seconds: wait }) };
    } else if (this.kiosk && (await checkPin(this.kiosk, pin))) {
      this.pinFailures = 0;
      this.errors = {};
      this.kioskView = 'setup';
      await this.moveFocus(`#${fieldId('officer')}`);
      return;
    } else {
      if (++this.pinFailures >= PIN_TRIES) {
        this.pinFailures = 0;
        this.pinLockedUntil = Date.now() + 60_000;
      }
      this.errors = { pin: this.t('pinWrong') };
      // A wrong PIN is not kept: the summary's link brings staff back to an empty field.
      if (input) input.value = '';
    }
    await this.moveFocus('.summary');
  }

  private renderPin(): TemplateResult {
    return html`<form part="form" novalidate @submit=${this.unlock} aria-labelledby="pin-title">
      <h2 id="pin-title">${this.t('pinPrompt')}</h2>
      ${this.renderErrors()} ${this.renderField('pin', this.t('pin'), pinControl('off'))}
      <div class="actions">
        <button type="submit">${this.t('open')}</button>
        <button type="button" class="secondary" @click=${this.closeSettings}>${this.t('cancel')}</button>
      </div>
    </form>`;
  }

  private async saveSetup(event: Event): Promise<void> {
    event.preventDefault();
    const value = (field: string) =>
      this.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(field)}`)?.value.trim() ?? '';
    const officer = value('officer');
    const device = value('device');
    const resetAfter = Number(value('reset'));
    const pin = value('new-pin');
    const errors: Record<string, string> = {};
    if (!officer) errors.officer = this.t('officerRequired');
    if (device && !DEVICE_KEY.test(device)) errors.device = this.t('deviceInvalid');
    if (!Number.isInteger(resetAfter) || resetAfter < 3 || resetAfter > 120) errors.reset = this.t('resetInvalid');
    const needsPin = !this.kiosk?.hash;
    if (!pinSupported()) errors['new-pin'] = this.t('pinNeedsHttps');
    else if ((pin || needsPin) && !validPin(pin)) errors['new-pin'] = this.t('pinInvalid');
    else if (pin !== value('pin-repeat')) errors['pin-repeat'] = this.t('pinMismatch');
    this.errors = errors;
    if (Object.keys(errors).length) {
      await this.moveFocus('.summary');
      return;
    }
    this.kiosk = await saveKiosk(this.unit, { officer, device, resetAfter, pin }, this.kiosk);
    this.kioskView = 'rate';
  }

  /**
   * A field of the PIN or setup form: its label, hint and error above its control, which gets the id
   * `f-<field>` the error summary links to, `aria-invalid`, and the hint and error as its description.
   */
  private renderField(field: string, label: string, control: Control, hint = ''): TemplateResult {
    const id = fieldId(field);
    const error = this.errors[field];
    const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
    return html`<label class="field" for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
      ${control(id, error ? 'true' : 'false', describedBy || nothing)}`;
  }

  private renderSetup(): TemplateResult {
    const k = this.kiosk;
    return html`<form part="form" novalidate @submit=${this.saveSetup} aria-labelledby="setup-title">
      <h2 id="setup-title">${this.t('setupTitle')}</h2>
      <p class="muted">${this.t('setupIntro')}</p>
      ${this.renderErrors()}
      ${this.renderField(
        'officer',
        this.t('officer'),
        (id, invalid, describedBy) =>
          html`<input id=${id} type="text" autocomplete="off" maxlength="120" .value=${k?.officer ?? this.officer}
            aria-invalid=${invalid} aria-describedby=${describedBy} />`,
        this.t('officerHint'),
      )}
      ${this.renderField(
        'device',
        this.t('device'),
        (id, invalid, describedBy) =>
          html`<input id=${id} type="text" autocomplete="off" spellcheck="false" maxlength="100" .value=${k?.device ?? ''}
            aria-invalid=${invalid} aria-describedby=${describedBy} />`,
        this.t('deviceHint'),
      )}
      ${this.renderField(
        'reset',
        this.t('resetAfter'),
        (id, invalid, describedBy) =>
          html`<input id=${id} type="number" inputmode="numeric" min="3" max="120" .value=${String(k?.resetAfter ?? this.resetAfter)}
            aria-invalid=${invalid} aria-describedby=${describedBy} />`,
      )}
      ${this.renderField('new-pin', k?.hash ? this.t('pinNew') : this.t('pin'), pinControl('new-password'))}
      ${this.renderField('pin-repeat', this.t('pinRepeat'), pinControl('new-password'))}
      <div class="actions">
        <button type="submit">${this.t('save')}</button>
        ${k ? html`<button type="button" class="secondary" @click=${this.closeSettings}>${this.t('cancel')}</button>` : nothing}
        <button type="button" class="secondary" @click=${() => void document.documentElement.requestFullscreen?.().catch(() => {})}>
          ${this.t('fullscreen')}
        </button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-satisfaction-kiosk': SatisfactionKioskElement;
  }
}
