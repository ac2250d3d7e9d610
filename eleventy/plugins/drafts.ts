import type UserConfig from "@11ty/eleventy/UserConfig";
import { projectPath } from "../core/contentPaths.ts";
import { showsUnpublished } from "../core/runMode.ts";
import { publicationStatus, unpublishedReason, type PublicationData } from "../registry/publicationStatus.ts";

interface PreprocessorData extends PublicationData {
  page: { inputPath: string };
  eleventy?: { env?: { runMode?: string } };
}

/** A production build leaves out every page that is not published (registry/publicationStatus.ts), saying why. */
export default function drafts(eleventyConfig: UserConfig): void {
  eleventyConfig.addPreprocessor("drafts", "md", (data: PreprocessorData) => {
    // Every page is shown under `npm start`, which asks first: working out each page's status is a cost of every save.
    if (showsUnpublished(data.eleventy?.env?.runMode ?? process.env["ELEVENTY_RUN_MODE"])) return undefined;
    const status = publicationStatus(data);
    if (status.state === "published") return undefined;
    // A draft's front matter was checked with every page's before the build (plugins/contentFolderCheck.ts), so that a
    // mistake in it is found now rather than on the day it is published. This line is a notice on a pull request, not
    // an error (.github/problem-matchers/content.json).
    console.log(`Not published: ${projectPath(data.page.inputPath)}, because ${unpublishedReason(status)}.`);
    return false;
  });
}
