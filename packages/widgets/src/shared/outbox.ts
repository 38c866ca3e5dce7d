/**
 * One outbox per page for every widget, even when each widget comes from its own CDN bundle: the
 * instance is kept under a global symbol, so two widgets never race two flush loops over one database.
 */
import { createOutbox, type Outbox } from '@motcua/core';

const KEY = Symbol.for('motcua.outbox');

export function pageOutbox(): Outbox {
  const scope = globalThis as unknown as Record<symbol, Outbox | undefined>;
  scope[KEY] ??= createOutbox();
  return scope[KEY];
}

/** A localised message from a collector error body `{ message: { vi, en } }`, if it has one. */
export function serverMessage(response: unknown, lang: 'vi' | 'en'): string | undefined {
  const message = (response as { message?: Record<string, unknown> } | null)?.message;
  const text = message?.[lang] ?? message?.vi;
  return typeof text === 'string' ? text : undefined;
}

/** A client-made id (UUID v4) that makes retries idempotent, also on plain-http pages. */
export function uuid(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return crypto.randomUUID();
  // randomUUID needs a secure context; many ward sites are still plain http.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
