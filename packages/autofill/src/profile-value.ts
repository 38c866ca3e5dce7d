/** The value of a profile path as one field expects it, from the applicant's profile or an assigned person. */
import { provinceOfAddress } from './provinces.js';
import type { CitizenProfile, FieldInfo, Person } from './types.js';
import { dateFormatOf, datePartOption, formatDate, genderOption, matchOption, phoneFor } from './values.js';

/** A value, with the profile path it really came from where that is not the one asked (`path`). */
export type Converted = { value: string; note?: string; path?: string } | { confirm: string } | undefined;

/** The value of `key` for this field, from a profile (the card's fields and residence) or a noted person. */
export function valueFor(field: FieldInfo, key: string, person: Person & Partial<CitizenProfile>): Converted {
  // Only citizens are issued a căn cước (12 digits): its holder's nationality goes without saying.
  const cardHolder = /^\d{12}$/.test(person.idNumber ?? '');
  const hints = [field.placeholder ?? '', field.pattern ?? '', field.label, ...field.signals];
  const pick = (text: string | undefined, note?: string): Converted => {
    if (!text) return undefined;
    if (
      field.options?.length &&
      (field.kind === 'select' || field.kind === 'radio' || field.type === 'select2' || field.type === 'select-menu')
    ) {
      const i = matchOption(field.options, text);
      if (i < 0) return undefined;
      return { value: field.options[i] as string, ...(note ? { note } : {}) };
    }
    return { value: text, ...(note ? { note } : {}) };
  };
  const datePart = /^(dateOfBirth|issueDate)\.(day|month|year)$/.exec(key);
  if (datePart) {
    const iso = person[datePart[1] as 'dateOfBirth' | 'issueDate'];
    if (!iso) return undefined;
    const [y, m, d] = iso.split('-').map((n) => Number.parseInt(n, 10));
    const n = datePart[2] === 'day' ? d : datePart[2] === 'month' ? m : y;
    if (n === undefined || Number.isNaN(n)) return undefined;
    const i = field.options ? datePartOption(field.options, n) : -1;
    return i >= 0 ? { value: field.options?.[i] as string } : { value: String(n) };
  }
  switch (key) {
    case 'fullName':
      return pick(person.fullName);
    case 'dateOfBirth':
    case 'issueDate': {
      const iso = person[key];
      if (!iso) return undefined;
      return { value: formatDate(iso, dateFormatOf(field.type, hints)) };
    }
    case 'gender': {
      if (!person.gender) return undefined;
      if (field.options) {
        const i = genderOption(field.options, person.gender);
        return i >= 0 ? { value: field.options[i] as string } : undefined;
      }
      return { value: person.gender };
    }
    case 'idNumber':
    case 'oldIdNumber': {
      const id = (person[key as 'idNumber'] ?? '').replace(/\s+/g, '');
      return id ? { value: id } : undefined;
    }
    case 'phone': {
      if (!person.phone) return undefined;
      const phone = phoneFor(person.phone, field.pattern, field.maxLength, field.placeholder);
      // A box after a "+84" prefix takes the number without its leading 0 (or country code).
      const prefixed = field.signals.some((s) => /^[\w-]+: \(?\+84\)?$/.test(s));
      return { value: prefixed ? phone.replace(/^(\+?84|0)/, '') : phone };
    }
    case 'email':
      return pick(person.email);
    case 'ethnicity':
      return pick(person.ethnicity);
    case 'nationality':
      return pick(
        person.nationality ?? (cardHolder ? 'Việt Nam' : undefined),
        person.nationality ? undefined : ' · thẻ căn cước chỉ cấp cho công dân Việt Nam',
      );
    case 'residence.province': {
      if (person.residence) return pick(person.residence.province);
      if (!person.address) return undefined;
      return pick(provinceOfAddress(person.address), ' · tỉnh suy từ địa chỉ trên thẻ (theo sắp xếp 2025)');
    }
    case 'residence.commune':
      if (person.residence) return { value: person.residence.commune };
      return { confirm: 'Địa chỉ trên thẻ là địa chỉ cũ: cán bộ chọn xã/phường mới' };
    case 'residence.street':
      return person.residence?.street ? { value: person.residence.street } : undefined;
    case 'district':
      return { confirm: 'Từ 01/7/2025 không còn cấp huyện: cán bộ kiểm tra trường này' };
    case 'currentAddress': {
      // Where no other place is noted, one lives where one resides: that value is the residence's (`address`).
      if (person.currentAddress) return pick(person.currentAddress);
      const residence = pick(fullResidence(person), ' · nơi ở hiện tại là nơi cư trú (hồ sơ không ghi nơi khác)');
      return residence && 'value' in residence ? { ...residence, path: 'address' } : residence;
    }
    case 'address':
      return pick(fullResidence(person) ?? person.address);
    default:
      return undefined;
  }
}

function fullResidence(person: Partial<CitizenProfile>): string | undefined {
  const r = person.residence;
  if (!r) return undefined;
  return [r.street, r.commune, r.province].filter(Boolean).join(', ');
}
