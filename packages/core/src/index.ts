/** @motcua/core: framework-free logic shared by widgets, collector, autofill and the extension. */
export { equalsFolded, foldVietnamese, lowerVietnamese, normalizeVietnamese, tokenizeVietnamese } from './text.js';
export type { TokenizeOptions } from './text.js';

// Shared schemas for collector records (design §3.3): ratings, feedback, events, campaigns, contact checks
export * from './schemas/index.js';
