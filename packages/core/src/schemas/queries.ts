/**
 * Query strings of the collector's reads, as schemas: the figures' date range and grouping, the
 * campaigns' page, the catalogue's view, the feedback follow-up's phone, and the staff reports' period
 * and format. Query values are text; an empty value reads as absent.
 */
import * as v from 'valibot';
import { isoDate, oneOf, say, YEAR_RANGE } from './fields.js';
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

/** A whole number in [min, max] written in a query, or nothing. */
const optionalWhole = (min: number, max: number) => {
  const message = say(M.integer(min, max));
  return v.optional(
    v.pipe(
      v.string(message),
      v.transform((s) => s || undefined),
      v.optional(
        v.pipe(
          v.string(),
          v.regex(/^\d{1,6}$/, message),
          v.transform(Number),
          v.minValue(min, message),
          v.maxValue(max, message),
        ),
      ),
    ),
  );
};

/**
 * A staff report's period: a month, quarter, half or year (`index` 1–12, 1–4, 1–2, or none) of a year;
 * this month when nothing is given. Whether the index fits the period is checked with the dates.
 */
export const PeriodQuerySchema = v.object({
  period: v.optional(oneOf(['month', 'quarter', 'half', 'year'] as const), 'month'),
  year: optionalWhole(YEAR_RANGE.min, YEAR_RANGE.max),
  index: optionalWhole(1, 12),
});

/** GET /admin/units/{unit}/report: the period, as a JSON answer, a CSV file or an XLSX file. */
export const ReportQuerySchema = v.object({
  ...PeriodQuerySchema.entries,
  format: v.optional(oneOf(['json', 'csv', 'xlsx'] as const), 'json'),
});

/** GET /admin/…/publicity: the period, as JSON, an XLSX file or a printable page, in Vietnamese or English. */
export const PublicityQuerySchema = v.object({
  ...PeriodQuerySchema.entries,
  format: v.optional(oneOf(['json', 'xlsx', 'html'] as const), 'json'),
  lang: v.optional(oneOf(['vi', 'en'] as const), 'vi'),
});
