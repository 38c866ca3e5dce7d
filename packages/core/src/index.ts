/** @motcua/core: framework-free logic shared by widgets, collector, autofill and the extension. */
export { equalsFolded, foldVietnamese, lowerVietnamese, normalizeVietnamese, tokenizeVietnamese } from './text.js';
export type { TokenizeOptions } from './text.js';

// Shared schemas for collector records (design §3.3): ratings, feedback, events, campaigns, contact checks
export * from './schemas/index.js';

// Outbox (rating engineer): IndexedDB outbox with retries, shared by the rating and feedback widgets.
export { createOutbox } from './outbox/index.js';
export type {
  Outbox,
  OutboxEvent,
  OutboxInput,
  OutboxItem,
  OutboxOptions,
  QueueReason,
  SendResult,
  SentRecord,
} from './outbox/index.js';

// Satisfaction criteria (rating engineer): the Decree 61/2018 criteria set and rating helpers.
export { DEFAULT_CRITERIA, isSatisfied, parseCriteria } from './satisfaction/index.js';
export type { CriteriaSet, Criterion, CriterionOption, LocalText, RatingScale } from './satisfaction/index.js';
// Procedure catalogue and search (issue #3): createProcedureIndex and the Procedure record, design §3.1–3.2.
export * from './search/index.js';

// Chip ID card QR and post-2025 addresses (extension engineer)
export { parseCitizenIdQr, repairScannedText } from './qr.js';
export type { CitizenIdQr, Localized, QrErrorCode, QrParseResult } from './qr.js';
export { listCommunes, listProvinces, oldProvinceByCode, toNewAddress } from './address/index.js';
export type { AddressErrorCode, NewAddress, ToNewAddressResult } from './address/index.js';

// Campaign banner (banner engineer): scheduling in Vietnam time, target pages, dismissals, event tallies.
export {
  activeCampaigns,
  dismissals,
  eventQueue,
  eventTally,
  hasPendingEvents,
  matchesPage,
  matchesPattern,
  PAGE_PATH_MAX,
  PAGE_PATTERN_MAX,
  scheduleTime,
  trackingRefused,
  vnDay,
} from './campaigns/index.js';
export type {
  CampaignEventCount,
  CampaignEventType,
  CampaignItem,
  EventPost,
  KeyValueStore,
} from './campaigns/index.js';

// Drafts (feedback box): typed form data kept in IndexedDB until acknowledged or discarded.
export { createDraftStore } from './drafts/index.js';
export type { Draft, DraftStore } from './drafts/index.js';

// Opening hours of support points (issue 21): open now, closes at, opens next, in Vietnam time.
export { clockMinutes, hoursProblems, isoWeekday, openState, relativeTime, weeklyOpenMinutes } from './hours/index.js';
export type { Clock, DayException, OpeningHours, OpenState, TimeRange, WeeklyRule } from './hours/index.js';
