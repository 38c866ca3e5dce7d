// Fuzz: 10,000 malformed requests (bodies, headers, paths, methods), seeded and reproducible
// (MOTCUA_FUZZ_SEED), against a real collector on PGlite. No answer may be a 5xx, and the server must
// still be healthy at the end.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { launch, storages, useCollector } from './helpers.js';

const SEED = Number(process.env.MOTCUA_FUZZ_SEED ?? 20261123);
const COUNT = Number(process.env.MOTCUA_FUZZ_COUNT ?? 10_000);

/** mulberry32: small, fast, seeded. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const storage of storages())
  describe(`fuzzing the collector on ${storage.name}`, () => {
    const c = useCollector(() =>
      launch(storage, {
        config: {
          rateIpPerMinute: 1_000_000,
          rateUnitPerMinute: 1_000_000,
          feedbackIpPerHour: 1_000_000,
          minFillSeconds: 0,
        },
      }),
    );

    it(`answers ${COUNT} malformed requests without a single 5xx (seed ${SEED})`, async () => {
      const r = rng(SEED);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      const junk = (n: number) =>
        Array.from({ length: n }, () => String.fromCharCode(Math.floor(r() * 0xffff))).join('');
      const values: unknown[] = [
        null,
        true,
        0,
        -1,
        1e308,
        3.5,
        '',
        'x',
        '0912345678',
        [],
        {},
        [1, 'a'],
        { a: { b: { c: [] } } },
        'a'.repeat(5000),
        '💥‮',
        '\u0000',
        '2026-02-30',
        '<img src=x onerror=alert(1)>',
        // Shapes of the security issue: dates JavaScript allows and PostgreSQL refuses, odd numbers.
        '0000-01-01T00:00:00Z',
        '+275760-09-13T00:00:00.000Z',
        '-000001-01-01T00:00:00Z',
        1.5,
        -0,
        Number.MAX_SAFE_INTEGER,
        '/*a*a*a*a*a*a*a*b',
        '//evil.example',
        '/\\evil.example',
      ];
      const polyglot = Buffer.concat([
        Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
        Buffer.from('<html><script>alert(1)</script></html>'),
      ]).toString('base64');
      const valid: Record<string, () => Record<string, unknown>> = {
        ratings: () => ({
          id: crypto.randomUUID(),
          scale: 3,
          score: 3,
          comment: 'tốt',
          createdAt: new Date().toISOString(),
          // Proof shapes (finding 8): a dossier with a made-up pass, a device key that is not one.
          ...(r() < 0.3 ? { dossier: 'H47.26-000123', dossierPass: junk(43) } : {}),
          ...(r() < 0.2 ? { mode: 'kiosk', device: `kiosk_${junk(30)}` } : {}),
        }),
        feedback: () => ({
          id: crypto.randomUUID(),
          name: 'A',
          phone: '0912345678',
          content: 'Nội dung phản ánh đủ dài.',
          consent: true,
          startedAt: new Date(0).toISOString(),
          ...(r() < 0.3
            ? { ticket: pick([`${Date.now().toString(36)}.${'a'.repeat(16)}.${'b'.repeat(43)}`, junk(60)]) }
            : {}),
          ...(r() < 0.2 ? { attachments: [{ name: 'x.html', type: 'image/png', data: polyglot }] } : {}),
        }),
        attempts: () => ({
          id: crypto.randomUUID(),
          fullName: 'Nguyễn Văn An',
          birthYear: 1985,
          phone: '0900123456',
          place: 'Tổ dân phố 1',
          consent: true,
        }),
        'dossiers/lookup': () => ({ code: pick(['H47.26-000123', 'h47.26-000123', junk(12)]), phone: '5678' }),
        'home-visits': () => ({
          id: crypto.randomUUID(),
          name: 'Nguyễn Thị Hoa',
          phone: '0912345678',
          address: 'Số 12, tổ dân phố 3',
          need: 'nop-truc-tuyen',
          preferredTime: 'Sáng thứ Bảy',
          consent: true,
        }),
        events: () => ({
          id: crypto.randomUUID(),
          events: [{ type: 'click', widget: 'w', count: 1, day: '2026-11-23' }],
        }),
      };
      const mutate = (o: Record<string, unknown>): unknown => {
        const kind = r();
        if (kind < 0.1) return pick(values);
        const copy: Record<string, unknown> = { ...o };
        const keys = Object.keys(copy);
        for (let i = 0, n = 1 + Math.floor(r() * 3); i < n; i++) {
          const k = r() < 0.8 ? pick(keys) : junk(4);
          if (r() < 0.2) delete copy[k];
          else copy[k] = r() < 0.5 ? pick(values) : mutate({ nested: junk(3) });
        }
        return copy;
      };
      const paths = [
        '/api/v1/units/demo/ratings',
        '/api/v1/units/demo/feedback',
        '/api/v1/units/demo/events',
        '/api/v1/units/demo/procedures',
        '/api/v1/units/demo/campaigns?page=%ZZ',
        '/api/v1/units/demo/ratings/summary?from=x&to=2026-13-01&groupBy=year',
        '/api/v1/units/%E0%A4%A/ratings',
        '/api/v1/units/../../etc/passwd/ratings',
        `/api/v1/units/${'a'.repeat(300)}/ratings`,
        '/api/v1/feedback/PA-%00%00?phone=%FF',
        '/api/v1/admin/units/demo/feedback',
        '/api/v1/admin/login',
        '/admin/../../package.json',
        '/healthz?x=' + 'y'.repeat(100),
        '/api/v1/units/demo/ratings/summary?from=0000-01-01',
        '/api/v1/units/demo/ratings/summary?from=+275760-09-13',
        '/api/v1/admin/units/demo/report?period=month&index=1.5&year=0',
        '/api/v1/units/demo/contests/tim-hieu-cchc-2026',
        `/api/v1/units/demo/contests/tim-hieu-cchc-2026/attempts/${crypto.randomUUID()}/submission`,
        '/api/v1/units/demo/contests/%00/attempts',
        '/api/v1/units/demo/feedback/ticket',
        '/api/v1/units/demo/dossiers',
        '/api/v1/units/demo/dossiers/lookup',
        '/api/v1/units/demo/support-points?near=%ZZ',
        '/api/v1/units/demo/home-visits',
        '/api/v1/admin/units/demo/kiosks',
        `/api/v1/admin/units/demo/kiosks/${crypto.randomUUID()}`,
      ];
      const methods = ['POST', 'POST', 'POST', 'POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
      const types = [
        'application/json',
        'application/json; charset=utf-8',
        'text/plain',
        'multipart/form-data; boundary=x',
        '',
        'application/json;;;',
        'APPLICATION/JSON',
      ];
      const statuses = new Map<number, number>();
      const failures: string[] = [];
      let next = 0;
      const worker = async () => {
        while (next < COUNT) {
          const i = next++;
          let path = pick(paths);
          const target = pick(['ratings', 'feedback', 'events', 'attempts', 'dossiers/lookup', 'home-visits'] as const);
          const route = target === 'attempts' ? 'contests/tim-hieu-cchc-2026/attempts' : target;
          if (r() < 0.8)
            path = `/api/v1/units/${pick(['demo', 'demo', 'demo', 'demo', 'other', 'DEMO', '', 'dêmo'])}/${route}`;
          const method = pick(methods);
          const headers: Record<string, string> = {};
          const type = pick(types);
          if (type) headers['Content-Type'] = type;
          if (r() < 0.1)
            headers.Origin = pick([
              'https://evil.example',
              'null',
              'http://127.0.0.1:8080',
              junk(5).replace(/[^\x20-\x7e]/g, 'a'),
            ]);
          if (r() < 0.1)
            headers['X-Forwarded-For'] = pick(['1.2.3.4, 5.6.7.8', junk(30).replace(/[^\x20-\x7e]/g, ','), '', ',,,']);
          if (r() < 0.05) headers.Cookie = `motcua_session=${junk(20).replace(/[^\x20-\x7e;]/g, 'b')}`;
          let body: string | undefined;
          if (method !== 'GET' && method !== 'OPTIONS') {
            const roll = r();
            body =
              roll < 0.6
                ? JSON.stringify(mutate(valid[target]!()))
                : roll < 0.75
                  ? JSON.stringify(valid[target]!()).slice(0, Math.floor(r() * 40))
                  : roll < 0.85
                    ? junk(Math.floor(r() * 200))
                    : roll < 0.9
                      ? JSON.stringify({ ...valid[target]!(), content: 'x'.repeat(70_000) })
                      : JSON.stringify(valid[target]!());
          }
          try {
            const res = await fetch(c.url + path, { method, headers, body });
            await res.arrayBuffer();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status >= 500) failures.push(`#${i} ${method} ${path} → ${res.status} (${body?.slice(0, 120)})`);
          } catch (error) {
            failures.push(`#${i} ${method} ${path} → ${(error as Error).message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      // Malformed HTTP straight on the socket.
      for (const raw of [
        'GARBAGE\r\n\r\n',
        'POST /api/v1/units/demo/ratings HTTP/1.1\r\nContent-Length: -5\r\n\r\n',
        `GET /${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`,
      ]) {
        await new Promise<void>((resolve) => {
          const s = connect(c.port, '127.0.0.1', () => s.end(raw));
          s.on('data', (d) => {
            const status = Number(String(d).split(' ')[1]);
            if (status >= 500) failures.push(`raw → ${status}`);
          });
          s.on('close', () => resolve());
          s.on('error', () => resolve());
        });
      }
      console.log(`fuzz: ${COUNT} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
      assert.deepEqual(failures.slice(0, 10), []);
      const refused = (statuses.get(400) ?? 0) + (statuses.get(413) ?? 0) + (statuses.get(415) ?? 0);
      assert.ok(refused > COUNT / 10, `malformed bodies are refused with 400/413/415 (${refused})`);
      const health = await fetch(`${c.url}/healthz`);
      assert.equal(health.status, 200);
    });
  });
