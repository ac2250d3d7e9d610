import type { CollectionItem } from "../../core/collectionItem.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import { siteNow } from "../../core/clock.ts";
import { toLondonDateTime } from "../../core/dates.ts";

/**
 * Whether an event is over, as of the day of the build in London: from the
 * day after its last day. The site is rebuilt daily, so an event's page says
 * it has finished, and it moves to "past", the day after it.
 */
export function hasEnded(event: Record<string, unknown>, now = siteNow()): boolean {
  const { startsAt } = eventWhen(event);
  const end = event["end"] ? eventWhen({ start: event["end"] }).startsAt : startsAt;
  return toLondonDateTime(end).startOf("day").toMillis() < toLondonDateTime(now).startOf("day").toMillis();
}

/** Splits events into those still to come (soonest first) and those that have happened (most recent first). */
export function upcomingAndPast(
  events: CollectionItem[],
  now = siteNow(),
): { upcoming: CollectionItem[]; past: CollectionItem[] } {
  const byStart = [...events].sort((a, b) => eventWhen(a.data).startsAt.getTime() - eventWhen(b.data).startsAt.getTime());
  return {
    upcoming: byStart.filter((event) => !hasEnded(event.data, now)),
    past: byStart.filter((event) => hasEnded(event.data, now)).reverse(),
  };
}
