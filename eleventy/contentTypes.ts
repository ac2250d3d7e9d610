import type { z } from "zod";
import { eventSchema } from "./schemas/eventSchema.ts";
import { exampleSchema } from "./schemas/exampleSchema.ts";
import { newsArticleSchema } from "./schemas/newsArticleSchema.ts";

/**
 * The site's content types: one folder of Markdown under content/ each, named
 * by `contentType` in that folder's directory data file.
 */
export const contentTypes = {
  news: { schema: newsArticleSchema, label: "News", folder: "content/news" },
  event: { schema: eventSchema, label: "Event", folder: "content/events" },
  example: { schema: exampleSchema, label: "How loneliness is tackled", folder: "content/examples" },
} as const satisfies Record<string, { schema: z.ZodType; label: string; folder: string }>;

export type ContentTypeName = keyof typeof contentTypes;

export function isContentTypeName(name: unknown): name is ContentTypeName {
  return typeof name === "string" && Object.hasOwn(contentTypes, name);
}
