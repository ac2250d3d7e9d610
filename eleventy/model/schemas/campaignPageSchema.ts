import { z } from "zod";
import { baseFields } from "./fields.ts";

/** A page of a campaign, such as an example of how loneliness is tackled: listed on its campaign's hub page. */
export const campaignPageSchema = z.strictObject({
  ...baseFields,
  provider: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('who provides it, if the page is about a service, for example "Emergency services"'),
  order: z
    .number()
    .int()
    .min(1)
    .describe("its place in the campaign's list of pages, a whole number such as 2: 1 comes first, then 2, and so on"),
});

export type CampaignPage = z.infer<typeof campaignPageSchema>;
