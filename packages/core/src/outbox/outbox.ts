/**
 * Outbox (hộp thư đi): every submission a widget makes is written to IndexedDB before it is sent and
 * stays there until the collector acknowledges it, so nothing a citizen did is lost to a dead 3G link,
 * a reload or a closed browser. Transient failures (network, 5xx, 429) retry with exponential backoff
 * and jitter; 4xx answers are final and go back to the user. Tabs of the same site share one store;
 * a per-item lease taken in an IndexedDB transaction keeps two tabs from sending the same item at once.
 */
import { done as committed, openDb, req } from '../idb.js';

/** Why an item waits: no connection, the request failed, the server failed, or it asked us to slow down. */
export type QueueReason = 'offline' | 'network' | 'server' | 'rate-limited';

export type SendResult =
  | { status: 'sent'; httpStatus: number; response: unknown }
  | { status: 'queued'; reason: QueueReason }
  | { status: 'rejected'; httpStatus: number; response: unknown }
  | { status: 'full' };

/** What a caller hands to `send`: `id` is the client-made UUID that makes retries idempotent. */
export interface OutboxInput {
  id: string;
  url: string;
  body: unknown;
  kind: string;
}

/** An item waiting in IndexedDB. */
export interface OutboxItem extends OutboxInput {
  createdAt: number;
  attempts: number;
  /** Earliest time (ms since epoch) of the next attempt. */
  nextAt: number;
  reason?: QueueReason;
  /** Until when (ms since epoch) one tab holds the item for an attempt. */
  lease?: number;
}

/** The collector's final answer to an item, kept about a week (receipt codes, for instance). */
export interface SentRecord {
  id: string;
  kind: string;
  /** true when the collector accepted the item (2xx), false when it refused it (4xx). */
  ok: boolean;
  httpStatus: number;
  response: unknown;
  at: number;
}

export type OutboxEvent =
  | { type: 'queued'; id: string; kind: string; reason: QueueReason }
  | { type: 'sent'; id: string; kind: string; httpStatus: number; response: unknown }
  | { type: 'rejected'; id: string; kind: string; httpStatus: number; response: unknown }
  | { type: 'full'; id: string; kind: string };

export interface OutboxOptions {
  /** IndexedDB database name; default `motcua-outbox`. */
  name?: string;
  /** Most items kept waiting; default 500. */
  maxItems?: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** First retry delay in ms (doubles each attempt, with jitter); default 2000. */
  retryBase?: number;
  /** Longest retry delay in ms; default 300000 (5 minutes). */
  retryMax?: number;
  /** Give up waiting for an answer after this many ms (then retry); default 20000. */
  timeout?: number;
  /** Flush on load, `online` and `visibilitychange`; default true. */
  autoFlush?: boolean;
}

export interface Outbox {
  /** Stores the item in IndexedDB first, then tries to send at once. */
  send(item: OutboxInput): Promise<SendResult>;
  /** Sends what is due (also runs on load, `online`, and when the tab becomes visible). */
  flush(): Promise<void>;
  pending(kind?: string): Promise<OutboxItem[]>;
  result(id: string): Promise<SentRecord | undefined>;
  subscribe(listener: (event: OutboxEvent) => void): () => void;
  close(): void;
}

const WEEK = 7 * 24 * 3600 * 1000;

/** What `send` answers from a kept record. */
const answer = (r: SentRecord): SendResult => ({
  status: r.ok ? 'sent' : 'rejected',
  httpStatus: r.httpStatus,
  response: r.response,
});
const oldestFirst = (items: OutboxItem[]) => items.sort((a, b) => a.createdAt - b.createdAt);

