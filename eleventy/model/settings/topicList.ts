import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { ContentError } from "../frontMatter/contentProblem.ts";
import { slug } from "../../core/slug.ts";
import { readSettingsFile } from "./readSettingsFile.ts";
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
  const { data, lineOf, problems } = readSettingsFile(
    root,
    TOPICS_FILE,
    topicsSchema,
    "The list of topics is missing. Restore it from the repository's history.",
  );
  const seen = new Map<string, string>();
  for (const [index, topic] of (data?.topics ?? []).entries()) {
    if (slug(topic.name) === "") {
      // Its page would be at /topics/, the list of topics' own address.
      problems.push({
        file: TOPICS_FILE,
        line: lineOf(["topics", index, "name"]),
        message: `"${topic.name}" has no letters or numbers, and a topic's page is at /topics/ followed by its name's words (Social care is at /topics/social-care/), so it would have no address of its own. Give it a name in words, for example name: Road safety`,
      });
      continue;
    }
    const earlier = seen.get(slug(topic.name));
    if (earlier) {
      problems.push({
        file: TOPICS_FILE,
        line: lineOf(["topics", index, "name"]),
        message: `"${topic.name}" is listed twice (as "${earlier}" above). Delete one of them.`,
      });
    }
    seen.set(slug(topic.name), topic.name);
  }
  if (problems.length || !data) throw new ContentError(problems);
  read = { stamp, topics: data.topics };
  return data.topics;
}
