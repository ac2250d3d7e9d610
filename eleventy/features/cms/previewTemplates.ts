/**
 * The CMS's preview pane as the page itself (runs in the browser, at /admin/): each collection's entry drawn in the
 * markup of its layout (_includes/layouts/content-page.njk and the type's own), with the site's style sheet
 * (assets/js/cms-preview.js), so that an editor sees the caption, the title, the date line, the lead image at column
 * width, an event's When, Where and Organised by, the text, the updates, the topics and the related pages by their
 * titles, in the page's order.
 *
 * Why React elements through Decap's own `h`, and not Nunjucks in the browser: the layouts lean on build-time filters
 * (page history, related pages, campaigns) that read files. So what can be one source is: the dates and an event's
 * when are the build's own functions (core/dates.ts, model/schemas/eventWhen.ts, upcomingAndPast.ts's hasEnded),
 * bundled into this file by the build (cmsPreview.ts); the captions, nouns, related pages' titles and kinds come from
 * the registry and content/ (PREVIEW_DATA, made by the same build); and the markup, which repeats the layouts', is held
 * to them by tests/build/cms.test.ts, which opens every fixture page in the CMS and compares the preview's text, line
 * by line, with the built page's <main>.
 * Left out, as the build alone knows them: a campaign's list of its pages, the feed and calendar links, and a campaign
 * page's link back to its hub.
 */
import { formatDate, formatDateWithWeekday } from "../../core/dates.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import { hasEnded } from "../filters/upcomingAndPast.ts";
import type { PreviewData } from "./cmsPreview.ts";

declare const PREVIEW_DATA: PreviewData;

type Child = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: Child[]) => unknown;
interface ImmutableLike {
  toJS(): unknown;
}
interface PreviewProps {
  entry: { get(key: "data"): ImmutableLike | undefined };
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}
interface Cms {
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
}

const browser = globalThis as unknown as { h?: H; CMS?: Cms };

/** A date as the form holds it ("2018-11-26") as the build's YAML reader gives it: midnight UTC, the day written. */
function dayOf(value: unknown): Date | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
const formatted = (value: unknown) => {
  const day = dayOf(value);
  return day ? formatDate(day) : undefined;
};

/** An event's timing, as the form holds it (the When choice, site-cms.js) or as the file has it. */
function timingOf(data: Record<string, unknown>): Record<string, unknown> {
  const item = (Array.isArray(data["when"]) ? data["when"][0] : undefined) as Record<string, unknown> | undefined;
  const raw = item ? { day: item["day"], start: item["start"], end: item["end"] } : data;
  const timing: Record<string, unknown> = {};
  if (raw["day"]) timing["day"] = dayOf(raw["day"]);
  if (raw["start"]) timing["start"] = raw["start"];
  if (raw["end"]) timing["end"] = raw["end"];
  return timing;
}

/** What the event layout says of its when, or nothing while the form does not yet hold one it accepts. */
function whenOf(data: Record<string, unknown>): { text: string; ended: boolean } | undefined {
  try {
    const timing = timingOf(data);
    return { text: eventWhen(timing).text, ended: hasEnded(timing) };
  } catch {
    return undefined;
  }
}

/** Its updates with a day and a note, newest first; for several on one day, the one written last first (pageHistory.ts). */
function updatesOf(data: Record<string, unknown>): Array<{ date: string; note: string }> {
  const updates = Array.isArray(data["updates"]) ? (data["updates"] as Array<Record<string, unknown>>) : [];
  return updates
    .map((update, index) => ({ day: dayOf(update?.["date"]), note: String(update?.["note"] ?? "").trim(), index }))
    .filter((update): update is { day: Date; note: string; index: number } => update.day !== undefined && update.note !== "")
    .sort((a, b) => b.day.getTime() - a.day.getTime() || b.index - a.index)
    .map(({ day, note }) => ({ date: formatDate(day), note }));
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "") : [];

