/** Shared schemas: what the collector accepts and the widgets check before sending. */
export * from './contact.js';
export * from './records.js';
export { Checker, cleanText, isIsoDate, isObject, isUuid, M, msg } from './validate.js';
export type { FieldErrors, Message, Validation } from './validate.js';
export { heard, int, parseFields, say, text, uuid } from './valibot.js';
export {
  CONTEST_LIMITS,
  ContestSettingsSchema,
  ContestStartSchema,
  ContestSubmissionSchema,
  PublishSchema,
  RoundSettingsSchema,
} from './contest.js';
