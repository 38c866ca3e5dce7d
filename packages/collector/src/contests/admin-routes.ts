/**
 * The staff contest pages' API: contests and their rounds, a round's bank (template, import with problems
 * by line, preview with the answers), the live figures and ideas, publishing results, the winners' list.
 */
import { ContestSettingsSchema, PublishSchema, RoundSettingsSchema } from '@motcua/core';
import { Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { sheetKindOf, XLSX_TYPE } from '../spreadsheets/read.js';
import { sessionFor, staffFor, uuidParam } from '../staff/guard.js';
import { bankTemplate, parseBank } from './bank-import.js';
import { addRound, bankOf, contestExists, listContests, replaceBank, roundOf, saveContest } from './manage.js';
import { contestStats, ranking, setPublished } from './results.js';
import { slugParam } from './routes.js';
import { winnersXlsx } from './winners-export.js';

const BASE = '/api/v1/admin/units/:unit/contests';
const tags = ['contests (staff)'];
const XLSX = XLSX_TYPE;

/** The OpenAPI descriptions of the routes below that carry no schema of their own. */
const docs = {
  template: doc({
    summary: 'The question bank template (XLSX)',
    tags,
    staff: true,
    produces: XLSX,
    responses: { 200: 'The template', 401: 'Not signed in' },
  }),
  list: doc({ summary: "The unit's contests", tags, staff: true, responses: { 200: 'The contests' } }),
  contest: doc({
    summary: 'One contest with its rounds',
    tags,
    staff: true,
    responses: { 200: 'The contest', 404: 'No such contest' },
  }),
  bank: doc({
    summary: "A round's question bank",
    tags,
    staff: true,
    responses: { 200: 'The questions', 404: 'No such round' },
  }),
  bankImport: doc({
    summary: "Replace a round's question bank from the XLSX template (all rows or none)",
    tags,
    staff: true,
    responses: { 200: 'How many questions', 400: 'Rows with errors', 404: 'No such round' },
  }),
  publish: doc({
    summary: "Publish or withdraw a round's results",
    tags,
    staff: true,
    responses: { 200: 'Published or withdrawn', 400: 'Invalid', 404: 'No such round', 409: 'The round is still open' },
  }),
  winners: doc({
    summary: "A round's winners (XLSX)",
    tags,
    staff: true,
    produces: XLSX,
    responses: { 200: 'The file', 404: 'No such round' },
  }),
};
const BANK_FILE = 5 * 1024 * 1024;

async function roundFor(c: Parameters<typeof staffFor>[0], write = false) {
  const { unit } = await staffFor(c, { write });
  const round = await roundOf(c.get('db').kysely, unit, uuidParam(c, 'round'));
  if (!round || round.contest !== slugParam(c)) throw errors.notFound();
  return { unit, round };
}

export const contestAdminRoutes = new Hono<AppEnv>()
  .get('/api/v1/admin/contest-bank-template.xlsx', docs.template, async (c) => {
    await sessionFor(c);
    return c.body(new Uint8Array(await bankTemplate()), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': 'attachment; filename="mau-ngan-hang-cau-hoi.xlsx"',
    });
  })
  .get(BASE, docs.list, async (c) => {
    const { unit } = await staffFor(c);
    return c.json(await listContests(c.get('db').kysely, unit));
  })
  .post(
    BASE,
    doc({
      summary: 'Create or update a contest',
      tags,
      body: ContestSettingsSchema,
      staff: true,
      responses: { 200: 'Saved' },
    }),
    limitBody(SMALL_BODY),
    valid('json', ContestSettingsSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const settings = c.req.valid('json');
      await saveContest(c.get('db').kysely, unit, settings);
      return c.json({ slug: settings.slug });
    },
  )
  .get(`${BASE}/:slug`, docs.contest, async (c) => {
    const { unit } = await staffFor(c);
    const slug = slugParam(c);
    if (!(await contestExists(c.get('db').kysely, unit, slug))) throw errors.notFound();
    return c.json(await contestStats(c.get('db').kysely, unit, slug, new Date()));
  })
  .post(
    `${BASE}/:slug/rounds`,
    doc({
      summary: 'Add a round',
      tags,
      body: RoundSettingsSchema,
      staff: true,
      responses: { 201: 'The round' },
    }),
    limitBody(SMALL_BODY),
    valid('json', RoundSettingsSchema),
    async (c) => {
      const { unit } = await staffFor(c, { write: true });
      const slug = slugParam(c);
      if (!(await contestExists(c.get('db').kysely, unit, slug))) throw errors.notFound();
      const id = await addRound(c.get('db').kysely, unit, slug, c.req.valid('json'));
      return c.json({ id }, 201);
    },
  )
  .get(`${BASE}/:slug/rounds/:round/bank`, docs.bank, async (c) => {
    const { round } = await roundFor(c);
    return c.json(await bankOf(c.get('db').kysely, round.id));
  })
  .put(`${BASE}/:slug/rounds/:round/bank`, docs.bankImport, limitBody(BANK_FILE), async (c) => {
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
    `${BASE}/:slug/rounds/:round/publish`,
    docs.publish,
    limitBody(SMALL_BODY),
    valid('json', PublishSchema),
    async (c) => {
      const { unit, round } = await roundFor(c, true);
      const done = await setPublished(c.get('db').kysely, unit, round.id, c.req.valid('json').published, new Date());
      if (done === 'open')
        throw errors.conflict({
          vi: 'Đợt thi chưa kết thúc: chỉ công bố kết quả sau khi đóng đợt thi.',
          en: 'The round is still open: publish its results once it has closed.',
        });
      return c.json({ id: round.id });
    },
  )
  .get(`${BASE}/:slug/rounds/:round/winners.xlsx`, docs.winners, async (c) => {
    const { unit, round } = await roundFor(c);
    const contest = await c
      .get('db')
      .kysely.selectFrom('contests')
      .select('title')
      .where('unit', '=', unit)
      .where('slug', '=', round.contest)
      .executeTakeFirstOrThrow();
    const { actual, ranked } = await ranking(c.get('db').kysely, round.id);
    const file = await winnersXlsx({ title: round.title, contest: contest.title }, actual, ranked);
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="danh-sach-xep-hang-${round.contest}.xlsx"`,
    });
  });
