import { z } from "zod";
import { baseFields } from "./fields.ts";

/** A campaign's hub page: its index.md, which introduces the campaign and lists its pages. */
export const campaignSchema = z.strictObject({
  ...baseFields,
  lead: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe(
      'a sentence shown in larger text under the title, and on the home page, that says why the campaign matters, for example "There is increasing evidence that loneliness impacts health, wellbeing and independence."',
    ),
  promotion: z
    .strictObject({
      heading: z
        .string()
        .trim()
        .min(1)
        .max(80)
        .describe('the panel\'s heading, for example "Tackling loneliness and social isolation"'),
      text: z
        .string()
        .trim()
        .min(1)
        .max(300)
        .describe(
          'a sentence or two saying what the campaign does, for example "We are working with partners to help residents become better connected."',
        ),
      linkText: z
        .string()
        .trim()
        .min(1)
        .max(80)
        .describe('the words of the link to the campaign, for example "How loneliness is tackled across the county"'),
    })
    .optional()
    .describe(
      "the campaign's panel on the home page (shown when content/settings/site.yml lists the campaign under homeCampaigns), for example:\n  promotion:\n    heading: Tackling loneliness and social isolation\n    text: We are working with partners to help residents become better connected.\n    linkText: How loneliness is tackled across the county",
    ),
});

export type Campaign = z.infer<typeof campaignSchema>;
