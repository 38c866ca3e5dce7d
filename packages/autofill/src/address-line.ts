/**
 * An address line beside its own part's commune list is that address's street: "Địa chỉ (số nhà, đường,
 * tổ/thôn)" after "Tỉnh / Thành phố" and "Xã / Phường" of the same person asks only what is below the commune.
 */
import { foldVietnamese } from '@motcua/core';
import { valueFor } from './profile-value.js';
import type { CitizenProfile, PlanEntry, Person, UnmatchedField } from './types.js';

/** A hint naming only what lies below the commune: số nhà, đường, tổ, thôn, xóm, ấp, ngõ, hẻm. */
const STREET_HINT = /\((?:[^)]*\b(so nha|duong|pho|to|thon|xom|ap|ngo|hem|khu pho)\b[^)]*)\)/;

/** The plan's whole-address entries made street lines where their part also asks the commune. */
export function streetsBesideCommunes(
  entries: PlanEntry[],
  unmatched: UnmatchedField[],
  sourceOf: (e: PlanEntry) => (Person & Partial<CitizenProfile>) | undefined,
): PlanEntry[] {
  const communes = [...entries.map((e) => ({ field: e.field, path: e.path, from: e.from })), ...unmatched].filter(
    (x) => x.path === 'residence.commune',
  );
  return entries.map((e) => {
    if (e.path !== 'address' || !STREET_HINT.test(foldVietnamese(e.field.label))) return e;
    const beside = communes.some(
      (c) => c.field.section === e.field.section && c.field.person.role === e.field.person.role,
    );
    const source = beside ? sourceOf(e) : undefined;
    const street = source ? valueFor(e.field, 'residence.street', source) : undefined;
    if (!street || !('value' in street)) return e;
    return {
      ...e,
      path: 'residence.street',
      value: street.value,
      reason: `${e.reason} · dòng số nhà, đường (phần có xã/phường riêng)`,
    };
  });
}
