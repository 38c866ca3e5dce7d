/**
 * The shapes the admin pages read, taken from the staff routes that answer them (Hono's client types:
 * what each route's c.json() gives, with dates as the JSON text they travel as), so a change on the
 * server is a type error here rather than a silent mismatch. Types only: nothing of the server is bundled.
 */
import type { Hono, Schema } from 'hono';
import type { hc, InferResponseType } from 'hono/client';
import type { AppEnv } from '../http/config.js';
import type { campaignAdminRoutes } from '../campaigns/admin-routes.js';
import type { feedbackAdminRoutes } from '../feedback/admin-routes.js';
import type { reportAdminRoutes } from '../reports/admin-routes.js';
import type { publicityRoutes } from '../reports/publicity-routes.js';
import type { staffRoutes } from '../staff/routes.js';

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
