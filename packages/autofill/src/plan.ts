/**
 * Decides which profile value goes in which field, and why: taught rules, then autocomplete, then
 * name/id patterns, then Vietnamese label patterns (accent-insensitive). Only the applicant's fields
 * take the applicant's details; another person's field is filled only from the profile the officer
 * assigned to that person, or when the officer asks. Unrecognised fields are listed, not guessed.
 */
import { foldVietnamese } from '@motcua/core';
import { personKey, splitIdentifier } from './person.js';
import type {
  CitizenProfile,
  FieldInfo,
  FieldPerson,
  FillPlan,
  FillRule,
  Person,
  PersonKey,
  PlanEntry,
  PlanLayer,
  PlanOptions,
  Relation,
  UnmatchedField,
} from './types.js';
import { dateFormatOf, datePartOf, datePartOption, formatDate, genderOption, matchOption, phoneFor } from './values.js';

type Key =
  | 'fullName'
  | 'dateOfBirth'
  | 'gender'
  | 'idNumber'
  | 'oldIdNumber'
  | 'issueDate'
  | 'phone'
  | 'email'
  | 'ethnicity'
  | 'nationality'
  | 'address'
  | 'currentAddress'
  | 'residence.province'
  | 'residence.commune'
  | 'residence.street'
  | 'district'
  | 'placeOfBirth'
  | 'hometown';

/** Label patterns on folded text, most specific first. Written for Vietnamese forms in general. */
const LABEL: [Key, RegExp][] = [
  ['email', /\be-?mail\b|thu dien tu/],
  ['phone', /dien thoai|\bsdt\b|\bso dt\b|di dong|\bphone\b|\bmobile\b/],
  ['issueDate', /ngay,? thang,? nam cap|ngay cap|cap ngay|date of issue/],
  ['oldIdNumber', /\bcmnd\b(?!.*(cccd|can cuoc|dinh danh))|chung minh (nhan dan|thu)(?!.*(cccd|can cuoc))/],
  [
    'idNumber',
    /so dinh danh|dinh danh ca nhan|ma dinh danh|can cuoc|\bcccd\b|giay to tuy than|\bgttt\b|so giay to|so ho chieu|id number/,
  ],
  ['placeOfBirth', /noi sinh|place of birth/],
  ['hometown', /que quan/],
  ['dateOfBirth', /ngay,? thang,? nam sinh|ngay sinh|sinh ngay|\bnam sinh\b|date of birth|birth ?date/],
  ['gender', /gioi tinh|\bgender\b|\bsex\b/],
  ['ethnicity', /dan toc|ethnic/],
  ['nationality', /quoc tich|nationality/],
  [
    'residence.province',
    /^(tinh ?\/ ?(thanh pho|tp)|tinh,? thanh pho|tinh thanh( pho)?|tinh|thanh pho|province|city)( (thuong tru|noi cu tru|cu tru|noi o|hien nay|noi sinh))?$/,
  ],
  [
    'residence.commune',
    /^(xa ?\/ ?phuong( ?\/ ?(dac khu|thi tran))?|phuong ?\/ ?xa( ?\/ ?(dac khu|thi tran))?|xa,? phuong(,? thi tran)?|xa|phuong|dac khu|commune|ward)( (thuong tru|noi cu tru|cu tru|noi o|hien nay))?$/,
  ],
  ['district', /^(quan ?\/ ?huyen|huyen ?\/ ?quan|quan|huyen|district)( (thuong tru|cu tru))?$/],
  [
    'residence.street',
    /so nha|ten duong|duong ?\/ ?pho|thon ?\/ ?(xom|ap|to)|to dan pho|dia chi (chi tiet|cu the)|chi tiet dia chi|street/,
  ],
  ['currentAddress', /(noi|cho) o hien (tai|nay)|dia chi hien (tai|nay)|noi o\b/],
  ['address', /thuong tru|noi cu tru|dia chi cu tru|ho khau|dia chi lien (he|lac)|\bdia chi\b|\baddress\b/],
  [
    'fullName',
    /ho,? chu dem,? (va )?ten|ho (va )?ten|ho,? ten|ten day du|ten (nguoi|cong dan|cha|me|vo|chong|con|tre)|full ?name|^ten$/,
  ],
];

