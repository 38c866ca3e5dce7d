/**
 * The public API the widgets call (design §3.3): catalogue, ratings, feedback (PAKN) and its
 * follow-up, the public satisfaction summary, active campaigns and anonymous event counts.
 * Every write is validated by the shared schemas, rate-limited, idempotent by client id, and
 * acknowledged only after it is committed.
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { matchesPage, normalizePhoneVN, validateEvents, validateFeedback, validateRating, vnDay } from '@motcua/core';
import type { Ctx } from './context.js';
import { pgCode } from './db.js';
import { feedbackForm, feedbackReceiptPage, isFormPost } from './form.js';
import { BASE_HEADERS, errors, HttpError, readJson, type Route, sendJson } from './http.js';
import { type Limit, limit, limitAll } from './ratelimit.js';
import { idTaken, submitRating } from './ratings.js';
import { newReceiptCode, normalizeReceiptCode } from './receipt.js';
import { sniff } from './sniff.js';

export const SMALL_BODY = 64 * 1024;
export const FEEDBACK_BODY = 24 * 1024 * 1024;
const UNIT = /^[a-z0-9][a-z0-9-]{0,39}$/;

export interface Unit {
  code: string;
  name: string;
  origins: string[];
}

/** Units change rarely (CLI, admin): each instance keeps them a few seconds to spare a query per request. */
const unitCache = new Map<string, { unit: Unit; until: number; db: unknown }>();
const UNIT_TTL_MS = 5000;

export async function loadUnit(ctx: Ctx, code: string): Promise<Unit> {
  if (!UNIT.test(code)) throw errors.unknownUnit();
  const cached = unitCache.get(`${ctx.db.kind}:${code}`);
  if (cached && cached.until > Date.now() && cached.db === ctx.db) return cached.unit;
  const rows = await ctx.db.query<{ code: string; name: string; origins: string[] }>(
    'SELECT code, name, origins FROM units WHERE code = $1',
    [code],
  );
  const unit = rows[0];
  if (!unit) throw errors.unknownUnit();
  if (unitCache.size > 10_000) unitCache.clear();
  unitCache.set(`${ctx.db.kind}:${code}`, { unit, until: Date.now() + UNIT_TTL_MS, db: ctx.db });
  return unit;
}

/** CORS: a unit's allow-list decides which sites' widgets may call it; writes from others are refused. */
export function applyCors(ctx: Ctx, unit: Unit, write: boolean): void {
  const origin = ctx.req.headers.origin;
  if (!origin) return;
  const allowed = unit.origins.includes('*') || unit.origins.includes(origin);
  if (allowed) {
    ctx.cors['Access-Control-Allow-Origin'] = origin;
    ctx.cors.Vary = 'Origin';
    ctx.cors['Access-Control-Expose-Headers'] = 'ETag';
  } else if (write) throw errors.forbidden();
}

function writeLimitList(ctx: Ctx, unit: string): Limit[] {
  return [
    { key: `ip:${ctx.ip}`, max: ctx.config.rateIpPerMinute, windowSeconds: 60 },
    { key: `unit:${unit}`, max: ctx.config.rateUnitPerMinute, windowSeconds: 60 },
  ];
}

function writeLimits(ctx: Ctx, unit: string): Promise<void> {
  return limitAll(ctx.db, writeLimitList(ctx, unit));
}

const tooFast = () =>
  new HttpError(
    400,
    'too_fast',
    {
      vi: 'Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi gửi lại.',
      en: 'The form was sent too quickly. Please check it and send it again.',
    },
    { startedAt: { vi: 'Biểu mẫu được gửi quá nhanh.', en: 'The form was sent too quickly.' } },
  );

/** Vietnam's time zone, in which months and quarters of reports are counted. */
export const TZ = 'Asia/Ho_Chi_Minh';

