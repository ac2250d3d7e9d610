import type { CollectionItem } from "../core/collectionItem.ts";
import { inEnglishOrder, newestFirst } from "../core/pageOrder.ts";
import { slug } from "../core/slug.ts";
import type { TopicSetting } from "../model/settings/topicsSchema.ts";

export interface Topic {
  name: string;
  /** What it covers, from content/settings/topics.yml. */
  description: string;
  slug: string;
  items: CollectionItem[];
}

/**
 * Every topic named in front matter, alphabetically, each with its pages
 * newest first, named and described as the site's list of topics has it.
 * Topics are told apart by their address, so "Social care" and "social care"
 * are one topic, not two pages at one address.
 */
export function topicsOf(items: CollectionItem[], list: TopicSetting[] = []): Topic[] {
  const listed = new Map(list.map((topic) => [slug(topic.name), topic]));
  const bySlug = new Map<string, { name: string; items: Set<CollectionItem> }>();
  for (const item of items) {
    for (const name of (item.data["topics"] as string[] | undefined) ?? []) {
      const topicSlugged = slug(name);
      const topic = bySlug.get(topicSlugged);
      if (!topic) bySlug.set(topicSlugged, { name, items: new Set([item]) });
      else topic.items.add(item);
    }
  }
  return [...bySlug]
    .map(([topicSlugged, topic]) => ({
      name: listed.get(topicSlugged)?.name ?? topic.name,
      description: listed.get(topicSlugged)?.description ?? "",
      slug: topicSlugged,
      items: [...topic.items].sort(newestFirst),
    }))
    .sort((a, b) => inEnglishOrder(a.name, b.name));
}

/** The address of a topic's listing page, counted from 0: /topics/social-care/, then /topics/social-care/page-2/. */
export function topicPageUrl(topicSlugged: string, pageNumber: number): string {
  return `/topics/${topicSlugged}/${pageNumber > 0 ? `page-${pageNumber + 1}/` : ""}`;
}
