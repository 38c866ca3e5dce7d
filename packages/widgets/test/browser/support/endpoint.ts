// Helpers for widget tests that post to the test runner's endpoint (outbox-server.mjs): one fresh
// bucket per test as the widget's `endpoint`, and a page outbox of its own per test. Test files run in
// parallel pages of one origin, so each test's outbox gets its own IndexedDB database.
import { createOutbox, type Outbox } from '@motcua/core';

const KEY = Symbol.for('motcua.outbox');
const scope = globalThis as unknown as Record<symbol, Outbox | undefined>;
let bucket = '';
let dbName = '';

/** Starts a fresh server-side bucket and page outbox; returns the endpoint a widget should use. */
export function useBucket(): string {
  bucket = `w${crypto.randomUUID().replaceAll('-', '')}`;
  dbName = `motcua-outbox-${bucket}`;
  scope[KEY]?.close();
  scope[KEY] = createOutbox({ name: dbName });
  return `/__outbox/${bucket}`;
}

export async function setMode(mode: Record<string, unknown>): Promise<void> {
  await fetch(`/__outbox/${bucket}/mode`, { method: 'POST', body: JSON.stringify(mode) });
}

export interface ServerLog {
  posts: string[];
  stored: string[];
  bodies: Record<string, Record<string, unknown>>;
  summaryQueries: string[];
}
export async function serverLog(): Promise<ServerLog> {
  return (await fetch(`/__outbox/${bucket}/log`)).json();
}

export async function until(check: () => boolean | Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}

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
