import { z } from "zod";
import { baseFields } from "./fields.ts";

/** An example of how loneliness is tackled across the county. */
export const exampleSchema = z.strictObject({
  ...baseFields,
  provider: z.string().trim().min(1).describe('who provides it, for example "Emergency services"'),
  order: z
    .number()
    .int()
    .min(1)
    .describe("its place in the list of examples, a whole number such as 2: 1 comes first, then 2, and so on"),
});

export type Example = z.infer<typeof exampleSchema>;
