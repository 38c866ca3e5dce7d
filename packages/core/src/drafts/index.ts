/**
 * Drafts: what a citizen has typed into a form, kept in IndexedDB as they type so a reload, a crash
 * or a dead battery loses nothing. Deleted when the submission is acknowledged or the user discards it.
 * Nothing here touches IndexedDB until first used, so the module loads in Node.
 */
import { type IDBPDatabase, openDB } from 'idb';

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
  let db: Promise<IDBPDatabase> | undefined;
  const open = () => {
    db ??= openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore(STORE, { keyPath: 'key' });
      },
      // Another tab (or a reset) wants the database: let go of it, and reopen on next use.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
        db = undefined;
      },
      terminated() {
        db = undefined;
      },
    });
    return db;
  };
  return {
    async load<T>(key: string) {
      return (await (await open()).get(STORE, key)) as Draft<T> | undefined;
    },
    async save<T>(key: string, data: T) {
      await (await open()).put(STORE, { key, data, savedAt: Date.now() });
    },
    async remove(key: string) {
      await (await open()).delete(STORE, key);
    },
  };
}
