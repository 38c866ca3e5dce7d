// The outbox in real Chromium: real IndexedDB, real Web Locks, posting ratings to the real collector
// behind the test runner (test/component/collector-proxy.mjs), whose fault layer fails, drops
// connections, rate-limits and logs what passed.
import { expect } from '@open-wc/testing';
import { collectorLog, type Faults, newBucket, setFaults } from '../../../../test/component/collector-client.js';
import { createOutbox, type Outbox, type OutboxEvent } from '../../src/outbox/index.js';

const opened: Outbox[] = [];
let endpoint = '';
let dbName = '';

function outbox(options: Parameters<typeof createOutbox>[0] = {}): Outbox {
  const box = createOutbox({ name: dbName, retryBase: 40, retryMax: 400, autoFlush: false, ...options });
  opened.push(box);
  return box;
}
const url = () => `${endpoint}/api/v1/units/demo/ratings`;
const item = (body: Record<string, unknown> = {}) => {
  const id = crypto.randomUUID();
  return { id, url: url(), kind: 'rating', body: { id, scale: 3, score: 3, ...body } };
};
const mode = (f: Faults) => setFaults(endpoint, f);
const log = () => collectorLog(endpoint);
async function until(check: () => Promise<boolean>, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}

beforeEach(() => {
  endpoint = newBucket();
  dbName = `outbox-test-${endpoint.split('/').at(-1)}`;
});
afterEach(async () => {
  for (const box of opened.splice(0)) box.close();
  delete (navigator as unknown as Record<string, unknown>).onLine;
  delete (navigator as unknown as Record<string, unknown>).locks;
  await new Promise((r) => setTimeout(r, 20));
  indexedDB.deleteDatabase(dbName);
});

