/**
 * Plain IndexedDB as promises, for the outbox and the drafts. The idb wrapper weighed 1.2 KB gzip in
 * every widget that sends (a tenth of the rating's 12 KB budget) for the few calls we make.
 * Awaiting `req()` inside a transaction keeps it alive, as with idb: the continuation runs in the
 * microtask checkpoint of the success event, while the transaction is still active.
 */

/** The result of one request. */
export const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Resolves when the transaction commits; rejects when it fails or is aborted. */
export const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/**
 * Opens (creating or upgrading) a database. `release` runs when the connection is gone or another copy
 * needs a newer version: the connection is closed first, so callers only forget it and reopen on next use.
 */
export function openDb(name: string, upgrade: (db: IDBDatabase) => void, release: () => void): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => upgrade(open.result);
  return req(open).then((db) => {
    db.onversionchange = () => {
      db.close();
      release();
    };
    db.onclose = release;
    return db;
  });
}
