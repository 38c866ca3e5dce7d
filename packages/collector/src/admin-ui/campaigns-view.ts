/**
 * The campaign editor (chiến dịch tuyên truyền): the unit's campaigns with their schedule state and
 * counts (impressions, clicks, click-through), and the form that adds or edits one, in Vietnam time.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { CampaignRow } from './api-types.js';
import { dateTime, pct, t } from './i18n.js';
import { tableHead } from './table-head.js';
import { fromLocalInput, toLocalInput } from './vietnam-time.js';

@customElement('motcua-admin-campaigns')
export class AdminCampaigns extends AdminView {
  @property() unit = '';
  @state() private campaigns: CampaignRow[] = [];
  @state() private editing?: Partial<CampaignRow>;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/campaigns`;
  }

  private async load() {
    this.campaigns = await api<CampaignRow[]>(this.base());
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const body = {
      title: data.get('title'),
      text: data.get('text') || undefined,
      linkUrl: data.get('linkUrl') || undefined,
      linkText: data.get('linkText') || undefined,
      startsAt: fromLocalInput(data.get('startsAt')) || undefined,
      endsAt: fromLocalInput(data.get('endsAt')) || undefined,
      priority: Number(data.get('priority') || 0),
      targetPages: String(data.get('targetPages') || '')
        .split(/[\s,]+/)
        .filter(Boolean),
    };
    const id = this.editing?.id;
    await this.run(async () => {
      await api(`${this.base()}${id ? `/${id}` : ''}`, { method: id ? 'PUT' : 'POST', body });
      this.editing = undefined;
      await this.load();
      this.notice = t('campaigns.saved');
    }, true);
  }

  private async deleteCampaign(c: CampaignRow) {
    if (!confirm(t('campaigns.confirmDelete', { title: c.title }))) return;
    await this.run(async () => {
      await api(`${this.base()}/${c.id}`, { method: 'DELETE' });
      await this.load();
    });
  }

  private schedule(c: Pick<CampaignRow, 'startsAt' | 'endsAt'>) {
    const now = Date.now();
    if (now < Date.parse(c.startsAt)) return t('campaigns.upcoming');
    if (now > Date.parse(c.endsAt)) return t('campaigns.ended');
    return t('campaigns.showing');
  }

  override render() {
    return html`
      <h2>${t('campaigns.title')}</h2>
      ${this.renderOutcome()}
      <table>
        ${tableHead([
          t('campaigns.heading'),
          t('campaigns.time'),
          t('campaigns.schedule'),
          t('campaigns.priority'),
          t('campaigns.impressions'),
          t('campaigns.clicks'),
          t('campaigns.clickThrough'),
          t('actions'),
        ])}
        <tbody>${this.campaigns.map(
          (c) => html`<tr>
            <td>${c.title}</td><td>${dateTime(c.startsAt)} – ${dateTime(c.endsAt)}</td><td>${this.schedule(c)}</td><td>${c.priority}</td>
            <td data-testid="impressions">${c.impressions}</td><td data-testid="clicks">${c.clicks}</td><td>${pct(c.clickThrough)}</td>
            <td><button type="button" @click=${() => (this.editing = { ...c })}>${t('edit')}</button>
              <button type="button" @click=${() => this.deleteCampaign(c)}>${t('delete')}</button></td>
          </tr>`,
        )}</tbody>
      </table>
      <p><button type="button" @click=${() => (this.editing = {})}>${t('campaigns.add')}</button></p>
      ${this.editing ? this.renderForm(this.editing) : nothing}
    `;
  }

  private renderForm(e: Partial<CampaignRow>) {
    return html`<form class="panel" @submit=${this.save} novalidate>
      <h3>${e.id ? t('campaigns.editing') : t('campaigns.new')}</h3>
      <label for="title">${t('campaigns.heading')}</label><input id="title" name="title" .value=${e.title ?? ''} required />
      <label for="text">${t('campaigns.text')}</label><textarea id="text" name="text" .value=${e.text ?? ''}></textarea>
      <label for="linkUrl">${t('campaigns.linkUrl')}</label><input id="linkUrl" name="linkUrl" .value=${e.linkUrl ?? ''} />
      <label for="linkText">${t('campaigns.linkText')}</label><input id="linkText" name="linkText" .value=${e.linkText ?? ''} />
      <label for="startsAt">${t('campaigns.starts')}</label><input id="startsAt" name="startsAt" type="datetime-local" .value=${toLocalInput(e.startsAt)} required />
      <label for="endsAt">${t('campaigns.ends')}</label><input id="endsAt" name="endsAt" type="datetime-local" .value=${toLocalInput(e.endsAt)} required />
      <label for="priority">${t('campaigns.priorityRange')}</label><input id="priority" name="priority" type="number" min="0" max="100" .value=${String(e.priority ?? 0)} />
      <label for="targetPages">${t('campaigns.pages')}</label>
      <input id="targetPages" name="targetPages" .value=${(e.targetPages ?? []).join(' ')} />
      <p><button class="primary" type="submit">${t('campaigns.save')}</button> <button type="button" @click=${() => (this.editing = undefined)}>${t('cancel')}</button></p>
    </form>`;
  }
}
