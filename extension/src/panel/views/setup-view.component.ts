/** First use: the officer sets the vault's passphrase, warned that a forgotten one means wiping. */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProfileStore } from '../../store/profile-store.js';
import { PanelView } from '../panel-view.js';

/**
 * @summary Sets the passphrase of a new vault.
 * @event motcua-unlocked - the vault is set up and unlocked.
 */
export class SetupView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  @state() private busy = false;

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const pass = this.value('pass');
    if (pass.length < 8) return this.showErrors([{ id: 'pass', text: this.t.passphraseTooShort }]);
    if (pass !== this.value('pass2')) return this.showErrors([{ id: 'pass2', text: this.t.passphraseMismatch }]);
    this.busy = true;
    try {
      await this.store?.setPassphrase(pass);
      this.emit('motcua-unlocked');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    return html`
      ${this.renderErrors()}
      <form @submit=${this.#onSubmit} novalidate>
        <h2 tabindex="-1">${t.setupHeading}</h2>
        <p>${t.setupIntro}</p>
        <p class="warning"><strong>${t.setupWarning}</strong></p>
        <label for="pass">${t.passphrase}</label>
        <p class="hint" id="pass-hint">${t.passphraseHint}</p>
        ${this.error('pass')}
        <input
          id="pass"
          type="password"
          autocomplete="new-password"
          aria-describedby=${this.describedBy('pass', 'pass-hint')}
          aria-invalid=${this.invalid('pass')}
        />
        <label for="pass2">${t.passphraseConfirm}</label>
        ${this.error('pass2')}
        <input
          id="pass2"
          type="password"
          autocomplete="new-password"
          aria-describedby=${this.describedBy('pass2')}
          aria-invalid=${this.invalid('pass2')}
        />
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.setPassphrase}</button>
      </form>
    `;
  }
}
