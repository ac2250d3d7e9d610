import { z } from "zod";
import { DateTime } from "luxon";
import { SITE_ZONE } from "../../core/dates.ts";
import { altTextProblem } from "./altText.ts";
import { unrealTime } from "../frontMatter/dateFieldMessages.ts";

/*
 * Front-matter fields shared by every content type. Each field carries a
 * description written for editors: it is what a build error says was expected.
 */

/**
 * The site's own kinds of field, which the CMS's form shows with widgets of
 * their own (a date picker, the topics of topics.yml, the pages to link to).
 * Each is tagged with zod's public .meta(), which z.toJSONSchema() writes into
 * the field's JSON Schema, where features/cms/decapFields.ts finds it; a copy
 * made by .describe(), .optional() or .default() keeps the tag. A date could
 * not be known otherwise: z.date() has no JSON Schema of its own.
 */
export const FIELD_KIND = "fieldKind";
export type FieldKind = "calendarDate" | "londonDateTime" | "topics" | "related" | "imageFile" | "owner";

/** The metadata that tags a field as one of the site's own kinds: `.meta(kindOfField("topics"))`. */
export const kindOfField = (kind: FieldKind) => ({ [FIELD_KIND]: kind });

export const TITLE_MAX = 65;
export const DESCRIPTION_MAX = 160;

export const title = z
  .string()
  .trim()
  .min(1)
  .max(TITLE_MAX)
  .describe(`a headline of up to ${TITLE_MAX} characters, for example "New approach to tackle loneliness to be discussed"`);

export const description = z
  .string()
  .trim()
  .min(1)
  .max(DESCRIPTION_MAX)
  .describe(
    `one sentence of up to ${DESCRIPTION_MAX} characters summing up the page, shown in search results and listings, for example "A summit on tackling loneliness and social isolation in Leicestershire is being held this week."`,
  );

/** YAML turns `2018-11-26` into a Date; anything else (such as "26 November 2018") stays a string and is refused. */
export const calendarDate = z
  .date()
  .meta(kindOfField("calendarDate"))
  .describe("a date written as YYYY-MM-DD, for example 2018-11-26");

export const related = z
  .array(z.string().regex(/^[a-z0-9][a-z0-9/._-]*\.md$/, "a file name such as events/loneliness-summit.md"))
  .meta(kindOfField("related"))
  .default([])
  .describe(
    "a list of other pages to link to, each the path of its file inside content/, for example events/loneliness-summit.md",
  );

export const topics = z
  .array(z.string().trim().min(1).max(50))
  .meta(kindOfField("topics"))
  .default([])
  .describe("a list of topics, one per line starting with '- ', for example:\n  topics:\n    - Loneliness and social isolation");

/** A draft is shown by `npm start`, marked as one, and never published by `npm run build` (eleventy/plugins/drafts.ts). */
export const draft = z
  .boolean()
  .optional()
  .describe(
    "true while the page is not ready to publish, for example draft: true (it is shown only by npm start, never on the live site); remove the line, or write false, to publish it",
  );

/*
 * A picture for the page: shown under its title and used when the page is
 * shared on social media. Whether the file exists is checked with the rest of
 * the front matter (eleventy/features/images/frontMatterImage.ts).
 */
const IMAGE_FILE = /^(?![a-z][a-z0-9+.-]*:|[/\\])[^\n]*\.(avif|gif|jpe?g|png|svg|webp)$/i;

export const image = z
  .strictObject({
    src: z
      .string()
      .meta(kindOfField("imageFile"))
      .trim()
      .regex(
        IMAGE_FILE,
        "an image file kept with the content, written from this file's folder, such as images/loneliness-campaign.svg",
      )
      .describe(
        "the image file, written from the folder this file is in, for example images/loneliness-campaign.svg for content/news/images/loneliness-campaign.svg; it can end in .jpg, .png, .webp, .avif, .gif or .svg",
      ),
    alt: z
      .string()
      .trim()
      .describe(
        'text that describes the image for people who cannot see it, for example "A blue banner with the words Loneliness campaign"; write what it shows, not "image of", in one short sentence',
      ),
    decorative: z
      .boolean()
      .optional()
      .describe(
        'true only for an image that adds nothing to the page\'s words (a pattern or texture): it then needs alt: "" and screen readers skip it',
      ),
  })
  .superRefine((value, context) => {
    if (value.decorative === true && value.alt !== "") {
      context.addIssue({
        code: "custom",
        path: ["alt"],
        message:
          'must be empty (alt: "") when decorative is true, because screen readers skip a decorative image: keep the description and remove decorative: true if the image shows something',
      });
    } else if (value.decorative !== true && value.alt === "") {
      context.addIssue({
        code: "custom",
        path: ["alt"],
        message:
          "is empty: describe the image; leave it empty only for a decorative image, with decorative: true on the line below",
      });
    } else {
      const problem = altTextProblem(value.alt);
      if (problem) context.addIssue({ code: "custom", path: ["alt"], message: problem });
    }
  })
  .optional()
  .describe(
    "a picture shown under the title and when the page is shared, with a description of it, for example:\n  image:\n    src: images/loneliness-campaign.svg\n    alt: A blue banner with the words Loneliness campaign",
  );

