import type { CollectionItem } from "./relatedPages.ts";
import { eventWhen } from "./eventWhen.ts";
import { toLondonDateTime } from "./dates.ts";

/**
 * Splits events into those still to come (soonest first) and those that have
 * happened (most recent first), as of the day of the build in London. The
 * site is rebuilt daily, so an event moves to "past" the day after it.
 */
export function upcomingAndPast(
  events: CollectionItem[],
  now = new Date(),
): { upcoming: CollectionItem[]; past: CollectionItem[] } {
  const today = toLondonDateTime(now).startOf("day").toMillis();
  const lastDay = (event: CollectionItem) => {
    const { startsAt } = eventWhen(event.data);
    const end = event.data["end"] ? eventWhen({ start: event.data["end"] }).startsAt : startsAt;
    return toLondonDateTime(end).startOf("day").toMillis();
  };
  const byStart = [...events].sort((a, b) => eventWhen(a.data).startsAt.getTime() - eventWhen(b.data).startsAt.getTime());
  return {
    upcoming: byStart.filter((event) => lastDay(event) >= today),
    past: byStart.filter((event) => lastDay(event) < today).reverse(),
  };
}
