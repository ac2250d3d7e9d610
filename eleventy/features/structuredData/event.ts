import { isoDate } from "../../core/dates.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import type { EventInput, EventStatus } from "../../model/schemas/eventSchema.ts";
import type { PageAddress } from "./newsArticle.ts";

type EventData = Pick<
  EventInput,
  "title" | "description" | "day" | "start" | "end" | "venue" | "organisers" | "status" | "previousDate"
>;

/** schema.org's EventStatusType of each of an event's statuses; an event with none is going ahead as planned. */
const EVENT_STATUS: Record<EventStatus, string> = {
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  rescheduled: "https://schema.org/EventRescheduled",
};

/**
 * schema.org Event. An all-day event has plain dates; the venue's address is
 * its name when no postal address is known, rather than a guessed one. A
 * rescheduled event's dates are its new ones, and previousStartDate the old.
 */
export function eventLd(event: EventData, { url, image }: PageAddress) {
  const starts = eventWhen(event);
  const ends = event.day ? starts.datetime : event.end ? eventWhen({ start: event.end }).datetime : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.description,
    startDate: starts.datetime,
    ...(ends ? { endDate: ends } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    eventStatus: event.status ? EVENT_STATUS[event.status] : "https://schema.org/EventScheduled",
    ...(event.status === "rescheduled" && event.previousDate ? { previousStartDate: isoDate(event.previousDate) } : {}),
    location: { "@type": "Place", name: event.venue.name, address: event.venue.address ?? event.venue.name },
    organizer: event.organisers.map((name) => ({ "@type": "Organization", name })),
    url,
    ...(image ? { image: [image] } : {}),
  };
}
