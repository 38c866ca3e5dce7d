// Helpers for widget tests that post to the test runner's endpoint (outbox-server.mjs): one fresh
// bucket per test as the widget's `endpoint`, and a clean page outbox after each test.
import type { Outbox } from '@motcua/core';

let bucket = '';

/** Starts a fresh server-side bucket and returns the endpoint a widget should use. */
export function useBucket(): string {
  bucket = `w${crypto.randomUUID().replaceAll('-', '')}`;
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

/** Closes the page's shared outbox and deletes its database, so no test sees another's items. */
export async function resetPageOutbox(): Promise<void> {
  const key = Symbol.for('motcua.outbox');
  const scope = globalThis as unknown as Record<symbol, Outbox | undefined>;
  scope[key]?.close();
  delete scope[key];
  await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => {
    const req = indexedDB.deleteDatabase('motcua-outbox');
    req.onsuccess = req.onerror = req.onblocked = r;
  });
}
