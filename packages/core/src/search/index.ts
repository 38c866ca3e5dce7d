/** Procedure search (`@motcua/core/search`): the engine, highlighting and the catalogue record types. */
export { createProcedureIndex, startProcedureIndex } from './procedure-index.js';
export { editDistance, soundKey, untypeTelex } from './spelling.js';
export { highlightParts } from './highlight.js';
export type { HighlightPart } from './highlight.js';
export type * from './types.js';
export { queryKey, reportableQuery, SEARCH_QUERY_MAX, SEARCH_REPORT_KINDS } from './reporting.js';
export type { SearchReportKind } from './reporting.js';
export { groupDocuments } from './documents.js';
export type { DocumentGroups, ProcedureDocument } from './documents.js';
export { askedWords, learnAskedAs, queryReader } from './learned.js';
export type { LearningQuery, LearnOptions, QueryReader } from './learned.js';
