/**
 * The feedback inbox (phản ánh, kiến nghị): the unit's items filtered by status or searched, one item's
 * detail with its attachments and history, and the move to a next status of the one workflow
 * (feedback/workflow.ts, as the server enforces it) with a public answer and an internal note.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type FeedbackStatus, NEXT_STATUSES, STATUS_LABELS } from '../feedback/workflow.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { FeedbackDetail, FeedbackRow } from './api-types.js';
import { dateTime, pick, t } from './i18n.js';
import { tableHead } from './table-head.js';

const status = (s: string) => (s in STATUS_LABELS ? pick(STATUS_LABELS[s as FeedbackStatus]) : s);
const next = (s: string): readonly string[] => NEXT_STATUSES[s as FeedbackStatus] ?? [];

@customElement('motcua-admin-inbox')
export class AdminInbox extends AdminView {
  @property() unit = '';
  @state() private feedback: FeedbackRow[] = [];
  @state() private selected?: FeedbackDetail;
  @state() private filter = '';
  @state() private query = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/feedback`;
  }

  private async load() {
    const params = new URLSearchParams();
    if (this.filter) params.set('status', this.filter);
    if (this.query) params.set('q', this.query);
    this.feedback = await api<FeedbackRow[]>(`${this.base()}?${params}`);
  }

  private async open(id: string) {
    await this.run(async () => {
      this.selected = await api<FeedbackDetail>(`${this.base()}/${id}`);
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#chi-tiet')?.focus();
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const item = this.selected;
    if (!item) return;
    const data = new FormData(e.target as HTMLFormElement);
    await this.run(async () => {
      await api(`${this.base()}/${item.id}`, {
        method: 'POST',
        body: {
          status: data.get('status'),
          answer: data.get('answer') || undefined,
          note: data.get('note') || undefined,
        },
      });
      this.selected = await api<FeedbackDetail>(`${this.base()}/${item.id}`);
      await this.load();
      this.notice = t('saved');
    }, true);
  }

  override render() {
    return html`
      <h2>${t('inbox.title')}</h2>
      ${this.renderOutcome()}
      <form class="row" @submit=${(e: Event) => {
        e.preventDefault();
        void this.run(() => this.load());
      }}>
        <div>
          <label for="loc-trang-thai">${t('inbox.status')}</label>
          <select id="loc-trang-thai" @change=${(e: Event) => {
            this.filter = (e.target as HTMLSelectElement).value;
            void this.run(() => this.load());
          }}>
            <option value="">${t('inbox.all')}</option>
            ${Object.keys(STATUS_LABELS).map((k) => html`<option value=${k} ?selected=${this.filter === k}>${status(k)}</option>`)}
          </select>
        </div>
        <div>
          <label for="tim">${t('inbox.search')}</label>
          <input id="tim" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit">${t('inbox.find')}</button>
      </form>
      <table>
        <caption class="muted">${t('inbox.count', { n: this.feedback.length })}</caption>
        ${tableHead([t('inbox.code'), t('inbox.sent'), t('inbox.sender'), t('inbox.subject'), t('inbox.status')])}
        <tbody>
          ${this.feedback.map(
            (f) => html`<tr>
              <td><button type="button" @click=${() => this.open(f.id)}>${f.receiptCode}</button></td>
              <td>${dateTime(f.createdAt)}</td>
              <td>${f.name}</td>
              <td class="content">${f.subject ?? f.excerpt}</td>
              <td class="status">${status(f.status)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.selected ? this.renderDetail(this.selected) : nothing}
    `;
  }

  private renderDetail(f: FeedbackDetail) {
    return html`<section class="panel" id="chi-tiet" tabindex="-1" aria-labelledby="tieu-de-chi-tiet">
      <h2 id="tieu-de-chi-tiet">${t('inbox.item', { code: f.receiptCode })}</h2>
      <dl>
        <dt>${t('inbox.sender')}</dt><dd>${f.name} — ${f.phone}${f.email ? html` — ${f.email}` : nothing}</dd>
        ${f.address ? html`<dt>${t('inbox.address')}</dt><dd>${f.address}</dd>` : nothing}
        ${f.subject ? html`<dt>${t('inbox.subjectOnly')}</dt><dd>${f.subject}</dd>` : nothing}
        ${f.procedure ? html`<dt>${t('inbox.procedure')}</dt><dd>${f.procedure}</dd>` : nothing}
        <dt>${t('inbox.content')}</dt><dd class="content" data-testid="feedback-content">${f.content}</dd>
        <dt>${t('inbox.publish')}</dt><dd>${f.publishConsent ? t('inbox.publishYes') : t('inbox.publishNo')}</dd>
      </dl>
      ${
        f.attachments.length
          ? html`<h3>${t('inbox.attachments')}</h3><ul>${f.attachments.map(
              (a) =>
                html`<li><a href="/api/v1/admin/units/${encodeURIComponent(this.unit)}/attachments/${a.id}" download>${a.name}</a> (${Math.ceil(a.size / 1024)} KB)</li>`,
            )}</ul>`
          : nothing
      }
      <h3>${t('inbox.history')}</h3>
      <ol>${f.history.map((h) => html`<li>${dateTime(h.at)} — ${status(h.status)}${h.actor ? html` (${h.actor})` : nothing}${h.note ? html`: ${h.note}` : nothing}</li>`)}</ol>
      <form @submit=${this.save}>
        <label for="status">${t('inbox.move')}</label>
        <select id="status" name="status">
          <option value=${f.status}>${t('inbox.keep', { status: status(f.status) })}</option>
          ${next(f.status).map((s) => html`<option value=${s}>${status(s)}</option>`)}
        </select>
        <label for="answer">${t('inbox.answer')}</label>
        <textarea id="answer" name="answer" .value=${f.answer ?? ''}></textarea>
        <label for="note">${t('inbox.note')}</label>
        <input id="note" name="note" />
        <p><button class="primary" type="submit">${t('save')}</button></p>
      </form>
    </section>`;
  }
}
