/**
 * A query parameter shared by several staff routes, checked into a value or a field-by-field 400 (the
 * public reads validate their whole query with core's schemas instead, through `valid('query', …)`).
 */
import { errors } from './errors.js';

/** A whole number in [min, max] from a query parameter, or a 400 naming it. */
export function intParam(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw errors.invalid({
      [name]: { vi: `Phải là số nguyên từ ${min} đến ${max}.`, en: `Must be a whole number from ${min} to ${max}.` },
    });
  return Number(raw);
}
