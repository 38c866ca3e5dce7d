/**
 * The staff page "Tìm kiếm không thấy" (issue 23): what the ward's citizens searched for and did not
 * find in a month, by count, and in one step the procedure each query meant: the query (or a keyword
 * staff write in its place) becomes one of the unit's queries for it, served with the catalogue (`askedAs`), so
 * the search on the ward's site finds it from the next visit on. Below, the ward's own details of a
 * procedure (fee note, where to file, hours, contact), shown to citizens beside the national text.
 * Referrals (procedures the ward does not receive) are listed apart and not counted as the ward's own.
 */
import type { LocalDetails, Procedure } from '@motcua/core';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { KeywordAttached, QueriesAnswer } from './api-types.js';
import { collator, type StringKey, t } from './i18n.js';
import { tableHead } from './table-head.js';

type QueryRow = QueriesAnswer['queries'][number];
/** A procedure of the unit's catalogue index, as the public catalogue route sends it. */
type IndexedProcedure = Pick<Procedure, 'code' | 'name' | 'local' | 'referral'>;

/** The ward's own details of a procedure: each field, its label and its longest length. */
const LOCAL_FIELDS: [keyof LocalDetails, StringKey, number][] = [
  ['feeNote', 'search.local.feeNote', 500],
  ['where', 'search.local.where', 300],
  ['hours', 'search.local.hours', 300],
  ['contact', 'search.local.contact', 200],
];

@customElement('motcua-admin-search')
export class AdminSearch extends AdminView {
  @property() unit = '';
  @state() private answer: QueriesAnswer = { month: '', months: [], queries: [] };
  /** The unit's procedures (code and name), for choosing the one a query meant. */
  @state() private procedures: IndexedProcedure[] = [];
  /** The procedure whose local details are being edited. */
  @state() private editing = '';

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load(''));
  }

  private async load(month: string, reload = false) {
    const unit = encodeURIComponent(this.unit);
    this.answer = await api<QueriesAnswer>(`/units/${unit}/search-queries${month ? `?month=${month}` : ''}`);
    if (!this.procedures.length || reload) {
      const res = await fetch(`/api/v1/units/${unit}/procedures?view=index`, { credentials: 'omit' });
      const list = res.ok ? ((await res.json()) as IndexedProcedure[]) : [];
      const names = collator();
      this.procedures = list.sort((a, b) => names.compare(a.name, b.name));
    }
  }

  private async attach(event: Event) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const code = String(form.get('code') ?? '');
    const query = String(form.get('keyword') ?? '');
    await this.run(async () => {
      const r = await api<KeywordAttached>(`/units/${encodeURIComponent(this.unit)}/search-keywords`, {
        method: 'POST',
        body: { query, code },
      });
      await this.load(this.answer.month);
      this.notice = t('search.attached', { keyword: r.keyword, name: r.name });
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
      await this.load(this.answer.month, true);
      this.notice = t('search.localSaved', { name: this.nameOf(code) });
    });
  }

  /** The catalogue's procedures: the ward's own, and the referrals (received by another office). */
  private byKind() {
    return {
      own: this.procedures.filter((p) => !p.referral),
      referrals: this.procedures.filter((p) => p.referral),
    };
  }

  /** The procedures to choose from: the ward's own, then the referrals apart, each group counted. */
  private procedureOptions(selected = '') {
    const { own, referrals } = this.byKind();
    const option = (p: IndexedProcedure) =>
      html`<option value=${p.code} ?selected=${p.code === selected}>${
        p.referral ? t('search.referralAt', { name: p.name, office: p.referral.office }) : p.name
      }</option>`;
    return html`<optgroup label=${t('search.own', { n: own.length })}>${own.map(option)}</optgroup>
      ${referrals.length ? html`<optgroup label=${t('search.referrals', { n: referrals.length })}>${referrals.map(option)}</optgroup>` : nothing}`;
  }

  private renderLocal() {
    const p = this.procedures.find((x) => x.code === this.editing);
    return html`
      <h2>${t('search.localTitle')}</h2>
      <p>${t('search.localIntro')}</p>
      <label for="local-code">${t('search.procedure')}</label>
      <select id="local-code" @change=${(e: Event) => {
        this.editing = (e.target as HTMLSelectElement).value;
      }}>
        <option value="">${t('search.choose')}</option>
        ${this.procedureOptions(this.editing)}
      </select>
      ${
        p
          ? html`<form @submit=${this.saveLocal}>
            ${LOCAL_FIELDS.map(
              ([f, label, max]) => html`<label for="local-${f}">${t(label)}</label>
                <input id="local-${f}" name=${f} maxlength=${max} .value=${p.local?.[f] ?? ''} />`,
            )}
            <button type="submit" class="primary">${t('search.saveLocal')}</button>
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
    const { own, referrals } = this.byKind();
    return html`
      <h2>${t('search.title')}</h2>
      <p>${t('search.intro')}</p>
      ${
        this.procedures.length
          ? html`<p class="catalogue-counts">${t('search.catalogue', {
              own: own.length,
              referrals: referrals.length,
            })}</p>`
          : nothing
      }
      ${this.renderOutcome()}
      <label for="month">${t('search.month')}</label>
      <select id="month" @change=${(e: Event) => this.run(() => this.load((e.target as HTMLSelectElement).value))}>
        ${(months.includes(month) ? months : [month, ...months]).map((m) => html`<option value=${m} ?selected=${m === month}>${m}</option>`)}
      </select>
      ${
        queries.length
          ? html`<div class="scroll"><table>
          <caption class="muted">${t('search.caption', { month, n: queries.length })}</caption>
          ${tableHead([t('search.typed'), t('search.noResults'), t('search.notOpened'), t('search.attachedTo'), t('search.attach')])}
          <tbody>${queries.map((row, i) => this.renderRow(row, i))}</tbody>
        </table></div>`
          : html`<p>${t('search.none')}</p>`
      }
      ${this.renderLocal()}
    `;
  }

  private renderRow(row: QueryRow, i: number) {
    return html`<tr>
      <th scope="row" class="content">${row.query}</th>
      <td>${row.noResults}</td>
      <td>${row.notOpened}</td>
      <td>${row.attachedTo.length ? row.attachedTo.map((c) => this.nameOf(c)).join('; ') : html`<span class="muted">${t('search.notYet')}</span>`}</td>
      <td>
        <form @submit=${this.attach}>
          <label for="code-${i}">${t('search.procedureFor', { query: row.query })}</label>
          <select id="code-${i}" name="code" required>
            <option value="">${t('search.choose')}</option>
            ${this.procedureOptions()}
          </select>
          <label for="keyword-${i}">${t('search.keyword')}</label>
          <input id="keyword-${i}" name="keyword" .value=${row.query} required maxlength="160" />
          <button type="submit" class="primary">${t('search.attach')}</button>
        </form>
      </td>
    </tr>`;
  }
}
