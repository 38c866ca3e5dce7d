// Helpers for widget tests that talk to the real collector behind the test runner
// (test/component/collector-proxy.mjs): one fresh bucket per test as the widget's `endpoint`, its fault
// rule and log, and a page outbox of its own per test. Test files run in parallel pages of one origin,
// so each test's outbox gets its own IndexedDB database.
import { createOutbox, type Outbox } from '@motcua/core';
import {
  type CollectorLog,
  collectorLog,
  type Faults,
  newBucket,
  ownUnit,
  setFaults,
} from '../../../../../test/component/collector-client.js';

export { unique, until } from '../../../../../test/component/collector-client.js';

const KEY = Symbol.for('motcua.outbox');
const scope = globalThis as unknown as Record<symbol, Outbox | undefined>;
let endpoint = '';
let dbName = '';

/** Starts a fresh bucket and page outbox; returns the endpoint a widget should use. */
export function useBucket(): string {
  endpoint = newBucket();
  dbName = `motcua-outbox-${endpoint.split('/').at(-1)}`;
  scope[KEY]?.close();
  scope[KEY] = createOutbox({ name: dbName });
  return endpoint;
}

/** This test's fault rule in front of the collector ({} for none). */
export const faults = (f: Faults): Promise<void> => setFaults(endpoint, f);

/** A unit of this test's own at the collector (empty, or with the demo dossiers), for data no other test touches. */
export const testUnit = (kind?: 'empty' | 'dossiers'): Promise<string> => ownUnit(endpoint, kind);

/** What passed between this test's widgets and the collector. */
export const serverLog = (): Promise<CollectorLog> => collectorLog(endpoint);

/** Closes this test's page outbox and deletes its database. */
export async function resetPageOutbox(): Promise<void> {
  scope[KEY]?.close();
  delete scope[KEY];
  await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => {
    const req = indexedDB.deleteDatabase(dbName);
    req.onsuccess = req.onerror = req.onblocked = r;
  });
}
