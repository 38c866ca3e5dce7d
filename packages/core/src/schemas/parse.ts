/**
 * Running a schema on what a client sent: the value, or a message per field (first problem of each
 * field, keyed by its dotted path, e.g. `attachments.0` or `events.2.day`).
 */
import * as v from 'valibot';
import { type FieldErrors, isObject, M, type Message, msg, type Validation } from './messages.js';

/** Messages valibot made itself (a schema left without ours): still bilingual. */
const fallback = (text: string): Message => msg('Giá trị không hợp lệ.', text);

function readMessage(text: string): Message {
  try {
    const m = JSON.parse(text) as unknown;
    if (isObject(m) && typeof m.vi === 'string' && typeof m.en === 'string') return { vi: m.vi, en: m.en };
  } catch {
    /* not one of ours */
  }
  return fallback(text);
}

/** Field-by-field messages of valibot issues; path segments are cut to 40 characters. */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => String(p.key).slice(0, 40)).join('.');
    fields[path] ??= readMessage(issue.message);
  }
  return fields;
}

/** Validates a JSON object against a schema. */
export function validateWith<S extends v.GenericSchema>(schema: S, body: unknown): Validation<v.InferOutput<S>> {
  if (!isObject(body)) return { ok: false, fields: { '': M.notObject } };
  const result = v.safeParse(schema, body);
  return result.success ? { ok: true, value: result.output } : { ok: false, fields: fieldErrors(result.issues) };
}
