/**
 * One outbox per page for every widget, even when each widget comes from its own CDN bundle: the
 * instance is kept under a global symbol, so two widgets never race two flush loops over one database.
 * Without Lit, so a widget may also load it on demand (the feedback box does: most of its visitors
 * read the page and never write).
 */
import { createOutbox, type Outbox } from '@motcua/core/outbox';

const KEY = Symbol.for('motcua.outbox');

export function pageOutbox(): Outbox {
  const scope = globalThis as unknown as Record<symbol, Outbox | undefined>;
  scope[KEY] ??= createOutbox();
  return scope[KEY];
}
