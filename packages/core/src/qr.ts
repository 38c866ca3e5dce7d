/**
 * Chip ID card (căn cước công dân) QR parsing: turns the text a USB scanner, camera or officer produced
 * into a checked {@link CitizenIdQr}, repairing the damage scanners and input methods commonly do.
 */
import { foldVietnamese } from './text.js';

/** The fields printed in the QR code of a chip ID card (căn cước công dân / thẻ căn cước). */
export interface CitizenIdQr {
  /** Số định danh cá nhân: 12 digits. */
  idNumber: string;
  /** Số CMND cũ: 9 digits, absent when the card has none. */
  oldIdNumber?: string;
  fullName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  gender: 'Nam' | 'Nữ';
  /** Nơi thường trú / nơi cư trú, as printed (before or after 1 July 2025). */
  address: string;
  /** Ngày cấp, YYYY-MM-DD. */
  issueDate?: string;
}

/** A reason in both languages, for the officer. */
export interface Localized {
  vi: string;
  en: string;
}

export type QrErrorCode =
  | 'empty'
  | 'not-citizen-id'
  | 'id-number'
  | 'old-id-number'
  | 'full-name'
  | 'date-of-birth'
  | 'gender'
  | 'address'
  | 'issue-date'
  | 'id-gender-century'
  | 'id-birth-year'
  | 'id-province';

export type QrParseResult =
  | { ok: true; value: CitizenIdQr; repairs: string[] }
  | { ok: false; error: QrErrorCode; message: Localized; hint?: Localized };

/** Statistics-office codes of the 63 provinces before 2025: the ID number starts with 0 + one of them. */
const BIRTH_PROVINCE_CODES = new Set(
  (
    '01 02 04 06 08 10 11 12 14 15 17 19 20 22 24 25 26 27 30 31 33 34 35 36 37 38 40 42 44 45 46 48 49 51 52 ' +
    '54 56 58 60 62 64 66 67 68 70 72 74 75 77 79 80 82 83 84 86 87 89 91 92 93 94 95 96'
  ).split(' '),
);

const MESSAGES: Record<QrErrorCode, Localized> = {
  empty: { vi: 'Chưa có nội dung mã QR.', en: 'The QR text is empty.' },
  'not-citizen-id': {
    vi: 'Đây không phải mã QR của thẻ căn cước: cần 7 trường ngăn cách bởi dấu “|”.',
    en: 'This is not a chip ID card QR code: it needs 7 fields separated by “|”.',
  },
  'id-number': {
    vi: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    en: 'The personal ID number must be exactly 12 digits.',
  },
  'old-id-number': {
    vi: 'Số CMND cũ phải gồm 9 chữ số (hoặc để trống).',
    en: 'The old ID number must be 9 digits (or empty).',
  },
  'full-name': { vi: 'Họ và tên không hợp lệ.', en: 'The full name is not valid.' },
  'date-of-birth': {
    vi: 'Ngày sinh không phải một ngày có thật (định dạng ngày tháng năm, 8 chữ số).',
    en: 'The date of birth is not a real date (day month year, 8 digits).',
  },
  gender: { vi: 'Giới tính phải là “Nam” hoặc “Nữ”.', en: 'The gender must be “Nam” or “Nữ”.' },
  address: { vi: 'Thiếu nơi thường trú.', en: 'The permanent address is missing.' },
  'issue-date': {
    vi: 'Ngày cấp không phải một ngày có thật hoặc trước ngày sinh.',
    en: 'The issue date is not a real date or is before the date of birth.',
  },
  'id-gender-century': {
    vi: 'Chữ số thứ 4 của số định danh không khớp với giới tính và thế kỷ sinh.',
    en: 'The 4th digit of the ID number does not match the gender and century of birth.',
  },
  'id-birth-year': {
    vi: 'Chữ số thứ 5 và 6 của số định danh không khớp với năm sinh.',
    en: 'Digits 5 and 6 of the ID number do not match the year of birth.',
  },
  'id-province': {
    vi: 'Ba chữ số đầu của số định danh không phải mã tỉnh nơi đăng ký khai sinh.',
    en: 'The first three digits of the ID number are not a birth-registration province code.',
  },
};

const IME_HINT: Localized = {
  vi: 'Nếu dùng máy quét, hãy tắt bộ gõ tiếng Việt (Unikey, EVKey) hoặc chuyển bàn phím sang tiếng Anh (US) rồi quét lại.',
  en: 'If you used a scanner, turn off the Vietnamese input method (Unikey, EVKey) or switch the keyboard to English (US) and scan again.',
};

const fail = (error: QrErrorCode, hint?: Localized): QrParseResult =>
  hint ? { ok: false, error, message: MESSAGES[error], hint } : { ok: false, error, message: MESSAGES[error] };

