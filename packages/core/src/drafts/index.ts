/**
 * Drafts: what a citizen has typed into a form, kept in IndexedDB as they type so a reload, a crash
 * or a dead battery loses nothing. Deleted when the submission is acknowledged or the user discards it.
 * Nothing here touches IndexedDB until first used, so the module loads in Node.
 */
import { openDb, req } from '../idb.js';

export interface Draft<T = Record<string, unknown>> {
  key: string;
  data: T;
  savedAt: number;
}

export interface DraftStore {
  load<T = Record<string, unknown>>(key: string): Promise<Draft<T> | undefined>;
  save<T = Record<string, unknown>>(key: string, data: T): Promise<void>;
  remove(key: string): Promise<void>;
}

const STORE = 'drafts';

export function createDraftStore(name = 'motcua-drafts'): DraftStore {
  let db: Promise<IDBDatabase> | undefined;
  // Another tab (or a reset) wants the database, or the browser closed it: let go, reopen on next use.
  const store = async (mode: IDBTransactionMode) => {
    db ??= openDb(
      name,
      (d) => d.createObjectStore(STORE, { keyPath: 'key' }),
      () => {
        db = undefined;
      },
    );
    return (await db).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    async load<T>(key: string) {
      return (await req((await store('readonly')).get(key))) as Draft<T> | undefined;
    },
    async save<T>(key: string, data: T) {
      await req((await store('readwrite')).put({ key, data, savedAt: Date.now() }));
    },
    async remove(key: string) {
      await req((await store('readwrite')).delete(key));
    },
  };
}