/** name / id / formcontrolname patterns, on the identifier split into folded words. */
const NAME: [Key, RegExp][] = [
  ['email', /\be ?mail\b/],
  ['phone', /\b(so ?)?dien ?thoai\b|\bsdt\b|\bphone\b|\bmobile\b|\btel\b|\bdienthoai\b/],
  ['issueDate', /\bngay ?cap\b|\bngaycap\b|\bissue ?date\b/],
  ['oldIdNumber', /\bcmnd\b|\bso ?cmnd\b/],
  ['idNumber', /\bcccd\b|\bdinh ?danh\b|\bsodinhdanh\b|\bid ?number\b|\bidentity\b|\bcan ?cuoc\b|\bso ?giay ?to\b/],
  ['dateOfBirth', /\bngay ?sinh\b|\bngaysinh\b|\bdob\b|\bbirth ?(date|day)\b|\bdate ?of ?birth\b/],
  ['gender', /\bgioi ?tinh\b|\bgioitinh\b|\bgender\b|\bsex\b/],
  ['ethnicity', /\bdan ?toc\b|\bdantoc\b|\bethnic(ity)?\b/],
  ['nationality', /\bquoc ?tich\b|\bquoctich\b|\bnationality\b/],
  ['residence.province', /\btinh( ?thanh)?\b|\bprovince\b|\bma ?tinh\b/],
  ['residence.commune', /\bxa( ?phuong)?\b|\bphuong( ?xa)?\b|\bward\b|\bcommune\b/],
  ['district', /\bhuyen\b|\bquan ?huyen\b|\bdistrict\b/],
  ['residence.street', /\bso ?nha\b|\bstreet\b|\bduong\b/],
  ['fullName', /\bho ?ten\b|\bho ?va ?ten\b|\bhoten\b|\bhovaten\b|\bfull ?name\b/],
];

const AUTOCOMPLETE: Record<string, Key | `dateOfBirth.${'day' | 'month' | 'year'}`> = {
  name: 'fullName',
  bday: 'dateOfBirth',
  'bday-day': 'dateOfBirth.day',
  'bday-month': 'dateOfBirth.month',
  'bday-year': 'dateOfBirth.year',
  sex: 'gender',
  tel: 'phone',
  'tel-national': 'phone',
  email: 'email',
  'address-level1': 'residence.province',
  'address-level2': 'residence.commune',
  'street-address': 'residence.street',
  'address-line1': 'residence.street',
};

/** Old provinces merged on 1 July 2025 (Resolution 202/2025/QH15) → the province they joined. */
const MERGED: Record<string, string> = {
  'ha giang': 'Tuyên Quang',
  'yen bai': 'Lào Cai',
  'bac kan': 'Thái Nguyên',
  'vinh phuc': 'Phú Thọ',
  'hoa binh': 'Phú Thọ',
  'bac giang': 'Bắc Ninh',
  'thai binh': 'Hưng Yên',
  'hai duong': 'Hải Phòng',
  'ha nam': 'Ninh Bình',
  'nam dinh': 'Ninh Bình',
  'quang binh': 'Quảng Trị',
  'quang nam': 'Đà Nẵng',
  'kon tum': 'Quảng Ngãi',
  'binh dinh': 'Gia Lai',
  'ninh thuan': 'Khánh Hòa',
  'dak nong': 'Lâm Đồng',
  'binh thuan': 'Lâm Đồng',
  'phu yen': 'Đắk Lắk',
  'binh duong': 'Hồ Chí Minh',
  'ba ria vung tau': 'Hồ Chí Minh',
  'binh phuoc': 'Đồng Nai',
  'long an': 'Tây Ninh',
  'soc trang': 'Cần Thơ',
  'hau giang': 'Cần Thơ',
  'ben tre': 'Vĩnh Long',
  'tra vinh': 'Vĩnh Long',
  'tien giang': 'Đồng Tháp',
  'bac lieu': 'Cà Mau',
  'kien giang': 'An Giang',
  'thua thien hue': 'Huế',
};

/** The post-2025 province of an address printed before or after the reform (its last part). */
export function provinceOfAddress(address: string): string | undefined {
  const last = address.split(',').pop()?.trim();
  if (!last) return undefined;
  const key = foldVietnamese(last)
    .replace(/^(tinh|thanh pho|tp\.?|t\.)\s*/, '')
    .replace(/\s*-\s*/g, ' ')
    .trim();
  return MERGED[key] ?? last.replace(/^(Tỉnh|Thành phố|TP\.?|T\.)\s*/i, '');
}

/** The label patterns' key for a folded label; province and commune only for short labels (not a sentence). */
function labelKey(text: string): Key | undefined {
  if (!text) return undefined;
  const isShortLabel = text.length <= 40;
  return LABEL.find(
    ([key, re]) => re.test(text) && (isShortLabel || !/^(residence\.(province|commune)|district)$/.test(key)),
  )?.[0];
}

