/**
 * The periodic report downloads (báo cáo định kỳ): this month's, quarter's, half-year's and year's
 * ratings report as XLSX or CSV, and the unit's publicity report for a chosen period (printable page
 * with charts, or XLSX), in the language the admin shows.
 */
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminElement } from './admin-element.js';
import { lang, t } from './i18n.js';
import './period-picker.js';
import { currentPeriod, type PeriodChoice, periodQuery } from './period-picker.js';
import { tableHead } from './table-head.js';

@customElement('motcua-admin-reports')
export class AdminReports extends AdminElement {
  @property() unit = '';
  @state() private publicity: PeriodChoice = currentPeriod('quarter');

  override render() {
    const unit = encodeURIComponent(this.unit);
    const year = new Date().getFullYear();
    const link = (period: string, index: number, format: string) =>
      `/api/v1/admin/units/${unit}/report?period=${period}&year=${year}&index=${index}&format=${format}`;
    const month = new Date().getMonth() + 1;
    const quarter = Math.ceil(month / 3);
    const half = month <= 6 ? 1 : 2;
    const row = (label: string, period: string, index: number) =>
      html`<tr><th scope="row">${label}</th><td><a href=${link(period, index, 'xlsx')} download>${t('reports.xlsx')}</a></td>
        <td><a href=${link(period, index, 'csv')} download>${t('reports.csv')}</a></td></tr>`;
    const publicity = (format: string) =>
      `/api/v1/admin/units/${unit}/publicity?${periodQuery(this.publicity)}&format=${format}&lang=${lang()}`;
    return html`<h2>${t('reports.title', { year })}</h2>
      <table>${tableHead([t('reports.period'), t('reports.excel'), t('reports.csvHead')])}
        <tbody>${row(t('reports.month', { month }), 'month', month)} ${row(t('reports.quarter', { quarter }), 'quarter', quarter)}
          ${row(half === 1 ? t('reports.firstHalf') : t('reports.secondHalf'), 'half', half)} ${row(t('reports.year', { year }), 'year', 1)}</tbody></table>
      <h2>${t('publicity.unitReport')}</h2>
      <motcua-period-picker .value=${this.publicity}
        @period-change=${(e: CustomEvent<PeriodChoice>) => {
          this.publicity = e.detail;
        }}></motcua-period-picker>
      <p><a href=${publicity('html')} target="_blank" rel="noopener">${t('publicity.printable')}</a> ·
        <a href=${publicity('xlsx')} download>${t('publicity.xlsx')}</a></p>`;
  }
}
