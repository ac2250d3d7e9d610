import { z } from "zod";
import { baseFields } from "./fields.ts";

/** How many featured articles the home page and the news page show: a fourth is a warning (features/listings/featured.ts). */
export const FEATURED_MAX = 3;

export const newsArticleSchema = z.strictObject({
  ...baseFields,
  featured: z
    .boolean()
    .optional()
    .describe(
      `true to show the article at the top of the home page and of the news page, for example featured: true (the newest ${FEATURED_MAX} featured articles are shown)`,
    ),
});

export type NewsArticle = z.infer<typeof newsArticleSchema>;
