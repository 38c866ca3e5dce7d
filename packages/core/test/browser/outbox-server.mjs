// A real HTTP endpoint for the outbox's browser tests, mounted in the test runner's dev server under
// /__outbox/<bucket>/. Each bucket remembers what it received and can be told to fail for a while.
//   POST /__outbox/<bucket>/mode   {"status":503,"times":3,"delay":0,"drop":false,"retryAfter":0}
//   POST /__outbox/<bucket>/items  the endpoint under test: answers per mode, else 201 {id}
//   GET  /__outbox/<bucket>/log    {"posts":[ids in arrival order],"stored":[distinct ids],"okPosts":[ids answered 2xx],"bodies":{id:body},"overlaps":n}
// Widgets get the same endpoint at the collector's paths, with the bucket as their `endpoint`:
//   POST /__outbox/<bucket>/api/v1/units/<unit>/ratings (and /events) as /items
//   GET  /__outbox/<bucket>/api/v1/units/<unit>/ratings/summary    mode.summary[groupBy], or mode.status
//   POST /__outbox/<bucket>/api/v1/units/<unit>/feedback           as /items (mode.fields: a 400 naming those fields)
//   GET  /__outbox/<bucket>/api/v1/units/<unit>/feedback/ticket    {ticket: "ticket-<n>"}, n counting from 1
//   GET  /__outbox/<bucket>/api/v1/feedback/<code>?phone=…        mode.lookup = { receiptCode, phone, result }
//   GET  /__outbox/<bucket>/api/v1/home-visits/<code>?phone=…     the same, for a home-visit request's follow-up
//   GET  /__outbox/<bucket>/api/v1/units/<unit>/procedures         mode.procedures
//   GET  /__outbox/<bucket>/api/v1/units/<unit>/support-points     {points: mode.points, map: mode.map}, or 503 when mode.pointsDown
//   POST /__outbox/<bucket>/api/v1/units/<unit>/home-visits        as /items, with an HT- receipt code
const buckets = new Map();

function bucket(name) {
  if (!buckets.has(name))
    buckets.set(name, {
      mode: {},
      posts: [],
      stored: new Set(),
      okPosts: [],
      bodies: {},
      inflight: new Map(),
      overlaps: 0,
    });
  return buckets.get(name);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

export function outboxTestMiddleware() {
  return async function outboxTest(ctx, next) {
    const m = ctx.path.match(
      /^\/__outbox\/([\w-]+)\/(mode|items|log|api\/v1\/units\/[\w-]+\/(?:ratings(?:\/summary)?|events|feedback(?:\/ticket)?|procedures|support-points|home-visits)|api\/v1\/(?:feedback|home-visits)\/[\w%-]+)$/,
    );
    if (!m) return next();
    const b = bucket(m[1]);
    // The follow-up lookups (feedback, home visits): mode.lookup answers for one receipt code and phone.
    const lookup = /^api\/v1\/(?:feedback|home-visits)\/(.+)$/.exec(m[2]);
    if (lookup) {
      const code = decodeURIComponent(lookup[1]);
      const hit = b.mode.lookup && b.mode.lookup.receiptCode === code && b.mode.lookup.phone === ctx.query.phone;
      ctx.type = 'application/json';
      ctx.status = hit ? 200 : 404;
      ctx.body = JSON.stringify(
        hit ? b.mode.lookup.result : { error: 'not_found', message: { vi: 'Không tìm thấy.', en: 'Not found.' } },
      );
      return;
    }
    if (m[2].endsWith('/feedback/ticket')) {
      b.tickets = (b.tickets ?? 0) + 1;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ ticket: `ticket-${b.tickets}` });
      return;
    }
    if (m[2].endsWith('/procedures')) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(b.mode.procedures ?? []);
      return;
    }
    if (m[2].endsWith('/support-points')) {
      ctx.type = 'application/json';
      ctx.status = b.mode.pointsDown ? 503 : 200;
      ctx.body = JSON.stringify(
        b.mode.pointsDown ? { error: 'test' } : { points: b.mode.points ?? [], ...(b.mode.map && { map: b.mode.map }) },
      );
      return;
    }
    if (m[2].endsWith('/summary')) {
      const summary = b.mode.summary?.[ctx.query.groupBy ?? 'month'];
      b.summaryQueries = [...(b.summaryQueries ?? []), ctx.querystring];
      ctx.type = 'application/json';
      ctx.status = summary && !b.mode.status ? 200 : (b.mode.status ?? 404);
      ctx.body = JSON.stringify(summary ?? { error: 'not-found' });
      return;
    }
    if (m[2] === 'log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({
        posts: b.posts,
        stored: [...b.stored],
        okPosts: b.okPosts,
        bodies: b.bodies,
        overlaps: b.overlaps,
        summaryQueries: b.summaryQueries ?? [],
      });
      return;
    }
    const body = await readJson(ctx.req);
    if (m[2] === 'mode') {
      b.mode = body;
      ctx.status = 204;
      return;
    }
    const id = String(body.id ?? '');
    b.posts.push(id);
    // Two requests for the same item at the same time is what the outbox's lock must prevent.
    if (b.inflight.get(id)) b.overlaps++;
    b.inflight.set(id, (b.inflight.get(id) ?? 0) + 1);
    try {
      const mode = b.mode;
      if (mode.delay) await new Promise((r) => setTimeout(r, mode.delay));
      ctx.type = 'application/json';
      if (ctx.get('content-type') !== 'application/json') {
        ctx.status = 415;
        ctx.body = JSON.stringify({ error: 'unsupported-media-type' });
        return;
      }
      if (mode.times > 0) {
        mode.times--;
        if (mode.drop) {
          // A reset alone would be retried by Chromium on a reused socket; a garbled reply is not.
          ctx.status = 200;
          ctx.respond = false;
          ctx.req.socket.end('NOT HTTP\r\n\r\n');
          return;
        }
        ctx.status = mode.status ?? 503;
        if (mode.retryAfter) ctx.set('Retry-After', String(mode.retryAfter));
        ctx.body = JSON.stringify({ error: 'test', message: { vi: 'Lỗi thử', en: 'Test error' } });
        return;
      }
      if (mode.conflict) {
        ctx.status = 409;
        ctx.body = JSON.stringify({
          error: 'conflict',
          message: { vi: 'Hồ sơ này đã được đánh giá.', en: 'This dossier has already been rated.' },
        });
        return;
      }
      if (mode.fields) {
        ctx.status = 400;
        ctx.body = JSON.stringify({
          error: 'invalid_body',
          message: { vi: 'Một số thông tin chưa đúng.', en: 'Some fields are not valid.' },
          fields: mode.fields,
        });
        return;
      }
      if (body.invalid) {
        ctx.status = 400;
        ctx.body = JSON.stringify({ error: 'validation', message: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' } });
        return;
      }
      const replay = b.stored.has(id);
      b.stored.add(id);
      b.okPosts.push(id);
      b.bodies[id] = body;
      ctx.status = replay ? 200 : 201;
      const prefix = m[2].endsWith('/home-visits') ? 'HT' : 'PA';
      ctx.body = JSON.stringify({ id, receiptCode: `${prefix}-${id.slice(0, 6).toUpperCase()}` });
    } finally {
      b.inflight.set(id, b.inflight.get(id) - 1);
    }
  };
}
