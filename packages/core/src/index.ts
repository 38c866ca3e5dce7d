/** @motcua/core: framework-free logic shared by widgets, collector, autofill and the extension. */
export { equalsFolded, foldVietnamese, lowerVietnamese, normalizeVietnamese, tokenizeVietnamese } from './text.js';
export type { TokenizeOptions } from './text.js';
