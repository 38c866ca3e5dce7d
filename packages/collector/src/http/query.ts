/** Query parameters shared by several routes, checked into values or a field-by-field 400. */
import { vnDay } from '@motcua/core';
import { errors } from './errors.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Reports start in 2000 and no one plans past 2100: anything else is a typing error, never a query. */
export const YEARS = { min: 2000, max: 2100 } as const;

export function isDay(v: string): boolean {
  if (!ISO_DAY.test(v)) return false;
  const year = Number(v.slice(0, 4));
  if (year < YEARS.min || year > YEARS.max) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** `from` and `to` (Vietnam days, YYYY-MM-DD) defaulting to the last year. */
export function dayRange(query: (name: string) => string | undefined): { from: string; to: string } {
  const from = query('from') ?? '';
  const to = query('to') ?? '';
  const fields: Record<string, { vi: string; en: string }> = {};
  for (const [name, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (v && !isDay(v))
      fields[name] = {
        vi: `Ngày không hợp lệ (YYYY-MM-DD, năm ${YEARS.min}–${YEARS.max}).`,
        en: `Not a valid date (YYYY-MM-DD, year ${YEARS.min}–${YEARS.max}).`,
      };
  }
  if (Object.keys(fields).length) throw errors.invalid(fields);
  return { from: from || vnDay(Date.now() - 365 * 86400_000), to: to || vnDay(Date.now()) };
}

/** A whole number in [min, max] from a query parameter, or a 400 naming it. */
export function intParam(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw errors.invalid({
      [name]: { vi: `Phải là số nguyên từ ${min} đến ${max}.`, en: `Must be a whole number from ${min} to ${max}.` },
    });
  return Number(raw);
}
