/**
 * Where an event's calendar file lives: inside the event's own folder and
 * named after it, so /events/loneliness-summit/ has
 * /events/loneliness-summit/loneliness-summit.ics. The name comes from the
 * page's address, so the file moves with the page and saves under a name
 * people recognise in their downloads.
 */
export function calendarFileUrl(pageUrl: string): string {
  const slug = pageUrl.split("/").filter(Boolean).at(-1);
  if (!pageUrl.endsWith("/") || !slug) {
    throw new Error(`calendarFileUrl: "${pageUrl}" is not the address of an event page, such as /events/loneliness-summit/`);
  }
  return `${pageUrl}${slug}.ics`;
}
