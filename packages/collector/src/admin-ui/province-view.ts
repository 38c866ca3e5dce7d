/**
 * The province's page: its communes and wards ranked for a period on satisfaction, feedback answered on
 * time, dossiers on time, campaign reach, contest participation and home visits served. Every column
 * sorts (a button in its heading, aria-sort on the heading, the order announced); the province's and
 * each ward's publicity report are a link away, in the language the admin shows.
 */
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { type Lang, PUBLICITY_LABELS } from '../reports/publicity-labels.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { ProvinceDashboard, WardFigures } from './api-types.js';
import { collator, lang, pct, t } from './i18n.js';
import './period-picker.js';
import { currentPeriod, type PeriodChoice, periodQuery } from './period-picker.js';

interface Column {
  key: string;
  label: (lang: Lang) => string;
  value: (w: WardFigures) => number | string;
  show: (w: WardFigures) => string;
}

/** The column headings are the publicity report's (reports/publicity-labels.ts), so both read the same. */
const C = (l: Lang) => PUBLICITY_LABELS[l].cols;
const COLUMNS: Column[] = [
  { key: 'name', label: (l) => C(l).ward, value: (w) => w.name, show: (w) => w.name },
  { key: 'ratings', label: (l) => C(l).ratings, value: (w) => w.ratings.total, show: (w) => String(w.ratings.total) },
  {
    key: 'satisfaction',
    label: (l) => C(l).satisfiedRate,
    value: (w) => w.ratings.satisfiedRate,
    show: (w) => pct(w.ratings.satisfiedRate),
  },
  {
    key: 'feedback',
    label: (l) => C(l).feedbackOnTimeRate,
    value: (w) => w.feedback.onTimeRate,
    show: (w) => `${pct(w.feedback.onTimeRate)} (${w.feedback.onTime}/${w.feedback.received})`,
  },
  {
    key: 'dossiers',
    label: (l) => C(l).dossiersRate,
    value: (w) => w.dossiers.onTimeRate,
    show: (w) =>
      w.dossiers.resolved ? `${pct(w.dossiers.onTimeRate)} (${w.dossiers.onTime}/${w.dossiers.resolved})` : '—',
  },
  {
    key: 'impressions',
    label: (l) => C(l).impressions,
    value: (w) => w.campaigns.impressions,
    show: (w) => String(w.campaigns.impressions),
  },
  {
    key: 'clicks',
    label: (l) => C(l).clicks,
    value: (w) => w.campaigns.clicks,
    show: (w) => String(w.campaigns.clicks),
  },
  {
    key: 'contests',
    label: (l) => C(l).participants,
    value: (w) => w.contests.participants,
    show: (w) => String(w.contests.participants),
  },
  {
    key: 'visits',
    label: (l) => C(l).visitsServed,
    value: (w) => w.support.visitsServed,
    show: (w) => String(w.support.visitsServed),
  },
];

@customElement('motcua-admin-province')
export class AdminProvince extends AdminView {
  /** The province's official code. */
  @property() province = '';
  @state() private period: PeriodChoice = currentPeriod('quarter');
  @state() private data?: ProvinceDashboard;
  @state() private sortKey = 'satisfaction';
  @state() private ascending = false;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('province') && this.province) void this.run(() => this.load());
  }

  private async load() {
    this.data = await api<ProvinceDashboard>(
      `/provinces/${encodeURIComponent(this.province)}/dashboard?${periodQuery(this.period)}`,
    );
  }

  private sortBy(key: string) {
    if (this.sortKey === key) this.ascending = !this.ascending;
    else {
      this.sortKey = key;
      // Names read A to Z; figures best first.
      this.ascending = key === 'name';
    }
  }

  private sorted(): WardFigures[] {
    const column = COLUMNS.find((c) => c.key === this.sortKey) ?? COLUMNS[2];
    const names = collator();
    const wards = [...(this.data?.wards ?? [])];
    wards.sort((a, b) => {
      const x = column?.value(a) ?? 0;
      const y = column?.value(b) ?? 0;
      const order = typeof x === 'string' ? names.compare(x, String(y)) : x - Number(y);
      return (this.ascending ? order : -order) || names.compare(a.name, b.name);
    });
    return wards;
  }

  private reportUrl(path: string, format: 'html' | 'xlsx') {
    return `/api/v1/admin/${path}/publicity?${periodQuery(this.period)}&format=${format}&lang=${lang()}`;
  }

  override render() {
    const d = this.data;
    const current = COLUMNS.find((c) => c.key === this.sortKey);
    const province = `provinces/${encodeURIComponent(this.province)}`;
    return html`
      <h2>${t('province.heading', { province: d?.province.name ?? this.province })}</h2>
      <motcua-period-picker .value=${this.period}
        @period-change=${(e: CustomEvent<PeriodChoice>) => {
          this.period = e.detail;
          void this.run(() => this.load());
        }}></motcua-period-picker>
      ${this.renderOutcome()}
      <p>${t('province.reportLinks')}:
        <a href=${this.reportUrl(province, 'html')} target="_blank" rel="noopener">${t('province.report')}</a> ·
        <a href=${this.reportUrl(province, 'xlsx')} download>${t('province.xlsx')}</a></p>
      ${
        d
          ? html`<p class="muted">${t('province.sortHint')}</p>
            <p role="status" class="muted">${current ? t(this.ascending ? 'province.sortedUp' : 'province.sortedDown', { column: current.label(lang()) }) : ''}</p>
            <div class="scroll"><table>
              <caption class="muted">${t('province.wards', { n: d.wards.length })} · ${d.from} – ${d.to}</caption>
              <thead><tr>
                <th scope="col">${t('province.rank')}</th>
                ${COLUMNS.map(
                  (
                    c,
                  ) => html`<th scope="col" aria-sort=${this.sortKey === c.key ? (this.ascending ? 'ascending' : 'descending') : 'none'}>
                    <button type="button" class="sort" @click=${() => this.sortBy(c.key)}>${c.label(lang())}</button></th>`,
                )}
                <th scope="col">${C(lang()).report}</th>
              </tr></thead>
              <tbody>${this.sorted().map(
                (w, i) => html`<tr>
                  <td>${i + 1}</td>
                  ${COLUMNS.map((c) => (c.key === 'name' ? html`<th scope="row">${c.show(w)}</th>` : html`<td>${c.show(w)}</td>`))}
                  <td><a href=${this.reportUrl(`units/${encodeURIComponent(w.unit)}`, 'html')} target="_blank" rel="noopener"
                    aria-label=${t('province.wardReport', { ward: w.name })}>${t('province.wardReportShort')}</a></td>
                </tr>`,
              )}</tbody>
              <tfoot><tr><td></td>${COLUMNS.map((c) =>
                c.key === 'name'
                  ? html`<th scope="row">${t('province.total')}</th>`
                  : html`<td>${c.show(d.total)}</td>`,
              )}<td></td></tr></tfoot>
            </table></div>`
          : nothing
      }
    `;
  }
}
