/** A campaign row as the API answers it: core's CampaignItem (the shape the banner reads), optional fields only when set. */
import type { CampaignItem } from '@motcua/core';
import type { Selectable } from 'kysely';
import type { CampaignsTable } from './tables.js';

export type CampaignRow = Selectable<CampaignsTable>;

export function campaignJson(r: CampaignRow): CampaignItem {
  return {
    id: r.id,
    title: r.title,
    startsAt: new Date(r.starts_at).toISOString(),
    endsAt: new Date(r.ends_at).toISOString(),
    priority: r.priority,
    ...(r.text !== null && { text: r.text }),
    ...(r.image_url !== null && { imageUrl: r.image_url }),
    ...(r.image_alt !== null && { imageAlt: r.image_alt }),
    ...(r.image_width !== null && { imageWidth: r.image_width }),
    ...(r.image_height !== null && { imageHeight: r.image_height }),
    ...(r.image_srcset !== null && { imageSrcset: r.image_srcset }),
    ...(r.link_url !== null && { linkUrl: r.link_url }),
    ...(r.link_text !== null && { linkText: r.link_text }),
    ...(r.target_pages !== null && { targetPages: r.target_pages }),
  };
}
