/**
 * What the ward's citizens searched for and did not find (issue 23), counted per unit, Vietnam month and
 * query (in its accent-folded key, so "Sổ đỏ" and "so do" count together), and the keywords staff add
 * to a procedure from them. No address, no time finer than the month, nothing else about the citizen.
 */
export interface SearchQueriesTable {
  unit: string;
  /** YYYY-MM in Vietnam time. */
  month: string;
  /** The query accent-folded (queryKey): what counts as one query. */
  query_key: string;
  /** The query as first typed that month, normalised (reportableQuery). */
  query: string;
  no_results: number;
  not_opened: number;
}

/** A unit's own keywords (attached queries) for a procedure of its catalogue, served with it as `askedAs`. */
export interface SearchKeywordsTable {
  unit: string;
  code: string;
  keyword: string;
}

/** The unit's own details of a procedure (Procedure.local), kept apart from the national text. */
export interface ProcedureLocalDetailsTable {
  unit: string;
  code: string;
  fee_note: string | null;
  place: string | null;
  hours: string | null;
  contact: string | null;
}

export interface SearchTables {
  search_queries: SearchQueriesTable;
  search_keywords: SearchKeywordsTable;
  procedure_local_details: ProcedureLocalDetailsTable;
}