/** The labels of a date's three boxes. */
const DATE_PART_LABEL = new Map<string, 'day' | 'month' | 'year'>([
  ['ngay', 'day'],
  ['thang', 'month'],
  ['nam', 'year'],
  ['day', 'day'],
  ['month', 'month'],
  ['year', 'year'],
]);

/** A label that asks for an old number ("Số CMND cũ", "Số giấy tờ trước đây"): never the căn cước. */
const OLD_NUMBER = /\b(cu|truoc day|da cap truoc)\b(?! tru)/;

interface Classified {
  key: string;
  layer: PlanLayer;
  reason: string;
}

function classify(field: FieldInfo, rules: FillRule[], url: string | undefined): Classified | undefined {
  for (const rule of rules) {
    if (rule.scope && !url?.startsWith(rule.scope)) continue;
    const el = field.element;
    if (rule.selector && el) {
      try {
        if (el.matches(rule.selector)) return { key: rule.field, layer: 'rule', reason: `quy tắc: ${rule.selector}` };
      } catch {
        /* a bad selector in a shared rule never breaks the plan */
      }
    }
    if (rule.label && foldVietnamese(rule.label) === foldVietnamese(field.label))
      return { key: rule.field, layer: 'rule', reason: `quy tắc: “${rule.label}”` };
  }
  const ac = field.autocomplete?.toLowerCase().split(/\s+/).pop();
  if (ac && AUTOCOMPLETE[ac]) return { key: AUTOCOMPLETE[ac], layer: 'autocomplete', reason: `autocomplete="${ac}"` };
  for (const ident of [field.formControlName, field.name, field.htmlId]) {
    if (!ident) continue;
    const words = splitIdentifier(ident);
    const hit = NAME.find(([, re]) => re.test(words));
    if (hit) return { key: hit[0], layer: 'name', reason: `tên trường “${ident}”` };
  }
  for (const signal of field.signals) {
    if (signal.startsWith('row-head:')) continue;
    const shown = signal.replace(/^[\w-]+: /, '');
    const text = foldVietnamese(shown);
    // What a field is comes before its hint in brackets: "Nơi cư trú (ghi rõ số nhà, đường phố)" is an address.
    const head = text.replace(/\s*\([^)]*\)?/g, ' ').trim();
    const key = labelKey(head) ?? labelKey(text);
    if (key) return { key, layer: 'label', reason: `nhãn “${shown}”` };
  }
  // A date typed into three boxes, "Ngày", "Tháng", "Năm", under a legend that says which date.
  const part = DATE_PART_LABEL.get(foldVietnamese(field.label));
  const whole = part && field.section ? labelKey(foldVietnamese(field.section)) : undefined;
  if (part && (whole === 'dateOfBirth' || whole === 'issueDate'))
    return { key: `${whole}.${part}`, layer: 'label', reason: `nhãn “${field.label}” của “${field.section}”` };
  return undefined;
}

/** How the officer reads a role in a reason (the words forms use). */
const ROLE_WORDS: Record<string, string> = {
  householdHead: 'chủ hộ',
  householdMember: 'thành viên hộ gia đình',
  businessOwner: 'chủ hộ kinh doanh',
  business: 'hộ kinh doanh',
  registeredChild: 'người được khai sinh',
  father: 'cha',
  mother: 'mẹ',
  wife: 'vợ',
  husband: 'chồng',
  groom: 'bên nam',
  bride: 'bên nữ',
  partyA: 'bên A',
  partyB: 'bên B',
  spouse: 'vợ/chồng',
  child: 'con',
  deceased: 'người chết',
  proxy: 'người được ủy quyền',
  guardian: 'người giám hộ',
  ward: 'người được giám hộ',
  representative: 'người đại diện',
  witness: 'người làm chứng',
  beneficiary: 'đối tượng',
  subject: 'người được cấp giấy',
};

/** Why a field of someone else, or of no one known, is left empty: the words the officer reads. */
function skipDetail(person: FieldPerson, section: string | undefined): string {
  const whose = person.member ? `${ROLE_WORDS[person.role] ?? person.role} ${person.member}` : ROLE_WORDS[person.role];
  if (person.role === 'unknown') {
    if (!person.evidence) return 'Bỏ qua: không rõ ô này của ai';
    return person.source === 'section'
      ? `Bỏ qua: không rõ ô này của ai (phần “${person.evidence}” không nói là của ai)`
      : `Bỏ qua: không rõ ô này của ai (sau phần ${person.evidence})`;
  }
  if (person.source === 'label') return `Bỏ qua: ô của ${whose} (“${person.evidence}”)`;
  return `Bỏ qua: thuộc phần ${(person.source === 'section' ? person.evidence : section) || whose}`;
}

