/**
 * The dossier tables as Kysely sees them. A dossier (hồ sơ) belongs to a unit and is known by the code
 * the one-stop system gave it; its history keeps every status it went through. Of the citizen only a
 * keyed hash is kept (see phone-check.ts): no name, no ID number, no address, not even the number.
 */
import type { Json, Stamp, Timestamp } from '../storage/columns.js';

export interface DossiersTable {
  unit: string;
  code: string;
  procedure: string | null;
  received_at: Timestamp;
  /** Ngày hẹn trả, a Vietnam calendar day (YYYY-MM-DD). */
  due_date: string;
  status: string;
  note: string | null;
  /** HMAC of the unit, the code and the phone's last four digits, under the collector's dossier key. */
  phone_check: string;
  /** When the result was first ready (chờ trả / đã trả kết quả): the end of the handling time. */
  resolved_at: Timestamp | null;
  updated_at: Stamp;
}

export interface DossierHistoryTable {
  unit: string;
  code: string;
  status: string;
  note: string | null;
  at: Timestamp;
}

export interface DossierSettingsTable {
  unit: string;
  /** The export's column headers, per field (DossierMapping). */
  mapping: Json<Record<string, string | undefined>> | null;
  /** SHA-256 of the unit's machine API token; the token itself is shown once to staff. */
  token_hash: string | null;
  updated_at: Stamp;
}

export interface SecretsTable {
  name: string;
  value: string;
}

export interface DossierTables {
  dossiers: DossiersTable;
  dossier_history: DossierHistoryTable;
  dossier_settings: DossierSettingsTable;
  secrets: SecretsTable;
}