describe('outbox', () => {
  it('writes the item to IndexedDB before sending, then forgets it once acknowledged', async () => {
    await mode({ delay: 300 });
    const box = outbox();
    const it1 = item();
    const sending = box.send(it1);
    // While the request is in flight the item is already on disk.
    await until(async () => (await box.pending()).length === 1);
    expect((await box.pending('rating'))[0]!.body).to.deep.equal(it1.body);
    const result = await sending;
    expect(result).to.deep.equal({
      status: 'sent',
      httpStatus: 201,
      response: { id: it1.id, proof: 'none' },
    });
    expect(await box.pending()).to.deep.equal([]);
    const record = await box.result(it1.id);
    expect(record?.ok).to.equal(true);
    expect(record?.httpStatus).to.equal(201);
    expect((await log()).posts).to.deep.equal([it1.id]);
  });

  it('answers a second send of the same id from its records without posting again', async () => {
    const box = outbox();
    const it1 = item();
    await box.send(it1);
    const again = await box.send(it1);
    expect(again.status).to.equal('sent');
    expect((await log()).posts).to.have.length(1);
  });

  it('never retries a 4xx: the answer goes back to the caller and the item is dropped', async () => {
    const box = outbox();
    const events: OutboxEvent[] = [];
    box.subscribe((e) => events.push(e));
    const bad = item({ score: 9 });
    const result = await box.send(bad);
    expect(result.status).to.equal('rejected');
    expect(result.status === 'rejected' && result.httpStatus).to.equal(400);
    expect(result.status === 'rejected' && (result.response as { error: string }).error).to.equal('invalid_body');
    expect(await box.pending()).to.deep.equal([]);
    expect((await box.result(bad.id))?.ok).to.equal(false);
    expect(events.map((e) => e.type)).to.deep.equal(['rejected']);
    await box.flush();
    await new Promise((r) => setTimeout(r, 150));
    expect((await log()).posts).to.have.length(1);
  });

  it('queues on 503 and retries with growing, jittered delays until the server recovers', async () => {
    await mode({ status: 503, times: 3 });
    const box = outbox({ retryBase: 100, retryMax: 1000 });
    const events: OutboxEvent[] = [];
    box.subscribe((e) => events.push(e));
    const it1 = item();
    const started = Date.now();
    const first = await box.send(it1);
    const returned = Date.now();
    expect(first).to.deep.equal({ status: 'queued', reason: 'server' });
    const [waiting] = await box.pending();
    expect(waiting!.attempts).to.equal(1);
    // First delay is 100 ms × a jitter between 0.5 and 1, counted from when the answer came.
    expect(waiting!.nextAt).to.be.within(started + 50, returned + 100);
    await until(async () => (await box.pending()).length === 0);
    // Delays 100, 200, 400 ms with jitter ≥ 0.5: at least 350 ms in all.
    expect(Date.now() - started).to.be.greaterThan(340);
    expect(events.map((e) => e.type)).to.deep.equal(['queued', 'queued', 'queued', 'sent']);
    const l = await log();
    expect(l.posts).to.have.length(4);
    expect(l.stored).to.deep.equal([it1.id]);
  });

  it('honours Retry-After on 429 and says it is rate-limited', async () => {
    await mode({ status: 429, times: 1, retryAfter: 2 });
    const box = outbox({ retryMax: 10_000 });
    const before = Date.now();
    expect(await box.send(item())).to.deep.equal({ status: 'queued', reason: 'rate-limited' });
    const [waiting] = await box.pending();
    expect(waiting!.nextAt - before).to.be.at.least(2000);
  });

  it('treats a garbled reply (proxy, captive portal) as a network error and sends on the next flush', async () => {
    await mode({ drop: true, times: 1 });
    const box = outbox();
    const it1 = item();
    expect(await box.send(it1)).to.deep.equal({ status: 'queued', reason: 'network' });
    await new Promise((r) => setTimeout(r, 60));
    await box.flush();
    await until(async () => (await box.pending()).length === 0);
    expect((await log()).stored).to.deep.equal([it1.id]);
  });

  it('queues when nothing answers at the address (connection refused)', async () => {
    const box = outbox();
    const it1 = { ...item(), url: 'http://127.0.0.1:9/api/v1/units/demo/ratings' };
    expect(await box.send(it1)).to.deep.equal({ status: 'queued', reason: 'network' });
    expect((await box.pending()).map((i) => [i.id, i.attempts])).to.deep.equal([[it1.id, 1]]);
  });

  it('waits while the browser is offline and sends everything when it comes back online', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const box = outbox({ autoFlush: true });
    const a = item();
    const b = item();
    expect(await box.send(a)).to.deep.equal({ status: 'queued', reason: 'offline' });
    expect(await box.send(b)).to.deep.equal({ status: 'queued', reason: 'offline' });
    expect((await log()).posts).to.deep.equal([]);
    // Offline waits do not grow the backoff.
    expect((await box.pending()).map((i) => i.attempts)).to.deep.equal([0, 0]);
    delete (navigator as unknown as Record<string, unknown>).onLine;
    window.dispatchEvent(new Event('online'));
    await until(async () => (await box.pending()).length === 0);
    expect((await log()).posts).to.deep.equal([a.id, b.id]);
  });

  it('keeps items across a reload and sends them when the next page loads', async () => {
    await mode({ status: 503, times: 100 });
    const first = outbox();
    const ids = [];
    for (let i = 0; i < 5; i++) {
      const it = item();
      ids.push(it.id);
      expect((await first.send(it)).status).to.equal('queued');
    }
    first.close();
    await mode({});
    // A new page: a fresh outbox on the same database flushes on load.
    const second = outbox({ autoFlush: true });
    await until(async () => (await second.pending()).length === 0);
    const l = await log();
    expect(l.stored).to.have.members(ids);
    expect(l.stored).to.have.length(5);
  });

  it('lets two tabs flush the same queue without ever sending one item twice at once', async () => {
    await mode({ status: 503, times: 100 });
    const tabA = outbox();
    const tabB = outbox();
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const it = item();
      ids.push(it.id);
      await tabA.send(it);
    }
    await mode({ delay: 60 });
    await new Promise((r) => setTimeout(r, 450));
    await Promise.all([tabA.flush(), tabB.flush(), tabA.flush(), tabB.flush()]);
    await until(async () => (await tabA.pending()).length === 0);
    const l = await log();
    expect(l.overlaps).to.equal(0);
    expect(l.stored).to.have.members(ids);
    // However many 503s it took, each item was accepted exactly once.
    expect(l.okPosts).to.have.length(8);
    expect(new Set(l.okPosts).size).to.equal(8);
  });

  it('uses an IndexedDB lease where Web Locks are missing', async () => {
    Object.defineProperty(navigator, 'locks', { configurable: true, value: undefined });
    await mode({ status: 503, times: 100 });
    const tabA = outbox();
    const tabB = outbox();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const it = item();
      ids.push(it.id);
      await tabA.send(it);
    }
    await mode({ delay: 60 });
    await new Promise((r) => setTimeout(r, 450));
    await Promise.all([tabA.flush(), tabB.flush()]);
    await until(async () => (await tabB.pending()).length === 0);
    const l = await log();
    expect(l.overlaps).to.equal(0);
    expect(l.okPosts).to.have.length(6);
    expect(new Set(l.okPosts).size).to.equal(6);
    expect(l.stored).to.have.members(ids);
  });

  it('leaves an item to the tab holding its lease, and sends it once a dead tab’s lease runs out', async () => {
    await mode({ status: 503, times: 1 });
    const tabA = outbox();
    const it1 = item();
    expect((await tabA.send(it1)).status).to.equal('queued');
    tabA.close();
    // The tab that took the item for an attempt died mid-send: its lease is still on the item.
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(dbName, 1);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const leaseEnds = Date.now() + 600;
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('items', 'readwrite');
      const store = tx.objectStore('items');
      const get = store.get(it1.id);
      get.onsuccess = () => store.put({ ...get.result, nextAt: 0, lease: leaseEnds });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const postsBefore = (await log()).posts.length;
    const tabB = outbox();
    await tabB.flush();
    expect((await log()).posts.length).to.equal(postsBefore);
    expect(await tabB.pending()).to.have.length(1);
    await until(async () => (await tabB.pending()).length === 0, 4000);
    expect(Date.now()).to.be.at.least(leaseEnds);
    expect((await log()).okPosts).to.deep.equal([it1.id]);
  });

  it('tells the other tab when an item it queued was sent', async () => {
    await mode({ status: 503, times: 1 });
    const tabA = outbox();
    const tabB = outbox();
    const seen: OutboxEvent[] = [];
    tabA.subscribe((e) => seen.push(e));
    const it1 = item();
    await tabA.send(it1);
    await new Promise((r) => setTimeout(r, 100));
    await tabB.flush();
    await until(async () => seen.some((e) => e.type === 'sent' && e.id === it1.id));
  });

  it('refuses new items when full and says so, keeping what it holds', async () => {
    await mode({ status: 503, times: 100 });
    const box = outbox({ maxItems: 3 });
    const events: OutboxEvent[] = [];
    box.subscribe((e) => events.push(e));
    for (let i = 0; i < 3; i++) expect((await box.send(item())).status).to.equal('queued');
    const extra = item();
    expect(await box.send(extra)).to.deep.equal({ status: 'full' });
    expect(events.at(-1)).to.deep.equal({ type: 'full', id: extra.id, kind: 'rating' });
    expect(await box.pending()).to.have.length(3);
  });

  it('filters pending items by kind, oldest first', async () => {
    await mode({ status: 503, times: 100 });
    const box = outbox();
    const r1 = item();
    const f1 = { ...item(), kind: 'feedback' };
    const r2 = item();
    for (const it of [r1, f1, r2]) await box.send(it);
    expect((await box.pending('rating')).map((i) => i.id)).to.deep.equal([r1.id, r2.id]);
    expect((await box.pending('feedback')).map((i) => i.id)).to.deep.equal([f1.id]);
  });
});