/** Windows-1252 characters for bytes 0x80–0x9F, to undo UTF-8 read as Windows-1252. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Undoes UTF-8 bytes decoded as Windows-1252 ("Nguyá»…n" → "Nguyễn"), or returns undefined. */
function undoMojibake(text: string): string | undefined {
  if (!/[ÃÄÆá»áº]/.test(text)) return undefined;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code <= 0xff)
      bytes.push(code); // Latin-1 readings keep C1 controls as they are
    else {
      const i = CP1252_HIGH.indexOf(ch);
      if (i < 0) return undefined;
      bytes.push(0x80 + i);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Repairs what scanners, keyboard layouts and input methods do to QR text before parsing: BOM and
 * zero-width characters, NFD text, UTF-8 read as Windows-1252, separators typed as look-alikes, Caps Lock.
 * Returns the repaired text and what was repaired (for telling the officer).
 */
export function repairScannedText(input: string): { text: string; repairs: string[] } {
  const repairs: string[] = [];
  let text = input.replace(/\ufeff|\u200b|\u200c|\u200d|\u2060/g, '');
  const fixed = undoMojibake(text);
  if (fixed !== undefined) {
    text = fixed;
    repairs.push('mojibake');
  }
  if (text !== text.normalize('NFC')) repairs.push('nfc');
  text = text.normalize('NFC');
  // Layouts and IMEs turn the pipe into look-alikes; a QR never contains these characters otherwise.
  if (/[¦｜ǀ│]/.test(text)) {
    text = text.replace(/[¦｜ǀ│]/g, '|');
    repairs.push('separator');
  }
  text = text.replace(/\r\n?|\n/g, (m, offset: number) => (offset >= text.trimEnd().length ? m : ' '));
  return { text: text.trim(), repairs };
}

/** "31121990" → "1990-12-31" if it is a real date, else undefined. */
function parseDate(ddmmyyyy: string): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(ddmmyyyy) ?? /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(ddmmyyyy);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1880 || y > 2399 || mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** "nGUYỄN vĂN a" (Caps Lock on) → "Nguyễn Văn A"; otherwise the name with collapsed spaces. */
function tidyName(name: string): { name: string; capsLock: boolean } {
  const words = name.split(' ').filter(Boolean);
  const capsLock =
    words.length > 1 &&
    words.every(
      (w) =>
        w.length > 1 &&
        w[0] === w[0]?.toLowerCase() &&
        w.slice(1) === w.slice(1).toUpperCase() &&
        w.slice(1) !== w.slice(1).toLowerCase(),
    );
  if (capsLock) return { name: words.map((w) => w[0]?.toUpperCase() + w.slice(1).toLowerCase()).join(' '), capsLock };
  return { name: words.join(' '), capsLock };
}

/**
 * Parses the QR text of a chip ID card: `số CCCD|số CMND cũ|họ và tên|ngày sinh DDMMYYYY|giới tính|
 * nơi thường trú|ngày cấp DDMMYYYY`, with 2024 cards' empty trailing fields. Never throws.
 */
export function parseCitizenIdQr(input: string): QrParseResult {
  if (typeof input !== 'string') return fail('empty');
  const { text, repairs } = repairScannedText(input);
  if (!text) return fail('empty');
  const fields = text.split('|').map((f) => f.replace(/\s+/g, ' ').trim());
  while (fields.length > 7 && fields[fields.length - 1] === '') fields.pop();
  if (fields.length < 6 || fields.length > 7) {
    // A Vietnamese input method can swallow the separators; say so.
    return fail('not-citizen-id', fields.length === 1 && /\d{9,}/.test(text) ? IME_HINT : undefined);
  }
  const [idRaw = '', oldRaw = '', nameRaw = '', dobRaw = '', genderRaw = '', addressRaw = '', issueRaw = ''] = fields;
  const idNumber = idRaw.replace(/[\s.-]/g, '');
  if (!/^\d{12}$/.test(idNumber)) return fail('id-number', /\D/.test(idNumber) ? IME_HINT : undefined);
  const oldIdNumber = oldRaw.replace(/[\s.-]/g, '');
  if (oldIdNumber && !/^(\d{9}|\d{12})$/.test(oldIdNumber)) return fail('old-id-number');
  const { name: fullName, capsLock } = tidyName(nameRaw);
  if (!fullName || !/^[\p{L}\p{M}' .-]+$/u.test(fullName) || !/\p{L}/u.test(fullName))
    return fail('full-name', /\d/.test(fullName) ? IME_HINT : undefined);
  if (capsLock) repairs.push('caps-lock');
  const dateOfBirth = parseDate(dobRaw);
  if (!dateOfBirth) return fail('date-of-birth', /[^\d/.-]/.test(dobRaw) ? IME_HINT : undefined);
  const g = foldVietnamese(genderRaw);
  const gender = g === 'nam' ? 'Nam' : g === 'nu' ? 'Nữ' : undefined;
  if (!gender) return fail('gender', /^nu.+/.test(g) ? IME_HINT : undefined);
  const address = addressRaw;
  if (!address) return fail('address');
  let issueDate: string | undefined;
  if (issueRaw) {
    issueDate = parseDate(issueRaw);
    if (!issueDate || issueDate < dateOfBirth) return fail('issue-date');
  }
  if (!BIRTH_PROVINCE_CODES.has(idNumber.slice(1, 3)) || idNumber[0] !== '0') return fail('id-province');
  const year = Number(dateOfBirth.slice(0, 4));
  const centuryDigit = (Math.floor(year / 100) - 19) * 2 + (gender === 'Nữ' ? 1 : 0);
  if (centuryDigit < 0 || centuryDigit > 9 || Number(idNumber[3]) !== centuryDigit) return fail('id-gender-century');
  if (idNumber.slice(4, 6) !== dateOfBirth.slice(2, 4)) return fail('id-birth-year');
  const value: CitizenIdQr = { idNumber, fullName, dateOfBirth, gender, address };
  if (oldIdNumber) value.oldIdNumber = oldIdNumber;
  if (issueDate) value.issueDate = issueDate;
  return { ok: true, value, repairs };
}
