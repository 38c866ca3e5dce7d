/**
 * The staff's page for help where people live: the unit's support points and teams (import from the
 * template, all or nothing, problems by line), home-visit requests with their workflow (assign a team,
 * schedule a time, close as done or could not help, with a note), and a team's list for one day, to
 * print. Every text citizens typed is shown as text.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SupportKind, SupportService, VisitStatus } from '@motcua/core';
import { KIND_LABELS, SERVICE_LABELS, VISIT_STATUS_LABELS } from '../support/labels.js';
import { type ApiError, api, upload } from './api.js';
import { adminStyles } from './styles.js';

interface PointRow {
  id: string;
  name: string;
  kind: SupportKind;
  address: string;
  phone: string;
  services: SupportService[];
}

interface VisitRow {
  id: string;
  receiptCode: string;
  name: string;
  phone: string;
  address: string;
  need: SupportService;
  details: string | null;
  preferredTime: string;
  status: VisitStatus;
  team: string | null;
  teamName: string | null;
  scheduledAt: string | null;
  note: string | null;
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
/** A Vietnam date, "YYYY-MM-DD", of an instant. */
const vnDate = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

@customElement('motcua-admin-support')
export class AdminSupport extends LitElement {
  static override styles = adminStyles;

  @property() unit = '';
  @state() private points: PointRow[] = [];
  @state() private visits: VisitRow[] = [];
  @state() private day = vnDate(Date.now());
  @state() private dayTeam = '';
  @state() private dayList: VisitRow[] | undefined;
  @state() private problem = '';
  @state() private problems: { line: number; message: { vi: string } }[] = [];
  @state() private notice = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}`;
  }

  private async run(task: () => Promise<void>) {
    this.problem = '';
    this.problems = [];
    try {
      await task();
    } catch (error) {
      const e = error as ApiError;
      this.notice = '';
      this.problem = [e.message?.vi, ...Object.values(e.fields ?? {}).map((m) => m.vi)].filter(Boolean).join(' ');
      this.problems = e.rows ?? [];
    }
  }

  private async load() {
    this.points = (await api<{ points: PointRow[] }>(`${this.base()}/support-points`)).points;
    this.visits = (await api<{ visits: VisitRow[] }>(`${this.base()}/home-visits`)).visits;
    this.dayTeam ||= this.points.find((p) => p.kind === 'to-cong-nghe-so')?.id ?? '';
  }

  private async importPoints(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<{ added: number; updated: number }>(`${this.base()}/support-points`, file);
      this.notice = `Đã nhập: thêm ${r.added} điểm, cập nhật ${r.updated} điểm.`;
      await this.load();
    });
    input.value = '';
  }

  /** One workflow step, from the controls in the request's row. */
  private async step(v: VisitRow, status: VisitStatus, row: HTMLElement) {
    const value = (name: string) => row.querySelector<HTMLInputElement>(`[name=${name}]`)?.value ?? '';
    const body: Record<string, unknown> = { status };
    if (status === 'da-phan-cong') body.team = value('team');
    if (status === 'da-hen') body.scheduledAt = value('at') ? new Date(`${value('at')}:00+07:00`).toISOString() : '';
    if (value('note')) body.note = value('note');
    await this.run(async () => {
      await api(`${this.base()}/home-visits/${v.id}`, { method: 'POST', body });
      this.notice = `${v.receiptCode}: ${VISIT_STATUS_LABELS[status].vi}.`;
      await this.load();
      if (this.dayList) await this.loadDay();
    });
  }

  private async loadDay() {
    await this.run(async () => {
      const r = await api<{ visits: VisitRow[] }>(
        `${this.base()}/support-points/${this.dayTeam}/visits?date=${this.day}`,
      );
      this.dayList = r.visits;
    });
  }

  override render() {
    return html`<h2>Hỗ trợ tại nhà và điểm hỗ trợ</h2>
      ${
        this.problem
          ? html`<div class="error-summary" role="alert"><p class="error">${this.problem}</p>
        ${this.problems.length ? html`<ul>${this.problems.map((p) => html`<li>Dòng ${p.line}: ${p.message.vi}</li>`)}</ul>` : nothing}</div>`
          : nothing
      }
      <p role="status" class="ok">${this.notice}</p>
      ${this.renderVisits()} ${this.renderDay()} ${this.renderPoints()}`;
  }

  private renderVisits() {
    const teams = this.points.filter((p) => p.kind === 'to-cong-nghe-so');
    return html`<h3>Đăng ký hỗ trợ tại nhà (${this.visits.length})</h3>
      <div class="scroll"><table>
        <thead><tr><th>Mã</th><th>Người đăng ký</th><th>Cần hỗ trợ</th><th>Trạng thái</th><th>Xử lý</th></tr></thead>
        <tbody>${this.visits.map((v) => {
          const closed = v.status === 'da-xong' || v.status === 'khong-ho-tro-duoc';
          return html`<tr>
            <td>${v.receiptCode}</td>
            <td>${v.name}<br />${v.phone}<br /><span class="content">${v.address}</span></td>
            <td>${SERVICE_LABELS[v.need].vi}<br /><span class="muted">${v.preferredTime}</span>
              ${v.details ? html`<p class="content">${v.details}</p>` : nothing}</td>
            <td class="status">${VISIT_STATUS_LABELS[v.status].vi}${v.teamName ? html`<br />${v.teamName}` : nothing}
              ${v.scheduledAt ? html`<br />${when(v.scheduledAt)}` : nothing}${v.note ? html`<p class="content">${v.note}</p>` : nothing}</td>
            <td>${
              closed
                ? nothing
                : html`<div class="actions">
              <label>Tổ hỗ trợ <select name="team">${teams.map((t) => html`<option value=${t.id} ?selected=${t.id === v.team}>${t.name}</option>`)}</select></label>
              <button type="button" @click=${(e: Event) => this.step(v, 'da-phan-cong', (e.target as HTMLElement).closest('td') as HTMLElement)}>Phân công</button>
              ${
                v.status === 'moi'
                  ? nothing
                  : html`<label>Giờ hẹn <input name="at" type="datetime-local" /></label>
                <button type="button" @click=${(e: Event) => this.step(v, 'da-hen', (e.target as HTMLElement).closest('td') as HTMLElement)}>Hẹn lịch</button>`
              }
              <label>Ghi chú <input name="note" type="text" /></label>
              ${v.status === 'da-hen' ? html`<button type="button" @click=${(e: Event) => this.step(v, 'da-xong', (e.target as HTMLElement).closest('td') as HTMLElement)}>Đã hỗ trợ xong</button>` : nothing}
              <button type="button" @click=${(e: Event) => this.step(v, 'khong-ho-tro-duoc', (e.target as HTMLElement).closest('td') as HTMLElement)}>Không hỗ trợ được</button>
            </div>`
            }</td>
          </tr>`;
        })}</tbody>
      </table></div>`;
  }

  private renderDay() {
    return html`<h3>Lịch của tổ trong ngày</h3>
      <div class="row">
        <div><label for="day-team">Tổ</label>
          <select id="day-team" @change=${(e: Event) => (this.dayTeam = (e.target as HTMLSelectElement).value)}>
          ${this.points.map((p) => html`<option value=${p.id} ?selected=${p.id === this.dayTeam}>${p.name}</option>`)}</select></div>
        <div><label for="day-date">Ngày</label>
          <input id="day-date" type="date" .value=${this.day} @change=${(e: Event) => (this.day = (e.target as HTMLInputElement).value)} /></div>
        <button type="button" @click=${this.loadDay}>Xem lịch</button>
        ${this.dayList ? html`<button type="button" @click=${() => window.print()}>In</button>` : nothing}
      </div>
      ${
        this.dayList
          ? html`<table>
        <thead><tr><th>Giờ</th><th>Người cần hỗ trợ</th><th>Địa chỉ</th><th>Việc</th></tr></thead>
        <tbody>${this.dayList.map(
          (v) => html`<tr><td>${v.scheduledAt ? when(v.scheduledAt) : ''}</td><td>${v.name}<br />${v.phone}</td>
          <td class="content">${v.address}</td><td>${SERVICE_LABELS[v.need].vi}${v.details ? html`<p class="content">${v.details}</p>` : nothing}</td></tr>`,
        )}</tbody>
      </table>${this.dayList.length ? nothing : html`<p>Không có lịch hẹn trong ngày.</p>`}`
          : nothing
      }`;
  }

  private renderPoints() {
    return html`<h3>Điểm hỗ trợ và tổ công nghệ số (${this.points.length})</h3>
      <div class="row">
        <label>Nhập từ tệp XLSX hoặc CSV
          <input type="file" accept=".xlsx,.csv" @change=${(e: Event) => this.importPoints(e.target as HTMLInputElement)} /></label>
        <a href="/api/v1/admin/support-points-template.xlsx">Tải tệp mẫu</a>
      </div>
      <div class="scroll"><table>
        <thead><tr><th>Tên</th><th>Loại</th><th>Địa chỉ</th><th>Hỗ trợ</th><th>Điện thoại</th></tr></thead>
        <tbody>${this.points.map(
          (p) => html`<tr><td>${p.name}</td><td>${KIND_LABELS[p.kind].vi}</td><td>${p.address}</td>
          <td>${p.services.map((s) => SERVICE_LABELS[s].vi).join(', ')}</td><td>${p.phone}</td></tr>`,
        )}</tbody>
      </table></div>`;
  }
}
