/** English strings of the carousel and the share links, loaded with their module (extras.ts). */
export const en: Record<keyof typeof import('./extras.vi.js').vi, string> = {
  slide: '{n} of {total}',
  prev: 'Previous campaign',
  next: 'Next campaign',
  pause: 'Stop rotating',
  play: 'Start rotating',
  share: 'Share',
  facebook: 'Facebook',
  zalo: 'Zalo',
  copied: 'Link copied: paste it into Zalo to share.',
};
