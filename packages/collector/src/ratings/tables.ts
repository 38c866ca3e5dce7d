/** Satisfaction ratings, one row per rating (a dossier is rated at most once per unit). */

import type { Json, Stamp, Timestamp } from '../storage/columns.js';

export interface RatingsTable {
  id: string;
  unit: string;
  scale: number;
  score: number;
  mode: string | null;
  criteria: Json<Record<string, number>> | null;
  comment: string | null;
  procedure: string | null;
  dossier: string | null;
  officer: string | null;
  created_at: Timestamp;
  received_at: Stamp;
}

export interface RatingTables {
  ratings: RatingsTable;
}
