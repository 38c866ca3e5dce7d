import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, it } from 'node:test';
import {
  activeCampaigns,
  type CampaignItem,
  dismissals,
  eventQueue,
  eventTally,
  hasPendingEvents,
  matchesPage,
  PAGE_PATH_MAX,
  scheduleTime,
  trackingRefused,
  validateEvents,
  vnDay,
} from '../src/index.js';

const at = (iso: string) => Date.parse(iso);
const c = (id: string, startsAt: string, endsAt: string, extra: Partial<CampaignItem> = {}): CampaignItem => ({
  id,
  title: `Chiến dịch ${id}`,
  startsAt,
  endsAt,
  ...extra,
});

describe('scheduleTime', () => {
  it('reads a bare date as the whole day in Asia/Ho_Chi_Minh', () => {
    assert.equal(scheduleTime('2026-11-23'), at('2026-11-22T17:00:00Z'));
    assert.equal(scheduleTime('2026-11-23', true), at('2026-11-23T16:59:59.999Z'));
  });
  it('reads a local time without offset as Vietnam time, and keeps explicit offsets', () => {
    assert.equal(scheduleTime('2026-11-23T08:00'), at('2026-11-23T01:00:00Z'));
    assert.equal(scheduleTime('2026-11-23T08:00:00Z'), at('2026-11-23T08:00:00Z'));
    assert.ok(Number.isNaN(scheduleTime('ngày mai')));
  });
});

describe('vnDay', () => {
  it('counts the day in Vietnam, not in UTC', () => {
    assert.equal(vnDay(at('2026-11-23T16:59:59Z')), '2026-11-23');
    assert.equal(vnDay(at('2026-11-23T17:00:00Z')), '2026-11-24');
  });
});

describe('activeCampaigns', () => {
  const list = [
    c('low', '2026-11-01', '2026-11-30', { priority: 1 }),
    c('high', '2026-11-01T00:00:00+07:00', '2026-12-31T23:59:59+07:00', { priority: 9 }),
    c('expired', '2026-10-01', '2026-10-31', { priority: 50 }),
    c('future', '2026-12-01', '2026-12-31', { priority: 50 }),
  ];

  it('keeps running campaigns, highest priority first, and drops expired and future ones', () => {
    const ids = activeCampaigns(list, { now: at('2026-11-23T03:00:00Z') }).map((x) => x.id);
    assert.deepEqual(ids, ['high', 'low']);
  });

  it('switches date-only campaigns at midnight Vietnam time, even though UTC is still on the old day', () => {
    // 2026-11-30 17:30 UTC is 1 December 00:30 in Hà Nội: "low" has ended and "future" has begun.
    assert.deepEqual(
      activeCampaigns(list, { now: at('2026-11-30T17:30:00Z') }).map((x) => x.id),
      ['future', 'high'],
    );
    assert.deepEqual(
      activeCampaigns(list, { now: at('2026-11-30T16:59:00Z') }).map((x) => x.id),
      ['high', 'low'],
    );
  });

  it('shows a campaign whose start equals its end: all day for a date, at that instant for a time', () => {
    const day = [c('one-day', '2026-11-23', '2026-11-23')];
    assert.equal(activeCampaigns(day, { now: at('2026-11-22T17:00:00Z') }).length, 1);
    assert.equal(activeCampaigns(day, { now: at('2026-11-23T16:59:59Z') }).length, 1);
    assert.equal(activeCampaigns(day, { now: at('2026-11-23T17:00:00Z') }).length, 0);
    const instant = [c('instant', '2026-11-23T08:00:00+07:00', '2026-11-23T08:00:00+07:00')];
    assert.equal(activeCampaigns(instant, { now: at('2026-11-23T01:00:00Z') }).length, 1);
    assert.equal(activeCampaigns(instant, { now: at('2026-11-23T01:00:00.001Z') }).length, 0);
  });

  it('breaks priority ties by the latest start and ignores malformed entries', () => {
    const tie = [
      c('older', '2026-11-01', '2026-11-30'),
      c('newer', '2026-11-10', '2026-11-30'),
      { id: 'no-title', startsAt: '2026-11-01', endsAt: '2026-11-30' },
      c('bad-date', 'sớm', '2026-11-30'),
      null,
    ];
    assert.deepEqual(
      activeCampaigns(tie, { now: at('2026-11-23T03:00:00Z') }).map((x) => x.id),
      ['newer', 'older'],
    );
    assert.deepEqual(activeCampaigns({ not: 'a list' }), []);
  });

  it('targets pages by pattern and leaves out dismissed campaigns', () => {
    const targeted = [
      c('procedures', '2026-11-01', '2026-11-30', { targetPages: ['/thu-tuc*'] }),
      c('home', '2026-11-01', '2026-11-30', { targetPages: ['/'] }),
      c('all', '2026-11-01', '2026-11-30'),
    ];
    const now = at('2026-11-23T03:00:00Z');
    assert.deepEqual(
      activeCampaigns(targeted, { now, path: '/thu-tuc/1.001193' }).map((x) => x.id),
      ['procedures', 'all'],
    );
    assert.deepEqual(
      activeCampaigns(targeted, { now, path: '/' }).map((x) => x.id),
      ['home', 'all'],
    );
    assert.deepEqual(
      activeCampaigns(targeted, { now, path: '/', dismissed: (id) => id === 'home' }).map((x) => x.id),
      ['all'],
    );
  });
});

