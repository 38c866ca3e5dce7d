/**
 * The unlocked panel: scan and save profiles, the saved profiles (choose, keep, delete), the fill of the
 * portal form for the chosen one, and the settings. It holds the decrypted profiles only while shown.
 */
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { PageBridge } from '../../fill/protocol.js';
import type { ProfileStore, Settings, StoredProfile } from '../../store/profile-store.js';
import { format, PanelView } from '../panel-view.js';

/** @summary The unlocked staff panel. */
export class MainView extends PanelView {
  @property({ attribute: false }) store: ProfileStore | undefined;
  @property({ attribute: false }) bridge: PageBridge | undefined;
  @property({ attribute: false }) settings: Settings | undefined;
  @property({ attribute: false }) cameraScan: (() => Promise<string | undefined>) | undefined;
  @property({ attribute: false }) openCameraPermission: (() => void) | undefined;
  @property({ attribute: false }) addPortal: ((origin: string) => Promise<boolean>) | undefined;

  @state() private profiles: StoredProfile[] = [];
  @state() private selectedId = '';

  protected override focusAfterRender = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#reload();
  }

  async #reload(select?: string): Promise<void> {
    this.profiles = (await this.store?.listProfiles()) ?? [];
    if (select || !this.profiles.some((p) => p.id === this.selectedId))
      this.selectedId = select ?? this.profiles[0]?.id ?? '';
  }

  async #onSaved(e: CustomEvent<{ id: string }>): Promise<void> {
    await this.#reload(e.detail.id);
    await this.updateComplete;
    this.renderRoot.querySelector('motcua-fill-view')?.focusFill();
  }

  async #onPin(id: string, pinned: boolean): Promise<void> {
    await this.store?.setPinned(id, pinned);
    await this.#reload();
  }

  async #onDelete(id: string): Promise<void> {
    await this.store?.deleteProfile(id);
    await this.#reload();
    this.focusAfterRender = '#profiles-heading';
  }

  override render() {
    return html`
      <motcua-profile-editor
        lang=${this.lang}
        .store=${this.store}
        .expiryDays=${this.settings?.expiryDays ?? 30}
        .cameraScan=${this.cameraScan}
        .openCameraPermission=${this.openCameraPermission}
        @motcua-profile-saved=${this.#onSaved}
      ></motcua-profile-editor>
      ${this.#renderProfiles()}
      <motcua-fill-view
        lang=${this.lang}
        .store=${this.store}
        .bridge=${this.bridge}
        .profiles=${this.profiles}
        .selected=${this.profiles.find((p) => p.id === this.selectedId)}
      ></motcua-fill-view>
      <motcua-panel-settings
        lang=${this.lang}
        .store=${this.store}
        .settings=${this.settings}
        .addPortal=${this.addPortal}
        @motcua-profiles-imported=${() => this.#reload()}
      ></motcua-panel-settings>
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
                    <small>${p.pinned ? t.keptPinned : format(t.expires, { date: date(p.expiresAt) })}</small></span
                  >
                  <button
                    type="button"
                    aria-pressed=${p.id === this.selectedId ? 'true' : 'false'}
                    aria-label=${`${t.use}: ${p.profile.fullName}`}
                    @click=${() => {
                      this.selectedId = p.id;
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
}
