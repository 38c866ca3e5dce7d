/**
 * The staff's dossier page: upload the one-stop system's export (problems by line, nothing imported
 * until every row is right), the column mapping saved for the unit, the machine token for provincial
 * IT (shown once), and the latest dossiers. Statuses are shown in the same plain words as the widget.
 */
import type { DossierMapping, DossierStatus } from '@motcua/core';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api, upload } from './api.js';
import type { DossierImport, DossierListRow, TokenMade } from './api-types.js';
import { type StringKey, t } from './i18n.js';
import { tableHead } from './table-head.js';

/** The mapping's fields, each with the label of its input. */
const FIELDS: [keyof DossierMapping, StringKey][] = [
  ['code', 'dossiers.field.code'],
  ['procedure', 'dossiers.field.procedure'],
  ['receivedAt', 'dossiers.field.receivedAt'],
  ['dueDate', 'dossiers.field.dueDate'],
  ['status', 'dossiers.field.status'],
  ['note', 'dossiers.field.note'],
  ['phone', 'dossiers.field.phone'],
  ['statusAt', 'dossiers.field.statusAt'],
];
const status = (s: string) => t(`dossiers.status.${s as DossierStatus}`);

@customElement('motcua-admin-dossiers')
export class AdminDossiers extends AdminView {
  @property() unit = '';
  @state() private dossiers: DossierListRow[] = [];
  @state() private mapping: Partial<DossierMapping> = {};
  @state() private token = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/dossiers`;
  }

  private async load() {
    this.dossiers = await api<DossierListRow[]>(this.base());
    this.mapping = await api<DossierMapping>(`${this.base()}/mapping`);
  }

  private async importExport(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<DossierImport>(`${this.base()}/import`, file);
      await this.load();
      this.notice = t('dossiers.imported', { ...r });
    });
    input.value = '';
  }

  private async saveMapping(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = Object.fromEntries(FIELDS.map(([f]) => [f, String(form.get(f) ?? '')]));
    await this.run(async () => {
      this.mapping = await api<DossierMapping>(`${this.base()}/mapping`, { method: 'PUT', body });
      this.notice = t('dossiers.mappingSaved');
    }, true);
  }

  private async newToken() {
    await this.run(async () => {
      this.token = (await api<TokenMade>(`${this.base()}/token`, { method: 'POST' })).token;
      this.notice = t('dossiers.tokenMade');
    });
  }

  protected override fieldId(field: string) {
    return `map-${field}`;
  }

  override render() {
    return html`
      <h2>${t('dossiers.title')}</h2>
      ${this.renderOutcome()}
      <h3>${t('dossiers.import')}</h3>
      <p>${t('dossiers.importHint')}</p>
      <label for="export">${t('dossiers.file')}</label>
      <input id="export" type="file" accept=".xlsx,.csv" @change=${(e: Event) => this.importExport(e.target as HTMLInputElement)} />
      <h3>${t('dossiers.mapping')}</h3>
      <form @submit=${this.saveMapping}>
        ${FIELDS.map(
          ([f, label]) => html`<label for="map-${f}">${t(label)}</label>
            <input id="map-${f}" name=${f} .value=${this.mapping[f] ?? ''} />`,
        )}
        <button type="submit">${t('dossiers.saveMapping')}</button>
      </form>
      <h3>${t('dossiers.machine')}</h3>
      <p>${t('dossiers.machineHint')} <code>PUT /api/v1/units/${this.unit}/dossiers</code></p>
      <button type="button" @click=${this.newToken}>${t('dossiers.newToken')}</button>
      ${this.token ? html`<p>${t('dossiers.token')} <code data-testid="token">${this.token}</code></p>` : nothing}
      <h3>${t('dossiers.latest')}</h3>
      <div class="scroll"><table>
        ${tableHead([t('dossiers.field.code'), t('dossiers.field.procedure'), t('dossiers.field.status'), t('dossiers.due')])}
        <tbody>${this.dossiers.map(
          (d) =>
            html`<tr><td>${d.code}</td><td>${d.procedure ?? ''}</td><td>${status(d.status)}</td><td>${d.dueDate}</td></tr>`,
        )}</tbody>
      </table></div>
    `;
  }
}
