/** The page's outbox (one per page, see page-outbox.ts) and what widgets that send need beside it. */
export { pageOutbox } from './page-outbox.js';

/** A localised message from a collector error body `{ message: { vi, en } }`, if it has one. */
export function serverMessage(response: unknown, lang: 'vi' | 'en'): string | undefined {
  const message = (response as { message?: Record<string, unknown> } | null)?.message;
  const text = message?.[lang] ?? message?.vi;
  return typeof text === 'string' ? text : undefined;
}
