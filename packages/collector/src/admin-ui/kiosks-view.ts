/**
 * The staff's page of counter devices (Thiết bị đánh giá tại quầy): register a rating tablet to get its
 * key (shown once, to be typed into the tablet's settings), see the devices, revoke a lost one. Ratings
 * a registered device sends count as made at the counter in the published figures.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { KioskMade, KioskRow } from './api-types.js';
import { day, t } from './i18n.js';
import { tableHead } from './table-head.js';

@customElement('motcua-admin-kiosks')
export class AdminKiosks extends AdminView {
  @property() unit = '';
  @state() private kiosks: KioskRow[] = [];
  @state() private issued?: { name: string; key: string };

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/kiosks`;
  }

  private async load() {
    this.kiosks = await api<KioskRow[]>(this.base());
  }

  private async register(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    await this.run(async () => {
      const made = await api<KioskMade>(this.base(), { method: 'POST', body: { name } });
      this.issued = { name, key: made.key };
      form.reset();
      await this.load();
    }, true);
  }

  private async revoke(k: KioskRow) {
    if (!confirm(t('kiosks.confirmRevoke', { name: k.name }))) return;
    await this.run(async () => {
      await api(`${this.base()}/${k.id}`, { method: 'DELETE' });
      await this.load();
      this.notice = t('kiosks.revoked', { name: k.name });
    });
  }

  protected override fieldId(field: string) {
    return `kiosk-${field}`;
  }

  override render() {
    const nameError = this.fieldError('name');
    return html`
      <h2>${t('kiosks.title')}</h2>
      <p>${t('kiosks.intro')}</p>
      ${this.renderOutcome()}
      <form @submit=${this.register} novalidate>
        <label for="kiosk-name">${t('kiosks.name')}</label>
        ${nameError ? html`<p class="error" id="kiosk-name-error">${nameError}</p>` : nothing}
        <input id="kiosk-name" name="name" maxlength="80" required autocomplete="off"
          aria-invalid=${nameError ? 'true' : 'false'} aria-describedby=${nameError ? 'kiosk-name-error' : nothing} />
        <button type="submit" class="primary">${t('kiosks.register')}</button>
      </form>
      ${
        this.issued
          ? html`<div class="panel" role="status">
            <p>${t('kiosks.key', { name: this.issued.name })} <code data-testid="kiosk-key">${this.issued.key}</code></p>
            <p>${t('kiosks.howTo')}</p>
          </div>`
          : nothing
      }
      <h3>${t('kiosks.devices')}</h3>
      ${
        this.kiosks.length
          ? html`<div class="scroll"><table>
            ${tableHead([t('kiosks.device'), t('kiosks.issuedOn'), t('kiosks.state'), t('actions')])}
            <tbody>${this.kiosks.map(
              (k) => html`<tr><td>${k.name}</td><td>${day(k.createdAt)}</td>
                <td>${k.revokedAt ? t('kiosks.revokedOn', { date: day(k.revokedAt) }) : t('kiosks.inUse')}</td>
                <td>${k.revokedAt ? nothing : html`<button type="button" aria-label=${t('kiosks.revokeNamed', { name: k.name })} @click=${() => this.revoke(k)}>${t('kiosks.revoke')}</button>`}</td></tr>`,
            )}</tbody>
          </table></div>`
          : html`<p>${t('kiosks.none')}</p>`
      }
    `;
  }
}
