/**
 * Following up a receipt by its code and the phone it was sent with, for the views that do it (the
 * feedback box's lookup, the support points' follow-up): the two fields read from the form and checked,
 * the collector's answer sorted into found, not found or failed, and its times shown in Vietnam time. Each view keeps its own strings,
 * state and rendering of what was found.
 */
import { normalizePhoneVN } from '@motcua/core/schemas';

export interface ReceiptQuery {
  code: string;
  phone: string;
}

/** What the checks say, in the view's language. */
export interface ReceiptQueryTexts {
  codeMissing: string;
  phoneMissing: string;
  phoneInvalid: string;
}

export type ReceiptAnswer<T> = { found: T } | { notFound: true } | { failed: unknown };

/** The code and phone typed in a form whose fields are named `code` and `phone`, trimmed. */
export function readReceiptQuery(form: HTMLFormElement): ReceiptQuery {
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  return { code: value('code'), phone: value('phone') };
}

/** The field errors of a query, by field name; none when it can be sent. */
export function receiptQueryErrors(query: ReceiptQuery, texts: ReceiptQueryTexts): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!query.code) errors.code = texts.codeMissing;
  if (!query.phone) errors.phone = texts.phoneMissing;
  else if (!normalizePhoneVN(query.phone)) errors.phone = texts.phoneInvalid;
  return errors;
}

/**
 * Asks the collector for `kind`'s receipt (GET /api/v1/{kind}/{code}?phone=…, the phone as digits): what it
 * found, that it found nothing, or its refusal's body (null when the network failed or it was not JSON).
 */
export async function lookUpReceipt<T>(
  apiBase: string,
  kind: 'feedback' | 'home-visits',
  query: ReceiptQuery,
): Promise<ReceiptAnswer<T>> {
  const phone = normalizePhoneVN(query.phone) ?? query.phone;
  try {
    const res = await fetch(
      `${apiBase}/api/v1/${kind}/${encodeURIComponent(query.code)}?phone=${encodeURIComponent(phone)}`,
    );
    if (res.status === 404) return { notFound: true };
    if (!res.ok) return { failed: await res.json().catch(() => null) };
    return { found: (await res.json()) as T };
  } catch {
    return { failed: null };
  }
}

/**
 * A time the collector sent (ISO), as a reader in Vietnam reads it, whatever the device's zone: the
 * date (`medium`: 7 thg 12, 2026; `full` names the weekday) and the hour, in the view's language.
 */
export function vietnamTime(iso: string, lang: 'vi' | 'en', dateStyle: 'medium' | 'full' = 'medium'): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle,
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso));
}
