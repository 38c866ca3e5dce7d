/**
 * The staff API behind /admin: sign-in, the feedback inbox and its status workflow, the satisfaction
 * dashboard, the campaign editor with its counts, catalogue import and report exports. Every route
 * checks the session, the CSRF token on writes, and that the unit belongs to the staff member.
 */
import { randomUUID } from 'node:crypto';
import { cleanText, isObject, isUuid, validateCampaign } from '@motcua/core';
import { campaignJson, ratingSummary, SMALL_BODY, TZ } from './api.js';
import { cookieHeader, createSession, requireUnit, type Staff, sessionOf, verifyPassword } from './auth.js';
import { importCatalogue } from './catalogue.js';
import type { Ctx } from './context.js';
import { errors, HttpError, readBody, readJson, type Route, sendJson } from './http.js';
import { limit } from './ratelimit.js';
import { buildReport, periodRange, reportCsv, reportXlsx } from './report.js';

export const FEEDBACK_STATUSES = ['moi', 'dang-xu-ly', 'da-tra-loi', 'tu-choi'] as const;
/** Allowed moves of the workflow mới → đang xử lý → đã trả lời | từ chối. */
const NEXT: Record<string, string[]> = {
  moi: ['dang-xu-ly', 'tu-choi'],
  'dang-xu-ly': ['da-tra-loi', 'tu-choi'],
  'da-tra-loi': ['dang-xu-ly'],
  'tu-choi': ['dang-xu-ly'],
};

async function staffOf(ctx: Ctx, write: boolean): Promise<Staff> {
  const session = await sessionOf(ctx.db, ctx.req);
  if (!session) throw errors.unauthorized();
  if (write && ctx.req.headers['x-csrf-token'] !== session.csrf) throw errors.forbidden();
  return session.staff;
}

async function unitFor(ctx: Ctx, code: string, write = false): Promise<Staff> {
  const staff = await staffOf(ctx, write);
  requireUnit(staff, code);
  return staff;
}

const uuidOr404 = (id: string) => {
  if (!isUuid(id)) throw errors.notFound();
  return id;
};

