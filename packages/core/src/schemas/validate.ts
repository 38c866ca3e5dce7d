/**
 * Small validation toolkit shared by every schema: field-by-field results with Vietnamese and
 * English messages, so the collector's 400 answers and the widgets' inline errors say the same thing.
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belong in text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** NFC text without control characters (tabs and line breaks kept). */
export const cleanText = (v: string): string => v.normalize('NFC').replace(CONTROL, '');

export const isUuid = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects field errors while reading a body; `done` gives the result. */
export class Checker {
  readonly fields: FieldErrors = {};
  constructor(readonly body: Record<string, unknown>) {}

  fail(path: string, message: Message): undefined {
    if (!this.fields[path]) this.fields[path] = message;
    return undefined;
  }

  /** Trimmed NFC text up to `max` characters; undefined when absent and optional. */
  text(path: string, opts: { max: number; required?: boolean; min?: number }): string | undefined {
    const v = this.body[path];
    if (v === undefined || v === null || v === '') {
      return opts.required ? this.fail(path, M.required) : undefined;
    }
    if (typeof v !== 'string') return this.fail(path, M.string);
    const t = cleanText(v).trim();
    if (t.length === 0) return opts.required ? this.fail(path, M.required) : undefined;
    if ([...t].length > opts.max) return this.fail(path, M.text(opts.max));
    if (opts.min && [...t].length < opts.min)
      return this.fail(path, msg(`Cần ít nhất ${opts.min} ký tự.`, `At least ${opts.min} characters.`));
    return t;
  }

  int(path: string, min: number, max: number, required = true): number | undefined {
    const v = this.body[path];
    if (v === undefined || v === null) return required ? this.fail(path, M.required) : undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      return this.fail(path, M.integer(min, max));
    return v;
  }

  uuid(path: string): string | undefined {
    const v = this.body[path];
    if (v === undefined) return this.fail(path, M.required);
    return isUuid(v) ? v.toLowerCase() : this.fail(path, M.uuid);
  }

  oneOf<T extends string>(path: string, values: readonly T[], required = false): T | undefined {
    const v = this.body[path];
    if (v === undefined || v === null) return required ? this.fail(path, M.required) : undefined;
    return typeof v === 'string' && (values as readonly string[]).includes(v)
      ? (v as T)
      : this.fail(path, M.oneOf(values));
  }

  bool(path: string, required = false): boolean | undefined {
    const v = this.body[path];
    if (v === undefined || v === null) return required ? this.fail(path, M.required) : undefined;
    return typeof v === 'boolean' ? v : this.fail(path, M.boolean);
  }

  /** An ISO date-time, returned as a Date. */
  datetime(path: string, required = false): Date | undefined {
    const v = this.body[path];
    if (v === undefined || v === null) return required ? this.fail(path, M.required) : undefined;
    if (typeof v !== 'string' || v.length > 40) return this.fail(path, M.datetime);
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? this.fail(path, M.datetime) : d;
  }

  done<T>(value: T): Validation<T> {
    return Object.keys(this.fields).length ? { ok: false, fields: this.fields } : { ok: true, value };
  }
}

/** A calendar date YYYY-MM-DD that exists. */
export function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
