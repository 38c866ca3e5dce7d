/**
 * The report period as staff choose it: a month, a quarter, six months or a year, and the year. Fires
 * `period-change` with `{ period, year, index }` whenever one of them changes.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AdminElement } from './admin-element.js';
import { t } from './i18n.js';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';
export interface PeriodChoice {
  period: PeriodKind;
  year: number;
  index: number;
}

const COUNT: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const KIND_KEYS = {
  month: 'period.month',
  quarter: 'period.quarter',
  half: 'period.half',
  year: 'period.year',
} as const;

/** This month's period of each kind, the picker's starting point. */
export function currentPeriod(period: PeriodKind = 'quarter', now = new Date()): PeriodChoice {
  const month = now.getMonth() + 1;
  const index = { month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2, year: 1 }[period];
  return { period, year: now.getFullYear(), index };
}

/** The query string of a period, as the report routes read it. */
export const periodQuery = (p: PeriodChoice) => `period=${p.period}&year=${p.year}&index=${p.index}`;

@customElement('motcua-period-picker')
export class PeriodPicker extends AdminElement {
  @property({ attribute: false }) value: PeriodChoice = currentPeriod();

  private change(next: Partial<PeriodChoice>) {
    const value = { ...this.value, ...next };
    value.index = Math.min(value.index, COUNT[value.period]);
    this.value = value;
    this.dispatchEvent(
      new CustomEvent<PeriodChoice>('period-change', { detail: value, bubbles: true, composed: true }),
    );
  }

  private indexLabel(i: number) {
    const p = this.value.period;
    if (p === 'half') return i === 1 ? t('period.firstHalf') : t('period.secondHalf');
    return `${t(KIND_KEYS[p])} ${i}`;
  }

  override render() {
    const v = this.value;
    return html`<div class="row">
      <div><label for="loai-ky">${t('period.kind')}</label>
        <select id="loai-ky" @change=${(e: Event) => this.change({ period: (e.target as HTMLSelectElement).value as PeriodKind })}>
          ${(Object.keys(COUNT) as PeriodKind[]).map((k) => html`<option value=${k} ?selected=${k === v.period}>${t(KIND_KEYS[k])}</option>`)}
        </select></div>
      ${
        v.period === 'year'
          ? ''
          : html`<div><label for="ky">${t('period.index')}</label>
            <select id="ky" @change=${(e: Event) => this.change({ index: Number((e.target as HTMLSelectElement).value) })}>
              ${Array.from({ length: COUNT[v.period] }, (_, i) => i + 1).map(
                (i) => html`<option value=${i} ?selected=${i === v.index}>${this.indexLabel(i)}</option>`,
              )}
            </select></div>`
      }
      <div><label for="nam-bao-cao">${t('period.yearLabel')}</label>
        <input id="nam-bao-cao" type="number" min="2020" max="2100" .value=${String(v.year)}
          @change=${(e: Event) => {
            const year = Number((e.target as HTMLInputElement).value);
            if (Number.isInteger(year) && year >= 2000 && year <= 2100) this.change({ year });
          }} /></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'motcua-period-picker': PeriodPicker;
  }
}
