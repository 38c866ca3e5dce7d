/**
 * The staff page "Tìm kiếm không thấy" (issue 23): what the ward's citizens searched for and did not
 * find in a month, by count, and in one step the procedure each query meant: the query (or a keyword
 * staff write in its place) becomes one of the unit's keywords for it, served with the catalogue, so
 * the search on the ward's site finds it from the next visit on. Below, the ward's own details of a
 * procedure (fee note, where to file, hours, contact), shown to citizens beside the national text.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ApiError, api } from './api.js';
import { adminStyles } from './styles.js';

interface QueryRow {
  query: string;
  noResults: number;
  notOpened: number;
  total: number;
  attachedTo: string[];
}

interface LocalDetails {
  feeNote?: string;
  where?: string;
  hours?: string;
  contact?: string;
}

const LOCAL_FIELDS: [keyof LocalDetails, string, number][] = [
  ['feeNote', 'Ghi chú về phí, lệ phí', 500],
  ['where', 'Nơi nộp hồ sơ', 300],
  ['hours', 'Giờ tiếp nhận', 300],
  ['contact', 'Liên hệ', 200],
];

interface QueriesAnswer {
  month: string;
  months: string[];
  queries: QueryRow[];
}

@customElement('motcua-admin-search')
export class AdminSearch extends LitElement {
  static override styles = adminStyles;

  @property() unit = '';
  @state() private answer: QueriesAnswer = { month: '', months: [], queries: [] };
  /** The unit's procedures (code and name), for choosing the one a query meant. */
  @state() private procedures: { code: string; name: string; local?: LocalDetails }[] = [];
  /** The procedure whose local details are being edited. */
  @state() private editing = '';
  @state() private problem = '';
  @state() private notice = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load(''));
  }

  private async run(task: () => Promise<void>) {
    this.problem = '';
    this.notice = '';
    try {
      await task();
    } catch (error) {
      this.problem = (error as ApiError).message?.vi ?? 'Lỗi không xác định.';
    }
  }

  private async load(month: string, reload = false) {
    const unit = encodeURIComponent(this.unit);
    this.answer = await api<QueriesAnswer>(`/units/${unit}/search-queries${month ? `?month=${month}` : ''}`);
    if (!this.procedures.length || reload) {
      const res = await fetch(`/api/v1/units/${unit}/procedures?view=index`, { credentials: 'omit' });
      const list = res.ok ? ((await res.json()) as { code: string; name: string; local?: LocalDetails }[]) : [];
      const collator = new Intl.Collator('vi');
      this.procedures = list.sort((a, b) => collator.compare(a.name, b.name));
    }
  }

  private async attach(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const code = String(form.get('code') ?? '');
    const query = String(form.get('keyword') ?? '');
    await this.run(async () => {
      const r = await api<{ code: string; name: string; keyword: string }>(
        `/units/${encodeURIComponent(this.unit)}/search-keywords`,
        { method: 'POST', body: { query, code } },
      );
      this.notice = `Đã gắn “${r.keyword}” vào thủ tục ${r.name}. Tìm kiếm trên trang của phường tìm thấy thủ tục này từ lần truy cập tới.`;
      await this.load(this.answer.month);
    });
  }

  private async saveLocal(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const body = Object.fromEntries(LOCAL_FIELDS.map(([f]) => [f, String(form.get(f) ?? '')]));
    const code = this.editing;
    await this.run(async () => {
      await api(`/units/${encodeURIComponent(this.unit)}/procedures/${encodeURIComponent(code)}/local`, {
        method: 'PUT',
        body,
      });
      this.notice = `Đã lưu thông tin riêng của phường cho thủ tục ${this.nameOf(code)}.`;
      await this.load(this.answer.month, true);
    });
  }

  private renderLocal() {
    const p = this.procedures.find((x) => x.code === this.editing);
    return html`
      <h2>Thông tin riêng của phường cho một thủ tục</h2>
      <p>Ghi chú về phí, nơi nộp, giờ tiếp nhận, người liên hệ: hiện bên cạnh nội dung công bố trên Cổng Dịch vụ công quốc gia,
        ghi rõ là của phường; không sửa nội dung đó. Để trống tất cả rồi lưu để xóa.</p>
      <label for="local-code">Thủ tục</label>
      <select id="local-code" @change=${(e: Event) => {
        this.editing = (e.target as HTMLSelectElement).value;
      }}>
        <option value="">— Chọn thủ tục —</option>
        ${this.procedures.map((x) => html`<option value=${x.code} ?selected=${x.code === this.editing}>${x.name}</option>`)}
      </select>
      ${
        p
          ? html`<form @submit=${this.saveLocal}>
            ${LOCAL_FIELDS.map(
              ([f, label, max]) => html`<label for="local-${f}">${label}</label>
                <input id="local-${f}" name=${f} maxlength=${max} .value=${p.local?.[f] ?? ''} />`,
            )}
            <button type="submit" class="primary">Lưu thông tin riêng</button>
          </form>`
          : nothing
      }
    `;
  }

  private nameOf(code: string) {
    return this.procedures.find((p) => p.code === code)?.name ?? code;
  }

  override render() {
    const { month, months, queries } = this.answer;
    return html`
      <h2>Tìm kiếm không thấy</h2>
      <p>Những gì người dân gõ vào ô tìm thủ tục mà không thấy kết quả, hoặc có kết quả nhưng không mở thủ tục nào, đếm theo tháng.
        Không lưu địa chỉ, giờ tìm hay số điện thoại, số giấy tờ. Chọn thủ tục người dân cần rồi bấm “Gắn vào thủ tục”: lần tìm sau sẽ thấy.</p>
      ${this.problem ? html`<div class="error-summary" role="alert"><p class="error">${this.problem}</p></div>` : nothing}
      <p role="status" class="ok">${this.notice}</p>
      <label for="month">Tháng</label>
      <select id="month" @change=${(e: Event) => this.run(() => this.load((e.target as HTMLSelectElement).value))}>
        ${(months.includes(month) ? months : [month, ...months]).map((m) => html`<option value=${m} ?selected=${m === month}>${m}</option>`)}
      </select>
      ${
        queries.length
          ? html`<div class="scroll"><table>
          <caption class="muted">Tháng ${month}: ${queries.length} truy vấn, nhiều lần nhất trước</caption>
          <thead><tr>
            <th scope="col">Người dân gõ</th><th scope="col">Không có kết quả</th><th scope="col">Không mở kết quả</th>
            <th scope="col">Đã gắn vào</th><th scope="col">Gắn vào thủ tục</th>
          </tr></thead>
          <tbody>${queries.map((row, i) => this.renderRow(row, i))}</tbody>
        </table></div>`
          : html`<p>Chưa có truy vấn nào trong tháng này.</p>`
      }
      ${this.renderLocal()}
    `;
  }

  private renderRow(row: QueryRow, i: number) {
    return html`<tr>
      <th scope="row" class="content">${row.query}</th>
      <td>${row.noResults}</td>
      <td>${row.notOpened}</td>
      <td>${row.attachedTo.length ? row.attachedTo.map((c) => this.nameOf(c)).join('; ') : html`<span class="muted">chưa</span>`}</td>
      <td>
        <form @submit=${this.attach}>
          <label for="code-${i}">Thủ tục cho “${row.query}”</label>
          <select id="code-${i}" name="code" required>
            <option value="">— Chọn thủ tục —</option>
            ${this.procedures.map((p) => html`<option value=${p.code}>${p.name}</option>`)}
          </select>
          <label for="keyword-${i}">Từ khóa</label>
          <input id="keyword-${i}" name="keyword" .value=${row.query} required maxlength="160" />
          <button type="submit" class="primary">Gắn vào thủ tục</button>
        </form>
      </td>
    </tr>`;
  }
}
