/**
 * Outbox (hộp thư đi): every submission a widget makes is written to IndexedDB before it is sent and
 * stays there until the collector acknowledges it, so nothing a citizen did is lost to a dead 3G link,
 * a reload or a closed browser. Transient failures (network, 5xx, 429) retry with exponential backoff
 * and jitter; 4xx answers are final and go back to the user. Tabs of the same site share one store;
 * a per-item lock (Web Locks, or an IndexedDB lease where locks are missing) keeps two tabs from
 * sending the same item at once.
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
  /** Lease expiry, only used where Web Locks are missing. */
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
const BUSY = Symbol('busy');

/** Creates an outbox over one IndexedDB database. Cheap until first used; call `close()` when done. */
export function createOutbox(options: OutboxOptions = {}): Outbox {
  const name = options.name ?? 'motcua-outbox';
  const maxItems = options.maxItems ?? 500;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const retryBase = options.retryBase ?? 2000;
  const retryMax = options.retryMax ?? 300_000;
  const timeout = options.timeout ?? 20_000;
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

  const db = () => {
    dbPromise ??= openDb(
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
      const tx = d.transaction('results', 'readwrite');
      const cursor = tx
        .objectStore('results')
        .index('at')
        .openCursor(IDBKeyRange.upperBound(now() - WEEK));
      cursor.onsuccess = () => {
        cursor.result?.delete();
        cursor.result?.continue();
      };
      await committed(tx);
      return d;
    });
    return dbPromise;
  };

  /** One object store in a transaction of its own. */
  const store = async (storeName: 'items' | 'results', mode: IDBTransactionMode = 'readonly') =>
    (await db()).transaction(storeName, mode).objectStore(storeName);

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

  /** Runs `fn` while holding this item's cross-tab claim; BUSY when another tab holds it. */
  async function claim<T>(id: string, fn: () => Promise<T>, wait: boolean): Promise<T | typeof BUSY> {
    const locks = g.navigator?.locks;
    if (locks) {
      return locks.request(`motcua-outbox:${name}:${id}`, { ifAvailable: !wait }, (lock) =>
        lock ? fn() : BUSY,
      ) as Promise<T | typeof BUSY>;
    }
    // No Web Locks (plain http pages): an IndexedDB lease, taken atomically in one transaction.
    const items = await store('items', 'readwrite');
    const item: OutboxItem | undefined = await req(items.get(id));
    if (item && (item.lease ?? 0) > now()) {
      await committed(items.transaction);
      return BUSY;
    }
    if (item) await req(items.put({ ...item, lease: now() + timeout + 5000 }));
    await committed(items.transaction);
    try {
      return await fn();
    } finally {
      const t = await store('items', 'readwrite');
      const left: OutboxItem | undefined = await req(t.get(id));
      if (left) await req(t.put({ ...left, lease: 0 }));
      await committed(t.transaction);
    }
  }

  const settle = async (item: OutboxItem, ok: boolean, httpStatus: number, response: unknown) => {
    const tx = (await db()).transaction(['items', 'results'], 'readwrite');
    tx.objectStore('items').delete(item.id);
    const record: SentRecord = { id: item.id, kind: item.kind, ok, httpStatus, response, at: now() };
    tx.objectStore('results').put(record);
    await committed(tx);
    deliver({ type: ok ? 'sent' : 'rejected', id: item.id, kind: item.kind, httpStatus, response });
    return { status: ok ? 'sent' : 'rejected', httpStatus, response } as SendResult;
  };

  const postpone = async (item: OutboxItem, reason: QueueReason, retryAfter?: number): Promise<SendResult> => {
    // Offline is not the server's fault: do not grow the backoff, send as soon as the link is back.
    const attempts = reason === 'offline' ? item.attempts : item.attempts + 1;
    const backoff = Math.min(retryMax, retryBase * 2 ** Math.max(0, attempts - 1));
    const delay = reason === 'offline' ? 0 : Math.max(retryAfter ?? 0, backoff * (0.5 + Math.random() / 2));
    const next = { ...item, attempts, reason, nextAt: now() + delay };
    const items = await store('items', 'readwrite');
    // Only update if still waiting: another tab may have settled it meanwhile.
    if (await req(items.get(item.id))) await req(items.put(next));
    await committed(items.transaction);
    if (reason !== 'offline') pausedUntil = Math.max(pausedUntil, next.nextAt);
    deliver({ type: 'queued', id: item.id, kind: item.kind, reason });
    schedule(delay);
    return { status: 'queued', reason };
  };

  /** One attempt at one item, under its claim. Undefined when it is gone (another tab settled it). */
  const attempt = async (id: string): Promise<SendResult | undefined> => {
    const item: OutboxItem | undefined = await req((await store('items')).get(id));
    if (!item) {
      const done: SentRecord | undefined = await req((await store('results')).get(id));
      return done && { status: done.ok ? 'sent' : 'rejected', httpStatus: done.httpStatus, response: done.response };
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
    let response: unknown = null;
    let parsed = res.status === 204;
    try {
      response = await res.json();
      parsed = true;
    } catch {
      // Non-JSON bodies (a proxy's or captive portal's page) carry nothing the user needs.
    }
    // The collector acknowledges in JSON; a 2xx page from a captive portal or proxy is no receipt.
    if (res.ok) return parsed ? settle(item, true, res.status, response) : postpone(item, 'network');
    if (res.status === 429 || res.status === 408 || res.status >= 500) {
      const seconds = Number(res.headers.get('Retry-After'));
      return postpone(
        item,
        res.status === 429 ? 'rate-limited' : 'server',
        Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, retryMax) : undefined,
      );
    }
    return settle(item, false, res.status, response);
  };

  const schedule = (delay: number) => {
    if (closed || offline()) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        void run(false);
      },
      Math.max(50, delay),
    );
  };

  /** Sends due items oldest first, one at a time, stopping at the first transient failure. */
  const sweep = async (force: boolean) => {
    if (offline()) return;
    const items = ((await req((await store('items')).getAll())) as OutboxItem[]).sort(
      (a, b) => a.createdAt - b.createdAt,
    );
    let earliest = Number.POSITIVE_INFINITY;
    for (const item of items) {
      if (closed) return;
      if (!force && (item.nextAt > now() || pausedUntil > now())) {
        earliest = Math.min(earliest, Math.max(item.nextAt, pausedUntil));
        continue;
      }
      const result = await claim(item.id, () => attempt(item.id), false);
      if (result !== BUSY && result?.status === 'queued') return; // postpone() scheduled the next run
    }
    if (earliest < Number.POSITIVE_INFINITY) schedule(earliest - now());
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
        console.warn('[motcua] outbox flush failed:', error);
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

  return {
    async send(input) {
      const tx = (await db()).transaction(['items', 'results'], 'readwrite');
      const items = tx.objectStore('items');
      const done: SentRecord | undefined = await req(tx.objectStore('results').get(input.id));
      const waiting = done ? undefined : await req(items.get(input.id));
      if (!done && !waiting) {
        if ((await req(items.count())) >= maxItems) {
          await committed(tx);
          deliver({ type: 'full', id: input.id, kind: input.kind });
          return { status: 'full' };
        }
        const item: OutboxItem = {
          id: input.id,
          url: input.url,
          body: input.body,
          kind: input.kind,
          createdAt: now(),
          attempts: 0,
          nextAt: now(),
        };
        await req(items.add(item));
      }
      await committed(tx);
      if (done) {
        return { status: done.ok ? 'sent' : 'rejected', httpStatus: done.httpStatus, response: done.response };
      }
      // Wait for the claim: if another tab is sending this very item, its answer is ours too.
      const result = await claim(input.id, () => attempt(input.id), true);
      if (result === BUSY || result === undefined) return { status: 'queued', reason: 'network' };
      return result;
    },
    flush: () => run(false),
    async pending(kind) {
      const items = await store('items');
      const all: OutboxItem[] = await req(kind ? items.index('kind').getAll(kind) : items.getAll());
      return all.sort((a, b) => a.createdAt - b.createdAt);
    },
    async result(id) {
      return req((await store('results')).get(id));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      if (typeof removeEventListener === 'function') removeEventListener('online', onOnline);
      g.document?.removeEventListener('visibilitychange', onVisible);
      channel?.close();
      listeners.clear();
      void dbPromise?.then((d) => d.close());
    },
  };
}
