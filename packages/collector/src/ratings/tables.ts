/** Satisfaction ratings, one row per rating (a dossier is rated at most once per unit). */

import type { Generated } from 'kysely';
import type { Json, Stamp, Timestamp } from '../storage/columns.js';

/** How a rating is vouched for (see ratings/proof.ts). */
export type RatingProof = 'none' | 'kiosk' | 'dossier';

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
  /** How the rating is vouched for: none (anonymous), kiosk (a registered counter device), dossier (its owner). */
  proof: Generated<RatingProof>;
  created_at: Timestamp;
  received_at: Stamp;
}

export interface KiosksTable {
  id: string;
  unit: string;
  name: string;
  key_hash: string;
  created_at: Stamp;
  revoked_at: Timestamp | null;
}

export interface RatingTables {
  ratings: RatingsTable;
  kiosks: KiosksTable;
}
