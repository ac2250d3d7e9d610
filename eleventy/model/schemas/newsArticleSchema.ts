import { z } from "zod";
import { baseFields, publicationDate } from "./fields.ts";

/** How many featured articles the home page and the news page show: a fourth is a warning (features/listings/featured.ts). */
export const FEATURED_MAX = 3;

/** A news article: a page of the base fields, published from its date, or from the time of day its date gives. */
export const newsArticleSchema = z.strictObject({
  ...baseFields,
  date: publicationDate,
  featured: z
    .boolean()
    .optional()
    .describe(
      `true to show the article at the top of the home page and of the news page, for example featured: true (the newest ${FEATURED_MAX} featured articles are shown)`,
    ),
});

export type NewsArticle = z.infer<typeof newsArticleSchema>;
