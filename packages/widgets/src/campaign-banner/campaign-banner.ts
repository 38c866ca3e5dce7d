/** Defines <motcua-campaign-banner>; the only module of the banner with a side effect. */
import { CampaignBannerElement } from './campaign-banner.component.js';

CampaignBannerElement.define('motcua-campaign-banner');

export { CampaignBannerElement };
