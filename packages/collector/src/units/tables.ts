/** The units (wards, communes, provinces' own offices) the collector serves. */
import type { Json, Stamp } from '../storage/columns.js';
import type { Generated } from 'kysely';

export interface UnitsTable {
  code: string;
  name: string;
  /** Origins (scheme://host[:port]) whose pages may call the public API; '*' for any. */
  origins: string[];
  catalogue: Json<unknown[]> | null;
  catalogue_etag: string | null;
  /** Official code of the commune or ward (5 digits), when the unit is one. */
  commune_code: string | null;
  /** Official code of its province (2 digits); a province's staff see its units. */
  province_code: string | null;
  created_at: Stamp;
}

export interface ProvincesTable {
  code: string;
  name: string;
  /** The province's own site(s), where any of its wards' widgets may be embedded. */
  origins: Generated<string[]>;
}

export interface CommunesTable {
  code: string;
  name: string;
  province_code: string;
}

export interface UnitTables {
  units: UnitsTable;
  provinces: ProvincesTable;
  communes: CommunesTable;
}
