/**
 * The staff admin pages (/admin): sign-in, the feedback inbox with the status workflow and public
 * answers, the satisfaction dashboard, the campaign editor with schedule preview and counts, and
 * periodic report downloads. Vietnamese first; user text only ever goes through Lit text bindings.
 */
import { html, LitElement, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type ApiError, api, setCsrf } from './api.js';
import './contests-view.js';
import './support-view.js';
import './dossiers-view.js';
import './kiosks-view.js';
import './province-view.js';
import { currentPeriod, type PeriodChoice, periodQuery } from './period-picker.js';
import { DASHBOARD_LABELS } from '../reports/publicity-labels.js';
import './search-view.js';
import type { CampaignRow, Dashboard, FeedbackDetail, FeedbackRow, Me, Period } from './api-types.js';
import { adminStyles } from './styles.js';
import { NEXT_STATUSES, STATUS_LABELS } from '../feedback/workflow.js';

/** Labels and moves of the one feedback workflow (feedback/workflow.ts), as the server enforces it. */
const STATUS: Record<string, string> = Object.fromEntries(
  Object.entries(STATUS_LABELS).map(([status, label]) => [status, label.vi]),
);
const NEXT: Record<string, readonly string[]> = NEXT_STATUSES;
type OnTimeLine = Dashboard['dossiers']['byMonth'][number];
const ONTIME_HEADS = ['Số hồ sơ có kết quả', 'Đúng hạn'];
/** On-time lines in the shape the bar tables draw. */
const onTimeRows = (rows: OnTimeLine[]): Extract<Period, { key: string }>[] =>
  rows.map((r) => ({ key: r.key, total: r.resolved, satisfied: r.onTime, satisfiedRate: r.onTimeRate }));
const fmtDate = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
type View =
  | 'inbox'
  | 'dashboard'
  | 'campaigns'
  | 'contests'
  | 'support'
  | 'dossiers'
  | 'kiosks'
  | 'search'
  | 'reports'
  | 'province';
const L = DASHBOARD_LABELS.vi;

@customElement('motcua-admin-app')
export class AdminApp extends LitElement {
  static override styles = adminStyles;