export const adminRoutes: Route<Ctx>[] = [
  {
    method: 'POST',
    pattern: /^\/api\/v1\/admin\/login$/,
    async handler(ctx) {
      const body = await readJson(ctx.req, SMALL_BODY);
      const email =
        isObject(body) && typeof body.email === 'string'
          ? cleanText(body.email).trim().toLowerCase().slice(0, 254)
          : '';
      const password =
        isObject(body) && typeof body.password === 'string' ? cleanText(body.password).slice(0, 200) : '';
      if (!email || !password) {
        throw errors.invalid({
          ...(email ? {} : { email: { vi: 'Vui lòng nhập email.', en: 'Enter your e-mail.' } }),
          ...(password ? {} : { password: { vi: 'Vui lòng nhập mật khẩu.', en: 'Enter your password.' } }),
        });
      }
      // Throttle guessing per account and per address, whether or not the account exists.
      await limit(ctx.db, `login:${email}`, 5, 900);
      await limit(ctx.db, `login-ip:${ctx.ip}`, 30, 900);
      const rows = await ctx.db.query<{ id: string; password_hash: string }>(
        'SELECT id, password_hash FROM staff WHERE email = $1',
        [email],
      );
      const ok = rows[0] ? await verifyPassword(password, rows[0].password_hash) : false;
      if (!rows[0] || !ok) {
        throw new HttpError(401, 'bad_credentials', {
          vi: 'Email hoặc mật khẩu không đúng.',
          en: 'The e-mail or password is not correct.',
        });
      }
      const s = await createSession(ctx.db, rows[0].id);
      sendJson(ctx.res, 200, { csrfToken: s.csrf }, { 'Set-Cookie': cookieHeader(ctx.req, s.token, s.maxAge) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/admin\/logout$/,
    async handler(ctx) {
      const session = await sessionOf(ctx.db, ctx.req);
      if (session) await ctx.db.query('DELETE FROM sessions WHERE id = $1', [session.id]);
      sendJson(ctx.res, 200, { ok: true }, { 'Set-Cookie': cookieHeader(ctx.req, '', 0) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/me$/,
    async handler(ctx) {
      const session = await sessionOf(ctx.db, ctx.req);
      if (!session) throw errors.unauthorized();
      const units = await ctx.db.query<{ code: string; name: string }>(
        'SELECT code, name FROM units WHERE code = ANY($1) ORDER BY name',
        [session.staff.units],
      );
      sendJson(ctx.res, 200, { ...session.staff, units, csrfToken: session.csrf });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/feedback$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit);
      const status = ctx.url.searchParams.get('status') ?? '';
      const q = cleanText(ctx.url.searchParams.get('q') ?? '').slice(0, 100);
      const params: unknown[] = [unit];
      let where = 'unit = $1';
      if (status) {
        if (!(FEEDBACK_STATUSES as readonly string[]).includes(status))
          throw errors.invalid({ status: { vi: 'Trạng thái không hợp lệ.', en: 'Unknown status.' } });
        params.push(status);
        where += ` AND status = $${params.length}`;
      }
      if (q) {
        params.push(`%${q.replace(/[\\%_]/g, '\\$&')}%`);
        where += ` AND (content ILIKE $${params.length} OR subject ILIKE $${params.length} OR name ILIKE $${params.length} OR receipt_code ILIKE $${params.length})`;
      }
      const rows = await ctx.db.query(
        `SELECT id, receipt_code AS "receiptCode", name, subject, status, created_at AS "createdAt",
                left(content, 160) AS excerpt
         FROM feedback WHERE ${where} ORDER BY created_at DESC LIMIT 200`,
        params,
      );
      sendJson(ctx.res, 200, rows);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/feedback\/(?<id>[^/]+)$/,
    async handler(ctx, { unit = '', id = '' }) {
      await unitFor(ctx, unit);
      const rows = await ctx.db.query(
        `SELECT id, receipt_code AS "receiptCode", name, phone, email, address, subject, content, procedure, status, answer,
                answered_at AS "answeredAt", publish_consent AS "publishConsent", consent_at AS "consentAt", created_at AS "createdAt"
         FROM feedback WHERE unit = $1 AND id = $2`,
        [unit, uuidOr404(id)],
      );
      if (!rows[0]) throw errors.notFound();
      const history = await ctx.db.query(
        'SELECT status, note, actor, at FROM feedback_history WHERE feedback_id = $1 ORDER BY at, id',
        [id],
      );
      const attachments = await ctx.db.query(
        'SELECT id, name, type, size FROM attachments WHERE feedback_id = $1 ORDER BY name',
        [id],
      );
      sendJson(ctx.res, 200, { ...rows[0], history, attachments });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/feedback\/(?<id>[^/]+)$/,
    async handler(ctx, { unit = '', id = '' }) {
      const staff = await unitFor(ctx, unit, true);
      const body = await readJson(ctx.req, SMALL_BODY);
      if (!isObject(body))
        throw errors.invalid({ '': { vi: 'Dữ liệu không đúng dạng.', en: 'Body must be an object.' } });
      const rows = await ctx.db.query<{ status: string }>('SELECT status FROM feedback WHERE unit = $1 AND id = $2', [
        unit,
        uuidOr404(id),
      ]);
      const current = rows[0];
      if (!current) throw errors.notFound();
      const status = typeof body.status === 'string' ? body.status : current.status;
      const answer = typeof body.answer === 'string' ? cleanText(body.answer).trim().slice(0, 5000) : undefined;
      const note = typeof body.note === 'string' ? cleanText(body.note).trim().slice(0, 1000) : null;
      if (status !== current.status && !NEXT[current.status]?.includes(status)) {
        throw errors.invalid({
          status: {
            vi: `Không thể chuyển từ "${current.status}" sang "${status}".`,
            en: `Cannot move from "${current.status}" to "${status}".`,
          },
        });
      }
      if ((status === 'da-tra-loi' || status === 'tu-choi') && !answer) {
        throw errors.invalid({
          answer: {
            vi: 'Cần nội dung trả lời công khai trước khi đóng phản ánh.',
            en: 'Write the public answer before closing.',
          },
        });
      }
      await ctx.db.tx(async (q) => {
        await q.query(
          `UPDATE feedback SET status = $3, answer = COALESCE($4, answer),
             answered_at = CASE WHEN $4::text IS NOT NULL THEN now() ELSE answered_at END
           WHERE unit = $1 AND id = $2`,
          [unit, id, status, answer ?? null],
        );
        if (status !== current.status || note) {
          await q.query('INSERT INTO feedback_history (feedback_id, status, note, actor) VALUES ($1, $2, $3, $4)', [
            id,
            status,
            note,
            staff.email,
          ]);
        }
      });
      sendJson(ctx.res, 200, { id, status });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/attachments\/(?<id>[^/]+)$/,
    async handler(ctx, { unit = '', id = '' }) {
      await unitFor(ctx, unit);
      const rows = await ctx.db.query<{ name: string; type: string; data: Uint8Array }>(
        `SELECT a.name, a.type, a.data FROM attachments a JOIN feedback f ON f.id = a.feedback_id WHERE f.unit = $1 AND a.id = $2`,
        [unit, uuidOr404(id)],
      );
      const a = rows[0];
      if (!a) throw errors.notFound();
      const data = Buffer.from(a.data);
      const ascii = a.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      ctx.res.writeHead(200, {
        'Content-Type': a.type,
        'Content-Length': data.length,
        'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
      ctx.res.end(data);
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/dashboard$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit);
      const { from, to } = periodFromQuery(ctx.url);
      sendJson(ctx.res, 200, await dashboard(ctx, unit, from, to));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/campaigns$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit);
      const rows = await ctx.db.query<Record<string, unknown>>(
        'SELECT * FROM campaigns WHERE unit = $1 ORDER BY starts_at DESC',
        [unit],
      );
      const counts = await ctx.db.query<{ campaign: string; type: string; n: string }>(
        `SELECT campaign, type, sum(count) AS n FROM event_counts WHERE unit = $1 AND campaign <> '' GROUP BY campaign, type`,
        [unit],
      );
      const by = new Map<string, Record<string, number>>();
      for (const c of counts) by.set(c.campaign, { ...(by.get(c.campaign) ?? {}), [c.type]: Number(c.n) });
      sendJson(
        ctx.res,
        200,
        rows.map((r) => {
          const c = by.get(String(r.id)) ?? {};
          const impressions = c.impression ?? 0;
          const clicks = c.click ?? 0;
          return {
            ...campaignJson(r),
            impressions,
            clicks,
            dismissals: c.dismiss ?? 0,
            clickThrough: impressions ? Math.round((clicks / impressions) * 10000) / 10000 : 0,
          };
        }),
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/campaigns$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit, true);
      const v = validateCampaign(await readJson(ctx.req, SMALL_BODY));
      if (!v.ok) throw errors.invalid(v.fields);
      const id = randomUUID();
      await saveCampaign(ctx, unit, id, v.value, true);
      sendJson(ctx.res, 201, { id });
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/campaigns\/(?<id>[^/]+)$/,
    async handler(ctx, { unit = '', id = '' }) {
      await unitFor(ctx, unit, true);
      const v = validateCampaign(await readJson(ctx.req, SMALL_BODY));
      if (!v.ok) throw errors.invalid(v.fields);
      const found = await ctx.db.query('SELECT 1 FROM campaigns WHERE unit = $1 AND id = $2', [unit, uuidOr404(id)]);
      if (!found.length) throw errors.notFound();
      await saveCampaign(ctx, unit, id, v.value, false);
      sendJson(ctx.res, 200, { id });
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/campaigns\/(?<id>[^/]+)$/,
    async handler(ctx, { unit = '', id = '' }) {
      await unitFor(ctx, unit, true);
      const rows = await ctx.db.query('DELETE FROM campaigns WHERE unit = $1 AND id = $2 RETURNING id', [
        unit,
        uuidOr404(id),
      ]);
      if (!rows.length) throw errors.notFound();
      sendJson(ctx.res, 200, { id });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/catalogue$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit, true);
      const type = String(ctx.req.headers['content-type'] ?? '').toLowerCase();
      const format = type.startsWith('application/json')
        ? 'json'
        : type.startsWith('text/csv')
          ? 'csv'
          : type.includes('spreadsheetml')
            ? 'xlsx'
            : undefined;
      if (!format) {
        ctx.req.resume();
        throw new HttpError(415, 'unsupported_media_type', {
          vi: 'Chỉ nhận tệp JSON, CSV hoặc XLSX.',
          en: 'Send JSON, CSV or XLSX.',
        });
      }
      const body = await readBody(ctx.req, 10 * 1024 * 1024);
      const result = await importCatalogue(format, body);
      if (result.errors.length)
        return sendJson(ctx.res, 400, {
          error: 'invalid_rows',
          message: { vi: 'Một số dòng có lỗi; chưa nhập gì.', en: 'Some rows have errors; nothing was imported.' },
          rows: result.errors,
        });
      const etag = randomUUID();
      await ctx.db.query('UPDATE units SET catalogue = $2, catalogue_etag = $3 WHERE code = $1', [
        unit,
        JSON.stringify(result.procedures),
        etag,
      ]);
      sendJson(ctx.res, 200, { imported: result.procedures.length });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/v1\/admin\/units\/(?<unit>[^/]+)\/report$/,
    async handler(ctx, { unit = '' }) {
      await unitFor(ctx, unit);
      const { from, to, label } = periodFromQuery(ctx.url);
      const format = ctx.url.searchParams.get('format') ?? 'json';
      const report = await buildReport(ctx, unit, from, to, label);
      if (format === 'csv') {
        const csv = reportCsv(report);
        ctx.res.writeHead(200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="bao-cao-${unit}-${label}.csv"`,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        ctx.res.end(csv);
        return;
      }
      if (format === 'xlsx') {
        const data = await reportXlsx(report);
        ctx.res.writeHead(200, {
          'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Content-Disposition': `attachment; filename="bao-cao-${unit}-${label}.xlsx"`,
          'Content-Length': data.length,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
        });
        ctx.res.end(data);
        return;
      }
      sendJson(ctx.res, 200, report);
    },
  },
];

function periodFromQuery(url: URL) {
  const period = url.searchParams.get('period') ?? 'month';
  const year = Number(url.searchParams.get('year') ?? new Date().getFullYear());
  const index = Number(url.searchParams.get('index') ?? new Date().getMonth() + 1);
  const range = periodRange(period, year, index);
  if (!range) {
    throw errors.invalid({
      period: {
        vi: 'Kỳ báo cáo không hợp lệ (tháng 1–12, quý 1–4, 6 tháng 1–2, năm).',
        en: 'Not a valid period (month 1–12, quarter 1–4, half 1–2, year).',
      },
    });
  }
  return range;
}

async function saveCampaign(ctx: Ctx, unit: string, id: string, c: import('@motcua/core').Campaign, create: boolean) {
  const values = [
    id,
    unit,
    c.title,
    c.text ?? null,
    c.imageUrl ?? null,
    c.imageAlt ?? null,
    c.imageWidth ?? null,
    c.imageHeight ?? null,
    c.imageSrcset ?? null,
    c.linkUrl ?? null,
    c.linkText ?? null,
    c.startsAt,
    c.endsAt,
    c.priority,
    c.targetPages ?? null,
  ];
  if (create) {
    await ctx.db.query(
      `INSERT INTO campaigns (id, unit, title, text, image_url, image_alt, image_width, image_height, image_srcset, link_url, link_text, starts_at, ends_at, priority, target_pages)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      values,
    );
  } else {
    await ctx.db.query(
      `UPDATE campaigns SET title = $3, text = $4, image_url = $5, image_alt = $6, image_width = $7, image_height = $8, image_srcset = $9,
         link_url = $10, link_text = $11, starts_at = $12, ends_at = $13, priority = $14, target_pages = $15, updated_at = now()
       WHERE id = $1 AND unit = $2`,
      values,
    );
  }
}

/** Satisfaction figures for the dashboard: overall, by month and quarter, procedure, officer, criteria. */
export async function dashboard(ctx: Pick<Ctx, 'db'>, unit: string, from: string, to: string) {
  const monthly = await ratingSummary(ctx, unit, from, to, 'month');
  const quarterly = await ratingSummary(ctx, unit, from, to, 'quarter');
  const where = `unit = $1 AND created_at >= ($2::date::timestamp AT TIME ZONE '${TZ}') AND created_at < (($3::date + 1)::timestamp AT TIME ZONE '${TZ}')`;
  const group = async (column: string) =>
    (
      await ctx.db.query<{ key: string; total: string; satisfied: string }>(
        `SELECT coalesce(${column}, '') AS key, count(*) AS total, count(*) FILTER (WHERE score >= scale - 1) AS satisfied
         FROM ratings WHERE ${where} GROUP BY key ORDER BY total DESC, key LIMIT 100`,
        [unit, from, to],
      )
    ).map((r) => ({
      key: r.key,
      total: Number(r.total),
      satisfied: Number(r.satisfied),
      satisfiedRate: Number(r.total) ? Math.round((Number(r.satisfied) / Number(r.total)) * 10000) / 10000 : 0,
    }));
  const criteria = await ctx.db.query<{ criterion: string; n: string; avg: string }>(
    `SELECT c.key AS criterion, count(*) AS n, avg((c.value)::numeric) AS avg
     FROM ratings, jsonb_each_text(criteria) AS c WHERE ${where} AND criteria IS NOT NULL GROUP BY c.key ORDER BY c.key`,
    [unit, from, to],
  );
  return {
    from,
    to,
    total: monthly.total,
    satisfied: monthly.satisfied,
    satisfiedRate: monthly.satisfiedRate,
    counts: monthly.counts,
    counts5: monthly.counts5,
    byMonth: monthly.periods,
    byQuarter: quarterly.periods,
    byProcedure: await group('procedure'),
    byOfficer: await group('officer'),
    criteria: criteria.map((c) => ({
      criterion: c.criterion,
      count: Number(c.n),
      average: Math.round(Number(c.avg) * 100) / 100,
    })),
  };
}
