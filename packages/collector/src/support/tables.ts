/**
 * Support points and teams (điểm hỗ trợ 24h, tổ công nghệ số cộng đồng, bộ phận một cửa) with their
 * opening hours, and home-visit requests with their status history. A request is assigned to a point of
 * the same unit, usually a team.
 */
import type { OpeningHours, SupportKind, SupportService, VisitStatus } from '@motcua/core';
import type { Generated } from 'kysely';
import type { Json, Stamp, Timestamp } from '../storage/columns.js';

export interface SupportPointsTable {
  id: string;
  unit: string;
  name: string;
  kind: SupportKind;
  address: string;
  lat: number | null;
  lng: number | null;
  hours: Json<OpeningHours>;
  services: Json<SupportService[]>;
  phone: string;
  zalo: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface HomeVisitsTable {
  id: string;
  unit: string;
  receipt_code: string;
  name: string;
  /** The phone as normalised by core (0xxxxxxxxx): the follow-up needs it with the receipt code. */
  phone: string;
  address: string;
  need: SupportService;
  details: string | null;
  preferred_time: string;
  consent_at: Timestamp;
  status: Generated<VisitStatus>;
  team: string | null;
  scheduled_at: Timestamp | null;
  /** The staff's last note, shown to the citizen when the request is closed. */
  note: string | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface HomeVisitHistoryTable {
  id: Generated<string>;
  visit_id: string;
  status: VisitStatus;
  note: string | null;
  actor: string;
  at: Stamp;
}

/** The unit's map tiles for its points' small maps; no row, no map. */
export interface SupportMapsTable {
  unit: string;
  tiles: string;
  attribution: string;
  updated_at: Stamp;
}

export interface SupportTables {
  support_points: SupportPointsTable;
  support_maps: SupportMapsTable;
  home_visits: HomeVisitsTable;
  home_visit_history: HomeVisitHistoryTable;
}