  @state() private me?: Me;
  @state() private unit = '';
  @state() private view: View = 'inbox';
  @state() private error?: ApiError;
  @state() private notice = '';
  @state() private loading = true;
  @state() private feedback: FeedbackRow[] = [];
  @state() private selected?: FeedbackDetail;
  @state() private filter = '';
  @state() private query = '';
  @state() private dash?: Dashboard;
  @state() private year = new Date().getFullYear();
  @state() private campaigns: CampaignRow[] = [];
  @state() private editing?: Partial<CampaignRow>;
  @state() private publicity: PeriodChoice = currentPeriod('quarter');

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadMe();
  }

  private async loadMe() {
    try {
      this.me = await api<Me>('/me');
      setCsrf(this.me.csrfToken);
      this.unit = this.me.units[0]?.code ?? '';
      // A province account starts on its wards' ranking.
      await this.show(this.me.role === 'province' && this.me.province ? 'province' : this.view);
    } catch {
      this.me = undefined;
    } finally {
      this.loading = false;
    }
  }

  private async login(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    try {
      this.error = undefined;
      const r = await api<{ csrfToken: string }>('/login', {
        method: 'POST',
        body: { email: data.get('email'), password: data.get('password') },
      });
      setCsrf(r.csrfToken);
      await this.loadMe();
    } catch (err) {
      this.error = err as ApiError;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  private async logout() {
    await api('/logout', { method: 'POST' }).catch(() => undefined);
    this.me = undefined;
  }

  private async show(view: View) {
    this.view = view;
    this.error = undefined;
    this.notice = '';
    try {
      if (view === 'inbox') await this.loadFeedback();
      if (view === 'dashboard')
        this.dash = await api<Dashboard>(`/units/${this.unit}/dashboard?period=year&year=${this.year}`);
      if (view === 'campaigns') this.campaigns = await api<CampaignRow[]>(`/units/${this.unit}/campaigns`);
    } catch (err) {
      this.error = err as ApiError;
    }
  }

  private async loadFeedback() {
    const params = new URLSearchParams();
    if (this.filter) params.set('status', this.filter);
    if (this.query) params.set('q', this.query);
    this.feedback = await api<FeedbackRow[]>(`/units/${this.unit}/feedback?${params}`);
  }

  private async open(id: string) {
    this.selected = await api<FeedbackDetail>(`/units/${this.unit}/feedback/${id}`);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#chi-tiet')?.focus();
  }

  private async saveFeedback(e: SubmitEvent) {
    e.preventDefault();
    if (!this.selected) return;
    const data = new FormData(e.target as HTMLFormElement);
    try {
      this.error = undefined;
      await api(`/units/${this.unit}/feedback/${this.selected.id}`, {
        method: 'POST',
        body: {
          status: data.get('status'),
          answer: data.get('answer') || undefined,
          note: data.get('note') || undefined,
        },
      });
      this.notice = 'Đã lưu.';
      await this.open(this.selected.id);
      await this.loadFeedback();
    } catch (err) {
      this.error = err as ApiError;
    }
  }

  private async saveCampaign(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const local = (v: FormDataEntryValue | null) => (v ? `${v}:00+07:00` : undefined);
    const body = {
      title: data.get('title'),
      text: data.get('text') || undefined,
      linkUrl: data.get('linkUrl') || undefined,
      linkText: data.get('linkText') || undefined,
      startsAt: local(data.get('startsAt')),
      endsAt: local(data.get('endsAt')),
      priority: Number(data.get('priority') || 0),
      targetPages: String(data.get('targetPages') || '')
        .split(/[\s,]+/)
        .filter(Boolean),
    };
    try {
      this.error = undefined;
      const id = this.editing?.id;
      await api(`/units/${this.unit}/campaigns${id ? `/${id}` : ''}`, { method: id ? 'PUT' : 'POST', body });
      this.editing = undefined;
      this.notice = 'Đã lưu chiến dịch.';
      this.campaigns = await api<CampaignRow[]>(`/units/${this.unit}/campaigns`);
    } catch (err) {
      this.error = err as ApiError;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  private async deleteCampaign(c: CampaignRow) {
    if (!confirm(`Xóa chiến dịch "${c.title}"?`)) return;
    await api(`/units/${this.unit}/campaigns/${c.id}`, { method: 'DELETE' });
    this.campaigns = await api<CampaignRow[]>(`/units/${this.unit}/campaigns`);
  }

  private errorSummary() {
    if (!this.error) return nothing;
    const fields = Object.entries(this.error.fields ?? {});
    return html`<div class="error-summary" role="alert" tabindex="-1">
      <p class="error">${this.error.message.vi}</p>
      ${
        fields.length
          ? html`<ul>
            ${fields.map(([k, m]) => html`<li><a href="#${k}">${m.vi}</a></li>`)}
          </ul>`
          : nothing
      }
    </div>`;
  }

  override render() {
    if (this.loading) return html`<p role="status">Đang tải…</p>`;
    if (!this.me) return this.renderLogin();
    const unitName = this.me.units.find((u) => u.code === this.unit)?.name ?? this.unit;
    const tab = (v: View, label: string) =>
      html`<button type="button" aria-current=${this.view === v ? 'page' : 'false'} @click=${() => this.show(v)}>${label}</button>`;
    return html`
      <header>
        <h1>Quản trị — ${unitName}</h1>
        <div class="row">
          ${
            this.me.units.length > 1
              ? html`<label>Đơn vị
                <select @change=${(e: Event) => {
                  this.unit = (e.target as HTMLSelectElement).value;
                  void this.show(this.view);
                }}>
                  ${this.me.units.map((u) => html`<option value=${u.code} ?selected=${u.code === this.unit}>${u.name}</option>`)}
                </select></label>`
              : nothing
          }
          <span class="muted">${this.me.name} (${this.me.email})</span>
          <button type="button" @click=${this.logout}>Đăng xuất</button>
        </div>
      </header>
      <nav aria-label="Chức năng quản trị">
        ${tab('inbox', 'Phản ánh, kiến nghị')} ${tab('dashboard', 'Mức độ hài lòng')} ${tab('campaigns', 'Chiến dịch tuyên truyền')}
        ${tab('contests', 'Cuộc thi trực tuyến')} ${tab('support', 'Hỗ trợ tại nhà')} ${tab('dossiers', 'Hồ sơ')}
        ${tab('kiosks', 'Thiết bị tại quầy')} ${tab('search', 'Tìm kiếm không thấy')} ${tab('reports', 'Báo cáo định kỳ')} ${this.me.role === 'province' && this.me.province ? tab('province', L.tab) : nothing}
      </nav>
      <main>
        ${this.errorSummary()}
        <p role="status" class="ok">${this.notice}</p>
        ${this.view === 'inbox' ? this.renderInbox() : nothing} ${this.view === 'dashboard' ? this.renderDashboard() : nothing}
        ${this.view === 'campaigns' ? this.renderCampaigns() : nothing} ${this.view === 'reports' ? this.renderReports() : nothing}
        ${this.view === 'contests' ? html`<motcua-admin-contests .unit=${this.unit}></motcua-admin-contests>` : nothing}
        ${this.view === 'support' ? html`<motcua-admin-support .unit=${this.unit}></motcua-admin-support>` : nothing}
        ${this.view === 'dossiers' ? html`<motcua-admin-dossiers .unit=${this.unit}></motcua-admin-dossiers>` : nothing}
        ${this.view === 'kiosks' ? html`<motcua-admin-kiosks .unit=${this.unit}></motcua-admin-kiosks>` : nothing}
        ${this.view === 'province' ? html`<motcua-admin-province .province=${this.me.province ?? ''}></motcua-admin-province>` : nothing}
        ${this.view === 'search' ? html`<motcua-admin-search .unit=${this.unit}></motcua-admin-search>` : nothing}
      </main>
    `;
  }

  private renderLogin() {
    return html`<main>
      <h1>Đăng nhập quản trị</h1>
      ${this.errorSummary()}
      <form @submit=${this.login} novalidate>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required />
        <label for="password">Mật khẩu</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <p><button class="primary" type="submit">Đăng nhập</button></p>
      </form>
    </main>`;
  }

  private renderInbox() {
    return html`
      <h2>Phản ánh, kiến nghị</h2>
      <form class="row" @submit=${(e: Event) => {
        e.preventDefault();
        void this.loadFeedback();
      }}>
        <div>
          <label for="loc-trang-thai">Trạng thái</label>
          <select id="loc-trang-thai" @change=${(e: Event) => {
            this.filter = (e.target as HTMLSelectElement).value;
            void this.loadFeedback();
          }}>
            <option value="">Tất cả</option>
            ${Object.entries(STATUS).map(([k, v]) => html`<option value=${k} ?selected=${this.filter === k}>${v}</option>`)}
          </select>
        </div>
        <div>
          <label for="tim">Tìm theo nội dung, người gửi, mã</label>
          <input id="tim" type="search" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit">Tìm</button>
      </form>
      <table>
        <caption class="muted">${this.feedback.length} phản ánh</caption>
        <thead><tr><th scope="col">Mã</th><th scope="col">Ngày gửi</th><th scope="col">Người gửi</th><th scope="col">Tiêu đề / nội dung</th><th scope="col">Trạng thái</th></tr></thead>
        <tbody>
          ${this.feedback.map(
            (f) => html`<tr>
              <td><button type="button" @click=${() => this.open(f.id)}>${f.receiptCode}</button></td>
              <td>${fmtDate(f.createdAt)}</td>
              <td>${f.name}</td>
              <td class="content">${f.subject ?? f.excerpt}</td>
              <td class="status">${STATUS[f.status] ?? f.status}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${this.selected ? this.renderDetail(this.selected) : nothing}
    `;
  }

  private renderDetail(f: FeedbackDetail) {
    return html`<section class="panel" id="chi-tiet" tabindex="-1" aria-labelledby="tieu-de-chi-tiet">
      <h2 id="tieu-de-chi-tiet">Phản ánh ${f.receiptCode}</h2>
      <dl>
        <dt>Người gửi</dt><dd>${f.name} — ${f.phone}${f.email ? html` — ${f.email}` : nothing}</dd>
        ${f.address ? html`<dt>Địa chỉ</dt><dd>${f.address}</dd>` : nothing}
        ${f.subject ? html`<dt>Tiêu đề</dt><dd>${f.subject}</dd>` : nothing}
        ${f.procedure ? html`<dt>Thủ tục liên quan</dt><dd>${f.procedure}</dd>` : nothing}
        <dt>Nội dung</dt><dd class="content" data-testid="feedback-content">${f.content}</dd>
        <dt>Công khai câu trả lời</dt><dd>${f.publishConsent ? 'Người gửi đồng ý' : 'Người gửi không đồng ý'}</dd>
      </dl>
      ${
        f.attachments.length
          ? html`<h3>Tệp đính kèm</h3><ul>${f.attachments.map(
              (a) =>
                html`<li><a href="/api/v1/admin/units/${this.unit}/attachments/${a.id}" download>${a.name}</a> (${Math.ceil(a.size / 1024)} KB)</li>`,
            )}</ul>`
          : nothing
      }
      <h3>Lịch sử xử lý</h3>
      <ol>${f.history.map((h) => html`<li>${fmtDate(h.at)} — ${STATUS[h.status] ?? h.status}${h.actor ? html` (${h.actor})` : nothing}${h.note ? html`: ${h.note}` : nothing}</li>`)}</ol>
      <form @submit=${this.saveFeedback}>
        <label for="status">Chuyển trạng thái</label>
        <select id="status" name="status">
          <option value=${f.status}>${STATUS[f.status]} (giữ nguyên)</option>
          ${(NEXT[f.status] ?? []).map((s) => html`<option value=${s}>${STATUS[s]}</option>`)}
        </select>
        <label for="answer">Trả lời công khai</label>
        <textarea id="answer" name="answer" .value=${f.answer ?? ''}></textarea>
        <label for="note">Ghi chú nội bộ</label>
        <input id="note" name="note" />
        <p><button class="primary" type="submit">Lưu</button></p>
      </form>
    </section>`;
  }

  private bars<P extends Period>(rows: P[], label: (p: P) => string, heads = ['Số đánh giá', 'Hài lòng trở lên']) {
    const width = 320;
    return html`<table>
      <thead><tr><th scope="col">Kỳ</th><th scope="col">${heads[0]}</th><th scope="col">${heads[1]}</th><th scope="col">Tỷ lệ</th><th scope="col" aria-hidden="true">Biểu đồ</th></tr></thead>
      <tbody>${rows.map(
        (
          p,
        ) => html`<tr><th scope="row">${label(p)}</th><td>${p.total}</td><td>${p.satisfied}</td><td>${pct(p.satisfiedRate)}</td>
          <td aria-hidden="true"><svg class="bars" viewBox="0 0 ${width} 16" preserveAspectRatio="none" role="presentation">${svg`<rect class="bar" x="0" y="2" height="12" width=${Math.round(p.satisfiedRate * width)}></rect>`}</svg></td></tr>`,
      )}</tbody>
    </table>`;
  }

  private renderDashboard() {
    const d = this.dash;
    return html`
      <h2>Mức độ hài lòng năm ${this.year}</h2>
      <div class="row">
        <div><label for="nam">Năm</label><input id="nam" type="number" min="2020" max="2100" .value=${String(this.year)}
          @change=${(e: Event) => {
            this.year = Number((e.target as HTMLInputElement).value);
            void this.show('dashboard');
          }} /></div>
      </div>
      ${
        d
          ? html`<p><strong>${pct(d.satisfiedRate)}</strong> hài lòng trở lên trên tổng số <strong>${d.total}</strong> đánh giá.</p>
            <h3>Theo tháng</h3>${this.bars(d.byMonth, (p) => p.period ?? '')}
            <h3>Theo quý</h3>${this.bars(d.byQuarter, (p) => p.period ?? '')}
            <h3>Theo thủ tục</h3>${this.bars(d.byProcedure, (p) => p.key || '(không ghi)')}
            <h3>Theo cán bộ</h3>${this.bars(d.byOfficer, (p) => p.key || '(không ghi)')}
            <h3>Theo tiêu chí</h3>
            <table><thead><tr><th scope="col">Tiêu chí</th><th scope="col">Số lượt chấm</th><th scope="col">Điểm trung bình</th></tr></thead>
              <tbody>${d.criteria.map((c) => html`<tr><th scope="row">${c.criterion}</th><td>${c.count}</td><td>${c.average}</td></tr>`)}</tbody></table>
            <h2>Hồ sơ giải quyết đúng hạn</h2>
            <p><strong>${pct(d.dossiers.onTimeRate)}</strong> đúng hạn trên <strong>${d.dossiers.resolved}</strong> hồ sơ có kết quả.</p>
            <h3>Đúng hạn theo tháng</h3>${this.bars(onTimeRows(d.dossiers.byMonth), (p) => p.key, ONTIME_HEADS)}
            <h3>Đúng hạn theo thủ tục</h3>${this.bars(onTimeRows(d.dossiers.byProcedure), (p) => p.key || '(không ghi)', ONTIME_HEADS)}`
          : nothing
      }
    `;
  }

  private schedule(c: Pick<CampaignRow, 'startsAt' | 'endsAt'>) {
    const now = Date.now();
    if (now < Date.parse(c.startsAt)) return 'Sắp chạy';
    if (now > Date.parse(c.endsAt)) return 'Đã kết thúc';
    return 'Đang hiển thị';
  }

  private renderCampaigns() {
    const e = this.editing;
    const local = (iso?: string) => (iso ? new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 16) : '');
    return html`
      <h2>Chiến dịch tuyên truyền</h2>
      <table>
        <thead><tr><th scope="col">Tiêu đề</th><th scope="col">Thời gian (giờ Việt Nam)</th><th scope="col">Lịch</th><th scope="col">Ưu tiên</th>
          <th scope="col">Lượt hiển thị</th><th scope="col">Lượt nhấn</th><th scope="col">Tỷ lệ nhấn</th><th scope="col">Thao tác</th></tr></thead>
        <tbody>${this.campaigns.map(
          (c) => html`<tr>
            <td>${c.title}</td><td>${fmtDate(c.startsAt)} – ${fmtDate(c.endsAt)}</td><td>${this.schedule(c)}</td><td>${c.priority}</td>
            <td data-testid="impressions">${c.impressions}</td><td data-testid="clicks">${c.clicks}</td><td>${pct(c.clickThrough)}</td>
            <td><button type="button" @click=${() => (this.editing = { ...c })}>Sửa</button>
              <button type="button" @click=${() => this.deleteCampaign(c)}>Xóa</button></td>
          </tr>`,
        )}</tbody>
      </table>
      <p><button type="button" @click=${() => (this.editing = {})}>Thêm chiến dịch</button></p>
      ${
        e
          ? html`<form class="panel" @submit=${this.saveCampaign} novalidate>
            <h3>${e.id ? 'Sửa chiến dịch' : 'Chiến dịch mới'}</h3>
            <label for="title">Tiêu đề</label><input id="title" name="title" .value=${e.title ?? ''} required />
            <label for="text">Nội dung ngắn</label><textarea id="text" name="text" .value=${e.text ?? ''}></textarea>
            <label for="linkUrl">Liên kết (https://… hoặc /đường-dẫn)</label><input id="linkUrl" name="linkUrl" .value=${e.linkUrl ?? ''} />
            <label for="linkText">Chữ trên nút</label><input id="linkText" name="linkText" .value=${e.linkText ?? ''} />
            <label for="startsAt">Bắt đầu</label><input id="startsAt" name="startsAt" type="datetime-local" .value=${local(e.startsAt)} required />
            <label for="endsAt">Kết thúc</label><input id="endsAt" name="endsAt" type="datetime-local" .value=${local(e.endsAt)} required />
            <label for="priority">Ưu tiên (0–100)</label><input id="priority" name="priority" type="number" min="0" max="100" .value=${String(e.priority ?? 0)} />
            <label for="targetPages">Trang hiển thị (để trống = mọi trang; ví dụ /thu-tuc*)</label>
            <input id="targetPages" name="targetPages" .value=${(e.targetPages ?? []).join(' ')} />
            <p><button class="primary" type="submit">Lưu chiến dịch</button> <button type="button" @click=${() => (this.editing = undefined)}>Hủy</button></p>
          </form>`
          : nothing
      }
    `;
  }

  private renderReports() {
    const link = (period: string, index: number, format: string) =>
      `/api/v1/admin/units/${this.unit}/report?period=${period}&year=${this.year}&index=${index}&format=${format}`;
    const month = new Date().getMonth() + 1;
    const quarter = Math.ceil(month / 3);
    const half = month <= 6 ? 1 : 2;
    const row = (label: string, period: string, index: number) =>
      html`<tr><th scope="row">${label}</th><td><a href=${link(period, index, 'xlsx')} download>Tải XLSX</a></td><td><a href=${link(period, index, 'csv')} download>Tải CSV</a></td></tr>`;
    const publicity = (format: string) =>
      `/api/v1/admin/units/${this.unit}/publicity?${periodQuery(this.publicity)}&format=${format}`;
    return html`<h2>Báo cáo định kỳ năm ${this.year}</h2>
      <table><thead><tr><th scope="col">Kỳ báo cáo</th><th scope="col">Excel</th><th scope="col">CSV</th></tr></thead>
        <tbody>${row(`Tháng ${month}`, 'month', month)} ${row(`Quý ${quarter}`, 'quarter', quarter)} ${row(`6 tháng (${half === 1 ? 'đầu năm' : 'cuối năm'})`, 'half', half)} ${row(`Năm ${this.year}`, 'year', 1)}</tbody></table>
      <h2>${L.unitReport}</h2>
      <motcua-period-picker .value=${this.publicity}
        @period-change=${(e: CustomEvent<PeriodChoice>) => {
          this.publicity = e.detail;
        }}></motcua-period-picker>
      <p><a href=${publicity('html')} target="_blank" rel="noopener">${L.printable}</a> ·
        <a href=${publicity('xlsx')} download>${L.xlsx}</a></p>`;
  }
}