function template(h: H, collection: string) {
  const outline = PREVIEW_DATA.collections[collection]!;
  const hidden = (text: string) => h("span", { className: "visually-hidden" }, text);
  const row = (key: Child, value: Child) =>
    h(
      "div",
      { className: "summary-list__row" },
      h("dt", { className: "summary-list__key" }, key),
      h("dd", { className: "summary-list__value" }, value),
    );

  return function PagePreview({ entry, widgetFor, getAsset }: PreviewProps) {
    const data = (entry.get("data")?.toJS() ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string).trim() : "");
    const withdrawn = (data["withdrawn"] ?? {}) as Record<string, unknown>;
    const withdrawnOn = formatted(withdrawn["date"]);
    const updates = updatesOf(data);
    const published = formatted(data["date"]);
    const image = (data["image"] ?? {}) as Record<string, unknown>;
    const imageSrc = typeof image["src"] === "string" && image["src"] ? getAsset(image["src"])?.toString() : undefined;
    const related = strings(data["related"]).flatMap((file) => {
      const page = PREVIEW_DATA.pages[file];
      return page?.shown ? [page] : [];
    });
    const parts: Child[] = [
      h("p", { className: "caption" }, outline.caption),
      h("h1", { className: "heading-xl" }, text("title")),
      withdrawnOn &&
        h(
          "div",
          { className: "notice" },
          h("p", null, h("strong", null, `This ${outline.noun} was withdrawn on ${withdrawnOn}.`)),
          h("p", null, `Reason: ${String(withdrawn["reason"] ?? "").trim()}`),
        ),
    ];
    const when = outline.layout === "event" ? whenOf(data) : undefined;
    if (outline.layout === "event" && when && data["status"]) {
      const planned = when.text.replace(", all day", "");
      const was = when.ended ? "was" : "has been";
      const previous = dayOf(data["previousDate"]);
      const sentence =
        data["status"] === "cancelled"
          ? `It was to take place on ${planned}.`
          : data["status"] === "postponed"
            ? `It was to take place on ${planned}. A new date has not been set yet.`
            : `It ${when.ended ? "took" : "will now take"} place on ${planned}${previous ? `, instead of ${formatDateWithWeekday(previous)}` : ""}.`;
      parts.push(
        h(
          "div",
          { className: "notice" },
          h("p", null, h("strong", null, `This event ${was} ${String(data["status"])}.`), ` ${sentence}`),
        ),
      );
    }
    if (outline.layout === "campaign" && text("lead")) parts.push(h("p", { className: "lead" }, text("lead")));
    // News always says when it was published (news-article.njk); any page says so once it has updates.
    if (published && (outline.layout === "news-article" || updates.length)) {
      parts.push(
        h(
          "p",
          { className: "metadata" },
          `Published ${published}`,
          updates.length ? `, last updated ${updates[0]!.date}. ` : null,
          updates.length ? h("a", { href: "#full-history" }, "See all updates") : null,
        ),
      );
    }
    if (imageSrc) {
      parts.push(h("figure", { className: "lead-image" }, h("img", { src: imageSrc, alt: String(image["alt"] ?? "") })));
    }
    if (outline.layout === "event") {
      const venue = (data["venue"] ?? {}) as Record<string, unknown>;
      const organisers = strings(data["organisers"]);
      const where = [venue["name"], venue["address"]].filter((part) => typeof part === "string" && part.trim()).join(", ");
      parts.push(
        h(
          "dl",
          { className: "summary-list" },
          row(["When", hidden(":")], [when?.text ?? "", hidden(".")]),
          row(["Where", hidden(":")], [where, hidden(".")]),
          row(
            ["Organised by", hidden(":")],
            organisers.length === 1
              ? organisers[0]
              : h("ul", { className: "summary-list__organisers" }, ...organisers.map((name) => h("li", null, name))),
          ),
        ),
      );
      if (when?.ended && !withdrawnOn && !data["status"]) {
        parts.push(
          h(
            "div",
            { className: "notice" },
            h(
              "p",
              null,
              h("strong", null, "This event has finished."),
              ` It took place on ${when.text.replace(", all day", "")}.`,
            ),
          ),
        );
      }
    }
    parts.push(h("div", { className: "prose" }, widgetFor("body")));
    if (outline.layout === "campaign-page" && text("provider")) {
      parts.push(h("dl", { className: "summary-list" }, row("Provided by", text("provider"))));
    }
    if (updates.length && published) {
      parts.push(
        h(
          "section",
          { className: "history", id: "full-history" },
          h("h2", { className: "related__heading" }, "All updates to this page"),
          h(
            "dl",
            { className: "summary-list" },
            ...updates.map((update) => row([update.date, hidden(":")], update.note)),
            row([published, hidden(":")], "First published."),
          ),
        ),
      );
    }
    const topics = strings(data["topics"]);
    if (topics.length && !withdrawnOn) {
      parts.push(
        h(
          "div",
          { className: "topics" },
          h("h2", { className: "topics__heading" }, "Topics"),
          h("ul", { className: "topics__list" }, ...topics.map((topic) => h("li", null, h("a", { href: "#" }, topic)))),
        ),
      );
    }
    return h(
      "div",
      { className: "width-container" },
      h(
        "main",
        { className: "main", id: "main-content" },
        h("article", { className: "content" }, ...parts.filter(Boolean)),
        related.length
          ? h(
              "aside",
              { className: "related" },
              h("h2", { className: "related__heading" }, "Related content"),
              h(
                "ul",
                { className: "related__list" },
                ...related.map((page) =>
                  h("li", null, h("a", { href: "#" }, page.title), " ", h("span", { className: "related__type" }, page.label)),
                ),
              ),
            )
          : null,
      ),
    );
  };
}

/** Registers each collection's preview; Decap's bundle gives `h` (React's createElement) and `CMS` before this runs. */
if (browser.CMS && browser.h) {
  for (const collection of Object.keys(PREVIEW_DATA.collections)) {
    browser.CMS.registerPreviewTemplate(collection, template(browser.h, collection));
  }
}
