/** English strings of the full survey, added to the rating form's. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  fullTitle: 'Detailed satisfaction survey',
  stepOf: 'Question {n} of {total}',
  previous: 'Previous question',
  next: 'Next question',
  optional: '(optional)',
  criteriaError: 'Could not read the criteria set ({error}); using the default set.',
};
