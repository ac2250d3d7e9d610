import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { hasTimeOfDay } from "../../core/dates.ts";
import { LONDON_DATE_TIME_FORMAT, londonWallClock } from "../schemas/fields.ts";
import { siteAddress } from "./siteAddress.ts";

/**
 * The kinds of notice, most severe first: the order a page shows them in. Modelled on GOV.UK's emergency banner
 * (a national or local emergency; the death of a notable person) and LocalGov Drupal's alert banner (major and minor
 * alerts, announcements, notable people).
 */
export const NOTICE_TYPES = ["emergency", "notable-death", "service", "announcement"] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/** What each kind is for, as the settings file's notes and the CMS's choices say it. */
export const NOTICE_TYPE_LABELS: Record<NoticeType, string> = {
  emergency: "Emergency: a danger to people or a disruption across the county (severe weather, roads closed, a major incident)",
  "notable-death": "Notable death: the death of a notable person (the monarch, a senior public figure)",
  service: "Service disruption: a council service is closed, changed or running late (bin collections, libraries, a website)",
  announcement: "Announcement: news everyone should see, with nothing urgent about it (an election, a consultation)",
};

const listOfTypes = `${NOTICE_TYPES.slice(0, -1).join(", ")} or ${NOTICE_TYPES.at(-1)}`;

function typeMessage(input: unknown): string {
  if (typeof input !== "string") return `write one of ${listOfTypes}`;
  const nearest = closest(input.toLowerCase(), [...NOTICE_TYPES]);
  const near = distance(input.toLowerCase(), nearest) <= Math.max(2, Math.round(input.length / 3));
  return `"${input}" is not a kind of notice.${near ? ` Did you mean ${nearest}?` : ""} Write one of ${listOfTypes}`;
}

/** A time as a notice's start and end give it: London's date and time, on the 24-hour clock, such as 2026-12-08 07:00. */
const WRITTEN_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/;

/**
 * A London date and time, refusing a date alone: a notice that ends on `2026-12-08` would be gone at the very start
 * of that day, which is rarely what was meant, so the time is always written. With seconds, YAML reads the figures
 * as UTC; they are taken as London's, as the site does everywhere (schemas/fields.ts, londonDateTime).
 */
export const noticeTime = z
  .union([
    z.string().regex(WRITTEN_TIME, LONDON_DATE_TIME_FORMAT),
    z.date().refine(hasTimeOfDay, {
      error: (issue) => {
        const day = (issue.input as Date).toISOString().slice(0, 10);
        return `${day} is a date without a time. Write the time in London after it, on the 24-hour clock: ${day} 07:00, say, or ${day} 00:00 for the very start of the day`;
      },
    }),
  ])
  .transform(londonWallClock);

/** An address on this site (/news/, with a #part if need be), or another website's, starting with https://. */
function isAddress(value: string): boolean {
  if (value.startsWith("/")) return /^\/([a-z0-9-]+\/)*(#[A-Za-z0-9_-]+)?$/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(value);
  } catch {
    return false;
  }
}

function linkMessage(input: unknown): string {
  const text = typeof input === "string" ? input.trim() : "";
  const example =
    "a page of this site, starting and ending with /, such as /news/, or another website's address starting with https://, such as https://www.example.gov.uk/roads";
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text)) {
    return `"${text}" is not an address: it needs https:// before it. Write https://${text}`;
  }
  if (text.startsWith("http://")) return `"${text}" is not a secure address. Write it with https:// instead of http://`;
  if (text.startsWith("/") && !text.endsWith("/") && !text.includes("#")) {
    return `"${text}" is not an address on this site: they end with /. Write ${text}/`;
  }
  return `${text ? `"${text}"` : "this"} is not an address. Write ${example}`;
}

/** A section: the address of a page of this site, starting and ending with /, such as /events/. */
const section = z
  .string()
  .trim()
  .refine((value) => siteAddress.safeParse(value).success, {
    error: (issue) => {
      const text = String(issue.input);
      const fixed = `/${text.replace(/^https?:\/\/[^/]+/, "").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
      return `"${text}" is not the address of a part of this site: addresses start and end with /. Write ${siteAddress.safeParse(fixed).success ? fixed : "one such as /events/"}`;
    },
  });

/** One notice: shown on every page it covers, from its start until its end. */
export const noticeSchema = z.strictObject({
  type: z
    .enum(NOTICE_TYPES, { error: (issue) => typeMessage(issue.input) })
    .describe(`the kind of notice, which sets its colour and its place among others: ${listOfTypes}`),
  heading: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .describe('what has happened, in a few words, up to 80 characters, for example "Roads closed by snow"'),
  text: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe(
      'a sentence or two, up to 300 characters, saying what it means for readers, for example "Several roads in the north of the county are closed. Check before you travel."',
    ),
  link: z
    .string()
    .trim()
    .refine(isAddress, { error: (issue) => linkMessage(issue.input) })
    .optional()
    .describe(
      "where readers find more, if anywhere: a page of this site, such as /news/2026/12/roads-closed/, or another website's address starting with https://",
    ),
  start: noticeTime.describe(
    "when the notice appears, in London time, written YYYY-MM-DD HH:MM on the 24-hour clock, for example 2026-12-08 07:00",
  ),
  end: noticeTime
    .optional()
    .describe(
      "when it goes, in London time, written YYYY-MM-DD HH:MM, after its start, for example 2026-12-09 18:00; without an end, it stays until it is deleted from the list",
    ),
  sections: z
    .array(section)
    .default([])
    .describe(
      "the parts of the site it is shown on, each the address of a page, starting and ending with /: it is shown on that page and every page under it, for example:\n  sections:\n    - /events/\nWithout sections, it is shown on every page",
    ),
});

/** content/settings/notices.yml: the notices shown at the top of the site's pages. */
export const noticesSchema = z.strictObject({
  notices: z
    .array(noticeSchema)
    .nullable()
    .default([])
    .transform((notices) => notices ?? [])
    .describe(
      "a list of notices, each starting with '- type:', for example:\n  notices:\n    - type: emergency\n      heading: Roads closed by snow\n      text: Several roads are closed. Check before you travel.\n      start: 2026-12-08 07:00",
    ),
});

export type NoticeSetting = z.infer<typeof noticeSchema>;
