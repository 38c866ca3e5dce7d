/**
 * Vietnamese phone numbers and e-mail addresses as citizens type them: "0912 345 678",
 * "+84 912.345.678", "(024) 3825 1234". Normalised to the national 0… form for storage and lookup.
 */
import { type Message, msg } from './messages.js';

/** Mobile: 10 digits, 03/05/07/08/09 prefixes. Landline since 2017: 11 digits starting 02. */
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** The number in 0… form, or undefined when it is not a Vietnamese mobile or landline number. */
export function normalizePhoneVN(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > 30) return undefined;
  let digits = text.normalize('NFKC').replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (/^84\d{9,10}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (!/^\d+$/.test(digits)) return undefined;
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : undefined;
}

export const isValidPhoneVN = (text: string): boolean => normalizePhoneVN(text) !== undefined;

/** A plain address check: one @, a dotted domain, no spaces, at most 254 characters. */
export function isValidEmail(text: string): boolean {
  return (
    typeof text === 'string' &&
    text.length <= 254 &&
    /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/.test(text)
  );
}

export const CONTACT_MESSAGES = {
  phone: /* @__PURE__ */ msg(
    'Số điện thoại chưa đúng. Nhập số di động 10 chữ số (ví dụ 0912 345 678) hoặc số cố định có mã vùng.',
    'Enter a Vietnamese mobile number (10 digits, e.g. 0912 345 678) or a landline with its area code.',
  ),
  email: /* @__PURE__ */ msg(
    'Địa chỉ thư điện tử chưa đúng (ví dụ ten@example.com).',
    'Enter a valid e-mail address (e.g. name@example.com).',
  ),
} satisfies Record<string, Message>;
