/**
 * Query strings of the collector's public reads, as schemas: the figures' date range and grouping, the
 * campaigns' page, the catalogue's view, the feedback follow-up's phone. Query values are text; an empty
 * value reads as absent.
 */
import * as v from 'valibot';
import { isoDate, oneOf, say } from './fields.js';
import { M } from './messages.js';

/** YYYY-MM-DD, or nothing. */
const optionalDay = () =>
  v.optional(
    v.pipe(
      v.string(say(M.date)),
      v.transform((s) => s || undefined),
      v.optional(isoDate()),
    ),
  );

/** GET /units/{unit}/ratings/summary: days in Vietnam time, both included; a year to today by default. */
export const SummaryQuerySchema = v.object({
  from: optionalDay(),
  to: optionalDay(),
  groupBy: v.optional(oneOf(['month', 'quarter'] as const), 'month'),
});

/** GET /units/{unit}/campaigns: the page the banner is on, to match target pages. */
export const CampaignsQuerySchema = v.object({
  page: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.slice(0, 300)),
    ),
    '',
  ),
});

/** GET /units/{unit}/procedures: `index` gives the compact records search loads; anything else the full ones. */
export const CatalogueQuerySchema = v.object({
  view: v.optional(
    v.pipe(
      v.string(),
      v.description('`index`: compact records for search, without steps, documents, legal basis, subjects, result'),
    ),
    '',
  ),
});

/** GET /feedback/{receiptCode}: the phone given with the submission (checked against it, never echoed). */
export const FeedbackLookupQuerySchema = v.object({
  phone: v.optional(v.string(), ''),
});
