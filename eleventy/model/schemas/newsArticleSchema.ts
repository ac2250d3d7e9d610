import { z } from "zod";
import { baseFields } from "./fields.ts";

export const newsArticleSchema = z.strictObject({ ...baseFields });

export type NewsArticle = z.infer<typeof newsArticleSchema>;
