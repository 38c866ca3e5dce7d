/**
 * Addresses after the 2025 reorganisation: converts an address written before 1 July 2025 (province,
 * district, commune) into the two-level address in force since (province, commune), and lists the 34
 * provinces and their communes for pickers. Data: packages/core/data/admin-units/ (see its README).
 */
import data from '../../data/admin-units/admin-units.js';
import { foldVietnamese } from '../text.js';

/** A post-2025 address: province (tỉnh/thành phố) and commune (xã/phường/đặc khu), street kept as written. */
export interface NewAddress {
  province: string;
  commune: string;
  street?: string;
}

export type AddressErrorCode = 'empty' | 'unknown' | 'split' | 'ambiguous';

export type ToNewAddressResult =
  | { ok: true; value: NewAddress }
  | {
      ok: false;
      error: AddressErrorCode;
      message: { vi: string; en: string };
      candidates: { province: string; commune: string }[];
      street?: string;
    };

interface AdminUnitsData {
  provinces: string[];
  communes: string[][];
  old: { name: string; code: string; districts: { name: string; communes: [string, ...[number, number][]][] }[] }[];
}

const units = data as unknown as AdminUnitsData;

const MESSAGES: Record<AddressErrorCode, { vi: string; en: string }> = {
  empty: { vi: 'Chưa có địa chỉ.', en: 'The address is empty.' },
  unknown: {
    vi: 'Không xác định được xã/phường của địa chỉ này; vui lòng chọn tỉnh và xã/phường.',
    en: 'Could not place this address; please choose the province and commune.',
  },
  split: {
    vi: 'Xã/phường cũ này đã được chia cho nhiều xã/phường mới; vui lòng chọn.',
    en: 'This old commune was split between several new communes; please choose one.',
  },
  ambiguous: {
    vi: 'Có nhiều xã/phường cùng tên; vui lòng chọn.',
    en: 'Several communes have this name; please choose one.',
  },
};

const UNIT_WORDS = /^(thanh pho|tinh|quan|huyen|thi xa|phuong|xa|thi tran|dac khu)\s+(.+)$/;
const ALIASES: Record<string, string> = {
  hcm: 'ho chi minh',
  tphcm: 'ho chi minh',
  'sai gon': 'ho chi minh',
  hn: 'ha noi',
  'thua thien hue': 'hue',
  'tt hue': 'hue',
  brvt: 'ba ria vung tau',
};

interface Key {
  unit: string;
  bare: string;
  full: string;
}

/** Folds one address part and expands unit abbreviations ("TP.", "TX.", "P.", "Q.", "H.", "X.", "TT."). */
function keyOf(part: string): Key {
  let s = foldVietnamese(part)
    .replace(/^(tp|t\.p)(?:[\s.]+|(?=\d))/, 'thanh pho ')
    .replace(/^tx(?:[\s.]+|(?=\d))/, 'thi xa ')
    .replace(/^tt(?:[\s.]+|(?=\d))/, 'thi tran ')
    .replace(/^q(?:\.\s*|(?=\d))/, 'quan ')
    .replace(/^h\.\s*/, 'huyen ')
    .replace(/^p(?:\.\s*|(?=\d))/, 'phuong ')
    .replace(/^x\.\s*/, 'xa ')
    .replace(/^t\.\s*/, 'tinh ');
  s = s
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const full = ALIASES[s] ?? s;
  const m = UNIT_WORDS.exec(s);
  let bare = m?.[2] ?? s;
  bare = ALIASES[bare] ?? bare;
  bare = bare.replace(/\b0+(\d)/g, '$1');
  return { unit: m?.[1] ?? '', bare, full: full.replace(/\b0+(\d)/g, '$1') };
}

/** Does an address part name this unit? A unit word in the part must agree with the unit's own. */
function matches(part: Key, unit: Key): boolean {
  // "phuong binh" may be "Phường Bình" or, typed without diacritics, "Xã Phương Bình": allow both readings.
  if (part.unit) return (part.bare === unit.bare && part.unit === unit.unit) || part.full === unit.bare;
  return part.bare === unit.bare || part.full === unit.bare;
}

/** Of the units a part names, those whose unit word agrees exactly, if any; else all of them. */
function preferExact<T extends { key: Key }>(part: Key, found: T[]): T[] {
  if (!part.unit) return found;
  const exact = found.filter((f) => f.key.unit === part.unit && f.key.bare === part.bare);
  return exact.length ? exact : found;
}

const DISTRICT_UNITS = new Set(['quan', 'huyen', 'thi xa', 'thanh pho']);

interface OldCommune {
  name: string;
  key: Key;
  refs: [number, number][];
}
interface OldDistrict {
  key: Key;
  communes: OldCommune[];
}
interface OldProvince {
  name: string;
  code: string;
  key: Key;
  districts: OldDistrict[];
  /** New provinces its communes went to. */
  targets: Set<number>;
}

let index: { old: OldProvince[]; provinceKeys: Key[]; communeKeys: Key[][] } | undefined;

function getIndex() {
  if (index) return index;
  const old = units.old.map((p) => {
    const targets = new Set<number>();
    const districts = p.districts.map((d) => ({
      key: keyOf(d.name),
      communes: d.communes.map(([name, ...refs]) => {
        for (const r of refs) targets.add(r[0]);
        return { name, key: keyOf(name), refs };
      }),
    }));
    return { name: p.name, code: p.code, key: keyOf(p.name), districts, targets };
  });
  index = {
    old,
    provinceKeys: units.provinces.map(keyOf),
    communeKeys: units.communes.map((list) => list.map(keyOf)),
  };
  return index;
}

