/** @motcua/core: framework-free logic shared by widgets, collector, autofill and the extension. */
export { equalsFolded, foldVietnamese, lowerVietnamese, normalizeVietnamese, tokenizeVietnamese } from './text.js';
export type { TokenizeOptions } from './text.js';

// Procedure catalogue and search (issue #3): createProcedureIndex and the Procedure record, design §3.1–3.2.
export { createProcedureIndex, editDistance, soundKey, untypeTelex } from './search/procedure-index.js';
export { highlightParts } from './search/highlight.js';
export type { HighlightPart } from './search/highlight.js';
export type {
  Procedure,
  ProcedureFilters,
  ProcedureIndex,
  ProcedureIndexOptions,
  SearchHit,
  SearchOptions,
} from './search/types.js';
