/**
 * One outbox per page for every widget, even when each widget comes from its own CDN bundle: the
 * instance is kept under a global symbol, so two widgets never race two flush loops over one database.
 * Every widget that sends imports it statically: the outbox is never a part loaded on demand, so a
 * citizen whose connection drops after the page loaded can still queue what they send.
 */
import { createOutbox, type Outbox } from '@motcua/core/outbox';

const KEY = Symbol.for('motcua.outbox');
type Scope = Record<symbol, Outbox | undefined>;

/** The page's outbox, made now if no widget made it yet. */
export function pageOutbox(): Outbox {
  const scope = globalThis as unknown as Scope;
  scope[KEY] ??= createOutbox();
  return scope[KEY];
}

/**
 * The page's outbox if a widget already made it, else undefined; never makes one. A widget that imports
 * only this carries no outbox code (the banner's counter, whose anonymous counts use a smaller queue).
 */
export function madeOutbox(): Outbox | undefined {
  return (globalThis as unknown as Scope)[KEY];
}