/*
 * A page's life after it is published: what changed and when, whether it is still current, and who keeps it right.
 * The rules that need more than one field, or today's date, are in pageLifeProblems.ts.
 */

export const UPDATE_NOTE_MAX = 200;
export const WITHDRAWN_REASON_MAX = 300;

/** The changes readers need to know of, each dated, as GOV.UK lists a page's updates. A typo's fix needs none. */
export const updates = z
  .array(
    z.strictObject({
      date: calendarDate.describe("the day the page was changed, written as YYYY-MM-DD, for example 2018-12-03"),
      note: z
        .string()
        .trim()
        .min(1)
        .max(UPDATE_NOTE_MAX)
        .describe(
          `what changed, in a sentence of up to ${UPDATE_NOTE_MAX} characters, for example "Added the address of the venue."`,
        ),
    }),
  )
  .optional()
  .describe(
    "a list of the changes readers need to know about (not the correction of a typo), each with its date and a note, for example:\n  updates:\n    - date: 2018-12-03\n      note: Added the address of the venue.",
  );

/** A page that is no longer current stays at its address, saying so, and leaves every list of the site. */
export const withdrawn = z
  .strictObject({
    date: calendarDate
      .optional()
      .describe(
        "the day the page was withdrawn, written as YYYY-MM-DD, for example 2018-12-03 (left out when expires: gives the day)",
      ),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(WITHDRAWN_REASON_MAX)
      .describe(
        `why the page was withdrawn and where readers can go instead, in up to ${WITHDRAWN_REASON_MAX} characters, for example "The summit has taken place: see the loneliness action plan."`,
      ),
  })
  .optional()
  .describe(
    "for a page that is no longer current: it stays at its address with a notice, and leaves listings, topics and feeds; the day and why, for example:\n  withdrawn:\n    date: 2018-12-03\n    reason: The summit has taken place: see the loneliness action plan.",
  );

export const expires = calendarDate
  .optional()
  .describe(
    "the day the page stops being current, such as the day a campaign ends or an offer closes, written as YYYY-MM-DD, for example 2019-03-31: the site's first build that day withdraws it, with a standard reason or the one under withdrawn: reason:",
  );

export const reviewBy = calendarDate
  .optional()
  .describe("the day by which the page's owner should check it is still right, written as YYYY-MM-DD, for example 2019-11-26");

export const OWNER_MAX = 80;

/** A team, not a person: people move on, and a page must still have someone to keep it right. */
export const owner = z
  .string()
  .meta(kindOfField("owner"))
  .trim()
  .min(1)
  .max(OWNER_MAX)
  .optional()
  .describe(
    "the team that keeps the page right, not a person, as content/settings/site.yml names it under teams:, for example Communications team",
  );

export const baseFields = {
  title,
  description,
  date: calendarDate.describe("the date the page was published, written as YYYY-MM-DD, for example 2018-11-26"),
  topics,
  related,
  draft,
  image,
  updates,
  withdrawn,
  expires,
  reviewBy,
  owner,
};

/** What the date-and-time check says when the text is not written as one: schemaProblems.ts knows it by this. */
export const LONDON_DATE_TIME_FORMAT = "a date and time such as 2018-11-30 10:00";

/** The figures of a London wall-clock time, as its instant; a value that is no real time is an issue in editors' words. */
export function londonWallClock(value: string | Date, context: z.RefinementCtx): Date {
  const wallClock =
    value instanceof Date
      ? DateTime.fromJSDate(value, { zone: "utc" }).setZone(SITE_ZONE, { keepLocalTime: true })
      : DateTime.fromISO(value.replace(" ", "T"), { zone: SITE_ZONE });
  if (!wallClock.isValid) {
    // The front matter's reader has told an impossible date or time on its line (frontMatter/parseFrontMatter.ts);
    // this is for a value given some other way. Luxon's own words ("you specified 25 (of type number) as a hour")
    // are not for editors.
    const written = typeof value === "string" ? value : "";
    const time = unrealTime(written);
    context.addIssue({
      code: "custom",
      message: time
        ? `"${written}" is not a real date and time: ${time}`
        : `"${written}" is not a real date and time: check the month, the day, the hour and the minutes`,
    });
    return z.NEVER;
  }
  return wallClock.toJSDate();
}

/**
 * A London wall-clock time such as `2018-11-30 10:00`. YAML would read a value
 * with seconds as UTC, so its figures are taken as London time either way.
 */
export const londonDateTime = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, LONDON_DATE_TIME_FORMAT), z.date()])
  .transform(londonWallClock)
  .meta(kindOfField("londonDateTime"));

/**
 * When a news article is published: a day (`2026-12-08`, from the start of that day in London) or a London date and
 * time (`2026-12-08 07:00`, from that time). The very schema of londonDateTime, so that the CMS offers its date and
 * time picker; a date alone is the z.date() it already takes, midnight in London. Tagged `dayOrTime`, which the
 * messages for a date written another way (schemaProblems.ts) read in its JSON Schema, so as to offer a day alone.
 */
export const publicationDate = londonDateTime.meta({
  ...kindOfField("londonDateTime"),
  dayOrTime: true,
  description:
    "the date it is published, written as YYYY-MM-DD, for example 2018-11-26; to publish it at a time of day, the date and the time in London on the 24-hour clock, for example 2026-12-08 07:00",
});
