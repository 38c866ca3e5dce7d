/**
 * The whole database as Kysely sees it: each feature declares its own tables beside its code, and this
 * interface puts them together. The SQL that creates them is in ./migrations.
 */
import type { CampaignTables } from '../campaigns/tables.js';
import type { ContestTables } from '../contests/tables.js';
import type { DossierTables } from '../dossiers/tables.js';
import type { FeedbackTables } from '../feedback/tables.js';
import type { RatingTables } from '../ratings/tables.js';
import type { SearchTables } from '../search/tables.js';
import type { StaffTables } from '../staff/tables.js';
import type { SupportTables } from '../support/tables.js';
import type { UnitTables } from '../units/tables.js';
import type { Timestamp } from './columns.js';

export interface RateCountersTable {
  key: string;
  window_start: Timestamp;
  count: number;
}

export interface Database
  extends UnitTables,
    RatingTables,
    FeedbackTables,
    CampaignTables,
    StaffTables,
    ContestTables,
    SupportTables,
    DossierTables,
    SearchTables {
  rate_counters: RateCountersTable;
}
