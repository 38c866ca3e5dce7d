/** Turns profile values into what a field expects: date formats, option text, phone shapes. */
import { foldVietnamese } from '@motcua/core';

const collator = new Intl.Collator('vi', { sensitivity: 'base', ignorePunctuation: true });

/** Administrative and courtesy prefixes that option lists add or drop ("TP.", "Tỉnh", "Phường"). */
const UNIT_PREFIX =
  /^(thanh pho truc thuoc trung uong|thanh pho|tinh|tp\.?|t\.|thi xa|tx\.?|thi tran|tt\.?|phuong|p\.|xa|x\.|dac khu|quan|q\.|huyen|h\.)\s*/;

function stripUnit(text: string): string {
  const folded = foldVietnamese(text).replace(/\s*-\s*/g, ' ');
  return folded.replace(UNIT_PREFIX, '').trim();
}

/**
 * Index of the option that means `wanted`: equal by the Vietnamese collator (accents and case aside),
 * then equal once unit words are dropped ("TP. Hà Nội" = "Thành phố Hà Nội" = "Ha Noi"). -1 when none.
 */
export function matchOption(options: readonly string[], wanted: string): number {
  const exact = options.findIndex((o) => collator.compare(o.trim(), wanted.trim()) === 0);
  if (exact >= 0) return exact;
  const w = stripUnit(wanted);
  if (!w) return -1;
  const stripped = options.findIndex((o) => collator.compare(stripUnit(o), w) === 0);
  if (stripped >= 0) return stripped;
  return -1;
}

/** The gender word an option list offers ("Nam"/"Nữ", "Male"/"Female", "Trai"/"Gái"). */
export function genderOption(options: readonly string[], gender: 'Nam' | 'Nữ'): number {
  const words = gender === 'Nam' ? ['nam', 'male', 'trai', 'm'] : ['nu', 'female', 'gai', 'f'];
  return options.findIndex((o) => words.includes(foldVietnamese(o).replace(/[^a-z]/g, '')));
}

export type DateFormat = 'dd/mm/yyyy' | 'dd-mm-yyyy' | 'dd.mm.yyyy' | 'yyyy-mm-dd' | 'yyyy/mm/dd' | 'mm/dd/yyyy';

/** The format a date field wants, from its type, placeholder, pattern or label; Vietnamese dd/mm/yyyy otherwise. */
export function dateFormatOf(type: string, hints: string[]): DateFormat {
  if (type === 'date') return 'yyyy-mm-dd';
  const text = hints.join(' ').toLowerCase();
  const m = /(dd|ngày|ngay)([/.-])(mm|tháng|thang)\2(yyyy|năm|nam|yy)/.exec(text);
  if (m) return `dd${m[2]}mm${m[2]}yyyy` as DateFormat;
  if (/yyyy-mm-dd/.test(text)) return 'yyyy-mm-dd';
  if (/yyyy\/mm\/dd/.test(text)) return 'yyyy/mm/dd';
  if (/mm\/dd\/yyyy/.test(text)) return 'mm/dd/yyyy';
  return 'dd/mm/yyyy';
}

export function formatDate(iso: string, format: DateFormat): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  switch (format) {
    case 'yyyy-mm-dd':
      return `${y}-${m}-${d}`;
    case 'yyyy/mm/dd':
      return `${y}/${m}/${d}`;
    case 'mm/dd/yyyy':
      return `${m}/${d}/${y}`;
    default:
      return `${d}${format[2]}${m}${format[2]}${y}`;
  }
}

/** The phone number in the first shape the field's pattern and length accept (0912345678 by default). */
export function phoneFor(phone: string, pattern?: string, maxLength?: number, placeholder?: string): string {
  const digits = phone.replace(/\D/g, '');
  const national = digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  const rest = national.slice(1);
  const shapes = [
    national,
    `+84${rest}`,
    `84${rest}`,
    `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`,
    `${national.slice(0, 4)}.${national.slice(4, 7)}.${national.slice(7)}`,
  ];
  if (placeholder?.trim().startsWith('+84')) shapes.unshift(`+84${rest}`);
  for (const shape of shapes) {
    if (maxLength && shape.length > maxLength) continue;
    if (pattern) {
      try {
        if (!new RegExp(`^(?:${pattern})$`, 'v').test(shape)) continue;
      } catch {
        return national;
      }
    }
    return shape;
  }
  return national;
}

/** A select's "choose" entry ("-- Chọn --", value "" or "-1"): not a value a person picks. */
export function isPlaceholderOption(option: { value: string; text: string }): boolean {
  return (
    option.value === '' || option.value === '-1' || /^\s*(-{2,}|chon\b|select\b)/.test(foldVietnamese(option.text))
  );
}

/** Day, month or year select: which part its numeric options stand for. */
export function datePartOf(options: readonly string[] | undefined): 'day' | 'month' | 'year' | undefined {
  if (!options || options.length < 10) return undefined;
  const nums = options.map((o) => Number.parseInt(o.replace(/\D/g, ''), 10)).filter((n) => !Number.isNaN(n));
  if (nums.length < options.length * 0.8) return undefined;
  const max = Math.max(...nums);
  const min = Math.min(...nums);
  if (min >= 1800 && max <= 2200) return 'year';
  if (max === 12 && min >= 1) return 'month';
  if (max === 31 && min >= 1) return 'day';
  return undefined;
}

/** The option text for a date part: "05", "5" or "Tháng 5" all match 5. */
export function datePartOption(options: readonly string[], n: number): number {
  return options.findIndex((o) => Number.parseInt(o.replace(/\D/g, ''), 10) === n);
}
