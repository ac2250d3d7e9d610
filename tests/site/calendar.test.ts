/** Every event's "Add to calendar" file, as a calendar app reads it. Run after `npm run build`. */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { DateTime } from "luxon";
import { calendarFileUrl } from "../../eleventy/features/calendar/calendarFileUrl.ts";
import { siteUrl } from "../../eleventy/core/siteUrl.ts";
import { headersFor, parseHeadersFile } from "../../eleventy/core/headersFile.ts";
import { parseCalendar } from "../unit/parseCalendar.ts";
import { publishedOfType } from "./publishedPages.ts";

const SITE = siteUrl();
/** Every published event, whatever editors have added: drafts have no page, so no calendar file; a withdrawn one has none either. */
const events = publishedOfType("event");
const eventUrls = events.filter((event) => !event.withdrawn).map((event) => event.url);
const rules = parseHeadersFile(readFileSync("_site/_headers", "utf8"));
const headersOf = (urlPath: string) => new Map(headersFor(rules, urlPath).map(([name, value]) => [name.toLowerCase(), value]));

test(
  "every published event has a page",
  { skip: eventUrls.length ? false : "content/events/ has no published event, so there is no calendar file to check" },
  () => {
    for (const url of eventUrls) assert.ok(existsSync(path.join("_site", url, "index.html")), `${url} was built`);
  },
);

/** Today in London, as a <time datetime> date is written. */
const TODAY = DateTime.now().setZone("Europe/London").toISODate()!;

/** What an event's calendar file says of its status, as RFC 5545 has it (features/calendar/icsEvent.ts). */
const CALENDAR_STATUS: Record<string, string> = { cancelled: "CANCELLED", postponed: "TENTATIVE", rescheduled: "CONFIRMED" };

for (const event of events.filter((candidate) => candidate.withdrawn)) {
  test(`${event.url}: a withdrawn event offers no calendar file, and has none`, () => {
    const html = readFileSync(path.join("_site", event.url, "index.html"), "utf8");
    assert.doesNotMatch(html, /\.ics"/);
    assert.equal(existsSync(path.join("_site", calendarFileUrl(event.url))), false);
  });
}

for (const url of eventUrls) {
  const status = events.find((event) => event.url === url)!.data["status"] as string | undefined;
  test(`${url}: an event to come links to a calendar file a calendar app can read, served as an attachment; one that has finished says so instead`, () => {
    const page = parseDocument(readFileSync(path.join("_site", url, "index.html"), "utf8"));
    const article = DomUtils.findOne((element) => element.name === "article", page.children);
    assert.ok(article, `${url} has an <article>`);
    const link = DomUtils.findOne(
      (element) => element.name === "a" && /\.ics$/.test(element.attribs["href"] ?? ""),
      article.children,
    );
    // When it happens: the time search gives as its date (an event with updates also says when it was published).
    const when = DomUtils.findOne(
      (element) => element.name === "time" && element.attribs["data-pagefind-meta"] === "date[datetime]",
      article.children,
    );
    const lastDay = when!.attribs["datetime"]!.slice(0, 10);
    const finished = /This event has finished\. It took place on |This event was (cancelled|postponed)\./.test(
      DomUtils.textContent(article),
    );
    if (finished) {
      assert.ok(lastDay < TODAY, `${url} says it has finished, but starts on ${lastDay}`);
      assert.equal(link, null, `${url}: a finished event offers no calendar file`);
    } else {
      assert.ok(link, `${url}: the article links to an .ics file`);
      // An event that is not going ahead offers its file to those who added it, to mark it so in their calendar.
      const offer =
        status === "cancelled" || status === "postponed" ? "download its calendar file again" : "Add this event to your calendar";
      assert.equal(DomUtils.textContent(link), offer);
      assert.ok("download" in link.attribs, "the link downloads the file");
    }

    const pathname = link ? new URL(link.attribs["href"]!, `${SITE}${url}`).pathname : calendarFileUrl(url);
    const file = path.join("_site", pathname);
    assert.ok(existsSync(file), `${file} exists`);
    const ics = readFileSync(file, "utf8");
    assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), "a whole calendar, in CRLF lines");
    const { text, time } = parseCalendar(ics);
    const heading = DomUtils.findOne((element) => element.name === "h1", article.children);
    assert.equal(text("summary"), DomUtils.textContent(heading!).trim());
    assert.equal(text("url"), `${SITE}${url}`);
    assert.match(text("uid"), new RegExp(`^${url.split("/").filter(Boolean).join("-")}@`));
    assert.ok(time("dtstart").toString().startsWith(when!.attribs["datetime"]!.slice(0, 10)), "starts on the day the page shows");
    assert.equal(
      ics.match(/^STATUS:(.*)\r$/m)?.[1],
      status ? CALENDAR_STATUS[status] : undefined,
      "a cancelled event is CANCELLED in a calendar that reads it",
    );

    const headers = headersOf(pathname);
    assert.equal(headers.get("content-type"), "text/calendar; charset=utf-8");
    assert.equal(headers.get("content-disposition"), "attachment");
    assert.equal(headers.get("x-content-type-options"), "nosniff");
    assert.equal(headersOf(url).has("content-disposition"), false, "pages are not downloads");
  });
}
