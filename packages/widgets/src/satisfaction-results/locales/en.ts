/** English strings of the published satisfaction results. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  resultsTitle: 'Citizen satisfaction results',
  byMonth: 'By month',
  byQuarter: 'By quarter',
  groupBy: 'Show results',
  overallRate: 'Satisfaction rate: {rate} ({satisfied} of {total} ratings)',
  byProof:
    "Of these: {kiosk} at the counter (the ward's rating tablet), {dossier} by the dossier's owner (after looking it up), {none} on the website.",
  noRatings: 'No ratings in this period yet.',
  loading: 'Loading results…',
  loadError: 'The results could not be loaded. Please try again later.',
  retry: 'Try again',
  chartLabel: 'Chart of the satisfaction rate {group}: {summary}',
  showTable: 'Show the data table',
  hideTable: 'Hide the data table',
  period: 'Period',
  total: 'Ratings',
  satisfied: 'Satisfied or better',
  rate: 'Rate',
  monthLabel: '{m}/{y}',
  quarterLabel: 'Q{q} {y}',
  notConfigured: 'The widget is not configured (endpoint or unit missing).',
};
