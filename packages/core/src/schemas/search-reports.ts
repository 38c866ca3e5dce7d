/**
 * What the procedure search's collector routes take: a batch of queries the search reports (search/
 * reporting.ts, no personal data), staff attaching a query to a procedure, and the ward's own details.
 */
import * as v from 'valibot';
import { SEARCH_QUERY_MAX, SEARCH_REPORT_KINDS } from '../search/reporting.js';
import { oneOf, optionalText, record, requiredText, say } from './fields.js';
import { msg } from './messages.js';

const reportsMessage = msg('Cần từ 1 đến 20 truy vấn.', 'Send between 1 and 20 queries.');

export const SearchReportBatchSchema = record(
  {
    reports: v.pipe(
      v.custom<unknown[]>((x) => Array.isArray(x) && x.length >= 1 && x.length <= 20, say(reportsMessage)),
      v.array(record({ query: requiredText(SEARCH_QUERY_MAX * 2), kind: oneOf(SEARCH_REPORT_KINDS) })),
    ),
  },
  { reports: reportsMessage },
);

export type SearchReportBatch = v.InferOutput<typeof SearchReportBatchSchema>;

/** What staff send to attach a query to a procedure: the query is served with it as `askedAs`. */
export const SearchKeywordSchema = record({
  query: requiredText(SEARCH_QUERY_MAX * 2),
  code: requiredText(80),
});
export type SearchKeyword = v.InferOutput<typeof SearchKeywordSchema>;

/** The ward's own details of a procedure (Procedure.local): all optional; none at all removes them. */
export const LocalDetailsSchema = record({
  feeNote: optionalText(500),
  where: optionalText(300),
  hours: optionalText(300),
  contact: optionalText(200),
});
export type LocalDetailsInput = v.InferOutput<typeof LocalDetailsSchema>;