function dateRange(url: URL): { from: string; to: string } {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const fields: Record<string, { vi: string; en: string }> = {};
  const check = (name: string, v: string) => {
    if (
      v &&
      (!iso.test(v) ||
        Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
        new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
    )
      fields[name] = { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Not a valid date (YYYY-MM-DD).' };
  };
  check('from', from);
  check('to', to);
  if (Object.keys(fields).length) throw errors.invalid(fields);
  // Days as the ward counts them (Vietnam time): after 17:00 UTC it is already tomorrow there.
  const today = vnDay(Date.now());
  const yearAgo = vnDay(Date.now() - 365 * 86400_000);
  return { from: from || yearAgo, to: to || today };
}

/**
 * The catalogue is the one large answer the widgets fetch (194 KB compact, 2.6 MB full for the shipped
 * one), so it goes gzip-compressed (about 1:8) to clients that accept it; everything else is small JSON.
 */
function sendCatalogue(ctx: Ctx, body: unknown, headers: Record<string, string>) {
  if (!/\bgzip\b/.test(String(ctx.req.headers['accept-encoding'] ?? ''))) {
    sendJson(ctx.res, 200, body, { ...headers, Vary: 'Accept-Encoding' });
    return;
  }
  const zipped = gzipSync(JSON.stringify(body), { level: 6 });
  ctx.res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    ...headers,
    'Content-Encoding': 'gzip',
    'Content-Length': zipped.length,
    Vary: 'Accept-Encoding',
  });
  ctx.res.end(zipped);
}

/** A procedure without what only its detail page needs (as `procedures-index.json` is made). */
function compactProcedure(record: Record<string, unknown>): Record<string, unknown> {
  const { steps, documents, legalBasis, subjects, result, ...rest } = record;
  return rest;
}

