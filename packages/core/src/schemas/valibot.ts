/**
 * valibot schemas with the product's two-language messages. A schema's message is written with `say`
 * (Vietnamese and English in one string, as valibot wants a string); `parseFields` runs a schema and
 * turns its issues into the field-by-field messages the collector answers with and a widget shows.
 */
import * as v from 'valibot';
import { cleanText, type Message, type Validation } from './messages.js';
import { fieldErrors } from './parse.js';

/** One message in both languages, as a valibot message string (read back by parse.ts). */
export const say = (vi: string, en: string): string => JSON.stringify({ vi, en });

/** The two languages back from a message made by `say`. */
export const heard = (message: string): Message => fieldErrors([{ message } as v.BaseIssue<unknown>])[''] as Message;

/** Trimmed NFC text without control characters, `min`–`max` characters long. */
export const text = (min: number, max: number, label: Message) =>
  v.pipe(
    v.string(say(`${label.vi}: phải là văn bản.`, `${label.en}: must be text.`)),
    v.transform((s) => cleanText(s).trim()),
    v.minLength(
      min,
      min <= 1
        ? say(`Vui lòng nhập ${label.vi.toLowerCase()}.`, `Enter the ${label.en.toLowerCase()}.`)
        : say(`${label.vi}: ít nhất ${min} ký tự.`, `${label.en}: at least ${min} characters.`),
    ),
    v.maxLength(max, say(`${label.vi}: tối đa ${max} ký tự.`, `${label.en}: at most ${max} characters.`)),
  );

/** A whole number from `min` to `max`. */
export const int = (min: number, max: number, label: Message) =>
  v.pipe(
    v.number(say(`${label.vi}: phải là số.`, `${label.en}: must be a number.`)),
    v.integer(say(`${label.vi}: phải là số nguyên.`, `${label.en}: must be a whole number.`)),
    v.minValue(min, say(`${label.vi}: từ ${min} đến ${max}.`, `${label.en}: from ${min} to ${max}.`)),
    v.maxValue(max, say(`${label.vi}: từ ${min} đến ${max}.`, `${label.en}: from ${min} to ${max}.`)),
  );

export const uuid = v.pipe(
  v.string(say('Mã định danh không hợp lệ.', 'Must be a UUID.')),
  v.uuid(say('Mã định danh không hợp lệ.', 'Must be a UUID.')),
);

/** Runs a schema on untrusted input: its value, or a message per field (the first issue of each). */
export function parseFields<S extends v.GenericSchema>(schema: S, input: unknown): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, fields: fieldErrors(result.issues) };
}
