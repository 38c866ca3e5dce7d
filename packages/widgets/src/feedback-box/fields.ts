/**
 * What the feedback form holds and sends: its text fields, the checks made in the browser with the
 * widget's own strings (limits from core's FEEDBACK_LIMITS, which the collector also applies), the
 * body posted to the collector, and the collector's field errors placed on the fields on screen.
 */
import { FEEDBACK_LIMITS, isValidEmail, normalizePhoneVN } from '@motcua/core/schemas';
import type { FieldErrors } from '../shared/error-summary.js';
import type { PreparedFile } from './attachments.js';
import type { vi } from './locales/vi.js';
import type { ProcedureRef } from './procedures.js';

export type Key = keyof typeof vi;
/** The widget's string lookup, typed by its Vietnamese table. */
export type Translate = (key: Key, values?: Record<string, string | number>) => string;

export const TEXT_FIELDS = ['name', 'phone', 'email', 'address', 'subject', 'content', 'procedure'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type Values = Record<TextField, string>;
export const EMPTY: Values = { name: '', phone: '', email: '', address: '', subject: '', content: '', procedure: '' };
/** Fields with a length limit of the collector's (core's FEEDBACK_LIMITS), checked here with the widget's own strings. */
const LIMITED = ['name', 'email', 'address', 'subject'] as const;

/** What the citizen filled in, as the form holds it. */
export interface Filled {
  values: Values;
  consent: boolean;
  publish: boolean;
  /** The honeypot: people leave it empty. */
  website: string;
  files: PreparedFile[];
  startedAt: string;
  ticket: string;
}

const length = (s: string) => [...s.trim()].length;

/** The errors of what was filled in, by field; empty when it can be sent. */
export function validate(filled: Filled, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const v = filled.values;
  if (!v.name.trim()) errors.name = t('required', { field: t('nameField') });
  if (!v.phone.trim()) errors.phone = t('required', { field: t('phoneField') });
  if (!v.content.trim()) errors.content = t('required', { field: t('contentField') });
  else if (length(v.content) < 10) errors.content = t('contentShort');
  else if (length(v.content) > FEEDBACK_LIMITS.content) errors.content = t('contentLong');
  if (v.phone.trim() && !normalizePhoneVN(v.phone)) errors.phone = t('phoneInvalid');
  if (v.email.trim() && !isValidEmail(v.email.trim())) errors.email = t('emailInvalid');
  for (const field of LIMITED) {
    const max = FEEDBACK_LIMITS[field];
    if (length(v[field]) > max) errors[field] ??= t('tooLong', { max });
  }
  if (!filled.consent) errors.consent = t('needConsent');
  return errors;
}

/** The code of the procedure chosen from the suggestions ("Đăng ký khai sinh (1.001193)"), if any. */
function procedureCode(procedure: string, procedures: ProcedureRef[]): string | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(procedure);
  return m && procedures.some((p) => p.code === m[1]) ? m[1] : undefined;
}

/**
 * The JSON body of submission `id`. A procedure chosen from the suggestions is sent as its code;
 * one typed freely is added to the content under the field's label.
 */
export function submissionBody(id: string, filled: Filled, procedures: ProcedureRef[], t: Translate) {
  const v = filled.values;
  const code = procedureCode(v.procedure, procedures);
  const freeProcedure =
    !code && v.procedure.trim() ? `\n\n${t('procedure').replace(/ \(.*\)$/, '')}: ${v.procedure.trim()}` : '';
  return {
    id,
    name: v.name,
    phone: normalizePhoneVN(v.phone) ?? v.phone,
    ...(v.email.trim() && { email: v.email.trim() }),
    ...(v.address.trim() && { address: v.address }),
    ...(v.subject.trim() && { subject: v.subject }),
    content: v.content.trim() + freeProcedure,
    ...(code && { procedure: code }),
    consent: filled.consent,
    publishConsent: filled.publish,
    startedAt: filled.startedAt,
    ...(filled.ticket && { ticket: filled.ticket }),
    website: filled.website,
    ...(filled.files.length && { attachments: filled.files.map(({ name, type, data }) => ({ name, type, data })) }),
  };
}

/**
 * The collector's refusal as errors on screen: each field error on the field it names (attachments
 * on the file field); the rest (e.g. "sent too quickly") joins `general`, the message about the form.
 */
export function rejectionErrors(response: unknown, lang: 'vi' | 'en', general: string): FieldErrors {
  const fields = (response as { fields?: Record<string, { vi: string; en: string }> } | null)?.fields ?? {};
  const errors: Record<string, string> = {};
  const messages = [general];
  for (const [path, m] of Object.entries(fields)) {
    const key = path.startsWith('attachments') ? 'attachments' : path;
    // Only fields on screen get a link.
    if ((TEXT_FIELDS as readonly string[]).includes(key) || key === 'attachments' || key === 'consent')
      errors[key] = m[lang];
    else messages.push(m[lang]);
  }
  errors.form = messages.join(' ');
  return errors;
}
