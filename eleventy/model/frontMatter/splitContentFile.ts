/** A Markdown content file cut into its front matter and its text. */
export interface ContentFileParts {
  /** The word after the opening --- (`---js` gives "js"); "" for plain ---. Undefined when there is no front matter. */
  language: string | undefined;
  /** The YAML between the --- lines, without them; undefined when the file does not start with ---, or it is not closed. */
  frontMatter: string | undefined;
  /** The file line of the front matter's first line (2: the opening --- is line 1). */
  frontMatterLine: number;
  /** The Markdown after the closing ---. */
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
}

/**
 * Splits a content file as Eleventy does (gray-matter): the front matter is
 * the lines between a first line of `---` and the next line of `---`. A
 * byte-order mark before it (Windows Notepad saves one) is dropped, as
 * gray-matter drops it: it is not part of the first line.
 */
export function splitContentFile(text: string): ContentFileParts {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const opening = /^---([^\s-]*)\s*$/.exec(lines[0] ?? "");
  if (!opening) return { language: undefined, frontMatter: undefined, frontMatterLine: 2, body: text, bodyLine: 1 };
  const closing = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  if (closing === -1)
    return { language: opening[1], frontMatter: undefined, frontMatterLine: 2, body: "", bodyLine: lines.length + 1 };
  return {
    language: opening[1],
    frontMatter: lines.slice(1, closing).join("\n"),
    frontMatterLine: 2,
    body: lines.slice(closing + 1).join("\n"),
    bodyLine: closing + 2,
  };
}
