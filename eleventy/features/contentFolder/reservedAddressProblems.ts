import { campaignOf, CONTENT_FOLDER } from "../../core/contentPaths.ts";
import { slug } from "../../core/slug.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import type { ParsedFrontMatter } from "../../model/frontMatter/parseFrontMatter.ts";
import { readSettingsFile } from "../../model/settings/readSettingsFile.ts";
import { REDIRECTS_FILE, type NamedRedirect } from "../../model/settings/namedRedirects.ts";
import { TOPICS_FILE } from "../../model/settings/topicList.ts";
import { topicsSchema, type TopicSetting } from "../../model/settings/topicsSchema.ts";
import { contentTypeOf, contentTypes } from "../../registry/contentTypes.ts";
import { addressOf } from "../../registry/pageAddress.ts";
import { reservedAddressAt, type ReservedAddress } from "../../registry/reservedAddresses.ts";
import { topicPageUrl } from "../../registry/topics.ts";

/*
 * No page, redirect or topic may take an address the site keeps for itself (registry/reservedAddresses.ts): a page at
 * /assets/css/ would be served with the year-long caching of the site's stylesheets, beyond any correction or take-down,
 * and one at /search/ or /robots.txt would replace the site's own.
 */

/** `/assets/css/, inside /assets/, the folder of …` or `/search/, the site's own page "Search"`. */
function whatIsAt(address: string, reserved: ReservedAddress): string {
  const normal = address.replace(/\/{2,}/g, "/");
  return reserved.folder && normal !== reserved.address
    ? `${normal}, inside ${reserved.address}, ${reserved.what}`
    : `${normal}, ${reserved.what}`;
}

/** A page whose address, worked out from its file's path as the build does, is one the site keeps for itself. */
export function reservedPageProblems(file: string, inputPath: string, parsed: ParsedFrontMatter): ContentProblem[] {
  const type = contentTypeOf(inputPath);
  if (!type) return [];
  // Only a news article's /YYYY/MM/ comes from its date: an address is worked out without one (reported on its own).
  const date = parsed.data["date"] instanceof Date ? parsed.data["date"] : new Date(0);
  const address = addressOf(inputPath, { ...parsed.data, date });
  const reserved = address === undefined ? undefined : reservedAddressAt(address);
  if (!reserved || address === undefined) return [];
  const campaign = campaignOf(inputPath);
  const fix =
    contentTypes[type].place === "folder"
      ? "Rename the file: the page's address comes from its name."
      : `Rename the campaign's folder, ${CONTENT_FOLDER}/campaigns/${campaign ?? ""}/: the addresses of the campaign and its pages start with the folder's name.`;
  return [
    {
      file,
      message: `This page would be published at ${whatIsAt(address, reserved)}: the site keeps that address for itself. ${fix}`,
    },
  ];
}

/** Named redirects (content/settings/redirects.yml) whose `from` is an address the site keeps for itself. */
export function reservedRedirectProblems(redirects: NamedRedirect[]): ContentProblem[] {
  return redirects.flatMap((entry) => {
    const reserved = reservedAddressAt(entry.from);
    if (!reserved) return [];
    return [
      {
        file: REDIRECTS_FILE,
        line: entry.fromLine,
        message: `from: ${whatIsAt(entry.from, reserved)}, is an address the site keeps for itself: a redirect there would replace what the site has at it. Delete this entry, or write the old address of a page that was deleted or renamed.`,
      },
    ];
  });
}

/** Topics (content/settings/topics.yml) whose page, at /topics/<slug>/, would be at an address the site keeps for itself. */
export function reservedTopicProblems(topics: TopicSetting[], root = "."): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [index, topic] of topics.entries()) {
    const address = topicPageUrl(slug(topic.name), 0);
    const reserved = reservedAddressAt(address);
    if (!reserved) continue;
    // Read again only for a line to give: a topic at a reserved address is rare.
    const line = readSettingsFile(root, TOPICS_FILE, topicsSchema, "").lineOf(["topics", index, "name"]);
    const fix = slug(topic.name)
      ? "Give the topic another name."
      : "Give the topic a name with letters or numbers in it: a topic's page is at /topics/ followed by its name in lower case, with hyphens.";
    problems.push({
      file: TOPICS_FILE,
      line,
      message: `name: "${topic.name}" would put the topic's page at ${whatIsAt(address, reserved)}: the site keeps that address for itself. ${fix}`,
    });
  }
  return problems;
}
