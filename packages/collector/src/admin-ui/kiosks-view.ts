/**
 * The staff's page of counter devices (Thiết bị đánh giá tại quầy): register a rating tablet to get its
 * key (shown once, to be typed into the tablet's settings), see the devices, revoke a lost one. Ratings
 * a registered device sends count as made at the counter in the published figures.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ApiError, api } from './api.js';
import { adminStyles } from './styles.js';

interface KioskRow {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

const day = (iso: string) => new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

@customElement('motcua-admin-kiosks')
export class AdminKiosks extends LitElement {
  static override styles = adminStyles;

  @property() unit = '';
  @state() private kiosks: KioskRow[] = [];
  @state() private issued?: { name: string; key: string };
  @state() private problem = '';
  @state() private nameError = '';
  @state() private notice = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/kiosks`;
  }

  private async run(task: () => Promise<void>) {
    this.problem = '';
    this.nameError = '';
    this.notice = '';
    try {
      await task();
    } catch (error) {
      const e = error as ApiError;
      this.nameError = e.fields?.name?.vi ?? '';
      this.problem = e.message?.vi ?? 'Lỗi không xác định.';
    }
  }

  private async load() {
    this.kiosks = await api<KioskRow[]>(this.base());
  }

  private async register(event: Event) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    await this.run(async () => {
      const made = await api<{ id: string; key: string }>(this.base(), { method: 'POST', body: { name } });
      this.issued = { name, key: made.key };
      form.reset();
      await this.load();
    });
  }

  private async revoke(k: KioskRow) {
    if (!confirm(`Thu hồi thiết bị "${k.name}"? Đánh giá từ thiết bị này sẽ không còn được tính là tại quầy.`)) return;
    await this.run(async () => {
      await api(`${this.base()}/${k.id}`, { method: 'DELETE' });
      this.notice = `Đã thu hồi thiết bị "${k.name}".`;
      await this.load();
    });
  }

  override render() {
    return html`
      <h2>Thiết bị đánh giá tại quầy</h2>
      <p>Máy tính bảng đánh giá tại Bộ phận Một cửa có mã thiết bị thì đánh giá từ máy đó được tính là
        <strong>đánh giá tại quầy</strong> trong số liệu công bố, tách khỏi đánh giá qua trang web.</p>
      ${this.problem && !this.nameError ? html`<p class="error" role="alert">${this.problem}</p>` : nothing}
      <p role="status" class="ok">${this.notice}</p>
      <form @submit=${this.register} novalidate>
        <label for="kiosk-name">Tên thiết bị (để nhận ra, ví dụ: Quầy 1 — tầng trệt)</label>
        ${this.nameError ? html`<p class="error" id="kiosk-name-error">${this.nameError}</p>` : nothing}
        <input id="kiosk-name" name="name" maxlength="80" required autocomplete="off"
          aria-invalid=${this.nameError ? 'true' : 'false'} aria-describedby=${this.nameError ? 'kiosk-name-error' : nothing} />
        <button type="submit" class="primary">Cấp mã thiết bị</button>
      </form>
      ${
        this.issued
          ? html`<div class="panel" role="status">
            <p>Mã của thiết bị "${this.issued.name}" (chỉ hiện một lần):
              <code data-testid="kiosk-key">${this.issued.key}</code></p>
            <p>Trên máy đánh giá: bấm <strong>Cài đặt</strong>, nhập mã PIN, dán mã này vào ô
              <strong>Mã thiết bị</strong> rồi <strong>Lưu cài đặt</strong>.</p>
          </div>`
          : nothing
      }
      <h3>Các thiết bị</h3>
      ${
        this.kiosks.length
          ? html`<div class="scroll"><table>
            <thead><tr><th scope="col">Tên thiết bị</th><th scope="col">Ngày cấp</th><th scope="col">Trạng thái</th><th scope="col">Thao tác</th></tr></thead>
            <tbody>${this.kiosks.map(
              (k) => html`<tr><td>${k.name}</td><td>${day(k.createdAt)}</td>
                <td>${k.revokedAt ? `Đã thu hồi ngày ${day(k.revokedAt)}` : 'Đang dùng'}</td>
                <td>${k.revokedAt ? nothing : html`<button type="button" aria-label="Thu hồi ${k.name}" @click=${() => this.revoke(k)}>Thu hồi</button>`}</td></tr>`,
            )}</tbody>
          </table></div>`
          : html`<p>Chưa có thiết bị nào.</p>`
      }
    `;
  }
}
