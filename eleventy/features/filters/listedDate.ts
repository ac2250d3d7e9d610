import type { CollectionItem } from "../../core/collectionItem.ts";
import { formatDate, isoDate } from "../../core/dates.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import { contentTypes, isContentTypeName } from "../../registry/contentTypes.ts";

/** What a listing shows under a page's summary, as the page's type says (contentTypes.ts `listedDate`). */
export function listedDate(
  item: CollectionItem,
  showDates: unknown,
): { prefix: string; datetime: string; text: string } | undefined {
  const type = item.data.contentType;
  if (isContentTypeName(type) && contentTypes[type].listedDate === "when") {
    const when = eventWhen(item.data);
    return { prefix: "", datetime: when.datetime, text: when.text };
  }
  return showDates ? { prefix: "Published ", datetime: isoDate(item.date), text: formatDate(item.date) } : undefined;
}