export const publicRoutes: Route<Ctx>[] = [
  {
    method: 'GET',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/procedures$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, false);
      const rows = await ctx.db.query<{ catalogue: unknown; catalogue_etag: string | null }>(
        'SELECT catalogue, catalogue_etag FROM units WHERE code = $1',
        [unit.code],
      );
      // ?view=index: the compact records a phone searches (no steps, documents, legal basis, subjects or
      // result), a tenth of the bytes; the widget fetches one full record when a procedure is opened.
      const compact = ctx.url.searchParams.get('view') === 'index';
      const etag = `"${rows[0]?.catalogue_etag ?? 'empty'}${compact ? '-index' : ''}"`;
      const headers = { ...ctx.cors, ETag: etag, 'Cache-Control': 'public, max-age=300, must-revalidate' };
      if (ctx.req.headers['if-none-match'] === etag) {
        ctx.res.writeHead(304, headers).end();
        return;
      }
      const catalogue = Array.isArray(rows[0]?.catalogue) ? (rows[0].catalogue as Record<string, unknown>[]) : [];
      sendCatalogue(ctx, compact ? catalogue.map(compactProcedure) : catalogue, headers);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/procedures\/(?<code>[^/]+)$/,
    async handler(ctx, { unit: code = '', code: procedure = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, false);
      const rows = await ctx.db.query<{ record: unknown }>(
        `SELECT p AS record FROM units, jsonb_array_elements(COALESCE(catalogue, '[]'::jsonb)) AS p
          WHERE code = $1 AND p->>'code' = $2 LIMIT 1`,
        [unit.code, procedure],
      );
      if (!rows[0]) throw errors.notFound();
      sendJson(ctx.res, 200, rows[0].record, { ...ctx.cors, 'Cache-Control': 'public, max-age=300' });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/ratings$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, true);
      const body = await readJson(ctx.req, SMALL_BODY);
      const v = validateRating(body);
      if (!v.ok) throw errors.invalid(v.fields);
      const r = v.value;
      const createdAt = r.createdAt && r.createdAt.getTime() <= Date.now() + 300_000 ? r.createdAt : new Date();
      // Rate limits, insert and commit happen in this storage's next group commit (ratings.ts).
      const status = await submitRating(ctx.db, {
        rating: r,
        unit: unit.code,
        createdAt,
        limits: writeLimitList(ctx, unit.code),
      });
      sendJson(ctx.res, status, { id: r.id }, ctx.cors);
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/feedback$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, true);
      if (isFormPost(ctx.req)) return feedbackForm(ctx, unit, acceptFeedback);
      const answer = await acceptFeedback(ctx, unit, await readJson(ctx.req, FEEDBACK_BODY));
      sendJson(ctx.res, answer.status, { id: answer.id, receiptCode: answer.receiptCode }, ctx.cors);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/feedback\/receipt$/,
    async handler(ctx, { unit: code = '' }) {
      await feedbackReceiptPage(ctx, await loadUnit(ctx, code));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/feedback\/(?<code>[^/]+)$/,
    async handler(ctx, { code = '' }) {
      ctx.cors['Access-Control-Allow-Origin'] = '*';
      await limit(ctx.db, `lookup:${ctx.ip}`, 30, 60);
      const receipt = normalizeReceiptCode(code);
      const phone = normalizePhoneVN(ctx.url.searchParams.get('phone') ?? '');
      const notFound = new HttpError(404, 'not_found', {
        vi: 'Không tìm thấy phản ánh với mã và số điện thoại này.',
        en: 'No feedback matches this receipt code and phone number.',
      });
      if (!receipt || !phone) throw notFound;
      const rows = await ctx.db.query<{
        id: string;
        receipt_code: string;
        status: string;
        created_at: Date;
        subject: string | null;
        answer: string | null;
        answered_at: Date | null;
        publish_consent: boolean;
      }>(
        'SELECT id, receipt_code, status, created_at, subject, answer, answered_at, publish_consent FROM feedback WHERE receipt_code = $1 AND phone = $2',
        [receipt, phone],
      );
      const f = rows[0];
      if (!f) throw notFound;
      const history = await ctx.db.query<{ status: string; at: Date }>(
        'SELECT status, at FROM feedback_history WHERE feedback_id = $1 ORDER BY at, id',
        [f.id],
      );
      sendJson(
        ctx.res,
        200,
        {
          receiptCode: f.receipt_code,
          status: f.status,
          createdAt: new Date(f.created_at).toISOString(),
          ...(f.subject ? { subject: f.subject } : {}),
          history: history.map((h) => ({ status: h.status, at: new Date(h.at).toISOString() })),
          ...(f.answer && f.answered_at
            ? { answer: { text: f.answer, at: new Date(f.answered_at).toISOString() } }
            : {}),
        },
        ctx.cors,
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/ratings\/summary$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, false);
      const { from, to } = dateRange(ctx.url);
      const groupBy = ctx.url.searchParams.get('groupBy') ?? 'month';
      if (groupBy !== 'month' && groupBy !== 'quarter') {
        throw errors.invalid({ groupBy: { vi: 'Chỉ nhận month hoặc quarter.', en: 'Must be month or quarter.' } });
      }
      const summary = await ratingSummary(ctx, unit.code, from, to, groupBy);
      sendJson(ctx.res, 200, summary, { ...ctx.cors, 'Cache-Control': 'public, max-age=60' });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/campaigns$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, false);
      const page = (ctx.url.searchParams.get('page') ?? '').slice(0, 300);
      const rows = await ctx.db.query<Record<string, unknown>>(
        `SELECT id, title, text, image_url, image_alt, image_width, image_height, image_srcset, link_url, link_text,
                starts_at, ends_at, priority, target_pages
         FROM campaigns WHERE unit = $1 AND starts_at <= now() AND ends_at >= now()
         ORDER BY priority DESC, starts_at DESC LIMIT 50`,
        [unit.code],
      );
      const list = rows.map(campaignJson).filter((c) => !page || matchesPage(c.targetPages, page));
      sendJson(ctx.res, 200, list, { ...ctx.cors, 'Cache-Control': 'public, max-age=60' });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/units\/(?<unit>[^/]+)\/events$/,
    async handler(ctx, { unit: code = '' }) {
      const unit = await loadUnit(ctx, code);
      applyCors(ctx, unit, true);
      const v = validateEvents(await readJson(ctx.req, SMALL_BODY));
      if (!v.ok) throw errors.invalid(v.fields);
      await writeLimits(ctx, unit.code);
      const campaigns = new Set(
        (await ctx.db.query<{ id: string }>('SELECT id::text AS id FROM campaigns WHERE unit = $1', [unit.code])).map(
          (r) => r.id,
        ),
      );
      await ctx.db.tx(async (q) => {
        const fresh = await q.query(
          'INSERT INTO event_batches (id, unit) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id',
          [v.value.id, unit.code],
        );
        if (!fresh.length) return;
        for (const e of v.value.events) {
          // Counts for deleted or unknown campaigns are dropped; widget counts are kept.
          if (e.campaign && !campaigns.has(e.campaign)) continue;
          await q.query(
            `INSERT INTO event_counts (unit, campaign, widget, day, type, count) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (unit, campaign, widget, day, type) DO UPDATE SET count = event_counts.count + EXCLUDED.count`,
            [unit.code, e.campaign ?? '', e.widget ?? '', e.day, e.type, e.count],
          );
        }
      });
      sendJson(ctx.res, 202, { id: v.value.id }, ctx.cors);
    },
  },
];

