import { eventWhen } from "../../model/schemas/eventWhen.ts";
import type { EventInput } from "../../model/schemas/eventSchema.ts";
import type { PageAddress } from "./newsArticle.ts";

type EventData = Pick<EventInput, "title" | "description" | "day" | "start" | "end" | "venue" | "organisers">;

/**
 * schema.org Event. An all-day event has plain dates; the venue's address is
 * its name when no postal address is known, rather than a guessed one.
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
    eventStatus: "https://schema.org/EventScheduled",
    location: { "@type": "Place", name: event.venue.name, address: event.venue.address ?? event.venue.name },
    organizer: event.organisers.map((name) => ({ "@type": "Organization", name })),
    url,
    ...(image ? { image: [image] } : {}),
  };
}
