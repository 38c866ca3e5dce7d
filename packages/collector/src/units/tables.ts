/** The units (wards, communes, provinces' own offices) the collector serves. */
import type { Json, Stamp } from '../storage/columns.js';

export interface UnitsTable {
  code: string;
  name: string;
  /** Origins (scheme://host[:port]) whose pages may call the public API; '*' for any. */
  origins: string[];
  catalogue: Json<unknown[]> | null;
  catalogue_etag: string | null;
  created_at: Stamp;
}

export interface UnitTables {
  units: UnitsTable;
}