/** The answer to a replay of feedback already stored under `id` (409 when another unit holds the id). */
async function storedFeedback(
  ctx: Ctx,
  unit: Unit,
  id: string,
): Promise<{ status: 200; id: string; receiptCode: string } | undefined> {
  const rows = await ctx.db.query<{ unit: string; receipt_code: string }>(
    'SELECT unit, receipt_code FROM feedback WHERE id = $1',
    [id],
  );
  if (!rows[0]) return undefined;
  if (rows[0].unit !== unit.code) throw idTaken();
  return { status: 200, id, receiptCode: rows[0].receipt_code };
}

/**
 * Validates and stores one PAKN submission (JSON API and the no-JavaScript form alike). Replays of an
 * acknowledged id answer 200 with the same receipt; a new one is committed before 201 is answered.
 */
export async function acceptFeedback(
  ctx: Ctx,
  unit: Unit,
  body: unknown,
  options: { checkFillTime?: boolean } = {},
): Promise<{ status: 200 | 201; id: string; receiptCode: string }> {
  const v = validateFeedback(body);
  if (!v.ok) throw errors.invalid(v.fields);
  const f = v.value;
  // Replays of an acknowledged submission answer with the same receipt, before any other check.
  const previous = await storedFeedback(ctx, unit, f.id);
  if (previous) return previous;
  // Bots fill the hidden field: answer as if accepted, keep nothing.
  if (f.website) return { status: 201, id: f.id, receiptCode: newReceiptCode() };
  if (options.checkFillTime !== false && Date.now() - f.startedAt.getTime() < ctx.config.minFillSeconds * 1000)
    throw tooFast();
  await writeLimits(ctx, unit.code);
  await limit(ctx.db, `feedback:${ctx.ip}`, ctx.config.feedbackIpPerHour, 3600);
  const files = f.attachments.map((a, i) => {
    const data = Buffer.from(a.data, 'base64');
    const type = sniff(data);
    if (!type || data.length === 0) {
      throw new HttpError(
        415,
        'unsupported_attachment',
        {
          vi: 'Chỉ nhận tệp ảnh (JPEG, PNG, WebP) hoặc PDF.',
          en: 'Only JPEG, PNG, WebP images or PDF files are accepted.',
        },
        {
          [`attachments.${i}`]: {
            vi: `Tệp "${a.name}" không phải ảnh hoặc PDF.`,
            en: `"${a.name}" is not an image or a PDF.`,
          },
        },
      );
    }
    if (data.length > 5 * 1024 * 1024) throw errors.tooLarge(5 * 1024 * 1024);
    return { name: a.name, type, data };
  });
  for (let attempt = 0; ; attempt++) {
    const receiptCode = newReceiptCode();
    try {
      await ctx.db.tx(async (q) => {
        await q.query(
          `INSERT INTO feedback (id, unit, receipt_code, name, phone, email, address, subject, content, procedure, consent_at, publish_consent)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)`,
          [
            f.id,
            unit.code,
            receiptCode,
            f.name,
            f.phone,
            f.email ?? null,
            f.address ?? null,
            f.subject ?? null,
            f.content,
            f.procedure ?? null,
            f.publishConsent,
          ],
        );
        await q.query("INSERT INTO feedback_history (feedback_id, status, actor) VALUES ($1, 'moi', 'citizen')", [
          f.id,
        ]);
        for (const file of files) {
          await q.query(
            'INSERT INTO attachments (id, feedback_id, name, type, size, data) VALUES ($1, $2, $3, $4, $5, $6)',
            [randomUUID(), f.id, file.name, file.type, file.data.length, file.data],
          );
        }
      });
      return { status: 201, id: f.id, receiptCode };
    } catch (error) {
      if (pgCode(error) !== '23505' || attempt > 4) throw error;
      // A concurrent replay of the same id, or (rarely) a receipt-code collision: look again.
      const again = await storedFeedback(ctx, unit, f.id);
      if (again) return again;
    }
  }
}

