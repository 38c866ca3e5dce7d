/**
 * <motcua-satisfaction-results>: the unit's published satisfaction rate (tỷ lệ hài lòng) by month or
 * quarter, from the collector's public summary: one headline figure, a bar chart drawn in SVG (no inline
 * styles, so a strict CSP holds) with a spoken summary, and the same numbers as a table.
 */
import { vnDay } from '@motcua/core/time';
import { html, nothing, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { MotcuaElement } from '../shared/motcua-element.js';
import { hostStyles } from '../shared/tokens.styles.js';
import { visuallyHidden } from '../shared/visually-hidden.styles.js';
import { en } from './locales/en.js';
import { vi } from './locales/vi.js';
import { resultsStyles } from './satisfaction-results.styles.js';

/** The public summary the collector publishes (GET …/ratings/summary). */
export interface RatingSummary {
  total: number;
  counts?: Record<string, number>;
  satisfied: number;
  satisfiedRate: number;
  /** How the ratings were vouched for: made at a registered counter device, by the dossier's owner, or neither. */
  byProof?: { none: number; kiosk: number; dossier: number };
  periods: { period: string; total: number; satisfied: number; satisfiedRate: number }[];
}

/** "2026-11" → "11/26", "2026-Q4" → "Q4/26": axis labels short enough for a phone. */
const shortPeriod = (period: string) => {
  const [y = '', part = ''] = period.split('-');
  return `${part.startsWith('Q') ? part : Number(part)}/${y.slice(2)}`;
};

/** The first day of the month `back` months before the month of `day` ("YYYY-MM-DD"). */
const monthStart = (day: string, back: number) => {
  const [y = 0, m = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
};

/**
 * Published satisfaction results of a unit.
 *
 * @summary The unit's satisfaction rate by month or quarter: a figure, an accessible chart and a table.
 *
 * @attr group-by - `month` (default) or `quarter`; the reader can switch.
 * @attr from - First day shown, `YYYY-MM-DD` (default: the first of the month 11 months back).
 * @attr to - Last day shown, `YYYY-MM-DD` (default: today).
 * @prop data - A summary to show instead of fetching one.
 *
 * @csspart results - The results block.
 * @cssproperty --motcua-results-bar - Colour of the chart bars (default: the primary token).
 */
export class SatisfactionResultsElement extends MotcuaElement {
  static override locales = { vi, en };
  static override styles = [hostStyles, visuallyHidden, resultsStyles];

  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by' },
    from: {},
    to: {},
    data: { attribute: false },
    summary: { state: true },
    loadState: { state: true },
    tableOpen: { state: true },
  };
  groupBy: 'month' | 'quarter' = 'month';
  from = '';
  to = '';

  /** A summary the page already has (server-rendered, or a preview): shown as is, nothing is fetched. */
  data: RatingSummary | undefined;

  private summary: RatingSummary | undefined;
  private loadState: 'loading' | 'error' | 'ok' = 'loading';
  private tableOpen = false;

  override willUpdate(changed: Map<string, unknown>): void {
    if (this.data) {
      this.summary = this.data;
      this.loadState = 'ok';
      return;
    }
    if (['groupBy', 'from', 'to', 'endpoint', 'unit'].some((k) => changed.has(k))) void this.loadSummary();
  }

  private get apiBase(): string {
    return `${this.endpoint.replace(/\/+$/, '')}/api/v1/units/${encodeURIComponent(this.unit)}`;
  }

  private async loadSummary(): Promise<void> {
    if (!this.endpoint || !this.unit) return;
    this.loadState = 'loading';
    // The last twelve months as the ward counts them: days in Vietnam time, whatever the device's zone.
    const to = this.to || vnDay(Date.now());
    const from = this.from || monthStart(to, 11);
    const query = new URLSearchParams({ from, to, groupBy: this.groupBy });
    try {
      const res = await fetch(`${this.apiBase}/ratings/summary?${query}`, { credentials: 'omit' });
      if (!res.ok) throw new Error(String(res.status));
      const data = (await res.json()) as RatingSummary;
      if (!Array.isArray(data.periods) || typeof data.total !== 'number') throw new Error('shape');
      this.summary = data;
      this.loadState = 'ok';
    } catch {
      this.loadState = 'error';
    }
  }

  private percent(rate: number): string {
    return new Intl.NumberFormat(this.resolvedLang === 'en' ? 'en-GB' : 'vi-VN', {
      style: 'percent',
      maximumFractionDigits: 1,
    }).format(rate);
  }

  private periodLabel(period: string): string {
    const [y = '', part = ''] = period.split('-');
    if (part.startsWith('Q')) {
      const q = Number(part.slice(1));
      return this.t('quarterLabel', { q: this.resolvedLang === 'vi' ? (['I', 'II', 'III', 'IV'][q - 1] ?? q) : q, y });
    }
    return this.t('monthLabel', { m: Number(part), y });
  }

  override render() {
    if (!this.data && (!this.endpoint || !this.unit)) {
      return html`<p class="alert" role="alert">${this.t('notConfigured')}</p>`;
    }
    const s = this.summary;
    const choose = (value: 'month' | 'quarter') => {
      this.groupBy = value;
    };
    return html`<section part="results" aria-labelledby="results-title">
      <h2 id="results-title">${this.t('resultsTitle')}</h2>
      <fieldset>
        <legend class="visually-hidden">${this.t('groupBy')}</legend>
        <div class="actions">
          ${(['month', 'quarter'] as const).map(
            (
              g,
            ) => html`<label class="level"><input type="radio" name="group" .checked=${this.groupBy === g} @change=${() => choose(g)} />
              <span>${g === 'month' ? this.t('byMonth') : this.t('byQuarter')}</span></label>`,
          )}
        </div>
      </fieldset>
      <div aria-live="polite" aria-busy=${this.loadState === 'loading' ? 'true' : 'false'}>
        ${this.loadState === 'loading' ? html`<p class="muted">${this.t('loading')}</p>` : nothing}
        ${
          this.loadState === 'error'
            ? html`<p class="alert">${this.t('loadError')}</p>
              <button type="button" class="secondary" @click=${this.loadSummary}>${this.t('retry')}</button>`
            : nothing
        }
        ${this.loadState === 'ok' && s ? this.renderSummary(s) : nothing}
      </div>
    </section>`;
  }

  private renderSummary(s: RatingSummary): TemplateResult {
    if (!s.total) return html`<p>${this.t('noRatings')}</p>`;
    const periods = s.periods.filter((p) => p.total > 0);
    const spoken = periods.map((p) => `${this.periodLabel(p.period)} ${this.percent(p.satisfiedRate)}`).join('; ');
    const group = this.groupBy === 'quarter' ? this.t('byQuarter') : this.t('byMonth');
    const w = 44;
    const width = Math.max(periods.length, 1) * w + 40;
    const bars = periods.map((p, i) => {
      const h = Math.round(p.satisfiedRate * 150);
      const x = 40 + i * w + 6;
      return svg`<rect class="bar" x=${x} y=${170 - h} width=${w - 12} height=${h}></rect>
        <text x=${x + (w - 12) / 2} y=${164 - h} text-anchor="middle">${Math.round(p.satisfiedRate * 100)}</text>
        <text x=${x + (w - 12) / 2} y="186" text-anchor="middle">${shortPeriod(p.period)}</text>`;
    });
    const proof = s.byProof;
    return html`<p class="big">${this.t('overallRate', { rate: this.percent(s.satisfiedRate), satisfied: s.satisfied, total: s.total })}</p>
      ${proof ? html`<p class="muted">${this.t('byProof', proof)}</p>` : nothing}
      <svg viewBox="0 0 ${width} 195" role="img" aria-label=${this.t('chartLabel', { group: group.toLowerCase(), summary: spoken })}>
        <line class="axis" x1="38" y1="170" x2=${width} y2="170"></line>
        <line class="axis" x1="38" y1="20" x2="38" y2="170"></line>
        <text x="34" y="24" text-anchor="end">100%</text><text x="34" y="170" text-anchor="end">0</text>
        ${bars}
      </svg>
      <button type="button" class="secondary" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table"
        @click=${() => {
          this.tableOpen = !this.tableOpen;
        }}>${this.tableOpen ? this.t('hideTable') : this.t('showTable')}</button>
      <table id="table" ?hidden=${!this.tableOpen}>
        <caption class="visually-hidden">${this.t('resultsTitle')} (${group})</caption>
        <thead><tr><th scope="col">${this.t('period')}</th><th scope="col">${this.t('total')}</th><th scope="col">${this.t('satisfied')}</th><th scope="col">${this.t('rate')}</th></tr></thead>
        <tbody>
          ${s.periods.map(
            (
              p,
            ) => html`<tr><th scope="row">${this.periodLabel(p.period)}</th><td class="n">${p.total}</td><td class="n">${p.satisfied}</td>
              <td class="n">${p.total ? this.percent(p.satisfiedRate) : '—'}</td></tr>`,
          )}
        </tbody>
      </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-satisfaction-results': SatisfactionResultsElement;
  }
}
