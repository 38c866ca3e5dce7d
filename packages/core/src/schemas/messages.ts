/**
 * Messages in the two languages the product speaks, the field-by-field result of a validation, and the
 * common texts every schema uses, so the collector's 400 answers and the widgets' inline errors say the
 * same thing. Also the small text predicates the schemas are built on.
 */

/** A message in both languages the product speaks. */
export interface Message {
  vi: string;
  en: string;
}

export type FieldErrors = Record<string, Message>;
export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors };

export const msg = (vi: string, en: string): Message => ({ vi, en });

export const M = {
  notObject: /* @__PURE__ */ msg('Dữ liệu gửi lên không đúng dạng.', 'The request body must be a JSON object.'),
  required: /* @__PURE__ */ msg('Vui lòng nhập thông tin này.', 'This field is required.'),
  uuid: /* @__PURE__ */ msg('Mã định danh không hợp lệ.', 'Must be a UUID.'),
  text: (max: number) => msg(`Tối đa ${max} ký tự.`, `At most ${max} characters.`),
  atLeast: (min: number) => msg(`Cần ít nhất ${min} ký tự.`, `At least ${min} characters.`),
  string: /* @__PURE__ */ msg('Phải là văn bản.', 'Must be text.'),
  integer: (min: number, max: number) =>
    msg(`Phải là số nguyên từ ${min} đến ${max}.`, `Must be a whole number from ${min} to ${max}.`),
  date: /* @__PURE__ */ msg('Ngày không hợp lệ (định dạng YYYY-MM-DD).', 'Not a valid date (YYYY-MM-DD).'),
  datetime: /* @__PURE__ */ msg('Thời điểm không hợp lệ.', 'Not a valid date and time.'),
  oneOf: (values: readonly string[]) =>
    msg(`Chỉ nhận một trong các giá trị: ${values.join(', ')}.`, `Must be one of: ${values.join(', ')}.`),
  boolean: /* @__PURE__ */ msg('Phải là đúng hoặc sai.', 'Must be true or false.'),
  url: /* @__PURE__ */ msg(
    'Địa chỉ liên kết không hợp lệ (cần bắt đầu bằng https:// hoặc /).',
    'Not a valid link (https:// or /).',
  ),
};

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belong in text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** NFC text without control characters (tabs and line breaks kept). */
export const cleanText = (v: string): string => v.normalize('NFC').replace(CONTROL, '');

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID_PATTERN.test(v);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A calendar date YYYY-MM-DD that exists. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
