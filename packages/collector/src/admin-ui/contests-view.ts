/**
 * The staff's contest page: the unit's contests, and for the one chosen its rounds with live counts,
 * the bank of each round (import from the template, preview with the right answers), publishing a
 * closed round's results, the winners' list, a new round, participants by place and age group, and the
 * ideas participants sent. Every text participants typed is shown as text.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type ApiError, api, upload } from './api.js';
import { adminStyles } from './styles.js';

interface ContestRow {
  slug: string;
  title: string;
}

interface RoundStats {
  id: string;
  title: string;
  opensAt: string;
  closesAt: string;
  questionCount: number;
  durationMinutes: number;
  bankSize: number;
  publishedAt: string | null;
  started: number;
  submitted: number;
  late: number;
  participants: number;
  perfect: number;
  byPlace: { place: string; participants: number }[];
  byAgeGroup: { group: string; participants: number }[];
}

interface Stats {
  rounds: RoundStats[];
  ideas: { text: string; at: string | null; name: string; place: string }[];
}

interface BankQuestion {
  id: string;
  text: string;
  kind: 'single' | 'multiple';
  options: { id: string; text: string; correct: boolean }[];
}

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

@customElement('motcua-admin-contests')
export class AdminContests extends LitElement {
  static override styles = adminStyles;

  @property() unit = '';
  @state() private contests: ContestRow[] = [];
  @state() private slug = '';
  @state() private stats: Stats | undefined;
  @state() private bank: { round: string; questions: BankQuestion[] } | undefined;
  @state() private problem = '';
  @state() private problems: { line: number; message: { vi: string } }[] = [];
  @state() private notice = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.loadContests();
  }

  private base() {
    return `/units/${encodeURIComponent(this.unit)}/contests`;
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

  private async loadContests() {
    await this.run(async () => {
      this.contests = await api<ContestRow[]>(this.base());
      this.slug ||= this.contests[0]?.slug ?? '';
      if (this.slug) await this.loadStats();
    });
  }

  private async loadStats() {
    this.stats = await api<Stats>(`${this.base()}/${encodeURIComponent(this.slug)}`);
  }

  private async importBank(round: RoundStats, input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<{ imported: number }>(`${this.base()}/${this.slug}/rounds/${round.id}/bank`, file);
      this.notice = `Đã nhập ${r.imported} câu hỏi vào ${round.title}.`;
      await this.loadStats();
    });
    input.value = '';
  }

  private async showBank(round: RoundStats) {
    await this.run(async () => {
      const questions = await api<BankQuestion[]>(`${this.base()}/${this.slug}/rounds/${round.id}/bank`);
      this.bank = { round: round.title, questions };
    });
  }

  private async publish(round: RoundStats, published: boolean) {
    await this.run(async () => {
      await api(`${this.base()}/${this.slug}/rounds/${round.id}/publish`, { method: 'POST', body: { published } });
      this.notice = published ? `Đã công bố kết quả ${round.title}.` : `Đã thu hồi kết quả ${round.title}.`;
      await this.loadStats();
    });
  }

  private async addRound(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const instant = (name: string) => {
      const v = String(data.get(name) ?? '');
      return v ? new Date(`${v}:00+07:00`).toISOString() : '';
    };
    await this.run(async () => {
      await api(`${this.base()}/${this.slug}/rounds`, {
        method: 'POST',
        body: {
          title: String(data.get('title') ?? ''),
          questionCount: Number(data.get('questionCount')),
          durationMinutes: Number(data.get('durationMinutes')),
          opensAt: instant('opensAt'),
          closesAt: instant('closesAt'),
        },
      });
      this.notice = 'Đã thêm đợt thi. Hãy nhập ngân hàng câu hỏi cho đợt này.';
      await this.loadStats();
    });
  }

  override render() {
    return html`
      <h2>Cuộc thi trực tuyến</h2>
      ${
        this.problem
          ? html`<div class="error-summary" role="alert" tabindex="-1">
            <p class="error">${this.problem}</p>
            ${
              this.problems.length
                ? html`<ul>${this.problems.map((p) => html`<li>Dòng ${p.line}: ${p.message.vi}</li>`)}</ul>`
                : nothing
            }
          </div>`
          : nothing
      }
      <p role="status" class="ok">${this.notice}</p>
      ${
        this.contests.length > 1
          ? html`<label for="contest">Cuộc thi</label>
            <select id="contest" @change=${(e: Event) => {
              this.slug = (e.target as HTMLSelectElement).value;
              void this.run(() => this.loadStats());
            }}>
              ${this.contests.map((c) => html`<option value=${c.slug} ?selected=${c.slug === this.slug}>${c.title}</option>`)}
            </select>`
          : html`<p>${this.contests[0]?.title ?? 'Đơn vị chưa có cuộc thi nào.'}</p>`
      }
      <p><a href="/api/v1/admin/contest-bank-template.xlsx" download>Tải tệp mẫu ngân hàng câu hỏi (XLSX)</a></p>
      ${this.stats ? this.renderStats(this.stats) : nothing}
    `;
  }

  private renderStats(stats: Stats) {
    const now = Date.now();
    return html`
      <div role="region" aria-label="Các đợt thi" tabindex="0" class="scroll">
        <table>
          <caption>Các đợt thi</caption>
          <thead><tr>
            <th scope="col">Đợt</th><th scope="col">Thời gian</th><th scope="col">Ngân hàng</th>
            <th scope="col">Lượt bắt đầu</th><th scope="col">Bài nộp</th><th scope="col">Người dự thi</th>
            <th scope="col">Đúng hết</th><th scope="col">Thao tác</th>
          </tr></thead>
          <tbody>
            ${stats.rounds.map((r) => {
              const closed = Date.parse(r.closesAt) <= now;
              return html`<tr>
                <th scope="row">${r.title}</th>
                <td>${when(r.opensAt)} – ${when(r.closesAt)}<br />${r.questionCount} câu, ${r.durationMinutes} phút</td>
                <td>${r.bankSize} câu</td>
                <td>${r.started}</td>
                <td>${r.submitted}${r.late ? html` (${r.late} nộp muộn)` : nothing}</td>
                <td>${r.participants}</td>
                <td>${r.perfect}</td>
                <td class="actions">
                  <label for="bank-${r.id}">Nhập câu hỏi (XLSX, CSV)</label>
                  <input id="bank-${r.id}" type="file" accept=".xlsx,.csv"
                    @change=${(e: Event) => this.importBank(r, e.target as HTMLInputElement)} />
                  <button type="button" @click=${() => this.showBank(r)}>Xem ngân hàng câu hỏi</button>
                  ${
                    closed
                      ? html`<button type="button" @click=${() => this.publish(r, !r.publishedAt)}>
                        ${r.publishedAt ? 'Thu hồi kết quả' : 'Công bố kết quả'}
                      </button>`
                      : nothing
                  }
                  <a href="/api/v1/admin${this.base()}/${this.slug}/rounds/${r.id}/winners.xlsx" download>Danh sách xếp hạng (XLSX)</a>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.bank ? this.renderBank(this.bank) : nothing}
      ${stats.rounds.map(
        (r) => html`<h3>${r.title}: người dự thi theo nơi ở và độ tuổi</h3>
          <div role="region" aria-label="${r.title}: theo nơi ở" tabindex="0" class="scroll">
            <table><thead><tr><th scope="col">Nơi ở</th><th scope="col">Người dự thi</th></tr></thead>
              <tbody>${r.byPlace.map((p) => html`<tr><td>${p.place}</td><td>${p.participants}</td></tr>`)}</tbody></table>
          </div>
          <p>${r.byAgeGroup.map((a) => `${a.group}: ${a.participants}`).join(' · ')}</p>`,
      )}
      <h3>Thêm đợt thi</h3>
      <form @submit=${this.addRound}>
        <label for="r-title">Tên đợt</label><input id="r-title" name="title" required />
        <label for="r-count">Số câu hỏi mỗi lượt</label><input id="r-count" name="questionCount" type="number" min="1" max="100" value="10" />
        <label for="r-minutes">Thời gian làm bài (phút)</label><input id="r-minutes" name="durationMinutes" type="number" min="1" max="240" value="10" />
        <label for="r-opens">Mở lúc</label><input id="r-opens" name="opensAt" type="datetime-local" required />
        <label for="r-closes">Đóng lúc</label><input id="r-closes" name="closesAt" type="datetime-local" required />
        <p><button class="primary" type="submit">Thêm đợt thi</button></p>
      </form>
      <h3>Sáng kiến, hiến kế của người dự thi (${stats.ideas.length})</h3>
      <ul>
        ${stats.ideas.map((i) => html`<li><span class="content">${i.text}</span> <span class="muted">— ${i.name}, ${i.place}</span></li>`)}
      </ul>
    `;
  }

  private renderBank(bank: { round: string; questions: BankQuestion[] }) {
    return html`<h3>Ngân hàng câu hỏi — ${bank.round} (${bank.questions.length} câu)</h3>
      <ol>
        ${bank.questions.map(
          (q) => html`<li>${q.text} <span class="muted">(${q.kind === 'single' ? 'một đáp án' : 'nhiều đáp án'})</span>
            <ul>${q.options.map((o) => html`<li>${o.text}${o.correct ? html` <strong>✓ đúng</strong>` : nothing}</li>`)}</ul>
          </li>`,
        )}
      </ol>`;
  }
}
