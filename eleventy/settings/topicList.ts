import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { parseFrontMatter } from "../frontMatter/parseFrontMatter.ts";
import { schemaProblems } from "../schemas/schemaProblems.ts";
import { slug } from "../slug.ts";
import { topicsSchema, type TopicSetting } from "./topicsSchema.ts";

export const TOPICS_FILE = "content/settings/topics.yml";

/** The list as last read, and the file's size and time then: every page's check asks for it. */
let read: { stamp: string; topics: TopicSetting[] } | undefined;

/** The site's topics, from content/settings/topics.yml, checked: a mistake stops the build with its line. */
export function topicList(root = "."): TopicSetting[] {
  const file = path.join(root, TOPICS_FILE);
  const stats = existsSync(file) ? statSync(file) : undefined;
  const stamp = `${path.resolve(file)}:${stats?.size}:${stats?.mtimeMs}`;
  if (read?.stamp === stamp) return read.topics;
  if (!stats) {
    throw new ContentError([
      { file: TOPICS_FILE, message: "The list of topics is missing. Restore it from the repository's history." },
    ]);
  }
  const parsed = parseFrontMatter(readFileSync(file, "utf8"), 1);
  const problems: ContentProblem[] = parsed.problems.map((problem) => ({ ...problem, file: TOPICS_FILE }));
  const result = topicsSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(TOPICS_FILE, topicsSchema, result.error, parsed.lineOf));
  const seen = new Map<string, string>();
  for (const [index, topic] of (result.data?.topics ?? []).entries()) {
    const earlier = seen.get(slug(topic.name));
    if (earlier) {
      problems.push({
        file: TOPICS_FILE,
        line: parsed.lineOf(["topics", index, "name"]),
        message: `"${topic.name}" is listed twice (as "${earlier}" above). Delete one of them.`,
      });
    }
    seen.set(slug(topic.name), topic.name);
  }
  if (problems.length || !result.success) throw new ContentError(problems);
  read = { stamp, topics: result.data.topics };
  return result.data.topics;
}
