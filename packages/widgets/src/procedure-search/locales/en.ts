/** English strings of the procedure search widget. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  label: 'Find an administrative procedure',
  hint: 'Type with or without Vietnamese diacritics; abbreviations work too, e.g. birth registration, sao y, dkks.',
  field: 'Field',
  allFields: 'All fields',
  online: 'Online public service',
  allOnline: 'All',
  'toan-trinh': 'Fully online',
  'mot-phan': 'Partly online',
  khong: 'In person only',
  results: 'Search results',
  count: '{count} matching procedures. Use the arrow keys to choose and Enter to open.',
  none: 'No matching procedure. Try other words, for example “khai sinh”.',
  loading: 'Loading the procedure catalogue…',
  error: 'The procedure catalogue could not be loaded. Please check your connection and try again.',
  retry: 'Try again',
  offline: 'You are offline: this is the catalogue saved on this device.',
  back: 'Back to search',
  notFound: 'No procedure has the code {code}.',
  detailError: 'The details of this procedure could not be loaded.',
  notPublished: 'Not published',
  referralAt: "Not filed at the ward or commune People's Committee — file it at: {office}",
};
