/**
 * The 34 provinces of the 2025 reorganisation and their communes, by official statistics-office code
 * (core's data/admin-units/codes.json): what ties a unit to its province.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface AdminCodes {
  provinces: { code: string; name: string }[];
  /** [commune code, name, province code] */
  communes: [string, string, string][];
}

let codes: AdminCodes | undefined;

export function adminCodes(): AdminCodes {
  codes ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve('@motcua/core/data/admin-units/codes.json'), 'utf8'),
  ) as AdminCodes;
  return codes;
}

export const PROVINCE_CODE = /^\d{2}$/;
export const COMMUNE_CODE = /^\d{5}$/;
