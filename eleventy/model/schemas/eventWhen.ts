import { eventTimingSchema } from "./eventSchema.ts";
import { formatDateWithWeekday, isoDate, toLondonDateTime } from "../../core/dates.ts";

export interface EventWhen {
  /** When it starts, for sorting. */
  startsAt: Date;
  /** The `datetime` of the `<time>` element. */
  datetime: string;
  /** What a reader sees, such as "Friday 30 November 2018, all day". */
  text: string;
}

/** When an event happens, read through its schema so that London wall-clock times are honoured. */
export function eventWhen(data: unknown): EventWhen {
  const event = eventTimingSchema.parse(data);
  if (event.day) {
    return { startsAt: event.day, datetime: isoDate(event.day), text: `${formatDateWithWeekday(event.day)}, all day` };
  }
  const start = event.start!;
  const time = (date: Date) => toLondonDateTime(date).toFormat("h:mma").toLowerCase();
  const end = event.end ? ` to ${time(event.end)}` : "";
  return { startsAt: start, datetime: isoDate(start), text: `${formatDateWithWeekday(start)}, ${time(start)}${end}` };
}
