/** English strings of the campaign banner. */
import type { vi } from './vi.js';

export const en: Record<keyof typeof vi, string> = {
  region: 'Public information',
  carousel: 'Campaigns',
  slide: '{n} of {total}',
  more: 'Read more',
  dismiss: 'Hide: {title}',
  prev: 'Previous campaign',
  next: 'Next campaign',
  pause: 'Stop rotating',
  play: 'Start rotating',
  share: 'Share',
  facebook: 'Facebook',
  zalo: 'Zalo',
  copied: 'Link copied: paste it into Zalo to share.',
};
