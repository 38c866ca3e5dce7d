/**
 * What a field asks for (a profile path), and the signal that says so: taught rules, then autocomplete,
 * then name/id patterns, then Vietnamese label patterns on accent-folded text; a date's three boxes or
 * selects as that date's day, month and year. Never whose it is (that is the field's person).
 */
import { foldVietnamese } from '@motcua/core';
import { splitIdentifier } from './person.js';
import type { FieldInfo, FillRule, PlanLayer } from './types.js';
import { datePartOf, genderOption } from './values.js';

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

/**
 * A label naming an administrative level by its unit words, one or several ("Tỉnh/Thành phố", "Xã, phường,
 * đặc khu", "Phường / Xã / Thị trấn"), optionally with what it is of ("… thường trú", "… nơi cư trú").
 */
function unitList(units: string, after = '', also = '', first = units): RegExp {
  const of = ['thuong tru', 'noi cu tru', 'cu tru', 'noi o', 'hien nay', also].filter(Boolean).join('|');
  return new RegExp(`^(${first})((\\s?[/,-]\\s?|\\s(hoac\\s)?)(${units}))*(${after || '(?!)'})?( (${of}))?$`);
}

/** Label patterns on folded text, most specific first. Written for Vietnamese forms in general. */
const LABEL: [Key, RegExp][] = [
  ['email', /\be-?mail\b|thu dien tu/],
  ['phone', /dien thoai|\bsdt\b|\bso dt\b|\bdtdd\b|^dt\W*$|di dong|\b(tele)?phone\b|\bmobile\b/],
  ['issueDate', /ngay,? thang,? nam cap|ngay cap|cap ngay|date of issue|\bissued? (date|on)\b/],
  // An old number only where the label names no căn cước at all ("Số CMND", but not "Số CCCD/CMND").
  ['oldIdNumber', /^(?!.*(cccd|can cuoc|dinh danh)).*(\bcmnd\b|chung minh (nhan dan|thu))/],
  [
    'idNumber',
    /so dinh danh|dinh danh ca nhan|ma dinh danh|can cuoc|\bcccd\b|giay to tuy than|\bgttt\b|so giay to|id number|\b(citizen|national) id\b|\bid card\b/,
  ],
  ['placeOfBirth', /noi sinh|place of birth/],
  ['hometown', /que quan/],
  ['dateOfBirth', /ngay,? thang,? nam sinh|ngay sinh|sinh ngay|\bnam sinh\b|date of birth|birth ?date/],
  ['gender', /gioi tinh|\bgender\b|\bsex\b/],
  ['ethnicity', /dan toc|ethnic/],
  ['nationality', /quoc tich|nationality/],
  ['residence.province', unitList('tinh|thanh pho|tp|thanh|province|city', ' (truc thuoc trung uong|tw)', 'noi sinh')],
  ['residence.commune', unitList('xa|phuong|thi tran|dac khu|commune|ward')],
  ['district', unitList('quan|huyen|thi xa|thanh pho|district', '', '', 'quan|huyen|thi xa|district')],
  [
    'residence.street',
    /so nha|ten duong|duong ?\/ ?pho|thon ?\/ ?(xom|ap|to)|to dan pho|dia chi (chi tiet|cu the)|chi tiet dia chi|street/,
  ],
  // Below the commune, by its unit words alone ("Ấp/Khu phố", "Thôn, xóm", "Đường").
  ['residence.street', unitList('thon|xom|ap|to|khu pho|khom|ban|buon|bon|duong|pho|ngo|hem|kiet')],
  ['currentAddress', /(noi|cho) o hien (tai|nay)|dia chi hien (tai|nay)|noi o\b/],
  // "ĐKTT" / "HKTT": (nơi) đăng ký / hộ khẩu thường trú, as forms shorten it.
  [
    'address',
    /thuong tru|noi cu tru|dia chi cu tru|ho khau|\b(dktt|hktt)\b|dia chi lien (he|lac)|\bdia chi\b|\baddress\b/,
  ],
  [
    'fullName',
    /ho,? chu dem,? (va )?ten|ho (va )?ten|ho,? ten|ten day du|ten (nguoi|cong dan|cha|me|vo|chong|con|tre)|full ?name|^ten$|^(toi )?ten la$/,
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
  ['residence.province', /\btinh( ?thanh)?\b(?! ?trang)|\bprovince\b|\bma ?tinh\b/],
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

/** The label patterns' key for a folded label; province and commune only for short labels (not a sentence). */
function labelKey(text: string): Key | undefined {
  if (!text) return undefined;
  const isShortLabel = text.length <= 40;
  return LABEL.find(
    ([key, re]) => re.test(text) && (isShortLabel || !/^(residence\.(province|commune)|district)$/.test(key)),
  )?.[0];
}

/** "Năm sinh" alone asks for the year, unless the field wants a whole date (a date input, a dd/mm format). */
function asksYearOnly(field: FieldInfo, label: string): boolean {
  if (!/\bnam sinh\b/.test(label) || /\bngay\b|\bthang\b/.test(label) || field.type === 'date') return false;
  return !/d{1,2}\W+m{1,2}|ngay|thang/i.test(`${field.placeholder ?? ''} ${field.pattern ?? ''}`);
}

/** What a label asks of a place by its unit words. */
const UNITS = new Set<Key>(['residence.province', 'residence.commune', 'district']);

/** The labels of a date's three boxes. */
const DATE_PART_LABEL = new Map<string, 'day' | 'month' | 'year'>([
  ['ngay', 'day'],
  ['thang', 'month'],
  ['nam', 'year'],
  ['day', 'day'],
  ['month', 'month'],
  ['year', 'year'],
  ['dd', 'day'],
  ['mm', 'month'],
  ['yyyy', 'year'],
]);

/**
 * Words saying a field asks something other than the profile's value its other words name: a place applied
 * for, moved to or to send results to, a former one; a work or fixed phone; the issue date of another paper;
 * a lunar birth date; another name than the one on the card. Read with the person's qualifier cut off
 * ("Nơi cư trú của người đề nghị đăng ký" is the applicant's address).
 */
const PLACE_NOT_OWN =
  /\b(noi|dia chi|dia diem|cho o) (de nghi|xin|chuyen (den|toi)|den|se o|du kien|nhan)\b|\bde nghi (dang ky|thuong tru|tam tru)\b|\bmoi\b|\bchuyen (den|toi|di)\b|\b(nhan|gui|tra|giao) (ket qua|giay to|ho so|ban sao|trich luc|qua buu)|\bbuu (dien|chinh)\b|\bdu kien\b|\btam (tru|vang)\b|^so (?!nha)/;
const NOT_THE_PROFILES: Partial<Record<string, RegExp>> = {
  address: PLACE_NOT_OWN,
  currentAddress: PLACE_NOT_OWN,
  'residence.province': PLACE_NOT_OWN,
  'residence.commune': PLACE_NOT_OWN,
  'residence.street': PLACE_NOT_OWN,
  district: PLACE_NOT_OWN,
  phone: /\bco quan\b|\bnoi lam viec\b|\bfax\b|\bnha rieng\b|\bco dinh\b/,
  issueDate:
    /\bcap (?!giay to|giay chung minh|giay cmnd)(giay|chung nhan|chung chi|ho chieu|trich luc|ban sao|van bang|bang|the (bhyt|bao hiem)|so ho khau|quyet dinh|ma so)/,
  dateOfBirth: /\bam lich\b/,
  fullName: /\bten goi khac\b|\bbi danh\b|\bten (co quan|to chuc|doanh nghiep|ho kinh doanh|cong ty|giay to|van ban)\b/,
};
const FORMER = /(?<!\p{L})(cũ|trước đây|trước khi|trước ngày)(?!\p{L})/iu;
/** A person's qualifier at a label's end ("… của người yêu cầu", "… người kê khai"). */
const QUALIFIER = /\s*\b(cua )?(nguoi|ben|chu ho)\b.*$/;

/** Whether what the field's label or name says makes it ask something other than the profile's `key`. */
function notTheProfiles(field: FieldInfo, key: string): boolean {
  const re = NOT_THE_PROFILES[key.replace(/\.(day|month|year)$/, '')];
  if (!re) return false;
  // A former place says "cũ" in the label (folded, "cu" is also "cư": never read from a name).
  // So does its part's title, for its place's parts ("Nơi thường trú ghi trong sổ hộ khẩu (trước ngày 01/7/2025)").
  if (re === PLACE_NOT_OWN && (FORMER.test(field.label) || FORMER.test(field.section ?? ''))) return true;
  // A model path names its person first (`nguoiDeNghi.thuongTru.tinh`): only its last part says what is asked.
  const texts = [
    foldVietnamese(field.label).replace(QUALIFIER, ''),
    ...[field.name, field.htmlId].map((i) => (i ? splitIdentifier(i.split('.').pop() as string) : '')),
  ];
  return texts.some((t) => t && re.test(t));
}

/**
 * A label put as a question to the one filing, read as the label it stands for: "Bạn đang cư trú tại tỉnh,
 * thành phố nào?" is "tỉnh, thành phố"; "Xã, phường nơi bạn cư trú" is "xã, phường nơi cư trú".
 */
const asked = (text: string) =>
  text
    .replace(/^(ban|toi) (dang |hien )?(cu tru|song|o) (tai|o) /, '')
    .replace(/\s+nao\W*$/, '')
    .replace(/\bnoi (ban|toi) /, 'noi ');

/** A label that asks for an old number ("Số CMND cũ", "Số giấy tờ trước đây"): never the căn cước. */
const OLD_NUMBER = /\b(cu|truoc day|da cap truoc)\b(?! tru)/;

export interface Classified {
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
    // A model path names its object first, its field last (`vm.hoSo.me.hoTen`): the last part says what it asks.
    const words = splitIdentifier(ident.split('.').pop() as string);
    const hit = NAME.find(([, re]) => re.test(words));
    if (hit) return { key: hit[0], layer: 'name', reason: `tên trường “${ident}”` };
  }
  for (const signal of field.signals) {
    if (signal.startsWith('row-head:')) continue;
    const shown = signal.replace(/^[\w-]+: /, '');
    // A label's number or letter in the form's outline says nothing ("3. Tỉnh/Thành phố", "a) Xã").
    const text = foldVietnamese(shown).replace(/^\s*(\d{1,2}(\.\d{1,2})*|[a-d]|[ivx]{1,4})[.)]\s+/, '');
    // What a field is comes before its hint in brackets: "Nơi cư trú (ghi rõ số nhà, đường phố)" is an address.
    const head = asked(text.replace(/\s*\([^)]*\)?/g, ' ').trim());
    // "Nơi thường trú — Tỉnh/Thành phố": what is asked of a place comes after the dash, its unit.
    const unit = labelKey(
      head
        .split(/\s[—–-]\s|:\s+|\s[›>]\s/)
        .pop()
        ?.trim() ?? '',
    );
    const key = (unit && UNITS.has(unit) ? unit : undefined) ?? labelKey(head) ?? labelKey(text);
    if (key === 'dateOfBirth' && asksYearOnly(field, head))
      return { key: 'dateOfBirth.year', layer: 'label', reason: `nhãn “${shown}” (chỉ năm)` };
    if (key) return { key, layer: 'label', reason: `nhãn “${shown}”` };
  }
  // A bare "Số" under a part naming an identity paper ("Giấy tờ tùy thân: Số […] Ngày cấp […]") is that paper's number.
  const paper = labelKey(foldVietnamese(field.section ?? ''));
  if (/^so\W*$/.test(foldVietnamese(field.label).trim()) && (paper === 'idNumber' || paper === 'oldIdNumber'))
    return { key: paper, layer: 'label', reason: `nhãn “${field.label}” của “${field.section}”` };
  // An input's own type says what it asks where no label does (a fax number is no phone).
  if (field.type === 'email') return { key: 'email', layer: 'label', reason: 'ô kiểu email' };
  if (field.type === 'tel' && !field.signals.some((s) => /\bfax\b/.test(foldVietnamese(s))))
    return { key: 'phone', layer: 'label', reason: 'ô kiểu điện thoại' };
  // Choices that offer only the genders ask the gender, whatever their label.
  if (
    field.options &&
    field.options.length <= 3 &&
    genderOption(field.options, 'Nam') >= 0 &&
    genderOption(field.options, 'Nữ') >= 0
  )
    return { key: 'gender', layer: 'label', reason: `lựa chọn “${field.options.join(' / ')}”` };
  return undefined;
}

