import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { resolveImage } from "./imagePath.ts";

/** The front-matter `image` field, once it has passed the schema. */
export interface FrontMatterImage {
  src: string;
  alt: string;
  decorative?: boolean | undefined;
}

/**
 * The problems with a page's front-matter image that the schema cannot see:
 * the file it names must exist, beside the content file, inside content/.
 */
export function frontMatterImageProblems(
  file: string,
  inputPath: string,
  image: FrontMatterImage | undefined,
  line: number | undefined,
): ContentProblem[] {
  if (!image) return [];
  const { problem } = resolveImage(image.src, inputPath);
  return problem ? [{ file, line, message: `image.src: ${problem}` }] : [];
}