/**
 * Which value goes where, and why. Pure: reads only the descriptions, the profile, the rules and the
 * officer's choices (`options.people` for the form's other people, `options.fillAnyway`).
 */
export function planFill(
  fields: FieldInfo[],
  profile: CitizenProfile,
  rules: FillRule[] = [],
  options: PlanOptions = {},
): FillPlan {
  const entries: PlanEntry[] = [];
  const unmatched: UnmatchedField[] = [];
  const people = new Map<PersonKey, FieldPerson>();
  const url = options.url ?? (typeof location === 'undefined' ? undefined : location.href);
  const anyway = new Set(options.fillAnyway ?? []);
  let lastDate: { key: string; group: string | undefined } | undefined;
  for (const field of fields) {
    const person = field.person;
    const key0 = person.role === 'applicant' || person.role === 'unknown' ? undefined : personKey(person);
    if (key0 && !people.has(key0)) people.set(key0, person);
    let c = classify(field, rules, url);
    // Many portals kept "cmnd" in field names after the switch to CCCD: the visible label decides.
    if (
      c?.key === 'oldIdNumber' &&
      c.layer === 'name' &&
      field.signals.some((s) => /cccd|can cuoc|dinh danh/.test(foldVietnamese(s)))
    )
      c = { ...c, key: 'idNumber', reason: `${c.reason}, nhãn nói CCCD/định danh` };
    if (c?.key === 'idNumber' && c.layer !== 'rule' && OLD_NUMBER.test(foldVietnamese(field.label)))
      c = { ...c, key: 'oldIdNumber', reason: `${c.reason}, số cũ` };
    const part = field.kind === 'select' || field.kind === 'combobox' ? datePartOf(field.options) : undefined;
    if (
      part &&
      (!c || c.key === 'dateOfBirth' || c.key === 'issueDate') &&
      (c || (lastDate && lastDate.group === field.group))
    ) {
      const base = c?.key ?? lastDate?.key ?? 'dateOfBirth';
      c = { key: `${base}.${part}`, layer: c?.layer ?? 'label', reason: c?.reason ?? 'cùng nhóm ngày với ô trước' };
    }
    if (!c) {
      unmatched.push({ field, reason: 'unknown', detail: 'Không nhận ra trường này' });
      continue;
    }
    if (/\.(day|month|year)$/.test(c.key))
      lastDate = { key: c.key.replace(/\.(day|month|year)$/, ''), group: field.group };
    const why = `${c.reason}${field.section ? ` · mục “${field.section}”` : ''}`;
    // A taught rule may name the applicant's own relative ("relatives.father.fullName").
    const taughtRelative = /^relatives\.(\w+)\.(.+)$/.exec(c.key);
    let key = c.key;
    let from: PersonKey = 'applicant';
    let source: (Person & Partial<CitizenProfile>) | undefined = profile;
    if (taughtRelative) {
      key = taughtRelative[2] as string;
      from = `relatives.${taughtRelative[1]}`;
      source = profile.relatives?.find((r) => r.relation === (taughtRelative[1] as Relation));
    } else if (person.role !== 'applicant' && !anyway.has(field.id)) {
      const assigned = key0 ? options.people?.[key0] : undefined;
      if (!assigned) {
        unmatched.push({
          field,
          reason: person.role === 'unknown' ? 'unknown-person' : 'other-person',
          path: key,
          detail: skipDetail(person, field.section),
        });
        continue;
      }
      from = key0 as PersonKey;
      source = assigned;
    }
    let converted = source ? valueFor(field, key, source) : undefined;
    // A loaded list without the value will not take it; only a commune list reloads, after a province we fill first.
    if (
      converted &&
      'value' in converted &&
      field.kind === 'select' &&
      field.options?.length &&
      matchOption(field.options, converted.value) < 0 &&
      !(key === 'residence.commune' && entries.some((e) => e.path === 'residence.province' && e.from === from))
    )
      converted = { confirm: `Danh sách không có “${converted.value}”: cán bộ chọn` };
    if (converted && 'confirm' in converted) {
      unmatched.push({ field, reason: 'confirm', path: key, detail: converted.confirm });
      continue;
    }
    if (!converted?.value) {
      unmatched.push({ field, reason: 'no-value', path: key, detail: 'Hồ sơ không có thông tin này' });
      continue;
    }
    const whose =
      from === 'applicant'
        ? anyway.has(field.id)
          ? ' · cán bộ chọn điền'
          : ''
        : ` · hồ sơ của ${ROLE_WORDS[field.person.role] ?? from}`;
    entries.push({
      field,
      path: key,
      value: converted.value,
      layer: c.layer,
      reason: `${why}${whose}${converted.note ?? ''}`,
      from,
    });
  }
  const told = tellApart(entries, anyway);
  return {
    entries: told.entries,
    unmatched: [...unmatched, ...told.unmatched],
    people: [...people].map(([key, person]) => ({ key, person })),
  };
}

