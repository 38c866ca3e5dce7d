/**
 * The staff's contest page: the unit's contests, and for the one chosen its rounds with live counts,
 * the bank of each round (import from the template, preview with the right answers), publishing a
 * closed round's results, the winners' list, a new round, participants by place and age group, and the
 * ideas participants sent. Every text participants typed is shown as text. A province's contest run
 * across its wards: a province account manages it, with its wards' figures side by side; a ward's staff
 * read it (their own ward's participants only) and change nothing.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api, upload } from './api.js';
import type { BankQuestion, ContestRow, ContestStats, Me, RoundStats } from './api-types.js';
import { dateTime, t } from './i18n.js';
import { tableHead } from './table-head.js';
import { fromLocalInput } from './vietnam-time.js';

@customElement('motcua-admin-contests')
export class AdminContests extends AdminView {
  @property() unit = '';
  /** Each contest with the staff API it is read and changed through (the ward's, or the province's). */
  @state() private contests: (ContestRow & { base: string })[] = [];
  @state() private slug = '';
  @state() private stats: ContestStats | undefined;
  @state() private bank: { round: string; questions: BankQuestion[] } | undefined;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.loadContests());
  }

  private chosen() {
    return this.contests.find((c) => c.slug === this.slug);
  }

  private base() {
    return this.chosen()?.base ?? `/units/${encodeURIComponent(this.unit)}/contests`;
  }

  /** Whether the chosen contest can be changed here (a ward's staff only read their province's). */
  private editable() {
    return !this.stats?.readOnly;
  }

  private async loadContests() {
    const wardBase = `/units/${encodeURIComponent(this.unit)}/contests`;
    const me = await api<Me>('/me');
    const ward = (await api<ContestRow[]>(wardBase)).map((c) => ({ ...c, base: wardBase }));
    // A province account manages its province's contests through the province's routes.
    const provinceBase = me.role === 'province' && me.province ? `/provinces/${me.province}/contests` : '';
    const province = provinceBase
      ? (await api<ContestRow[]>(provinceBase)).map((c) => ({ ...c, base: provinceBase }))
      : [];
    this.contests = [...ward.filter((c) => !(provinceBase && c.readOnly)), ...province];
    if (!this.chosen()) this.slug = this.contests[0]?.slug ?? '';
    if (this.slug) await this.loadStats();
  }

  private async loadStats() {
    this.stats = await api<ContestStats>(`${this.base()}/${encodeURIComponent(this.slug)}`);
  }

  private async importBank(round: RoundStats, input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    await this.run(async () => {
      const r = await upload<{ imported: number }>(`${this.base()}/${this.slug}/rounds/${round.id}/bank`, file);
      await this.loadStats();
      this.notice = t('contests.imported', { n: r.imported, round: round.title });
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
      await this.loadStats();
      this.notice = t(published ? 'contests.published' : 'contests.withdrawn', { round: round.title });
    });
  }

  private async addRound(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const instant = (name: string) => fromLocalInput(data.get(name));
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
      await this.loadStats();
      this.notice = t('contests.roundAdded');
    }, true);
  }

  override render() {
    return html`
      <h2>${t('contests.title')}</h2>
      ${this.renderOutcome()}
      ${
        this.contests.length > 1
          ? html`<label for="contest">${t('contests.contest')}</label>
            <select id="contest" @change=${(e: Event) => {
              this.slug = (e.target as HTMLSelectElement).value;
              void this.run(() => this.loadStats());
            }}>
              ${this.contests.map((c) => html`<option value=${c.slug} ?selected=${c.slug === this.slug}>${c.province ? t('contests.provinceMark', { title: c.title }) : c.title}</option>`)}
            </select>`
          : html`<p>${this.contests[0]?.title ?? t('contests.none')}</p>`
      }
      ${this.stats?.readOnly ? html`<p class="notice">${t('contests.readOnly')}</p>` : nothing}
      <p><a href="/api/v1/admin/contest-bank-template.xlsx" download>${t('contests.template')}</a></p>
      ${this.stats ? this.renderStats(this.stats) : nothing}
    `;
  }

  private renderStats(stats: ContestStats) {
    const now = Date.now();
    return html`
      <div role="region" aria-label=${t('contests.rounds')} tabindex="0" class="scroll">
        <table>
          <caption>${t('contests.rounds')}</caption>
          ${tableHead([
            t('contests.round'),
            t('contests.time'),
            t('contests.bank'),
            t('contests.started'),
            t('contests.submitted'),
            t('contests.participants'),
            t('contests.perfect'),
            t('actions'),
          ])}
          <tbody>
            ${stats.rounds.map((r) => {
              const closed = Date.parse(r.closesAt) <= now;
              return html`<tr>
                <th scope="row">${r.title}</th>
                <td>${dateTime(r.opensAt)} – ${dateTime(r.closesAt)}<br />${t('contests.shape', { questions: r.questionCount, minutes: r.durationMinutes })}</td>
                <td>${t('contests.questions', { n: r.bankSize })}</td>
                <td>${r.started}</td>
                <td>${r.submitted}${r.late ? html` (${t('contests.late', { n: r.late })})` : nothing}</td>
                <td>${r.participants}</td>
                <td>${r.perfect}</td>
                <td class="actions">
                  ${
                    this.editable()
                      ? html`<label for="bank-${r.id}">${t('contests.importBank')}</label>
                  <input id="bank-${r.id}" type="file" accept=".xlsx,.csv"
                    @change=${(e: Event) => this.importBank(r, e.target as HTMLInputElement)} />`
                      : nothing
                  }
                  <button type="button" @click=${() => this.showBank(r)}>${t('contests.showBank')}</button>
                  ${
                    closed && this.editable()
                      ? html`<button type="button" @click=${() => this.publish(r, !r.publishedAt)}>
                        ${r.publishedAt ? t('contests.withdraw') : t('contests.publish')}
                      </button>`
                      : nothing
                  }
                  <a href="/api/v1/admin${this.base()}/${this.slug}/rounds/${r.id}/winners.xlsx" download>${t('contests.winners')}</a>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.bank ? this.renderBank(this.bank) : nothing}
      ${stats.province ? stats.rounds.map((r) => this.renderWards(r)) : nothing}
      ${stats.rounds.map(
        (r) => html`<h3>${t('contests.byPlaceTitle', { round: r.title })}</h3>
          <div role="region" aria-label=${t('contests.byPlaceRegion', { round: r.title })} tabindex="0" class="scroll">
            <table>${tableHead([t('contests.place'), t('contests.participants')])}
              <tbody>${r.byPlace.map((p) => html`<tr><td>${p.place}</td><td>${p.participants}</td></tr>`)}</tbody></table>
          </div>
          <p>${r.byAgeGroup.map((a) => `${a.group}: ${a.participants}`).join(' · ')}</p>`,
      )}
      ${this.editable() ? this.renderAddRound() : nothing}
      <h3>${t('contests.ideas', { n: stats.ideas.length })}</h3>
      <ul>
        ${stats.ideas.map((i) => html`<li><span class="content">${i.text}</span> <span class="muted">— ${i.name}, ${i.place}</span></li>`)}
      </ul>
    `;
  }

  /** A province's contest: each ward's participants, submissions and perfect scores in a round. */
  private renderWards(r: RoundStats) {
    return html`<h3>${t('contests.byWardTitle', { round: r.title })}</h3>
      <div role="region" aria-label=${t('contests.byWardTitle', { round: r.title })} tabindex="0" class="scroll">
        <table>${tableHead([t('contests.ward'), t('contests.participants'), t('contests.submitted'), t('contests.perfect')])}
          <tbody>${r.byWard.map((w) => html`<tr><th scope="row">${w.name}</th><td>${w.participants}</td><td>${w.submitted}</td><td>${w.perfect}</td></tr>`)}</tbody></table>
      </div>`;
  }

  private renderAddRound() {
    return html`<h3>${t('contests.addRound')}</h3>
      <form @submit=${this.addRound}>
        <label for="r-title">${t('contests.roundName')}</label><input id="r-title" name="title" required />
        <label for="r-count">${t('contests.questionCount')}</label><input id="r-count" name="questionCount" type="number" min="1" max="100" value="10" />
        <label for="r-minutes">${t('contests.duration')}</label><input id="r-minutes" name="durationMinutes" type="number" min="1" max="240" value="10" />
        <label for="r-opens">${t('contests.opens')}</label><input id="r-opens" name="opensAt" type="datetime-local" required />
        <label for="r-closes">${t('contests.closes')}</label><input id="r-closes" name="closesAt" type="datetime-local" required />
        <p><button class="primary" type="submit">${t('contests.addRound')}</button></p>
      </form>`;
  }

  private renderBank(bank: { round: string; questions: BankQuestion[] }) {
    return html`<h3>${t('contests.bankTitle', { round: bank.round, n: bank.questions.length })}</h3>
      <ol>
        ${bank.questions.map(
          (
            q,
          ) => html`<li>${q.text} <span class="muted">(${q.kind === 'single' ? t('contests.single') : t('contests.multiple')})</span>
            <ul>${q.options.map((o) => html`<li>${o.text}${o.correct ? html` <strong>${t('contests.correct')}</strong>` : nothing}</li>`)}</ul>
          </li>`,
        )}
      </ol>`;
  }
}
