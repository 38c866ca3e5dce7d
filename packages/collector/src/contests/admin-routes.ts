/**
 * The staff contest pages' API: contests and their rounds, a round's bank (template, import with problems
 * by line, preview with the answers), the live figures and ideas, publishing results, the winners' list.
 * The same routes serve a ward's staff (/admin/units/{unit}/contests) and a province's
 * (/admin/provinces/{province}/contests, its contests across its wards). A ward's staff also read their
 * province's contests, with their own ward's participants only, and may not change them.
 */
import { ContestSettingsSchema, PublishSchema, RoundSettingsSchema } from '@motcua/core';
import { type Context, Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { sheetKindOf, XLSX_TYPE } from '../spreadsheets/read.js';
import { provinceStaffFor, sessionFor, staffFor, uuidParam } from '../staff/guard.js';
import { loadUnit } from '../units/load.js';
import { bankTemplate, parseBank } from './bank-import.js';
import { addRound, bankOf, listContests, replaceBank, roundOf, saveContest } from './manage.js';
import { contestFor, provinceOwner, slugClash } from './owner.js';
import { contestStats, ranking, setPublished } from './results.js';
import { slugParam } from './routes.js';
import { winnersXlsx } from './winners-export.js';

const UNIT_BASE = '/api/v1/admin/units/:unit/contests';
const PROVINCE_BASE = '/api/v1/admin/provinces/:province/contests';
const tags = ['contests (staff)'];
const XLSX = XLSX_TYPE;
const BANK_FILE = 5 * 1024 * 1024;
type C = Context<AppEnv>;

/** Whose contests a staff request acts on, and what it may see of them. */
interface Scope {
  /** The owner key of the contests (owner.ts). */
  owner: string;
  /** A ward's staff: the ward, and its province (whose contests they read). */
  ward?: { code: string; province: string | null };
  /** A province's staff: the province. */
  province?: string;
}

/** The scope of the path, once the staff member is checked for it (and, on a write, the CSRF token). */
async function scopeOf(c: C, write = false): Promise<Scope> {
  if (c.req.param('province') !== undefined) {
    await sessionFor(c, { write });
    const { province } = await provinceStaffFor(c);
    return { owner: provinceOwner(province), province };
  }
  const { unit } = await staffFor(c, { write });
  const { province } = await loadUnit(c.get('db'), unit);
  return { owner: unit, ward: { code: unit, province } };
}

const readOnly = () =>
  new HttpError(403, 'read_only', {
    vi: 'Cuộc thi do tỉnh, thành phố tổ chức: phường, xã chỉ xem, không sửa được.',
    en: "The province runs this contest: a ward's staff can read it, not change it.",
  });

/**
 * The contest of the path in this scope: the scope's own (`own`), or for a ward's staff their
 * province's, which they may read (`onlyWard` then limits what they see to their ward's participants).
 */
async function contestOf(c: C, write = false) {
  const scope = await scopeOf(c, write);
  const slug = slugParam(c);
  const db = c.get('db').kysely;
  const contest = scope.ward
    ? await contestFor(db, scope.ward, slug)
    : await db
        .selectFrom('contests')
        .selectAll()
        .where('unit', '=', scope.owner)
        .where('slug', '=', slug)
        .executeTakeFirst();
  if (!contest) throw errors.notFound();
  const own = contest.unit === scope.owner;
  if (write && !own) throw readOnly();
  return { scope, contest, onlyWard: own ? undefined : scope.ward?.code };
}

async function roundFor(c: C, write = false) {
  const found = await contestOf(c, write);
  const round = await roundOf(c.get('db').kysely, found.contest.unit, uuidParam(c, 'round'));
  if (!round || round.contest !== found.contest.slug) throw errors.notFound();
  return { ...found, round };
}

/** The OpenAPI descriptions of the routes of `base` that carry no schema of their own. */
function docsOf(scoped: string) {
  return {
    list: doc({
      summary: `The contests${scoped}`,
      tags,
      staff: true,
      responses: { 200: "The contests (a ward's list includes its province's, to read)" },
    }),
    contest: doc({
      summary: `One contest with its rounds, figures by ward and ideas${scoped}`,
      tags,
      staff: true,
      responses: { 200: 'The contest', 404: 'No such contest' },
    }),
    bank: doc({
      summary: `A round's question bank${scoped}`,
      tags,
      staff: true,
      responses: { 200: 'The questions', 404: 'No such round' },
    }),
    bankImport: doc({
      summary: `Replace a round's question bank from the XLSX template (all rows or none)${scoped}`,
      tags,
      staff: true,
      responses: {
        200: 'How many questions',
        400: 'Rows with errors',
        403: "A province's contest (a ward reads it only)",
        404: 'No such round',
      },
    }),
    publish: doc({
      summary: `Publish or withdraw a round's results${scoped}`,
      tags,
      staff: true,
      responses: {
        200: 'Published or withdrawn',
        400: 'Invalid',
        403: "A province's contest (a ward reads it only)",
        404: 'No such round',
        409: 'The round is still open',
      },
    }),
    winners: doc({
      summary: `A round's winners (XLSX; a ward's staff get their ward's participants only)${scoped}`,
      tags,
      staff: true,
      produces: XLSX,
      responses: { 200: 'The file', 404: 'No such round' },
    }),
  };
}

function routes<Base extends typeof UNIT_BASE | typeof PROVINCE_BASE>(base: Base) {
  const scoped = base === PROVINCE_BASE ? ' (a province: across its wards)' : '';
  const docs = docsOf(scoped);
  return new Hono<AppEnv>()
    .get(base, docs.list, async (c) => {
      const scope = await scopeOf(c);
      const db = c.get('db').kysely;
      const own = (await listContests(db, scope.owner)).map((x) => ({
        ...x,
        province: !!scope.province,
        readOnly: false,
      }));
      // A ward's staff also see their province's contests, to read.
      const province = scope.ward?.province
        ? (await listContests(db, provinceOwner(scope.ward.province))).map((x) => ({
            ...x,
            province: true,
            readOnly: true,
          }))
        : [];
      return c.json([...own, ...province]);
    })
    .post(
      base,
      doc({
        summary: `Create or update a contest${scoped}`,
        tags,
        body: ContestSettingsSchema,
        staff: true,
        responses: { 200: 'Saved', 403: "A province's contest (a ward reads it only)", 409: 'The code is taken' },
      }),
      limitBody(SMALL_BODY),
      valid('json', ContestSettingsSchema),
      async (c) => {
        const scope = await scopeOf(c, true);
        const settings = c.req.valid('json');
        const db = c.get('db').kysely;
        // One contest per code for a ward's widget: a ward's and its province's never share one.
        if (await slugClash(db, scope.ward ?? { province: scope.province as string }, settings.slug)) {
          if (scope.ward) throw readOnly();
          throw errors.conflict({
            vi: 'Một phường, xã của tỉnh đã dùng mã cuộc thi này.',
            en: 'A ward of the province already uses this contest code.',
          });
        }
        await saveContest(db, scope.owner, settings, scope.province);
        return c.json({ slug: settings.slug });
      },
    )
    .get(`${base}/:slug`, docs.contest, async (c) => {
      const { contest, onlyWard } = await contestOf(c);
      const stats = await contestStats(c.get('db').kysely, contest.unit, contest.slug, new Date(), onlyWard);
      return c.json({ ...stats, province: !!contest.province_code, readOnly: !!onlyWard });
    })
    .post(
      `${base}/:slug/rounds`,
      doc({
        summary: `Add a round${scoped}`,
        tags,
        body: RoundSettingsSchema,
        staff: true,
        responses: { 201: 'The round', 403: "A province's contest (a ward reads it only)" },
      }),
      limitBody(SMALL_BODY),
      valid('json', RoundSettingsSchema),
      async (c) => {
        const { contest } = await contestOf(c, true);
        const id = await addRound(c.get('db').kysely, contest.unit, contest.slug, c.req.valid('json'));
        return c.json({ id }, 201);
      },
    )
    .get(`${base}/:slug/rounds/:round/bank`, docs.bank, async (c) => {
      const { round } = await roundFor(c);
      return c.json(await bankOf(c.get('db').kysely, round.id));
    })
    .put(`${base}/:slug/rounds/:round/bank`, docs.bankImport, limitBody(BANK_FILE), async (c) => {
      const { round } = await roundFor(c, true);
      const kind = sheetKindOf(c);
      const parsed = await parseBank(new Uint8Array(await c.req.arrayBuffer()), kind, `q${round.id.slice(0, 8)}`);
      if (!parsed.ok)
        return c.json(
          {
            error: 'invalid_rows',
            message: {
              vi: 'Một số dòng có lỗi; chưa nhập câu hỏi nào.',
              en: 'Some rows have errors; nothing was imported.',
            },
            rows: parsed.problems,
          },
          400,
        );
      const done = await replaceBank(c.get('db').kysely, round.id, parsed.questions);
      if (done === 'started')
        throw errors.conflict({
          vi: 'Đợt thi đã có người dự thi: không thể thay ngân hàng câu hỏi.',
          en: 'People have started this round: its bank can no longer change.',
        });
      return c.json({ imported: parsed.questions.length });
    })
    .post(
      `${base}/:slug/rounds/:round/publish`,
      docs.publish,
      limitBody(SMALL_BODY),
      valid('json', PublishSchema),
      async (c) => {
        const { contest, round } = await roundFor(c, true);
        const published = c.req.valid('json').published;
        const done = await setPublished(c.get('db').kysely, contest.unit, round.id, published, new Date());
        if (done === 'open')
          throw errors.conflict({
            vi: 'Đợt thi chưa kết thúc: chỉ công bố kết quả sau khi đóng đợt thi.',
            en: 'The round is still open: publish its results once it has closed.',
          });
        return c.json({ id: round.id });
      },
    )
    .get(`${base}/:slug/rounds/:round/winners.xlsx`, docs.winners, async (c) => {
      const { contest, round, onlyWard } = await roundFor(c);
      const { actual, ranked } = await ranking(c.get('db').kysely, round.id);
      // A ward's staff get their own people only (ranked province-wide): never another ward's details.
      const rows = onlyWard ? ranked.filter((r) => r.entry.ward === onlyWard) : ranked;
      const file = await winnersXlsx({ title: round.title, contest: contest.title }, actual, rows);
      return c.body(new Uint8Array(file), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': `attachment; filename="danh-sach-xep-hang-${round.contest}.xlsx"`,
      });
    });
}

export const contestAdminRoutes = new Hono<AppEnv>()
  .get(
    '/api/v1/admin/contest-bank-template.xlsx',
    doc({
      summary: 'The question bank template (XLSX)',
      tags,
      staff: true,
      produces: XLSX,
      responses: { 200: 'The template', 401: 'Not signed in' },
    }),
    async (c) => {
      await sessionFor(c);
      return c.body(new Uint8Array(await bankTemplate()), 200, {
        'Content-Type': XLSX,
        'Content-Disposition': 'attachment; filename="mau-ngan-hang-cau-hoi.xlsx"',
      });
    },
  )
  .route('/', routes(UNIT_BASE))
  .route('/', routes(PROVINCE_BASE));
