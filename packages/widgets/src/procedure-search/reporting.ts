/**
 * The procedure search's reports of what citizens could not find (issue 23), a part of its own loaded
 * on the first settled query of a visitor who did not opt out (no Do Not Track or GPC, see the element).
 * A query counts once the citizen stops typing it: it is reported when the next one settles, or when the
 * page is hidden or left, as "no-results" when it found nothing and "not-opened" when nobody opened a
 * result; a query they went on typing (or took back) is not reported apart. Only reportableQuery's
 * normalised form leaves the page, and nothing shorter than three letters or that looks like a phone or
 * ID number. Batches go with fetch's keepalive (it survives the page being left, as sendBeacon does,
 * but can omit cookies, which sendBeacon always sends) as text/plain, a simple request needing no
 * preflight. Nothing is retried: these are counts, and losing one costs nothing.
 */
import { reportableQuery, type SearchReportKind } from '@motcua/core/search';

export interface Reporter {
  /** The query the citizen settled on, and how many results it found. */
  settle(query: string, found: number): void;
  /** A result of the settled query was opened: it is not reported. */
  opened(): void;
  /** Sends what is waiting and stops listening to the page (the element left the page). */
  close(): void;
}

/** Most queries in one batch (the collector takes up to 20). */
const BATCH = 20;

export function createReporter(url: () => string): Reporter {
  let current: { query: string; found: number; opened: boolean } | undefined;
  const waiting = new Map<string, SearchReportKind>();
  const settleCurrent = () => {
    const query = current && !current.opened ? reportableQuery(current.query) : undefined;
    if (query) waiting.set(query, current!.found ? 'not-opened' : 'no-results');
    current = undefined;
  };
  const send = () => {
    settleCurrent();
    if (!waiting.size) return;
    const reports = [...waiting].map(([query, kind]) => ({ query, kind }));
    waiting.clear();
    fetch(url(), {
      method: 'POST',
      body: JSON.stringify({ reports }),
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      credentials: 'omit',
      keepalive: true,
    }).catch(() => undefined);
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') send();
  };
  document.addEventListener('visibilitychange', onHidden);
  globalThis.addEventListener('pagehide', send);
  return {
    settle(query, found) {
      const q = query.trim();
      // Typed on ("so d" → "so do") or taken back: the same search, not one given up.
      if (current && (q.startsWith(current.query) || current.query.startsWith(q))) {
        current = { query: q, found, opened: current.opened };
        return;
      }
      settleCurrent();
      current = { query: q, found, opened: false };
      if (waiting.size >= BATCH) send();
    },
    opened() {
      if (current) current.opened = true;
    },
    close() {
      send();
      document.removeEventListener('visibilitychange', onHidden);
      globalThis.removeEventListener('pagehide', send);
    },
  };
}
