import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { contentRootOf, IMAGE_EXTENSIONS, projectPath } from "../../core/contentPaths.ts";

/** A path written by an editor that is not a file kept with the content: a web address, data: URL or a path from the site's root. */
export function isNotRelative(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith("/") || src.startsWith("\\");
}

export function hasImageExtension(src: string): boolean {
  return new RegExp(`\\.(${IMAGE_EXTENSIONS.join("|")})$`, "i").test(src);
}

export interface ResolvedImage {
  /** The source file's absolute path. */
  file: string;
  /** The same, relative to the project, for messages: content/news/images/x.svg. */
  shown: string;
  /** What is wrong with it, if anything, in words for editors. */
  problem?: string;
}

/**
 * Finds the file an image path names. Paths are relative to the folder of the
 * content file that uses them (`images/x.svg` beside content/news/a.md is
 * content/news/images/x.svg), as a Markdown editor's preview reads them.
 */
export function resolveImage(src: string, inputPath: string): ResolvedImage {
  const file = path.resolve(path.dirname(inputPath), src.split(/[?#]/)[0] ?? src);
  const shown = projectPath(file);
  if (isNotRelative(src)) {
    return {
      file,
      shown,
      problem:
        `"${src}" is not a file kept with the site's content (a picture from another address would be blocked by the site's security settings): ` +
        `save the image in an images/ folder beside the page and write its path from there, for example images/summit-venue.jpg`,
    };
  }
  const inContent = path.relative(contentRootOf(inputPath), file);
  if (inContent.startsWith("..") || path.isAbsolute(inContent)) {
    return {
      file,
      shown,
      problem: `"${src}" is outside the content folder: keep the image in an images/ folder beside the page, inside content/, and write its path from there, for example images/summit-venue.jpg`,
    };
  }
  if (!hasImageExtension(src)) {
    return {
      file,
      shown,
      problem: `"${src}" is not an image file: use one ending in ${IMAGE_EXTENSIONS.map((extension) => `.${extension}`).join(", ")}`,
    };
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    return {
      file,
      shown,
      problem: `"${src}" is not a file: there is no ${shown} (check the spelling, capital letters included, and that the image was added in the same pull request)`,
    };
  }
  return { file, shown };
}
