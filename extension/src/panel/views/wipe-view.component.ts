/** A forgotten passphrase: the officer may delete every profile (rules, settings and the log stay). */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ProfileStore } from '../../store/profile-store.js';
import { PanelView } from '../panel-view.js';

/**
 * @summary Confirms wiping the vault.
 * @event motcua-wiped - every profile and the key are gone.
 * @event motcua-cancel - back to unlocking.
 */
export class WipeView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;

  async #onWipe(): Promise<void> {
    await this.store?.wipe();
    this.emit('motcua-wiped');
  }

  override render() {
    const t = this.t;
    return html`
      <section aria-labelledby="wipe-heading">
        <h2 id="wipe-heading" tabindex="-1">${t.wipeHeading}</h2>
        <p class="warning"><strong>${t.wipeWarning}</strong></p>
        <button type="button" class="danger" id="wipe" @click=${this.#onWipe}>${t.wipeConfirm}</button>
        <button type="button" @click=${() => this.emit('motcua-cancel')}>${t.cancel}</button>
      </section>
    `;
  }
}