describe('matchesPage', () => {
  it('matches whole paths, with * as a wildcard and regex characters taken literally', () => {
    assert.equal(matchesPage(undefined, '/x'), true);
    assert.equal(matchesPage(['/tin-tuc'], '/tin-tuc/1'), false);
    assert.equal(matchesPage(['/tin-tuc*'], '/tin-tuc/1'), true);
    assert.equal(matchesPage(['/a.b'], '/axb'), false);
    assert.equal(matchesPage(['*/gop-y'], '/lien-he/gop-y'), true);
    assert.equal(matchesPage(['/a*b*c'], '/axxbyyc'), true);
    assert.equal(matchesPage(['/a*b*c'], '/axxbyy'), false);
    assert.equal(matchesPage(['/(x)?'], '/(x)?'), true);
    assert.equal(matchesPage(['**'], ''), true);
  });

  it('answers a pattern built to backtrack against a long path at once (issue 17, finding 7)', () => {
    const path = `/${'a'.repeat(PAGE_PATH_MAX - 1)}`;
    const started = process.hrtime.bigint();
    for (let i = 0; i < 20; i++) assert.equal(matchesPage(['/*a*a*a*a*a*a*a*a*b'], path), false);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // A backtracking regular expression takes minutes here; the matcher's work is bounded by 20 × 2,000 × 19.
    assert.ok(ms < 5000, `took ${ms} ms`);
    assert.equal(matchesPage(['/*'], `/${'a'.repeat(PAGE_PATH_MAX)}`), false, 'paths over the limit never match');
  });
});

describe('dismissals', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
  };

  it('remembers a dismissed campaign by its id only, and forgets it after the campaign ends', () => {
    const store = memory();
    let now = at('2026-11-23T03:00:00Z');
    const d = dismissals(store, () => now);
    d.add('a', at('2026-11-30T00:00:00Z'));
    d.add('b', at('2026-12-31T00:00:00Z'));
    assert.equal(dismissals(store).has('a'), true);
    assert.deepEqual(Object.keys(JSON.parse(store.m.get('motcua-campaigns-dismissed')!)), ['a', 'b']);
    now = at('2026-12-05T00:00:00Z');
    d.add('c', at('2027-01-31T00:00:00Z'));
    assert.equal(d.has('a'), false);
    assert.equal(d.has('b'), true);
  });

  it('survives corrupt, missing or throwing storage', () => {
    const store = memory();
    store.setItem('motcua-campaigns-dismissed', '{oops');
    assert.equal(dismissals(store).has('a'), false);
    const none = dismissals(undefined);
    none.add('a', 0);
    assert.equal(none.has('a'), false);
    const full = dismissals({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    assert.doesNotThrow(() => full.add('a', Date.now()));
  });
});

