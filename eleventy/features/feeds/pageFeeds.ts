import type { CollectionItem } from "../../core/collectionItem.ts";
import { newestFirst } from "../../core/pageOrder.ts";
import { sameCampaign } from "../../core/contentPaths.ts";
import type { Topic } from "../../registry/topics.ts";

/**
 * The Atom feeds people follow a topic or a campaign with, beside the news feed: one a topic, of its pages, and one a
 * campaign, of its hub and its pages, each newest first, current pages only (plugins/collections.ts gives none that is
 * withdrawn). One template writes them all (_includes/feeds/page-feeds.njk), as the news feed is written.
 */
export interface PageFeed {
  /** The feed's address: /topics/social-care/feed.xml, /tackling-loneliness/feed.xml. */
  url: string;
  /** The page it follows, which links to it. */
  pageUrl: string;
  /** What it is about: the topic's name, the campaign's title. */
  title: string;
  /** Its entries, newest first, through the feed's length. */
  items: CollectionItem[];
}

/** The address of a topic's feed, beside its first page: /topics/social-care/feed.xml. */
export function topicFeedUrl(topicSlug: string): string {
  return `/topics/${topicSlug}/feed.xml`;
}

/** The address of a campaign's feed, beside its hub: /tackling-loneliness/feed.xml. */
export function campaignFeedUrl(hubUrl: string): string {
  return `${hubUrl}feed.xml`;
}

/** Every topic's feed and every campaign's, each through its newest `entries` pages. */
export function pageFeedsOf(
  topics: Topic[],
  hubs: CollectionItem[],
  campaignPages: CollectionItem[],
  entries: number,
): PageFeed[] {
  const topicFeeds = topics.map((topic) => ({
    url: topicFeedUrl(topic.slug),
    pageUrl: `/topics/${topic.slug}/`,
    title: topic.name,
    items: topic.items.slice(0, entries),
  }));
  const campaignFeeds = hubs.map((hub) => ({
    url: campaignFeedUrl(hub.url),
    pageUrl: hub.url,
    title: String(hub.data.title),
    items: [hub, ...campaignPages.filter((item) => sameCampaign(item.inputPath, hub.inputPath))]
      .sort(newestFirst)
      .slice(0, entries),
  }));
  return [...topicFeeds, ...campaignFeeds];
}
