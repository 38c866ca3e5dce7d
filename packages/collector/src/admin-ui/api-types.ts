/**
 * The shapes the admin pages read, taken from the staff routes that answer them (Hono's client types:
 * what each route's c.json() gives, with dates as the JSON text they travel as), so a change on the
 * server is a type error here rather than a silent mismatch. Types only: nothing of the server is bundled.
 */
import type { DossierRow } from '@motcua/core';
import type { Hono, Schema } from 'hono';
import type { hc, InferResponseType } from 'hono/client';
import type { AppEnv } from '../http/config.js';
import type { campaignAdminRoutes } from '../campaigns/admin-routes.js';
import type { contestAdminRoutes } from '../contests/admin-routes.js';
import type { dossierAdminRoutes } from '../dossiers/admin-routes.js';
import type { feedbackAdminRoutes } from '../feedback/admin-routes.js';
import type { reportAdminRoutes } from '../reports/admin-routes.js';
import type { kioskAdminRoutes } from '../ratings/kiosk-routes.js';
import type { publicityRoutes } from '../reports/publicity-routes.js';
import type { searchAdminRoutes } from '../search/admin-routes.js';
import type { staffRoutes } from '../staff/routes.js';
import type { supportAdminRoutes } from '../support/admin-routes.js';

type Admin<Routes extends Hono<AppEnv, Schema, string>> =
  ReturnType<typeof hc<Routes>> extends { api: { v1: { admin: infer A } } } ? A : never;

export type Me = InferResponseType<Admin<typeof staffRoutes>['me']['$get']>;
type Inbox = Admin<typeof feedbackAdminRoutes>['units'][':unit']['feedback'];
export type FeedbackRow = InferResponseType<Inbox['$get']>[number];
export type FeedbackDetail = InferResponseType<Inbox[':id']['$get']>;
export type Dashboard = InferResponseType<Admin<typeof reportAdminRoutes>['units'][':unit']['dashboard']['$get']>;
/** One line of the dashboard's tables: a period, a procedure or an officer. */
export type Period = Dashboard['byMonth'][number] | Dashboard['byProcedure'][number];
export type CampaignRow = InferResponseType<
  Admin<typeof campaignAdminRoutes>['units'][':unit']['campaigns']['$get']
>[number];
/** The province dashboard: its wards' figures for a period, and their sum. */
export type ProvinceDashboard = InferResponseType<
  Admin<typeof publicityRoutes>['provinces'][':province']['dashboard']['$get']
>;
export type WardFigures = ProvinceDashboard['wards'][number];
/** Signing in, and the outcomes of actions that answer with more than an id. */
export type LoggedIn = InferResponseType<Admin<typeof staffRoutes>['login']['$post'], 200>;
export type TokenMade = InferResponseType<Dossiers['token']['$post'], 201>;
export type KioskMade = InferResponseType<Kiosks['$post'], 201>;
type Units<Routes extends Hono<AppEnv, Schema, string>> =
  Admin<Routes> extends { units: { ':unit': infer U } } ? U : never;
type Contests = Units<typeof contestAdminRoutes>['contests'];
/** The unit's contests, and one contest's rounds with their counts and the ideas participants sent. */
export type ContestRow = InferResponseType<Contests['$get']>[number];
export type ContestStats = InferResponseType<Contests[':slug']['$get']>;
export type RoundStats = ContestStats['rounds'][number];
export type BankQuestion = InferResponseType<Contests[':slug']['rounds'][':round']['bank']['$get']>[number];
type Dossiers = Units<typeof dossierAdminRoutes>['dossiers'];
/**
 * A dossier of the latest list: the fields of core's pushed row and when it last changed. The list's
 * route answers raw SQL rows, which carry no type of their own, so the row schema is the source here.
 */
export type DossierListRow = Pick<DossierRow, 'code' | 'procedure' | 'status' | 'dueDate'> & { updatedAt: string };
export type DossierImport = InferResponseType<Dossiers['import']['$put'], 200>;
type Kiosks = Units<typeof kioskAdminRoutes>['kiosks'];
export type KioskRow = InferResponseType<Kiosks['$get']>[number];
type Search = Units<typeof searchAdminRoutes>;
export type QueriesAnswer = InferResponseType<Search['search-queries']['$get']>;
export type KeywordAttached = InferResponseType<Search['search-keywords']['$post'], 201>;
type Support = Units<typeof supportAdminRoutes>;
export type PointsAnswer = InferResponseType<Support['support-points']['$get']>;
export type PointRow = PointsAnswer['points'][number];
export type PointsImport = InferResponseType<Support['support-points']['$put'], 200>;
export type VisitsAnswer = InferResponseType<Support['home-visits']['$get']>;
export type VisitRow = VisitsAnswer['visits'][number];
/** A team's visits of one day, to print. */
export type TeamDay = InferResponseType<Support['support-points'][':id']['visits']['$get']>;