/** Creates an outbox over one IndexedDB database. Cheap until first used; call `close()` when done. */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const {
    name = 'motcua-outbox',
    maxItems = 500,
    now = Date.now,
    retryBase = 2000,
    retryMax = 300_000,
    timeout = 20_000,
  } = options;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const listeners = new Set<(event: OutboxEvent) => void>();
  const g = globalThis as typeof globalThis & { document?: Document; navigator?: Navigator };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`motcua-outbox:${name}`) : undefined;
  let dbPromise: Promise<IDBDatabase> | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** After a transient failure the whole queue waits, so 50 queued items do not hammer a failing server. */
  let pausedUntil = 0;

  const db = () =>
    (dbPromise ??= openDb(
      name,
      (d) => {
        d.createObjectStore('items', { keyPath: 'id' }).createIndex('kind', 'kind');
        d.createObjectStore('results', { keyPath: 'id' }).createIndex('at', 'at');
      },
      // Another copy needs a newer schema (or the browser closed us): step aside, reopen on next use.
      () => {
        dbPromise = undefined;
      },
    ).then(async (d) => {
      // Forget answers older than a week.
      const results = d.transaction('results', 'readwrite').objectStore('results');
      for (const key of await req(results.index('at').getAllKeys(IDBKeyRange.upperBound(now() - WEEK))))
        results.delete(key);
      await committed(results.transaction);
      return d;
    }));

  /** Runs `fn` in one transaction over `stores`; resolves with its result once the transaction commits. */
  const within = async <T>(
    stores: 'items' | 'results' | ('items' | 'results')[],
    fn: (tx: IDBTransaction) => T | Promise<T>,
    mode: IDBTransactionMode = 'readwrite',
  ): Promise<T> => {
    const tx = (await db()).transaction(stores, mode);
    const result = await fn(tx);
    await committed(tx);
    return result;
  };
  const items = (tx: IDBTransaction) => tx.objectStore('items');

  const deliver = (event: OutboxEvent, local = true) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.warn('[motcua] outbox listener failed:', error);
      }
    }
    if (local) channel?.postMessage(event);
  };
  if (channel) channel.onmessage = (m: MessageEvent<OutboxEvent>) => deliver(m.data, false);

  const offline = () => g.navigator?.onLine === false;

  /**
   * Takes the item's lease for one attempt: tabs of a site share the database, and a readwrite
   * transaction is atomic across them, so only one tab sends an item at a time. This works on plain
   * http pages too, where Web Locks are missing. A tab that dies mid-send holds the lease until it
   * expires. Undefined when the item is gone or another tab holds it.
   */
  const take = (id: string) =>
    within('items', async (tx) => {
      const item: OutboxItem | undefined = await req(items(tx).get(id));
      if (!item || (item.lease ?? 0) > now()) return undefined;
      item.lease = now() + timeout + 5000;
      items(tx).put(item);
      return item;
    });

  const settle = async (item: OutboxItem, ok: boolean, httpStatus: number, response: unknown) => {
    const record: SentRecord = { id: item.id, kind: item.kind, ok, httpStatus, response, at: now() };
    await within(['items', 'results'], (tx) => {
      items(tx).delete(item.id);
      tx.objectStore('results').put(record);
    });
    deliver({ type: ok ? 'sent' : 'rejected', id: item.id, kind: item.kind, httpStatus, response });
    return answer(record);
  };

  const postpone = async (item: OutboxItem, reason: QueueReason, retryAfter = 0): Promise<SendResult> => {
    // Offline is not the server's fault: do not grow the backoff, send as soon as the link is back.
    const off = reason === 'offline';
    const attempts = item.attempts + (off ? 0 : 1);
    const delay = off
      ? 0
      : Math.max(retryAfter, Math.min(retryMax, retryBase * 2 ** (attempts - 1)) * (0.5 + Math.random() / 2));
    const next: OutboxItem = { ...item, attempts, reason, nextAt: now() + delay, lease: 0 };
    // Only update if still waiting: another tab may have settled it meanwhile.
    await within('items', async (tx) => {
      if (await req(items(tx).get(item.id))) items(tx).put(next);
    });
    if (!off) pausedUntil = Math.max(pausedUntil, next.nextAt);
    deliver({ type: 'queued', id: item.id, kind: item.kind, reason });
    schedule(delay);
    return { status: 'queued', reason };
  };

  /** One attempt at one item, under its lease. Undefined when another tab holds it or settled it. */
  const attempt = async (id: string): Promise<SendResult | undefined> => {
    const item = await take(id);
    if (!item) {
      const done = await outbox.result(id);
      return done && answer(done);
    }
    if (offline()) return postpone(item, 'offline');
    let res: Response;
    try {
      res = await doFetch(item.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(item.body),
        credentials: 'omit',
        signal: AbortSignal.timeout(timeout),
      });
    } catch {
      return postpone(item, offline() ? 'offline' : 'network');
    }
    const status = res.status;
    let response: unknown = null;
    let parsed = status === 204;
    try {
      response = await res.json();
      parsed = true;
    } catch {
      // Non-JSON bodies (a proxy's or captive portal's page) carry nothing the user needs.
    }
    // The collector acknowledges in JSON; a 2xx page from a captive portal or proxy is no receipt.
    if (res.ok) return parsed ? settle(item, true, status, response) : postpone(item, 'network');
    if (status === 429 || status === 408 || status >= 500) {
      // Seconds only (an HTTP date, or nothing, is NaN and ignored).
      const seconds = Number(res.headers.get('Retry-After'));
      return postpone(
        item,
        status === 429 ? 'rate-limited' : 'server',
        seconds > 0 ? Math.min(seconds * 1000, retryMax) : 0,
      );
    }
    return settle(item, false, status, response);
  };

  const schedule = (delay: number) => {
    if (closed || offline()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(false), Math.max(50, delay));
  };

  /** Sends due items oldest first, one at a time, stopping at the first transient failure. */
  const sweep = async (force: boolean) => {
    if (offline()) return;
    let earliest = Infinity;
    for (const item of await outbox.pending()) {
      if (closed) return;
      // An item leased by another tab is due when its lease ends, if that tab has not settled it by then.
      const due = Math.max(item.nextAt, pausedUntil, item.lease ?? 0);
      const result = force || due <= now() ? await attempt(item.id) : undefined;
      if (result?.status === 'queued') return; // postpone() scheduled the next run
      // Not due yet: come back when it is. Due but held by another tab: look again in a second.
      if (!result) earliest = Math.min(earliest, due > now() ? due : now() + 1000);
    }
    if (earliest < Infinity) schedule(earliest - now());
  };

  const run = (force: boolean): Promise<void> => {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await sweep(force);
        } while (again && !closed);
      } catch (error) {
        // A flush cut short by close() (the page or a test tearing down) is no failure.
        if (!closed) console.warn('[motcua] outbox flush failed:', error);
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const onOnline = () => {
    pausedUntil = 0;
    void run(true);
  };
  const onVisible = () => {
    if (g.document?.visibilityState === 'visible') void run(false);
  };
  if (options.autoFlush !== false && typeof addEventListener === 'function') {
    addEventListener('online', onOnline);
    g.document?.addEventListener('visibilitychange', onVisible);
    queueMicrotask(() => void run(true));
  }

  const outbox: Outbox = {
    async send({ id, url, body, kind }) {
      const known = await within(['items', 'results'], async (tx): Promise<SendResult | undefined> => {
        const done: SentRecord | undefined = await req(tx.objectStore('results').get(id));
        if (done) return answer(done);
        if (await req(items(tx).get(id))) return undefined;
        if ((await req(items(tx).count())) >= maxItems) return { status: 'full' };
        const item: OutboxItem = { id, url, body, kind, createdAt: now(), attempts: 0, nextAt: now() };
        items(tx).add(item);
      });
      if (known?.status === 'full') deliver({ type: 'full', id, kind });
      // Another tab sending this very item answers through the channel; until then it waits.
      return known ?? (await attempt(id)) ?? { status: 'queued', reason: 'network' };
    },
    flush: () => run(false),
    pending: (kind) =>
      within('items', (tx) => req(kind ? items(tx).index('kind').getAll(kind) : items(tx).getAll()), 'readonly').then(
        oldestFirst,
      ),
    result: (id) => within('results', (tx) => req(tx.objectStore('results').get(id)), 'readonly'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      clearTimeout(timer);
      g.removeEventListener?.('online', onOnline);
      g.document?.removeEventListener('visibilitychange', onVisible);
      channel?.close();
      listeners.clear();
      // An attempt still under way must be able to settle or postpone its item (and so release its
      // lease) before the connection closes, or the next page would wait for the lease to expire.
      // (run() catches its own failures, so `running` never rejects.)
      void Promise.resolve(running).then(() => dbPromise?.then((d) => d.close()));
    },
  };
  return outbox;
}