/** What a date's box is labelled with, or shows as its placeholder ("Ngày", "Tháng", "Năm", "dd", "mm", "yyyy"). */
const partWord = (text: string | undefined) => DATE_PART_LABEL.get(foldVietnamese(text ?? '').replace(/[^a-z]/g, ''));

/**
 * A date typed into boxes: a box labelled, or showing as its placeholder, the day, the month or the year,
 * of the date its label, its legend or the box before it in its group names ("Ngày sinh: [Ngày] [Tháng]
 * [Năm]"). A box only a placeholder calls a part must be short (a day, a month, a year) or show a format's
 * token ("dd", "mm", "yyyy") to be one.
 */
function dateBox(field: FieldInfo, lastDate: DateRun | undefined): Classified | undefined {
  // A list labelled "Ngày" / "Tháng" / "Năm" is a part too, whatever options it shows yet (a dropdown's on demand).
  const choice = field.kind === 'select' || field.kind === 'combobox';
  if (field.kind !== 'text' && !choice) return undefined;
  // A part's word may follow the date's own label in one ("Ngày, tháng, năm sinh Ngày": a label and a sub-label).
  const tail = /^(.*\S)\s+(\S+)$/.exec(foldVietnamese(field.label));
  const trailing =
    tail && /^(dateOfBirth|issueDate)$/.test(labelKey(tail[1] as string) ?? '') ? partWord(tail[2]) : undefined;
  const labelled = partWord(field.label) ?? trailing;
  const part = labelled ?? (choice ? undefined : partWord(field.placeholder));
  if (!part) return undefined;
  // A format's own token ("dd", "mm", "yyyy") shows one part of a date, never a word that could name a whole one.
  const token = /^\s*(dd|mm|yyyy)\s*$/i.test(field.placeholder ?? '');
  const short =
    labelled || token || (field.maxLength ?? 99) <= 4 || field.type === 'number' || lastDate?.group === field.group;
  if (!short) return undefined;
  const named = field.signals.filter((s) => !s.startsWith('placeholder:')).map((s) => s.replace(/^[\w-]+: /, ''));
  for (const text of [...named, field.section ?? '']) {
    const whole = labelKey(
      foldVietnamese(text)
        .replace(/\s*\([^)]*\)?/g, ' ')
        .trim(),
    );
    if (whole === 'dateOfBirth' || whole === 'issueDate')
      return {
        key: `${whole}.${part}`,
        layer: 'label',
        reason: `ô “${field.label || field.placeholder}” của “${text}”`,
      };
  }
  if (lastDate && lastDate.group === field.group && /^(dateOfBirth|issueDate)$/.test(lastDate.key))
    return { key: `${lastDate.key}.${part}`, layer: 'label', reason: 'cùng nhóm ngày với ô trước' };
  return undefined;
}

