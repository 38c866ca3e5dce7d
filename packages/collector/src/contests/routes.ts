/**
 * The public contest routes the widget calls: the contest and its open round (never an answer), the
 * start of an attempt, and its submission (through the page outbox, so retried until it lands once),
 * and a published round's results. Rate-limited per address; per person, the round's attempt limit.
 * The ward of the path reaches its own contests and its province's (owner.ts).
 */
import { ContestStandingSchema, ContestStartSchema, ContestSubmissionSchema } from '@motcua/core';
import { type Context, Hono } from 'hono';
import { limitBody } from '../http/body.js';
import type { AppEnv } from '../http/config.js';
import { errors, HttpError } from '../http/errors.js';
import { doc, valid } from '../http/validate.js';
import { SMALL_BODY } from '../ratings/routes.js';
import { pgCode } from '../storage/database.js';
import { limit } from '../storage/rate-limits.js';
import { ContestProblem, PROBLEMS, publicContest, startAttempt } from './attempts.js';
import { submitAttempt } from './submissions.js';
import { attemptStanding, publicResults } from './results.js';

const BASE = '/api/v1/units/:unit/contests/:slug';
const SLUG = /^[a-z0-9][a-z0-9-]{2,59}$/;

/** The contest's code from the path; anything that cannot be one is simply not found. */
export function slugParam(c: Context<AppEnv>): string {
  const slug = c.req.param('slug') ?? '';
  if (!SLUG.test(slug)) throw errors.notFound();
  return slug;
}
const tags = ['contests'];

/** A contest problem as the HTTP answer it stands for. */
function answer(error: unknown): never {
  if (error instanceof ContestProblem) throw new HttpError(error.status, 'contest', error.text);
  // Two starts racing for one new attempt id: the loser hears that the id is taken.
  if (pgCode(error) === '23505') throw answer(PROBLEMS.idTaken());
  throw error;
}

export const contestRoutes = new Hono<AppEnv>()
  .get(
    BASE,
    doc({
      summary: 'A contest, its rules and its open round (no answers)',
      tags,
      responses: { 200: 'The contest', 404: 'No such contest' },
    }),
    async (c) => {
      const info = await publicContest(c.get('db').kysely, c.get('unit'), slugParam(c), new Date()).catch(answer);
      return c.json(info, 200, { 'Cache-Control': 'no-store' });
    },
  )
  .post(
    `${BASE}/attempts`,
    doc({
      summary: 'Register and start an attempt: the questions drawn, without their answers, and the deadline',
      tags,
      body: ContestStartSchema,
      responses: {
        201: 'The attempt',
        400: 'Invalid registration',
        409: 'An attempt is open, or none is left',
        429: 'Too many starts from this address',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', ContestStartSchema),
    async (c) => {
      await limit(c.get('db'), `contest-start:${c.get('ip')}`, c.get('config').contestStartsPerIp, 3600);
      const reg = c.req.valid('json');
      const started = await startAttempt(c.get('db').kysely, c.get('unit'), slugParam(c), reg, new Date()).catch(
        answer,
      );
      return c.json(started, 201);
    },
  )
  .post(
    `${BASE}/attempts/:attempt/submission`,
    doc({
      summary: 'Submit an attempt once: graded on the server; a repeat answers the same result',
      tags,
      body: ContestSubmissionSchema,
      responses: { 200: 'The graded result with the right answers', 403: 'Wrong token', 404: 'No such attempt' },
    }),
    limitBody(SMALL_BODY),
    valid('json', ContestSubmissionSchema),
    async (c) => {
      const id = c.req.param('attempt');
      const admission = limit(c.get('db'), `contest-submit:${c.get('ip')}`, c.get('config').contestSubmitsPerIp, 3600);
      if (!/^[0-9a-f-]{36}$/i.test(id)) {
        await admission;
        throw errors.notFound();
      }
      const result = await submitAttempt(
        c.get('db').kysely,
        c.get('unit'),
        slugParam(c),
        id,
        c.req.valid('json'),
        new Date(),
        admission,
      ).catch(answer);
      return c.json(result);
    },
  )
  .post(
    `${BASE}/attempts/:attempt/standing`,
    doc({
      summary: "A submitted attempt's rank once the round's results are published (the attempt's token opens it)",
      tags,
      body: ContestStandingSchema,
      responses: {
        200: '{ published: false } or { published, rank, participants }',
        403: 'Wrong token',
        404: 'No such attempt',
      },
    }),
    limitBody(SMALL_BODY),
    valid('json', ContestStandingSchema),
    async (c) => {
      await limit(c.get('db'), `contest-standing:${c.get('ip')}`, c.get('config').contestSubmitsPerIp, 3600);
      const id = c.req.param('attempt');
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw errors.notFound();
      const standing = await attemptStanding(
        c.get('db').kysely,
        c.get('unit'),
        slugParam(c),
        id,
        c.req.valid('json').token,
      ).catch(answer);
      return c.json(standing, 200, { 'Cache-Control': 'no-store' });
    },
  )
  .get(
    `${BASE}/rounds/:round/results`,
    doc({
      summary: 'The published results of a round: masked names and places, never a phone number',
      tags,
      responses: { 200: 'The ranking', 404: 'Not published' },
    }),
    async (c) => {
      const round = c.req.param('round');
      if (!/^[0-9a-f-]{36}$/i.test(round)) throw errors.notFound();
      const results = await publicResults(c.get('db').kysely, c.get('unit'), slugParam(c), round);
      if (!results) throw errors.notFound();
      return c.json(results, 200, { 'Cache-Control': 'public, max-age=60' });
    },
  );
