/**
 * The staff's dossier page: upload the one-stop system's export (problems by line, nothing imported
 * until every row is right), the column mapping saved for the unit, the machine token for provincial
 * IT (shown once), and the latest dossiers. Statuses are shown in the same plain words as the widget.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ApiError, api, upload } from './api.js';
import { adminStyles } from './styles.js';

const STATUS: Record<string, string> = {
  'moi-tiep-nhan': 'Mới tiếp nhận',
  'dang-xu-ly': 'Đang xử lý',
  'yeu-cau-bo-sung': 'Yêu cầu bổ sung',
  'cho-tra-ket-qua': 'Chờ trả kết quả',
  'da-tra-ket-qua': 'Đã trả kết quả',
  'tu-choi': 'Từ chối',
  'rut-ho-so': 'Rút hồ sơ',
};

const FIELDS: [string, string][] = [
  ['code', 'Mã hồ sơ'],
  ['procedure', 'Mã thủ tục'],
  ['receivedAt', 'Ngày tiếp nhận'],
  ['dueDate', 'Ngày hẹn trả'],
  ['status', 'Trạng thái'],
  ['note', 'Ghi chú (giấy tờ cần bổ sung, lý do từ chối)'],
  ['phone', 'Số điện thoại'],
  ['statusAt', 'Ngày cập nhật trạng thái'],
];

interface DossierRow {
  code: string;
  procedure: string | null;
  status: string;
  dueDate: string;
  updatedAt: string;
}

@customElement('motcua-admin-dossiers')
export class AdminDossiers extends LitElement {
  static override styles = adminStyles;

  @property() unit = '';
  @state() private dossiers: DossierRow[] = [];
  @state() private mapping: Record<string, string> = {};
  @state() private token = '';
  @state() private problem = '';
  @state() private problems: NonNullable<ApiError['rows']> = [];
  @state() private notice = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/dossiers`;
  }

  private async run(task: () => Promise<void>) {
    this.problem = '';
    this.problems = [];
    this.notice = '';
    try {
      await task();
    } catch (error) {
      const e = error as ApiError;
      this.problem = e.message?.vi ?? 'Lỗi không xác định.';
      this.problems = e.rows ?? [];
    }
  }

  private async load() {
    this.dossiers = await api<DossierRow[]>(this.base());
    this.mapping = await api<Record<string, string>>(`${this.base()}/mapping`);
  }

  private async importExport(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<{ received: number; created: number; updated: number; unchanged: number }>(
        `${this.base()}/import`,
        file,
      );
      this.notice = `Đã đọc ${r.received} hồ sơ: ${r.created} mới, ${r.updated} cập nhật, ${r.unchanged} không đổi.`;
      await this.load();
    });
    input.value = '';
  }

  private async saveMapping(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = Object.fromEntries(FIELDS.map(([f]) => [f, String(form.get(f) ?? '')]));
    await this.run(async () => {
      this.mapping = await api<Record<string, string>>(`${this.base()}/mapping`, { method: 'PUT', body });
      this.notice = 'Đã lưu cách ghép cột.';
    });
  }

  private async newToken() {
    await this.run(async () => {
      this.token = (await api<{ token: string }>(`${this.base()}/token`, { method: 'POST' })).token;
      this.notice = 'Đã tạo mã truy cập mới; mã cũ (nếu có) không còn dùng được.';
    });
  }

  override render() {
    return html`
      <h2>Hồ sơ thủ tục hành chính</h2>
      ${
        this.problem
          ? html`<div class="error-summary" role="alert" tabindex="-1">
            <p class="error">${this.problem}</p>
            ${
              this.problems.length
                ? html`<ul>${this.problems.map(
                    (p) =>
                      html`<li>Dòng ${p.line}: ${
                        p.fields
                          ? Object.entries(p.fields)
                              .map(([col, m]) => `cột "${col}": ${m.vi}`)
                              .join('; ')
                          : p.message.vi
                      }</li>`,
                  )}</ul>`
                : nothing
            }
          </div>`
          : nothing
      }
      <p role="status" class="ok">${this.notice}</p>
      <h3>Nhập tệp xuất từ hệ thống một cửa</h3>
      <p>Tệp XLSX hoặc CSV; dòng đầu là tiêu đề cột. Nếu có dòng lỗi, chưa hồ sơ nào được nhập. Nhập lại cùng một tệp không làm thay đổi gì.</p>
      <label for="export">Tệp danh sách hồ sơ</label>
      <input id="export" type="file" accept=".xlsx,.csv" @change=${(e: Event) => this.importExport(e.target as HTMLInputElement)} />
      <h3>Cách ghép cột</h3>
      <form @submit=${this.saveMapping}>
        ${FIELDS.map(
          ([f, label]) => html`<label for="map-${f}">${label}</label>
            <input id="map-${f}" name=${f} .value=${this.mapping[f] ?? ''} />`,
        )}
        <button type="submit">Lưu cách ghép cột</button>
      </form>
      <h3>Kết nối tự động (cho Trung tâm công nghệ thông tin tỉnh)</h3>
      <p>Hệ thống của tỉnh gửi danh sách hồ sơ qua <code>PUT /api/v1/units/${this.unit}/dossiers</code> với mã truy cập này.</p>
      <button type="button" @click=${this.newToken}>Tạo mã truy cập mới</button>
      ${this.token ? html`<p>Mã truy cập (chỉ hiện một lần): <code data-testid="token">${this.token}</code></p>` : nothing}
      <h3>Hồ sơ cập nhật gần đây</h3>
      <div class="scroll"><table>
        <thead><tr><th scope="col">Mã hồ sơ</th><th scope="col">Mã thủ tục</th><th scope="col">Trạng thái</th><th scope="col">Hẹn trả</th></tr></thead>
        <tbody>${this.dossiers.map(
          (d) =>
            html`<tr><td>${d.code}</td><td>${d.procedure ?? ''}</td><td>${STATUS[d.status] ?? d.status}</td><td>${d.dueDate}</td></tr>`,
        )}</tbody>
      </table></div>
    `;
  }
}
