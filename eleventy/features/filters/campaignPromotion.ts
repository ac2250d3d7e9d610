import type { CollectionItem } from "../../core/collectionItem.ts";

export interface CampaignPromotion {
  heading: string;
  text: string;
  linkText: string;
}

/**
 * How a campaign is promoted, on the home page and from its own pages: its hub's `promotion:` where it has one, else
 * the hub's title and description. `{% set promotion = hub | campaignPromotion %}`
 */
export function campaignPromotion(hub: CollectionItem): CampaignPromotion {
  const promotion = hub.data["promotion"] as CampaignPromotion | undefined;
  if (promotion) return promotion;
  return { heading: String(hub.data.title), text: String(hub.data.description), linkText: String(hub.data.title) };
}
