import { closest, distance } from "fastest-levenshtein";
import type { ContentProblem } from "../frontMatter/contentProblem.ts";
import { slug } from "../../core/slug.ts";
import { TOPICS_FILE } from "./topicList.ts";
import type { TopicSetting } from "./topicsSchema.ts";

const HOW_TO_ADD = `To file the page under a new topic, add the topic to ${TOPICS_FILE} first.`;

/**
 * A page's topics must be on the site's list (content/settings/topics.yml):
 * a misspelt topic would otherwise start a topic page of its own. Each
 * unknown one is named on its line, with the nearest topic on the list.
 */
export function topicProblems(
  file: string,
  topics: unknown,
  list: TopicSetting[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  if (!Array.isArray(topics)) return [];
  const names = list.map((topic) => topic.name);
  const known = new Set(names.map(slug));
  return topics.flatMap((topic: unknown, index): ContentProblem[] => {
    if (typeof topic !== "string" || known.has(slug(topic))) return [];
    const line = lineOf(["topics", index]);
    const parts = topic.split(/\s+-\s+/);
    if (parts.length > 1 && parts.every((part) => known.has(slug(part)))) {
      return [
        {
          file,
          line,
          message: `topics: "${topic}" is ${parts.length} topics on one line. Put each on a line of its own, starting with two spaces, a hyphen and a space: ${parts.map((part) => `"  - ${part}"`).join(" and ")}.`,
        },
      ];
    }
    const nearest = closest(
      topic.toLowerCase(),
      names.map((name) => name.toLowerCase()),
    );
    const suggestion = names.find((name) => name.toLowerCase() === nearest);
    const near = suggestion && distance(topic.toLowerCase(), nearest) <= Math.max(3, Math.round(topic.length / 4));
    return [
      {
        file,
        line,
        message:
          `topics: "${topic}" is not one of the site's topics.` +
          (near ? ` Did you mean "${suggestion}"? ` : ` The topics are: ${names.map((name) => `"${name}"`).join(", ")}. `) +
          HOW_TO_ADD,
      },
    ];
  });
}
