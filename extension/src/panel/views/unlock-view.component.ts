/** The locked vault: the officer unlocks it with the passphrase, or goes to wipe it when forgotten. */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type ProfileStore, WrongPassphraseError } from '../../store/profile-store.js';
import { PanelView } from '../panel-view.js';

/**
 * @summary Unlocks the vault.
 * @event motcua-unlocked - the passphrase was right.
 * @event motcua-forgot - the officer forgot the passphrase.
 */
export class UnlockView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  @state() private busy = false;

  async #onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    this.busy = true;
    this.say(this.t.unlocking);
    try {
      await this.store?.unlock(this.value('pass'));
      this.say('');
      this.emit('motcua-unlocked');
    } catch (err) {
      this.say('');
      if (!(err instanceof WrongPassphraseError)) throw err;
      this.showErrors([{ id: 'pass', text: this.t.wrongPassphrase }]);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t;
    return html`
      ${this.renderErrors()}
      <form @submit=${this.#onSubmit} novalidate>
        <h2 tabindex="-1">${t.unlockHeading}</h2>
        <label for="pass">${t.passphrase}</label>
        ${this.error('pass')}
        <input
          id="pass"
          type="password"
          autocomplete="current-password"
          aria-describedby=${this.describedBy('pass')}
          aria-invalid=${this.invalid('pass')}
        />
        <button type="submit" class="primary" ?disabled=${this.busy}>${t.unlock}</button>
        <button type="button" class="link" id="forgot" @click=${() => this.emit('motcua-forgot')}>${t.forgot}</button>
      </form>
    `;
  }
}
