/**
 * Loads a procedure catalogue over HTTP and keeps it in IndexedDB, revalidated with its ETag, so the
 * search works offline after the first visit and a repeat visit shows results before the network answers.
 */
import type { Procedure } from '@motcua/core/search';
interface Stored {
  url: string;
  etag: string | null;
  data: Procedure[];
  savedAt: number;
}

const STORE = 'catalogues';

// Plain IndexedDB rather than the idb wrapper: three calls do not justify 1.3 KB of the 16 KB budget.
const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

function db(): Promise<IDBDatabase> {
  const open = indexedDB.open('motcua-procedures', 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'url' });
  return request(open);
}

async function tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const d = await db();
  try {
    return await request(run(d.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    d.close();
  }
}

/** The cached copy of a catalogue, if any. Never throws (private mode, blocked storage). */
export async function readCached(url: string): Promise<Stored | undefined> {
  try {
    return (await tx('readonly', (s) => s.get(url))) as Stored | undefined;
  } catch {
    return undefined;
  }
}

async function store(value: Stored): Promise<void> {
  try {
    await tx('readwrite', (s) => s.put(value));
  } catch {
    // Storage may be unavailable; the widget still works online.
  }
}

/** Accepts only an array of records with the fields search needs; anything else is a server error. */
export function asCatalogue(value: unknown): Procedure[] {
  if (!Array.isArray(value)) throw new Error('catalogue is not an array');
  return value.filter(
    (p): p is Procedure =>
      !!p &&
      typeof p === 'object' &&
      typeof p.code === 'string' &&
      typeof p.name === 'string' &&
      Array.isArray(p.level),
  );
}

/**
 * Fetches the catalogue, sending the cached ETag; 304 keeps the cached copy. Resolves to the fresh
 * data (or undefined when the cache is current); rejects when the network or server fails.
 */
export async function revalidate(url: string, cached: Stored | undefined): Promise<Procedure[] | undefined> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (cached?.etag) headers['If-None-Match'] = cached.etag;
  const response = await fetch(url, { headers, cache: 'no-cache' });
  if (response.status === 304 && cached) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = asCatalogue(await response.json());
  await store({ url, etag: response.headers.get('ETag'), data, savedAt: Date.now() });
  return data;
}

/** Forgets every cached catalogue (for tests and for a ward that changes its catalogue's address). */
export async function clearCache(): Promise<void> {
  try {
    await tx('readwrite', (s) => s.clear());
  } catch {
    // Nothing to clear.
  }
}
