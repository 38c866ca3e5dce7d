/**
 * Micro-batching for statements many concurrent requests run one row at a time: an item that arrives
 * while a batch's statement runs waits for the next batch, and each batch is one statement (one round
 * trip, one commit) however many items it holds. There is no timer: a lone item is a batch of one, sent
 * at once, so batching adds no wait when the collector is quiet and grows with the load.
 * Used by the rate limits (storage/rate-limits.ts) and the contest submissions (contests/submissions.ts);
 * the ratings' group commit (ratings/store.ts) keeps its own, which also falls back to one by one.
 */
export class Batcher<Item, Result> {
  private waiting: { item: Item; resolve(r: Result): void; reject(e: unknown): void }[] = [];
  private busy = false;

  /**
   * @param run One statement for the whole batch: a result for each item, in the items' order. When it
   *   throws, every item of that batch is rejected with the error (nothing of it was written).
   * @param max Items per batch at most, so a batch's latency stays bounded.
   */
  constructor(
    private readonly run: (items: Item[]) => Promise<Result[]>,
    private readonly max = 256,
  ) {}

  add(item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.busy) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    while (this.waiting.length) {
      const batch = this.waiting.splice(0, this.max);
      try {
        const results = await this.run(batch.map((w) => w.item));
        for (const [i, w] of batch.entries()) w.resolve(results[i] as Result);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    this.busy = false;
  }
}

/** One batcher per storage (or per connection pool): created on first use, dropped with it. */
export function perStorage<Key extends object, B>(make: (key: Key) => B): (key: Key) => B {
  const made = new WeakMap<Key, B>();
  return (key) => {
    let b = made.get(key);
    if (!b) {
      b = make(key);
      made.set(key, b);
    }
    return b;
  };
}