/** The date a run of day/month/year selects belongs to, carried from one field to the next. */
export interface DateRun {
  key: string;
  group: string | undefined;
  /** The part the last field was (`day`, `month`, `year`). */
  part?: string;
}

/**
 * A date typed into three boxes told apart only by their lengths (`maxlength` or `size`), as forms write
 * dates, day first: "Ngày sinh: [__] / [__] / [____]". The box a date's label names, two characters long,
 * is its day; the next box of its group with no label of its own, two long, the month; then four, the year.
 */
function boxByLength(field: FieldInfo, c: Classified | undefined, lastDate: DateRun | undefined) {
  const length = field.kind === 'text' ? (field.maxLength ?? field.size) : undefined;
  if (!length || c?.layer === 'rule' || c?.layer === 'autocomplete') return undefined;
  const key = c?.key ?? lastDate?.key ?? '';
  if (!/^(dateOfBirth|issueDate)$/.test(key)) return undefined;
  // The boxes after the first may repeat its label (a table's cell to the left) or have none.
  const follows = lastDate?.group === field.group && lastDate?.key === key;
  const part =
    follows && lastDate?.part === 'day' && length <= 2
      ? 'month'
      : follows && lastDate?.part === 'month' && length === 4
        ? 'year'
        : c && !follows && length <= 2
          ? 'day'
          : '';
  if (!part) return undefined;
  return {
    key: `${key}.${part}`,
    layer: c?.layer ?? 'label',
    reason: `${c?.reason ?? 'ô kế tiếp của ngày'} (ô ${part})`,
  };
}

/**
 * What the field asks for, with the corrections a field's own words make: a name that says "cmnd" under
 * a label saying CCCD is the căn cước; a label asking for an old number never takes it; a select of days,
 * months or years is part of the date it is labelled with, or of the date the select before it began.
 */
export function recognise(
  field: FieldInfo,
  rules: FillRule[],
  url: string | undefined,
  lastDate: DateRun | undefined,
): Classified | undefined {
  let c = classify(field, rules, url);
  if (c?.layer !== 'rule') c = dateBox(field, lastDate) ?? boxByLength(field, c, lastDate) ?? c;
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
  if (c && c.layer !== 'rule' && c.layer !== 'autocomplete' && notTheProfiles(field, c.key))
    return { key: 'notInProfile', layer: c.layer, reason: `${c.reason}: không hỏi thông tin có trong hồ sơ` };
  return c;
}
