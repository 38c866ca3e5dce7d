/**
 * Change notices between collector instances. Triggers on the tables an instance caches (units,
 * campaigns; migration 2026-12-07-change-notices) send `table:unit` on the channel `motcua_changes`
 * when a change commits, whoever made it: an instance, the CLI, psql. Each instance listens on one
 * connection of its own and drops what it cached for that unit, so a change made through one instance
 * is served by every instance at once, with no TTL. PGlite is one process: the same triggers notify
 * through its own listen().
 */

export const CHANGES_CHANNEL = 'motcua_changes';

/** Sent to subscribers when notices may have been missed (the listening connection was lost). */
export const RESET = '*';

/** Starts listening: resolves once notices flow; `lost` is called if they stop. Resolves to a stop function. */
export type Listen = (notice: (payload: string) => void, lost: () => void) => Promise<() => Promise<void>>;

export class ChangeFeed {
  readonly #listen: Listen;
  readonly #subscribers = new Set<(change: string) => void>();
  #live = false;
  #closed = false;
  #stop?: () => Promise<void>;
  #retry?: NodeJS.Timeout;

  constructor(listen: Listen) {
    this.#listen = listen;
  }

  /** True while notices are received: a cache keeps nothing while it is false. */
  get live(): boolean {
    return this.#live;
  }

  /** fn gets `table:unit` for each committed change, or RESET when everything cached must go. */
  subscribe(fn: (change: string) => void): void {
    this.#subscribers.add(fn);
  }

  /** Listens until close(); after a lost connection, again every second until it is back. */
  async start(): Promise<void> {
    if (this.#closed || this.#stop) return;
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      this.#live = false;
      const stop = this.#stop;
      this.#stop = undefined;
      this.#emit(RESET);
      void stop?.().catch(() => undefined);
      this.#reconnect();
    };
    const stop = await this.#listen((payload) => this.#emit(payload), onLost);
    if (lost || this.#closed) {
      await stop().catch(() => undefined);
      return;
    }
    this.#stop = stop;
    this.#live = true;
    // Anything read before notices flowed may be stale.
    this.#emit(RESET);
  }

  #reconnect(): void {
    if (this.#closed) return;
    this.#retry = setTimeout(() => void this.start().catch(() => this.#reconnect()), 1000);
    this.#retry.unref();
  }

  #emit(change: string): void {
    for (const fn of this.#subscribers) fn(change);
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#live = false;
    clearTimeout(this.#retry);
    await this.#stop?.();
    this.#stop = undefined;
  }
}

/**
 * Values one instance keeps per unit (a unit's settings, its campaigns) until a notice says their
 * table changed for that unit. A value read while a notice arrived is returned but not kept: it may
 * predate the change.
 */
export class UnitCache<V> {
  readonly #entries = new Map<string, V>();
  #generation = 0;

  constructor(
    private readonly feed: ChangeFeed,
    table: string,
    private readonly load: (unit: string) => Promise<V>,
    private readonly max = 10_000,
  ) {
    feed.subscribe((change) => {
      const at = change.indexOf(':');
      if (change === RESET) this.#entries.clear();
      else if (change.slice(0, at) === table) this.#entries.delete(change.slice(at + 1));
      else return;
      this.#generation++;
    });
  }

  async get(unit: string): Promise<V> {
    if (this.#entries.has(unit)) return this.#entries.get(unit) as V;
    const generation = this.#generation;
    const value = await this.load(unit);
    if (this.feed.live && generation === this.#generation) {
      if (this.#entries.size >= this.max) this.#entries.clear();
      this.#entries.set(unit, value);
    }
    return value;
  }
}
