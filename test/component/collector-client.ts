// The browser side of collector-proxy.mjs for component tests: a fresh bucket per test (its endpoint,
// its client address at the collector), the bucket's fault rule, and the log of what passed through it.
// Test files run in parallel pages of one origin and share one collector, so a test that writes uses
// ids and dossier codes of its own (`unique`).

/** What the fault layer answers in the collector's place (see collector-proxy.mjs). */
export interface Faults {
  status?: number;
  times?: number;
  retryAfter?: number;
  drop?: boolean;
  delay?: number;
  method?: string;
  path?: string;
  patch?: Record<string, unknown>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  id: string;
  body: Record<string, unknown> | undefined;
  /** The collector's status, the fault's, or 0 for a garbled reply. */
  status: number;
  /** The collector's JSON answer. */
  answer?: Record<string, unknown>;
}

export interface CollectorLog {
  requests: LoggedRequest[];
  /** Ids of the POSTs, in arrival order (faulted ones too). */
  posts: string[];
  /** Ids the collector answered 2xx, in order (a replay appears again). */
  okPosts: string[];
  /** Distinct ids the collector answered 2xx: what it holds. */
  stored: string[];
  /** The bodies the collector accepted, by id. */
  bodies: Record<string, Record<string, unknown>>;
  /** Query strings of the GETs whose path contains `path`. */
  queries(path: string): string[];
  overlaps: number;
}

/** A new bucket: the endpoint a widget or outbox in this test should use. */
export function newBucket(): string {
  return `/__collector/t${crypto.randomUUID().replaceAll('-', '')}`;
}

/** A short code no other test uses, for data a test writes (a dossier code, a name). */
export const unique = (prefix: string) => `${prefix}${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/**
 * A unit of this bucket's own at the collector: empty (no catalogue, ratings or campaigns), or holding
 * the demo ward's dossiers (packages/collector/src/dossiers/demo.ts).
 */
export async function ownUnit(endpoint: string, kind: 'empty' | 'dossiers' = 'empty'): Promise<string> {
  const query = kind === 'dossiers' ? '?with=dossiers' : '';
  return ((await (await fetch(`${endpoint}/__unit${query}`)).json()) as { unit: string }).unit;
}

export async function setFaults(endpoint: string, faults: Faults): Promise<void> {
  await fetch(`${endpoint}/__faults`, { method: 'POST', body: JSON.stringify(faults) });
}

export async function collectorLog(endpoint: string): Promise<CollectorLog> {
  const { requests, overlaps } = (await (await fetch(`${endpoint}/__log`)).json()) as {
    requests: LoggedRequest[];
    overlaps: number;
  };
  const posts = requests.filter((r) => r.method === 'POST');
  const ok = posts.filter((r) => r.status >= 200 && r.status < 300);
  return {
    requests,
    posts: posts.map((r) => r.id),
    okPosts: ok.map((r) => r.id),
    stored: [...new Set(ok.map((r) => r.id))],
    bodies: Object.fromEntries(ok.map((r) => [r.id, r.body ?? {}])),
    queries: (path) => requests.filter((r) => r.method === 'GET' && r.path.includes(path)).map((r) => r.query),
    overlaps,
  };
}

export async function until(check: () => boolean | Promise<boolean>, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}
