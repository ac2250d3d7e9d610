import type UserConfig from "@11ty/eleventy/UserConfig";
import { siteNow } from "../core/clock.ts";
import { buildsPreview } from "../core/runMode.ts";
import { noticePageProblems } from "../features/notices/noticeProblems.ts";
import { ContentError } from "../model/frontMatter/contentProblem.ts";
import { covers, NOTICES_FILE, readNotices, showingNotices, type Notice } from "../model/settings/notices.ts";

interface AfterBuild {
  results: Array<{ url: string | false; inputPath: string }>;
}

/** The template of the pages at old addresses (features/redirects/): a notice's section or link must not be one. */
const MOVED_PAGES_TEMPLATE = /\/pages\/moved\.njk$/;

/**
 * Notices at the top of pages (content/settings/notices.yml, _includes/partials/notices.njk): those up at the
 * build's time (core/clock.ts), most severe first, each on the pages it covers. The file is checked with the rest of
 * content/ before Eleventy starts (features/contentFolder/allContentProblems.ts); once every page is written, each
 * notice's sections and link must be pages of the site.
 */
export default function notices(eleventyConfig: UserConfig): void {
  // Every page address this process has built: a rebuild under `npm start` writes only the pages a save changed, so
  // its results alone would call every other page missing.
  const built = new Set<string>();
  // Worked out once a build: a function-valued global is called again for each build under `npm start`.
  eleventyConfig.addGlobalData("notices", () => showingNotices(readNotices(), siteNow()));
  eleventyConfig.addFilter("noticesFor", (showing: Notice[] | undefined, url: unknown) =>
    typeof url === "string" ? (showing ?? []).filter((notice) => covers(notice, url)) : [],
  );
  eleventyConfig.on("eleventy.after", ({ results }: AfterBuild) => {
    const pages = results.flatMap((result) =>
      typeof result.url === "string" && !MOVED_PAGES_TEMPLATE.test(result.inputPath) ? [result.url] : [],
    );
    if (!buildsPreview()) built.clear();
    for (const url of pages) built.add(url);
    const problems = noticePageProblems(readNotices(), built);
    if (problems.length) throw new ContentError(problems);
  });
  eleventyConfig.addWatchTarget(NOTICES_FILE);
}