/** The 34 provinces and centrally run cities since 1 July 2025, official names, sorted. */
export function listProvinces(): string[] {
  return [...units.provinces];
}

/** The communes, wards and special zones of a post-2025 province (official names, sorted). */
export function listCommunes(province: string): string[] {
  const key = keyOf(province);
  const i = getIndex().provinceKeys.findIndex((k) => k.bare === key.bare);
  return i < 0 ? [] : [...(units.communes[i] ?? [])];
}

/** The old (pre-2025) province whose statistics-office code is given ("49" → "Tỉnh Quảng Nam"). */
export function oldProvinceByCode(code: string): string | undefined {
  return units.old.find((p) => p.code === code)?.name;
}

const refToUnit = ([p, c]: [number, number]) => ({
  province: units.provinces[p] ?? '',
  commune: units.communes[p]?.[c] ?? '',
});

function uniqueRefs(refs: [number, number][]): [number, number][] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = r.join('.');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function failure(error: AddressErrorCode, refs: [number, number][], street: string): ToNewAddressResult {
  const result: ToNewAddressResult = {
    ok: false,
    error,
    message: MESSAGES[error],
    candidates: uniqueRefs(refs).map(refToUnit),
  };
  if (street) result.street = street;
  return result;
}

function success(ref: [number, number], street: string): ToNewAddressResult {
  const value: NewAddress = refToUnit(ref);
  if (street) value.street = street;
  return { ok: true, value };
}

/** Picks the communes a part names, preferring those whose unit word agrees exactly. */
function pickCommunes(part: Key, communes: OldCommune[]): OldCommune[] {
  return preferExact(
    part,
    communes.filter((c) => matches(part, c.key)),
  );
}

/**
 * Converts a pre-2025 address ("Tổ 5, Phường Tân Thạnh, Thành phố Tam Kỳ, Quảng Nam", abbreviations and
 * missing diacritics allowed) into the post-2025 province and commune, keeping the street part. An
 * address already in the new form is recognised too. A split old commune or text it cannot place gives
 * `ok: false` with the candidates for the officer to choose from.
 */
export function toNewAddress(oldAddress: string): ToNewAddressResult {
  if (typeof oldAddress !== 'string' || !oldAddress.trim()) return failure('empty', [], '');
  const { old, provinceKeys, communeKeys } = getIndex();
  const parts = oldAddress
    .normalize('NFC')
    .split(/[,;\n]/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const keys = parts.map(keyOf);
  let end = keys.length; // parts[0..end) not yet consumed
  const last = keys[end - 1];
  if (!last) return failure('empty', [], '');

  // Province: an old one, a new one, or none written.
  const provOld = old.filter((p) => matches({ ...last, unit: '' }, p.key));
  const provNew = provinceKeys.flatMap((k, i) => (matches({ ...last, unit: '' }, k) ? [i] : []));
  let candidates: OldProvince[] = old;
  if (provOld.length || provNew.length) {
    end--;
    candidates = old.filter((p) => provOld.includes(p) || provNew.some((n) => p.targets.has(n)));
  }
  const streetOf = (n: number) => parts.slice(0, n).join(', ');

  // Old district, then old commune.
  const districtKey = keys[end - 1];
  let districtMatched = false;
  if (districtKey) {
    const districts = preferExact(
      districtKey,
      candidates.flatMap((p) => p.districts.filter((d) => matches(districtKey, d.key))),
    );
    districtMatched = districts.length > 0;
    const communeKey = keys[end - 2];
    if (districts.length && communeKey) {
      const communes = districts.flatMap((d) => pickCommunes(communeKey, d.communes));
      if (communes.length) return resolve(communes, streetOf(end - 2));
    }
  }
  // New form: commune of a new province (not when the part is written as a district).
  const communeKey = keys[end - 1];
  if (communeKey && provNew.length && !DISTRICT_UNITS.has(communeKey.unit)) {
    const refs = provNew.flatMap((p) =>
      (communeKeys[p] ?? []).flatMap((k, c) => (matches(communeKey, k) ? [[p, c] as [number, number]] : [])),
    );
    // Without a unit word, a name shared by an old district and a new commune needs the officer.
    if (refs.length === 1 && refs[0] && !(districtMatched && !communeKey.unit))
      return success(refs[0], streetOf(end - 1));
    if (refs.length) return failure('ambiguous', refs, streetOf(end - 1));
  }
  // Old commune with no district written.
  if (communeKey && (provOld.length || provNew.length)) {
    const communes = candidates.flatMap((p) => p.districts.flatMap((d) => pickCommunes(communeKey, d.communes)));
    if (communes.length) return resolve(communes, streetOf(end - 1));
  }
  return failure('unknown', [], oldAddress.normalize('NFC').trim());
}

function resolve(communes: OldCommune[], street: string): ToNewAddressResult {
  const refs = uniqueRefs(communes.flatMap((c) => c.refs));
  if (refs.length === 1 && refs[0]) return success(refs[0], street);
  return failure(communes.length > 1 ? 'ambiguous' : 'split', refs, street);
}
