import { projectPath } from "../../core/contentPaths.ts";
import { buildsPreview } from "../../core/runMode.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { contentTypeOf, type ContentTypeName } from "../../registry/contentTypes.ts";
import { addressOf } from "../../registry/pageAddress.ts";
import { publicationStatus } from "../../registry/publicationStatus.ts";

/** A page the content check has read: its file, relative to the project, and its front matter. */
export interface ReadPage {
  file: string;
  data: Record<string, unknown>;
}

/** What to rename for a page of each kind to have another address, and why. */
const HOW_TO_MOVE: Record<ContentTypeName, string> = {
  news: "Rename one of the two files: a news article's address is its month and the words after the date in its file name, so two articles of one month need different words",
  event: "Rename one of the two files: an event's address is its file name",
  campaign: "Rename one of the two campaigns' folders: a campaign's address is its folder's name, in lower case with hyphens",
  "campaign-page":
    "Rename one of the two files, or, if their campaigns' folders differ only in capitals or spaces, one of the folders: a campaign page's address is its campaign's folder's name and its own file name",
};

/**
 * Pages that this build would publish at one address, found from the registry's permalinks before Eleventy runs:
 * one would replace the other, and Eleventy stops with an "Output conflict" that names a temporary folder. Each page
 * after the first at an address is reported, on line 1, naming the first: two articles of one month with the same
 * words after the date, campaign folders that differ only in capitals or spaces. A page the build leaves out (a draft,
 * or a scheduled article, in a production build) takes no address; under `npm start`, which shows them, it does.
 */
export function sharedAddressProblems(pages: readonly ReadPage[]): ContentProblem[] {
  const byAddress = new Map<string, ReadPage[]>();
  for (const page of pages) {
    const address = addressOf(page.file, page.data);
    if (address === undefined) continue;
    const atAddress = byAddress.get(address);
    if (atAddress) atAddress.push(page);
    else byAddress.set(address, [page]);
  }
  const problems: ContentProblem[] = [];
  for (const [address, atAddress] of byAddress) {
    // Whether each is published is asked only here, of the few that share an address: at thousands of pages, asking
    // it of every one was a tenth of a second of every build.
    const shown = atAddress.length < 2 || buildsPreview() ? atAddress : atAddress.filter(isPublished);
    const [first, ...others] = shown;
    for (const { file } of others) {
      problems.push({
        file: projectPath(file),
        line: 1,
        message: `This page and ${projectPath(first!.file)} would both be published at ${address}, and one would replace the other. ${HOW_TO_MOVE[contentTypeOf(file)!]}.`,
      });
    }
  }
  return problems;
}

function isPublished({ file, data }: ReadPage): boolean {
  return publicationStatus({ ...data, page: { inputPath: file } }).state === "published";
}
