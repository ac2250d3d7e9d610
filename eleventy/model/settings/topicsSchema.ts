import { z } from "zod";

/** One topic of content/settings/topics.yml. */
export const topicSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .describe('the topic\'s name, up to 50 characters, as pages write it in topics:, for example "Social care"'),
  description: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe(
      'one sentence saying what the topic covers, shown on its page, for example "Support for children, adults and families who need help to live their lives."',
    ),
});

/** content/settings/topics.yml: the topics editors file pages under. */
export const topicsSchema = z.strictObject({
  topics: z
    .array(topicSchema)
    .min(1)
    .describe(
      "a list of topics, each a name and a description, for example:\n  topics:\n    - name: Social care\n      description: Support for people who need help.",
    ),
});

export type TopicSetting = z.infer<typeof topicSchema>;
