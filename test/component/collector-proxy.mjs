// The component tests' collector: a real one (collector.ts, started once per run in its own process)
// behind the test runner's dev server, so widgets get the collector's own answers. A test's requests go
// to /__collector/<bucket>/<collector path>; the bucket is the test's own (a fresh one per test, see
// collector-client.ts) and is one client address to the collector (X-Forwarded-For, which it trusts from
// this proxy). In front of the collector sits only what a real one cannot do, driven by the test:
//   POST /__collector/<bucket>/__faults  the bucket's fault rule ({} clears it), e.g.
//        {"method":"POST","path":"/ratings","status":503,"times":3,"retryAfter":2,"drop":false,"delay":0}
//        status or drop: the next `times` matching requests (all without `times`) get that status, or a
//        garbled reply, instead of reaching the collector; delay: each matching request waits first;
//        patch: fields merged into each matching JSON body on its way (a client whose checks lag the
//        collector's), so the collector's own refusal comes back; method, path (a substring) narrow it.
//   GET  /__collector/<bucket>/__unit    {"unit":"test-7"}: an empty unit of the bucket's own (one of those
//        collector.ts makes), for figures no other test touches; ?with=dossiers: one holding the demo
//        ward's dossiers.
//   GET  /__collector/<bucket>/__log     {"requests":[{method,path,query,id,body,status,answer}],"overlaps":n}
//        body as the page sent it; status: the collector's, the fault's, or 0 for a garbled reply;
//        answer: the collector's JSON; overlaps: requests for one id in flight at once.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const entry = join(import.meta.dirname, 'collector.ts');
/** Units of each kind, as many as collector.ts's POOL makes, and their code prefix. */
const POOL = { empty: { size: 200, prefix: 'test-' }, dossiers: { size: 20, prefix: 'test-dossiers-' } };
const ROUTE = /^\/__collector\/([\w-]+)(\/.*)$/;
/** Request headers that belong to one hop (or that fetch sets itself). */
const HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'accept-encoding']);
/** Answer headers that no longer hold once fetch has decoded the body. */
const DECODED = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);

/** Starts collector.ts allowing `origin`; resolves with its URL and a stop function once it listens. */
function startCollector(origin) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', entry], {
    cwd: import.meta.dirname,
    env: { ...process.env, MOTCUA_TEST_ORIGIN: origin },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (d) => {
    errors += String(d);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /listening on (http:\/\/\S+)/.exec(String(d));
      if (m)
        resolve({
          url: m[1],
          async stop() {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
    });
    child.once('exit', (code) => reject(new Error(`the test collector exited (${code}): ${errors.slice(-2000)}`)));
  });
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function parseJson(buffer) {
  try {
    return buffer.length ? JSON.parse(buffer.toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

/** What the fault rule does to this request, if it applies: { delay, patch, status, retryAfter, drop }. */
function faultFor(rule, method, path) {
  if (!rule) return {};
  if (rule.method && rule.method !== method) return {};
  if (rule.path && !path.includes(rule.path)) return {};
  const fault = { delay: rule.delay ?? 0, patch: rule.patch };
  if ((rule.status || rule.drop) && (rule.times === undefined || rule.times > 0)) {
    if (rule.times !== undefined) rule.times--;
    Object.assign(fault, { status: rule.status ?? 503, retryAfter: rule.retryAfter, drop: rule.drop });
  }
  return fault;
}

/**
 * The dev server plugin (starts and stops the collector with the server) and the middleware (the fault
 * layer and the proxy), sharing one collector.
 */
export function realCollector() {
  const buckets = new Map();
  let collector;
  const taken = { empty: 0, dossiers: 0 };
  const bucket = (name) => {
    if (!buckets.has(name)) {
      const n = buckets.size + 1;
      buckets.set(name, {
        address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
        unit: undefined,
        rule: undefined,
        requests: [],
        inflight: new Map(),
        overlaps: 0,
      });
    }
    return buckets.get(name);
  };

  const plugin = {
    name: 'motcua-real-collector',
    async serverStart({ config }) {
      collector = await startCollector(`${config.protocol ?? 'http:'}//${config.hostname}:${config.port}`);
    },
    async serverStop() {
      await collector?.stop();
    },
  };

  async function middleware(ctx, next) {
    const m = ROUTE.exec(ctx.path);
    if (!m) return next();
    const [, name, path] = m;
    const b = bucket(name);
    ctx.set('Cache-Control', 'no-store');
    if (path === '/__faults') {
      b.rule = parseJson(await readBody(ctx.req)) ?? {};
      ctx.status = 204;
      return;
    }
    if (path === '/__unit') {
      const kind = ctx.query.with === 'dossiers' ? 'dossiers' : 'empty';
      const pool = POOL[kind];
      if (!b.unit && taken[kind] >= pool.size)
        throw new Error(`all ${pool.size} ${kind} test units are taken: raise POOL`);
      b.unit ??= `${pool.prefix}${++taken[kind]}`;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ unit: b.unit });
      return;
    }
    if (path === '/__log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ requests: b.requests, overlaps: b.overlaps });
      return;
    }
    const body = ctx.method === 'GET' || ctx.method === 'HEAD' ? Buffer.alloc(0) : await readBody(ctx.req);
    const json = parseJson(body);
    const entry = { method: ctx.method, path, query: ctx.querystring, id: String(json?.id ?? ''), body: json };
    b.requests.push(entry);
    // Two requests for the same item at the same time is what the outbox's lock must prevent.
    const key = entry.id;
    if (key && b.inflight.get(key)) b.overlaps++;
    if (key) b.inflight.set(key, (b.inflight.get(key) ?? 0) + 1);
    try {
      const fault = faultFor(b.rule, ctx.method, path);
      if (fault.delay) await new Promise((r) => setTimeout(r, fault.delay));
      if (fault.drop) {
        // A reset alone would be retried by Chromium on a reused socket; a garbled reply is not.
        entry.status = 0;
        ctx.status = 200; // for the dev server's own log, which would count Koa's default 404
        ctx.respond = false;
        ctx.req.socket.end('NOT HTTP\r\n\r\n');
        return;
      }
      if (fault.status) {
        entry.status = fault.status;
        ctx.status = fault.status;
        if (fault.retryAfter) ctx.set('Retry-After', String(fault.retryAfter));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ error: 'fault', message: { vi: 'Lỗi thử', en: 'Test fault' } });
        return;
      }
      const sent = fault.patch && json ? Buffer.from(JSON.stringify({ ...json, ...fault.patch })) : body;
      const headers = { 'x-forwarded-for': b.address };
      for (const [k, v] of Object.entries(ctx.headers)) if (!HOP.has(k) && typeof v === 'string') headers[k] = v;
      const search = ctx.querystring ? `?${ctx.querystring}` : '';
      const answer = await fetch(`${collector.url}${path}${search}`, {
        method: ctx.method,
        headers,
        body: sent.length ? sent : undefined,
        redirect: 'manual',
      });
      entry.status = answer.status;
      ctx.status = answer.status;
      for (const [k, v] of answer.headers) if (!DECODED.has(k)) ctx.set(k, v);
      ctx.body = Buffer.from(await answer.arrayBuffer());
      if (answer.headers.get('content-type')?.startsWith('application/json')) entry.answer = parseJson(ctx.body);
    } finally {
      if (key) b.inflight.set(key, b.inflight.get(key) - 1);
    }
  }

  return { plugin, middleware };
}
