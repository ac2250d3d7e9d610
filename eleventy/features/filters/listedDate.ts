import type { CollectionItem } from "../../core/collectionItem.ts";
import { formatDate, formatDateWithWeekday, isoDate } from "../../core/dates.ts";
import type { EventStatus } from "../../model/schemas/eventSchema.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import { contentTypes, isContentTypeName } from "../../registry/contentTypes.ts";
import { updatesOf } from "../../registry/pageHistory.ts";

interface ListedTime {
  datetime: string;
  text: string;
}

/** What a listing shows under a page's summary: "Published 26 November 2018, updated 3 December 2018", or when an event happens. */
export interface ListedDate extends ListedTime {
  /** What has happened to an event, shown before its date: "Cancelled: Friday 30 November 2018, all day". */
  status?: string;
  prefix: string;
  /** The day of a page's newest update. */
  updated?: ListedTime;
  /** The day a rescheduled event was to happen. */
  was?: ListedTime;
}

const STATUS_LABELS: Record<EventStatus, string> = {
  cancelled: "Cancelled",
  postponed: "Postponed",
  rescheduled: "Rescheduled",
};

/** What a listing shows under a page's summary, as the page's type says (contentTypes.ts `listedDate`). */
export function listedDate(item: CollectionItem, showDates: unknown): ListedDate | undefined {
  const type = item.data.contentType;
  if (isContentTypeName(type) && contentTypes[type].listedDate === "when") {
    const when = eventWhen(item.data);
    const status = item.data["status"] as EventStatus | undefined;
    const previous = item.data["previousDate"];
    return {
      prefix: "",
      datetime: when.datetime,
      text: when.text,
      ...(status ? { status: STATUS_LABELS[status] } : {}),
      ...(status === "rescheduled" && previous instanceof Date
        ? { was: { datetime: isoDate(previous), text: formatDateWithWeekday(previous) } }
        : {}),
    };
  }
  if (!showDates) return undefined;
  const updated = updatesOf({ updates: item.data["updates"] })[0]?.date;
  return {
    prefix: "Published ",
    datetime: isoDate(item.date),
    text: formatDate(item.date),
    ...(updated ? { updated: { datetime: isoDate(updated), text: formatDate(updated) } } : {}),
  };
}
