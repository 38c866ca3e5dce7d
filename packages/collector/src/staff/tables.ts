/** Staff accounts, the units each may act for, and their sessions. */
import type { Stamp, Timestamp } from '../storage/columns.js';

export interface StaffTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: 'unit' | 'province';
  /** The province a 'province' account serves: every unit of it, and only those. */
  province_code: string | null;
  created_at: Stamp;
}

export interface StaffUnitsTable {
  staff_id: string;
  unit: string;
}

export interface SessionsTable {
  id: string;
  staff_id: string;
  csrf: string;
  expires_at: Timestamp;
  created_at: Stamp;
}

export interface StaffTables {
  staff: StaffTable;
  staff_units: StaffUnitsTable;
  sessions: SessionsTable;
}
