import { resolveImage } from "./imagePath.ts";

/** The front-matter `image` field, once it has passed the schema. */
export interface FrontMatterImage {
  src: string;
  alt: string;
  decorative?: boolean | undefined;
}

/** The line of `image:`'s `src:` in the front matter, counting the opening `---` as line 1 (as findImpossibleDates does). */
export function imageSourceLine(frontMatterText: string): number | undefined {
  const lines = frontMatterText.replace(/^\r?\n/, "").split(/\r?\n/);
  const start = lines.findIndex((line) => /^image\s*:/.test(line));
  if (start === -1) return undefined;
  for (let index = start + 1; index < lines.length && /^\s/.test(lines[index] ?? ""); index++) {
    if (/^\s+src\s*:/.test(lines[index] ?? "")) return index + 2;
  }
  return start + 2;
}

/**
 * The problems with a page's front-matter image that the schema cannot see:
 * the file it names must exist, beside the content file.
 */
export function frontMatterImageProblems(
  file: string,
  inputPath: string,
  image: FrontMatterImage | undefined,
  frontMatterText: string,
): string[] {
  if (!image) return [];
  const { problem } = resolveImage(image.src, inputPath);
  if (!problem) return [];
  const line = imageSourceLine(frontMatterText);
  return [`${file}${line ? `:${line}` : ""}: image.src: ${problem}`];
}
