// Two collector instances on one PostgreSQL, as a province runs them behind a load balancer (issue 24):
// two real processes started at the same moment on a fresh database, each on its own port. Whatever one
// instance accepts or changes, the other must answer as if there were one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { call, feedbackBody, signIn, storages, uuid } from './helpers.js';
import { type CollectorProcess, runCli, spawnCollector } from './process.js';

const postgres = storages().find((s) => s.name === 'postgres');
const RATE_IP = 30;
const STAFF = { email: 'canbo@banthach.demo', password: 'mat-khau-thu-nghiem' };
const ORIGIN = 'http://127.0.0.1:8080';

describe('two collector instances on one PostgreSQL', {
  skip: !postgres && 'needs PostgreSQL: set TEST_DATABASE_URL (npm test does)',
}, () => {
  let db: { databaseUrl?: string; drop(): Promise<void> };
  let a: CollectorProcess;
  let b: CollectorProcess;

  before(async () => {
    db = await (postgres as NonNullable<typeof postgres>).fresh();
    const env = {
      DATABASE_URL: db.databaseUrl as string,
      DATABASE_POOL_MAX: '4',
      MOTCUA_SEED_DEMO: '1',
      MOTCUA_DEMO_EMPTY: '1',
      MOTCUA_DEMO_ORIGIN: ORIGIN,
      MOTCUA_TRUST_PROXY: '1',
      MOTCUA_RATE_IP: String(RATE_IP),
    };
    // The same moment, as in a rolling deploy: both migrate and seed the demo unit on an empty database.
    [a, b] = await Promise.all([spawnCollector(env), spawnCollector(env)]);
    await runCli(['add-admin', STAFF.email, 'Cán bộ thử', '--role', 'unit', '--unit', 'demo'], {
      DATABASE_URL: db.databaseUrl as string,
      MOTCUA_PASSWORD: STAFF.password,
    });
  });

  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('both come up when started together on an empty database', async () => {
    for (const instance of [a, b]) assert.equal((await call(instance.url, '/healthz')).status, 200);
    const client = new pg.Client(db.databaseUrl);
    await client.connect();
    try {
      const units = await client.query("SELECT count(*)::int AS n FROM units WHERE code = 'demo'");
      assert.equal(units.rows[0].n, 1);
    } finally {
      await client.end();
    }
  });

  it('counts a rating sent to both instances once', async () => {
    const ids = Array.from({ length: 20 }, () => uuid());
    // Each rating from its own address, to both instances at once (a retry through the other one).
    const answers = await Promise.all(
      ids.flatMap((id, i) =>
        [a, b].map((instance) =>
          call(instance.url, '/api/v1/units/demo/ratings', {
            body: { id, scale: 3, score: 1 + (i % 3) },
            headers: { 'X-Forwarded-For': `198.51.100.${i + 1}` },
          }),
        ),
      ),
    );
    for (let i = 0; i < ids.length; i++) {
      const pair = [answers[2 * i]?.status, answers[2 * i + 1]?.status].sort();
      assert.deepEqual(pair, [200, 201], `rating ${i}: one stored (201), one a replay (200)`);
    }
    for (const instance of [a, b]) {
      const summary = await call(instance.url, '/api/v1/units/demo/ratings/summary');
      assert.equal(summary.body.total, ids.length);
      assert.deepEqual(summary.body.counts, { '1': 7, '2': 7, '3': 6 });
    }
  });

  it('stores feedback sent to both instances once, with one receipt code', async () => {
    const body = feedbackBody();
    const answers = await Promise.all(
      [a, b].map((instance) =>
        call(instance.url, '/api/v1/units/demo/feedback', { body, headers: { 'X-Forwarded-For': '198.51.100.200' } }),
      ),
    );
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 201]);
    assert.equal(answers[0]?.body.receiptCode, answers[1]?.body.receiptCode);
  });

  it('holds the address limit across both instances', async () => {
    // Fixed one-minute windows: start with time to spare in the current one.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 10_000) await new Promise((r) => setTimeout(r, left + 100));
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: RATE_IP + 20 }, (_, i) =>
        call((i % 2 ? a : b).url, '/api/v1/units/demo/ratings', {
          body: { id: uuid(), scale: 3, score: 3 },
          headers: { 'X-Forwarded-For': '203.0.113.9' },
        }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    if (Math.floor(started / 60_000) === Math.floor(Date.now() / 60_000)) {
      assert.equal(statuses.filter((s) => s === 201).length, RATE_IP);
      assert.equal(statuses.filter((s) => s === 429).length, 20);
    } else {
      // A machine so loaded that 50 requests outlasted the 10 s left: two windows' worth at most.
      assert.ok(statuses.filter((s) => s === 201).length <= 2 * RATE_IP);
    }
    // Each instance let some through: the limit is the two instances' total, not each one's.
    const accepted = (instance: CollectorProcess) =>
      answers.filter((r, i) => r.status === 201 && (i % 2 ? a : b) === instance).length;
    assert.ok(accepted(a) > 0 && accepted(b) > 0);
  });

  it('ends the session on the other instance at logout', async () => {
    const session = await signIn(a.url, STAFF);
    const me = (instance: CollectorProcess) =>
      call(instance.url, '/api/v1/admin/me', { headers: { Cookie: session.cookie } });
    assert.equal((await me(b)).status, 200);
    const out = await call(a.url, '/api/v1/admin/logout', {
      method: 'POST',
      headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf },
    });
    assert.equal(out.status, 200);
    assert.equal((await me(b)).status, 401);
    assert.equal((await me(a)).status, 401);
  });

  /**
   * Asks every 10 ms until `ask` answers true. Fails when a request sent a second or more after the start
   * still gets the old answer: on a loaded machine one request may take longer than that, which says
   * nothing about how fast the change reached the other instance.
   */
  async function within1s(ask: () => Promise<boolean>): Promise<void> {
    const deadline = performance.now() + 1000;
    for (;;) {
      const late = performance.now() >= deadline;
      if (await ask()) return;
      assert.ok(!late, 'not served by the other instance within a second');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('serves a campaign edited through one instance from the other at once', async () => {
    const session = await signIn(a.url, STAFF);
    const headers = { Cookie: session.cookie, 'X-CSRF-Token': session.csrf };
    const running = async (instance: CollectorProcess) =>
      (await call(instance.url, '/api/v1/units/demo/campaigns')).body as { id: string; title: string }[];
    const campaign = {
      title: 'Nộp hồ sơ trực tuyến',
      startsAt: new Date(Date.now() - 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    // The other instance has served (and kept) the unit's campaigns before the change.
    const before = await running(b);
    const created = await call(a.url, '/api/v1/admin/units/demo/campaigns', { body: campaign, headers });
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    await within1s(async () => (await running(b)).some((x) => x.id === id));
    assert.equal((await running(b)).length, before.length + 1);

    const renamed = 'Nộp hồ sơ trực tuyến, không phải đi lại';
    const put = await call(a.url, `/api/v1/admin/units/demo/campaigns/${id}`, {
      method: 'PUT',
      body: { ...campaign, title: renamed },
      headers,
    });
    assert.equal(put.status, 200);
    await within1s(async () => (await running(b)).find((x) => x.id === id)?.title === renamed);

    const gone = await call(a.url, `/api/v1/admin/units/demo/campaigns/${id}`, { method: 'DELETE', headers });
    assert.equal(gone.status, 200);
    await within1s(async () => !(await running(b)).some((x) => x.id === id));
  });

  it('serves fresh campaigns while its listening connection is cut, and listens again', async () => {
    const client = new pg.Client(db.databaseUrl);
    await client.connect();
    try {
      const listeners = async () =>
        (
          await client.query(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN motcua_changes'",
          )
        ).rows.map((r) => r.pid as number);
      assert.equal((await listeners()).length, 2);
      const title = async () =>
        ((await call(b.url, '/api/v1/units/demo/campaigns')).body as { title: string }[]).map((x) => x.title);
      const [{ id }] = (
        await client.query(
          "INSERT INTO campaigns (id, unit, title, starts_at, ends_at) VALUES ($1, 'demo', 'Trước', now() - interval '1 hour', now() + interval '1 day') RETURNING id",
          [uuid()],
        )
      ).rows;
      await within1s(async () => (await title()).includes('Trước'));
      // Cut both instances' listening connections, as a database restart or a network fault would.
      for (const pid of await listeners()) await client.query('SELECT pg_terminate_backend($1)', [pid]);
      await client.query("UPDATE campaigns SET title = 'Trong lúc mất kết nối' WHERE id = $1", [id]);
      await within1s(async () => (await title()).includes('Trong lúc mất kết nối'));
      // Back within a few seconds (a retry a second), and caching on notices again.
      const started = performance.now();
      while ((await listeners()).length < 2) {
        assert.ok(performance.now() - started < 10_000, 'listening again within 10 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      await title();
      await client.query("UPDATE campaigns SET title = 'Sau khi nối lại' WHERE id = $1", [id]);
      await within1s(async () => (await title()).includes('Sau khi nối lại'));
    } finally {
      await client.end();
    }
  });

  it('follows a unit changed outside the collector (psql) on both instances', async () => {
    const other = 'https://banthach.example.gov.vn';
    const allowed = async (instance: CollectorProcess) =>
      (await fetch(`${instance.url}/api/v1/units/demo/campaigns`, { headers: { Origin: other } })).headers.get(
        'access-control-allow-origin',
      ) === other;
    assert.equal(await allowed(a), false);
    assert.equal(await allowed(b), false);
    const client = new pg.Client(db.databaseUrl);
    await client.connect();
    try {
      await client.query("UPDATE units SET origins = origins || $1::text WHERE code = 'demo'", [other]);
    } finally {
      await client.end();
    }
    await within1s(() => allowed(a));
    await within1s(() => allowed(b));
  });

  it("serves a province's own site to its wards on both instances once the CLI lists it", async () => {
    const site = 'https://dichvucong.danang.example';
    const allowed = async (instance: CollectorProcess) =>
      (await fetch(`${instance.url}/api/v1/units/demo/campaigns`, { headers: { Origin: site } })).headers.get(
        'access-control-allow-origin',
      ) === site;
    assert.equal(await allowed(a), false);
    const env = { DATABASE_URL: db.databaseUrl as string };
    assert.match(await runCli(['set-province-origins', '48', site], env), /Province 48: https:\/\/dichvucong/);
    await within1s(() => allowed(a));
    await within1s(() => allowed(b));
    // Only origins are taken, and only for a province that exists.
    await assert.rejects(runCli(['set-province-origins', '48', `${site}/trang`], env), /not an origin/);
    await assert.rejects(runCli(['set-province-origins', '99', site], env), /no province with code 99/);
    await runCli(['set-province-origins', '48'], env);
    await within1s(async () => !(await allowed(a)));
  });
});
