/**
 * The report period of a request, from its query as core's `PeriodQuerySchema` read it, checked into its
 * Vietnam days or a 400 (a quarter 5, say).
 */
import type { PeriodQuerySchema } from '@motcua/core';
import type * as v from 'valibot';
import { errors } from '../http/errors.js';
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

export function periodOf(query: v.InferOutput<typeof PeriodQuerySchema>): ReportPeriod {
  const now = new Date();
  const { period } = query;
  const year = query.year ?? now.getFullYear();
  const index = query.index ?? now.getMonth() + 1;
  const range = periodRange(period, year, index);
  if (!range)
    throw errors.invalid({
      period: {
        vi: 'Kỳ báo cáo không hợp lệ (tháng 1–12, quý 1–4, 6 tháng 1–2, năm).',
        en: 'Not a valid period (month 1–12, quarter 1–4, half 1–2, year).',
      },
    });
  return { period, year, index: period === 'year' ? 1 : index, ...range };
}