describe('eventTally', () => {
  it('folds repeated events into counts per type, campaign and Vietnam day, in batches the collector accepts', () => {
    const t = eventTally();
    t.add('impression', 'c1', at('2026-11-23T03:00:00Z'));
    t.add('impression', 'c1', at('2026-11-23T04:00:00Z'));
    t.add('click', 'c1', at('2026-11-23T04:00:00Z'));
    t.add('impression', 'c1', at('2026-11-23T17:30:00Z'));
    assert.equal(t.size, 3);
    const [batch, ...rest] = t.take();
    assert.equal(rest.length, 0);
    assert.deepEqual(batch, [
      { type: 'impression', campaign: 'c1', count: 2, day: '2026-11-23' },
      { type: 'click', campaign: 'c1', count: 1, day: '2026-11-23' },
      { type: 'impression', campaign: 'c1', count: 1, day: '2026-11-24' },
    ]);
    assert.equal(t.size, 0);
    const v = validateEvents({ id: crypto.randomUUID(), events: batch });
    assert.equal(v.ok, true);
  });

  it('splits more than 200 counts into several batches', () => {
    const t = eventTally();
    for (let i = 0; i < 450; i++) t.add('impression', `c${i}`);
    assert.deepEqual(
      t.take().map((b) => b.length),
      [200, 200, 50],
    );
  });
});

describe('trackingRefused', () => {
  it('honours Do Not Track and Global Privacy Control', () => {
    assert.equal(trackingRefused({ doNotTrack: '1' }), true);
    assert.equal(trackingRefused({ globalPrivacyControl: true }), true);
    assert.equal(trackingRefused({ doNotTrack: '0', globalPrivacyControl: false }), false);
    assert.equal(trackingRefused(undefined), false);
  });
});

describe('eventQueue', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it('keeps batches in storage until a real server accepts them, then forgets them', async () => {
    let status = 503;
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => {
        bodies.push({ type: req.headers['content-type'], body: JSON.parse(data) });
        res.writeHead(status, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/units/demo/events`;
      const store = memory();
      const id = crypto.randomUUID();
      const events = [{ type: 'click' as const, campaign: 'c1', count: 2, day: '2026-11-23' }];
      await eventQueue(store).add({ id, url, body: { id, events } });
      // The server failed: the batch waits, in storage, for the next page view.
      assert.equal(eventQueue(store).pending().length, 1);
      status = 202;
      await eventQueue(store).flush();
      assert.equal(eventQueue(store).pending().length, 0);
      assert.equal(bodies.length, 2);
      assert.deepEqual(bodies[1], { type: 'application/json', body: { id, events } });
      // A 400 would never pass: the batch is dropped rather than retried forever.
      status = 400;
      const bad = crypto.randomUUID();
      await eventQueue(store).add({ id: bad, url, body: { id: bad, events } });
      assert.equal(eventQueue(store).pending().length, 0);
    } finally {
      server.close();
    }
  });

  it('keeps a batch when the network fails, and at most 20 batches', async () => {
    const store = memory();
    const q = eventQueue(store, () => Promise.reject(new TypeError('offline')));
    for (let i = 0; i < 25; i++) {
      const id = `b${i}`;
      await q.add({ id, url: 'http://127.0.0.1:9/x', body: { id, events: [] } });
    }
    const ids = q.pending().map((x) => x.id);
    assert.equal(ids.length, 20);
    assert.equal(ids[19], 'b24');
  });

  it('tells without parsing whether batches wait: none, an emptied queue, blocked storage, one waiting', async () => {
    const store = memory();
    assert.equal(hasPendingEvents(store), false);
    assert.equal(hasPendingEvents(undefined), false);
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    assert.equal(hasPendingEvents(blocked), false);
    let ok = false;
    const q = eventQueue(store, async () =>
      ok ? new Response('{}', { status: 202 }) : Promise.reject(new TypeError('offline')),
    );
    await q.add({ id: 'b1', url: 'http://127.0.0.1:9/x', body: { id: 'b1', events: [] } });
    assert.equal(hasPendingEvents(store), true);
    ok = true;
    await q.flush();
    assert.equal(q.pending().length, 0);
    assert.equal(hasPendingEvents(store), false);
  });
});
