import { DateTime } from "luxon";
import { SITE_ZONE } from "./dates.ts";

/*
 * The build's "now": what decides whether a scheduled article is published yet, an event is past, a notice is up. It
 * is the real time unless $SITE_NOW sets it, so that a test can build the site as it will be at a given moment, and
 * so that the Deploy workflow builds with the very moment it records as the site's last publication
 * (scripts/due.ts compares the content's scheduled changes with it).
 */

/** The environment variable that sets the build's clock. */
export const SITE_NOW = "SITE_NOW";

/** A London wall-clock time as editors write one, 2026-12-08 07:00; or an instant with its offset, 2026-12-08T07:00:00Z. */
const LONDON_WALL_CLOCK = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?$/;

let read: { given: string; now: Date } | undefined;

/** The moment a value of $SITE_NOW names, or an error saying how to write it. */
export function parseClock(given: string): Date {
  const text = given.trim();
  const time = LONDON_WALL_CLOCK.test(text)
    ? DateTime.fromISO(text.replace(" ", "T"), { zone: SITE_ZONE })
    : DateTime.fromISO(text, { setZone: true });
  // An instant needs its offset: without one, it would be read in the build machine's zone.
  const hasOffset = LONDON_WALL_CLOCK.test(text) || /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  if (!time.isValid || !hasOffset) {
    throw new Error(
      `${SITE_NOW} must be a London date and time such as 2026-12-08 07:00, or an instant such as 2026-12-08T07:00:00Z (it is "${given}")`,
    );
  }
  return time.toJSDate();
}

/** The build's now: $SITE_NOW if set, else the real time. */
export function siteNow(given: string | undefined = process.env[SITE_NOW]): Date {
  if (!given?.trim()) return new Date();
  if (read?.given !== given) read = { given, now: parseClock(given) };
  return read.now;
}
