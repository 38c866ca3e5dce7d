/**
 * One outbox per page for every widget, even when each widget comes from its own CDN bundle: the
 * instance is kept under a global symbol, so two widgets never race two flush loops over one database.
 */
import { createOutbox, type Outbox } from '@motcua/core/outbox';

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

export { uuid } from './motcua-element.js';
