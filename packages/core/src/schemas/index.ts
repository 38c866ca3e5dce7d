/**
 * Shared schemas (valibot): what the collector accepts, what the widgets check before sending, and what
 * the collector's OpenAPI document is generated from. `validate…` give field-by-field messages.
 */
import { CampaignSchema } from './campaign.js';
import { EventBatchSchema } from './events.js';
import { FeedbackSchema } from './feedback.js';
import type { Validation } from './messages.js';
import { validateWith } from './parse.js';
import { RatingSchema } from './rating.js';

export * from './campaign.js';
export * from './contact.js';
export * from './events.js';
export * from './feedback.js';
export { jsonSchemaHint, YEAR_RANGE } from './fields.js';
export * from './limits.js';
export * from './procedure.js';
export { cleanText, isIsoDate, isObject, isUuid, M, msg } from './messages.js';
export type { FieldErrors, Message, Validation } from './messages.js';
export { fieldErrors, validateWith } from './parse.js';
export * from './queries.js';
export * from './rating.js';
export * from './search-reports.js';
export * from './staff.js';

export const validateRating = (body: unknown): Validation<import('./rating.js').Rating> =>
  validateWith(RatingSchema, body);
export const validateFeedback = (body: unknown): Validation<import('./feedback.js').Feedback> =>
  validateWith(FeedbackSchema, body);
export const validateEvents = (body: unknown): Validation<import('./events.js').EventBatch> =>
  validateWith(EventBatchSchema, body);
export const validateCampaign = (body: unknown): Validation<import('./campaign.js').Campaign> =>
  validateWith(CampaignSchema, body);

// Contest schemas, written with the small helpers of valibot.ts.
export { heard, int, parseFields, say, text, uuid } from './valibot.js';
export {
  CONTEST_LIMITS,
  ContestSettingsSchema,
  ContestStandingSchema,
  ContestStartSchema,
  ContestSubmissionSchema,
  PublishSchema,
  RoundSettingsSchema,
} from './contest.js';

// Support points, teams and home-visit requests (issue 21).
export * from './support.js';
// Dossier statuses, pushed rows, export mappings and the citizen's lookup (issue 22).
export * from './dossier.js';
