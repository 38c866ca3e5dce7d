/**
 * The satisfaction dashboard (mức độ hài lòng) of one year: ratings by month, quarter, procedure,
 * officer and criterion, and dossiers resolved on time, each as a table with a bar per line.
 */
import { html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AdminView } from './admin-element.js';
import { api } from './api.js';
import type { Dashboard, Period } from './api-types.js';
import { pct, t } from './i18n.js';
import { tableHead } from './table-head.js';

type OnTimeLine = Dashboard['dossiers']['byMonth'][number];
/** On-time lines in the shape the bar tables draw. */
const onTimeRows = (rows: OnTimeLine[]): Extract<Period, { key: string }>[] =>
  rows.map((r) => ({ key: r.key, total: r.resolved, satisfied: r.onTime, satisfiedRate: r.onTimeRate }));
const BAR_WIDTH = 320;

@customElement('motcua-admin-dashboard')
export class AdminDashboard extends AdminView {
  @property() unit = '';
  @state() private year = new Date().getFullYear();
  @state() private dash?: Dashboard;

  override updated(changed: Map<string, unknown>) {
    if (changed.has('unit') && this.unit) void this.run(() => this.load());
  }

  private async load() {
    this.dash = await api<Dashboard>(`/units/${encodeURIComponent(this.unit)}/dashboard?period=year&year=${this.year}`);
  }

  private bars<P extends Period>(rows: P[], label: (p: P) => string, onTime = false) {
    const heads = onTime ? [t('dash.resolved'), t('dash.onTime')] : [t('dash.ratings'), t('dash.satisfied')];
    return html`<table>
      <thead><tr><th scope="col">${t('dash.period')}</th><th scope="col">${heads[0]}</th><th scope="col">${heads[1]}</th>
        <th scope="col">${t('dash.rate')}</th><th scope="col" aria-hidden="true">${t('dash.chart')}</th></tr></thead>
      <tbody>${rows.map(
        (
          p,
        ) => html`<tr><th scope="row">${label(p)}</th><td>${p.total}</td><td>${p.satisfied}</td><td>${pct(p.satisfiedRate)}</td>
          <td aria-hidden="true"><svg class="bars" viewBox="0 0 ${BAR_WIDTH} 16" preserveAspectRatio="none" role="presentation">${svg`<rect class="bar" x="0" y="2" height="12" width=${Math.round(p.satisfiedRate * BAR_WIDTH)}></rect>`}</svg></td></tr>`,
      )}</tbody>
    </table>`;
  }

  override render() {
    const d = this.dash;
    const unnamed = (key: string) => key || t('dash.unnamed');
    return html`
      <h2>${t('dash.title', { year: this.year })}</h2>
      ${this.renderOutcome()}
      <div class="row">
        <div><label for="nam">${t('dash.year')}</label><input id="nam" type="number" min="2020" max="2100" .value=${String(this.year)}
          @change=${(e: Event) => {
            this.year = Number((e.target as HTMLInputElement).value);
            void this.run(() => this.load());
          }} /></div>
      </div>
      ${
        d
          ? html`<p><strong>${pct(d.satisfiedRate)}</strong> ${t('dash.summaryMid')} <strong>${d.total}</strong> ${t('dash.summaryEnd')}</p>
            <h3>${t('dash.byMonth')}</h3>${this.bars(d.byMonth, (p) => p.period ?? '')}
            <h3>${t('dash.byQuarter')}</h3>${this.bars(d.byQuarter, (p) => p.period ?? '')}
            <h3>${t('dash.byProcedure')}</h3>${this.bars(d.byProcedure, (p) => unnamed(p.key))}
            <h3>${t('dash.byOfficer')}</h3>${this.bars(d.byOfficer, (p) => unnamed(p.key))}
            <h3>${t('dash.byCriterion')}</h3>
            <table>${tableHead([t('dash.criterion'), t('dash.criterionCount'), t('dash.average')])}
              <tbody>${d.criteria.map((c) => html`<tr><th scope="row">${c.criterion}</th><td>${c.count}</td><td>${c.average}</td></tr>`)}</tbody></table>
            <h2>${t('dash.dossiers')}</h2>
            <p><strong>${pct(d.dossiers.onTimeRate)}</strong> ${t('dash.dossiersMid')} <strong>${d.dossiers.resolved}</strong> ${t('dash.dossiersEnd')}</p>
            <h3>${t('dash.onTimeByMonth')}</h3>${this.bars(onTimeRows(d.dossiers.byMonth), (p) => p.key, true)}
            <h3>${t('dash.onTimeByProcedure')}</h3>${this.bars(onTimeRows(d.dossiers.byProcedure), (p) => unnamed(p.key), true)}`
          : nothing
      }
    `;
  }
}
