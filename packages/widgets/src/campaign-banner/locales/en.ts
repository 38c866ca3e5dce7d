/** English strings of the campaign banner; the carousel's and share links' are in extras.en.ts. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  region: 'Public information',
  carousel: 'Campaigns',
  more: 'Read more',
  dismiss: 'Hide: {title}',
};