/** What one person has once: a name, a birth date, an ID number. */
const IDENTITY = /^(fullName|dateOfBirth|idNumber)(\.(day|month|year))?$/;

/**
 * Repeated identical controls that no part told apart: the applicant has one name, one birth date and one
 * ID, so where a form asks for one of them twice and only the form as a whole gave both to the applicant,
 * the others are someone else's we cannot name, and so is every field the form alone gave the applicant
 * after the first of them. The first part or label naming the applicant keeps its fields (a second part
 * claiming them too was misread); with none named, the first (forms open with who files) keeps them.
 */
function tellApart(planned: PlanEntry[], anyway: Set<string>): { entries: PlanEntry[]; unmatched: UnmatchedField[] } {
  const byPath = new Map<string, PlanEntry[]>();
  for (const e of planned)
    if (e.from === 'applicant' && e.layer !== 'rule' && !anyway.has(e.field.id) && IDENTITY.test(e.path))
      byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const drop = new Set<PlanEntry>();
  for (const same of byPath.values()) {
    if (same.length < 2) continue;
    // The first part naming the applicant keeps its fields (another part that claims them too was misread).
    const named = same.filter((e) => e.field.person.source !== 'form');
    const first = named[0];
    const keep = first ? named.filter((e) => e.field.section === first.field.section) : same.slice(0, 1);
    for (const e of same) if (!keep.includes(e)) drop.add(e);
  }
  if (!drop.size) return { entries: planned, unmatched: [] };
  // From the first of them on, a second person's fields have begun: nothing the form alone gave the
  // applicant, nor anything else in those parts, is theirs any more.
  const from = planned.findIndex((e) => drop.has(e));
  const parts = new Set([...drop].map((e) => e.field.section).filter(Boolean));
  for (const e of planned.slice(from))
    if (
      e.from === 'applicant' &&
      e.layer !== 'rule' &&
      !anyway.has(e.field.id) &&
      (e.field.person.source === 'form' || parts.has(e.field.section))
    )
      drop.add(e);
  return {
    entries: planned.filter((e) => !drop.has(e)),
    unmatched: [...drop].map((e) => ({
      field: withPerson(e.field, { role: 'unknown', source: 'form', evidence: '' }),
      reason: 'unknown-person' as const,
      path: e.path,
      detail: `Bỏ qua: không rõ ô này của ai (biểu mẫu hỏi “${e.field.label}” nhiều lần)`,
    })),
  };
}

/** The same description with another person (the element stays attached, not enumerable). */
function withPerson(field: FieldInfo, person: FieldPerson): FieldInfo {
  const copy = { ...field, person };
  Object.defineProperty(copy, 'element', { value: field.element, enumerable: false });
  return copy;
}

type Converted = { value: string; note?: string } | { confirm: string } | undefined;

/** The value of `key` for this field, from a profile (the card's fields and residence) or a noted person. */
function valueFor(field: FieldInfo, key: string, person: Person & Partial<CitizenProfile>): Converted {
  // Only citizens are issued a căn cước (12 digits): its holder's nationality goes without saying.
  const cardHolder = /^\d{12}$/.test(person.idNumber ?? '');
  const hints = [field.placeholder ?? '', field.pattern ?? '', field.label, ...field.signals];
  const pick = (text: string | undefined, note?: string): Converted => {
    if (!text) return undefined;
    if (field.options?.length && (field.kind === 'select' || field.kind === 'radio' || field.type === 'select2')) {
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
    case 'phone':
      return person.phone
        ? { value: phoneFor(person.phone, field.pattern, field.maxLength, field.placeholder) }
        : undefined;
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
    case 'currentAddress':
      return pick(person.currentAddress ?? fullResidence(person));
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
