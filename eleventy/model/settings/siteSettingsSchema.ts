import { z } from "zod";
import { siteAddress } from "./siteAddress.ts";

/** content/settings/site.yml: what editors may change about the site as a whole. Each description is what an error says was expected. */
export const siteSettingsSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).describe('the council\'s name, for example "Leicestershire County Council"'),
  description: z
    .string()
    .trim()
    .min(1)
    .max(160)
    .describe("one sentence saying what the site is, shown by search engines for pages that have no description of their own"),
  navigation: z
    .array(
      z.strictObject({
        text: z.string().trim().min(1).max(40).describe("the link's words, for example News"),
        href: siteAddress.describe("the address it goes to on this site, starting and ending with /, for example /news/"),
      }),
    )
    .min(1)
    .describe("the menu's links, each a text and an href, for example:\n  navigation:\n    - text: News\n      href: /news/"),
  homeCampaigns: z
    .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a campaign's folder name, such as tackling-loneliness"))
    .default([])
    .describe(
      "the campaigns shown on the home page, each the name of its folder in content/campaigns/, for example:\n  homeCampaigns:\n    - tackling-loneliness",
    ),
  feedEntries: z
    .number()
    .int()
    .min(1)
    .max(100)
    .describe("how many of the newest articles the news feed carries, a whole number such as 20"),
  teams: z
    .array(z.string().trim().min(1).max(80))
    .default([])
    .describe(
      "the teams that look after pages, which a page's owner: must be one of, for example:\n  teams:\n    - Communications team",
    ),
  emailAlerts: z
    .url({ protocol: /^https$/, error: "a web address starting with https://, such as https://www.example.gov.uk/email-alerts" })
    .nullish()
    .describe(
      "the address of the page where people sign up to the council's email alerts, for example https://www.example.gov.uk/email-alerts: each topic page then says how to get emails about it",
    ),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema> & { language: string };
