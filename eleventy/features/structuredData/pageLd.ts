import type { ContentType } from "../../registry/contentTypes.ts";
import { eventLd } from "./event.ts";
import { newsArticleLd, type PageAddress } from "./newsArticle.ts";

type Writer = (data: Record<string, unknown>, address: PageAddress) => object;

/** How each schema.org type a content type can name (contentTypes.ts `structuredData`) is written from a page's data. */
const writers: Record<NonNullable<ContentType["structuredData"]>, Writer> = {
  // The page's front matter has passed its type's schema before any template runs (features/contentFolder/).
  NewsArticle: (data, address) => newsArticleLd(data as unknown as Parameters<typeof newsArticleLd>[0], address),
  Event: (data, address) => eventLd(data as unknown as Parameters<typeof eventLd>[0], address),
};

/** A page's schema.org JSON-LD beyond its breadcrumbs, as its content type names it; undefined when it names none. */
export function pageLd(
  kind: ContentType["structuredData"],
  data: Record<string, unknown>,
  address: PageAddress,
): object | undefined {
  return kind ? writers[kind](data, address) : undefined;
}
