import { z } from "zod";
import { baseFields, publicationDate } from "./fields.ts";

/** A news article: a page of the base fields, published from its date, or from the time of day its date gives. */
export const newsArticleSchema = z.strictObject({ ...baseFields, date: publicationDate });

export type NewsArticle = z.infer<typeof newsArticleSchema>;
