/** The report period of a request's query (period, year, index), checked into its Vietnam days or a 400. */
import { errors } from '../http/errors.js';
import { YEAR_RANGE } from '@motcua/core';
import { intParam } from '../http/query.js';
import { periodRange } from './report.js';

export interface ReportPeriod {
  period: 'month' | 'quarter' | 'half' | 'year';
  year: number;
  index: number;
  from: string;
  to: string;
  /** Short and file-safe: 2026-11, 2026-Q4, 2026-H2, 2026. */
  label: string;
}

export function periodOf(query: (name: string) => string | undefined): ReportPeriod {
  const now = new Date();
  const period = query('period') ?? 'month';
  const year = intParam('year', query('year'), now.getFullYear(), YEAR_RANGE.min, YEAR_RANGE.max);
  const index = intParam('index', query('index'), now.getMonth() + 1, 1, 12);
  const range = periodRange(period, year, index);
  if (!range)
    throw errors.invalid({
      period: {
        vi: 'Kỳ báo cáo không hợp lệ (tháng 1–12, quý 1–4, 6 tháng 1–2, năm).',
        en: 'Not a valid period (month 1–12, quarter 1–4, half 1–2, year).',
      },
    });
  return { period: period as ReportPeriod['period'], year, index: period === 'year' ? 1 : index, ...range };
}
