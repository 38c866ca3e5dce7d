/** Publicity campaigns shown by the banner, and the anonymous impression/click counts per day. */
import type { Generated } from 'kysely';
import type { Stamp, Timestamp } from '../storage/columns.js';

export interface CampaignsTable {
  id: string;
  unit: string;
  title: string;
  text: string | null;
  image_url: string | null;
  image_alt: string | null;
  image_width: number | null;
  image_height: number | null;
  image_srcset: string | null;
  link_url: string | null;
  link_text: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  priority: Generated<number>;
  target_pages: string[] | null;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface EventCountsTable {
  unit: string;
  campaign: Generated<string>;
  widget: Generated<string>;
  day: string;
  type: string;
  count: string | number;
}

export interface EventBatchesTable {
  id: string;
  unit: string;
  received_at: Stamp;
}

export interface CampaignTables {
  campaigns: CampaignsTable;
  event_counts: EventCountsTable;
  event_batches: EventBatchesTable;
}