export function campaignJson(r: Record<string, unknown>) {
  const out: Record<string, unknown> = {
    id: String(r.id),
    title: r.title,
    startsAt: new Date(r.starts_at as string).toISOString(),
    endsAt: new Date(r.ends_at as string).toISOString(),
    priority: r.priority,
  };
  const optional: [string, string][] = [
    ['text', 'text'],
    ['imageUrl', 'image_url'],
    ['imageAlt', 'image_alt'],
    ['imageWidth', 'image_width'],
    ['imageHeight', 'image_height'],
    ['imageSrcset', 'image_srcset'],
    ['linkUrl', 'link_url'],
    ['linkText', 'link_text'],
    ['targetPages', 'target_pages'],
  ];
  for (const [k, col] of optional) if (r[col] !== null && r[col] !== undefined) out[k] = r[col];
  return out as { targetPages?: string[] } & Record<string, unknown>;
}

/** One matcher for the widget and the collector (core's, which cannot backtrack). */
export { matchesPage };

export async function ratingSummary(
  ctx: Pick<Ctx, 'db'>,
  unit: string,
  from: string,
  to: string,
  groupBy: 'month' | 'quarter',
) {
  const fmt = groupBy === 'month' ? 'YYYY-MM' : 'YYYY-"Q"Q';
  const range = [unit, from, to];
  const where = `unit = $1 AND created_at >= ($2::date::timestamp AT TIME ZONE '${TZ}') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE '${TZ}')`;
  const counts = await ctx.db.query<{ scale: number; score: number; n: string }>(
    `SELECT scale, score, count(*) AS n FROM ratings WHERE ${where} GROUP BY scale, score`,
    range,
  );
  const periods = await ctx.db.query<{ period: string; total: string; satisfied: string }>(
    `SELECT to_char(created_at AT TIME ZONE '${TZ}', '${fmt}') AS period, count(*) AS total,
            count(*) FILTER (WHERE score >= scale - 1) AS satisfied
     FROM ratings WHERE ${where} GROUP BY period ORDER BY period`,
    range,
  );
  const three: Record<string, number> = { '1': 0, '2': 0, '3': 0 };
  const five: Record<string, number> = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  let total = 0;
  let satisfied = 0;
  for (const c of counts) {
    const n = Number(c.n);
    total += n;
    if (c.score >= c.scale - 1) satisfied += n;
    if (c.scale === 3) three[String(c.score)] = n;
    else five[String(c.score)] = n;
  }
  const rate = (a: number, b: number) => (b ? Math.round((a / b) * 10000) / 10000 : 0);
  return {
    from,
    to,
    total,
    counts: three,
    counts5: five,
    satisfied,
    satisfiedRate: rate(satisfied, total),
    periods: periods.map((p) => ({
      period: p.period,
      total: Number(p.total),
      satisfied: Number(p.satisfied),
      satisfiedRate: rate(Number(p.satisfied), Number(p.total)),
    })),
  };
}
