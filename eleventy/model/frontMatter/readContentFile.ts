import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFrontMatter, type ParsedFrontMatter } from "./parseFrontMatter.ts";
import { splitContentFile } from "./splitContentFile.ts";

/**
 * Each file's front matter as last parsed, by absolute path, with the text it was parsed from: the content check reads
 * every file before the build, and Eleventy then hands the same text to its YAML engine, which takes the parse from
 * here rather than parsing it again (at thousands of pages, seconds of every build).
 */
const parsedByFile = new Map<string, { text: string; parsed: ParsedFrontMatter }>();

/** The front matter `text` of the file at `inputPath`, parsed once for as long as the file says the same. */
export function parsedFrontMatter(inputPath: string, text: string): ParsedFrontMatter {
  // gray-matter keeps the line break after the opening ---, splitContentFile does not: the same text either way.
  const yaml = text.replace(/^\r?\n/, "").replace(/\r?\n$/, "");
  const key = path.resolve(inputPath);
  const known = parsedByFile.get(key);
  if (known?.text === yaml) return known.parsed;
  const parsed = parseFrontMatter(yaml, 2);
  parsedByFile.set(key, { text: yaml, parsed });
  return parsed;
}

/** A content file's front matter, read from the file now, through the site's one YAML reader. */
export function readContentFile(inputPath: string): ParsedFrontMatter {
  return readContentPage(inputPath).parsed;
}

/** A content file's front matter, as readContentFile reads it, and the Markdown below it, with the file line it starts on. */
export function readContentPage(inputPath: string): { parsed: ParsedFrontMatter; body: string; bodyLine: number } {
  const parts = splitContentFile(readFileSync(inputPath, "utf8"));
  if (parts.frontMatter === undefined) {
    const parsed: ParsedFrontMatter = {
      data: {},
      lineOf: () => 1,
      problems: [
        {
          line: 1,
          message:
            "The file does not start with front matter. Its first line must be --- on its own, then the fields (title: …), then another line of ---.",
        },
      ],
    };
    return { parsed, body: parts.body, bodyLine: parts.bodyLine };
  }
  return { parsed: parsedFrontMatter(inputPath, parts.frontMatter), body: parts.body, bodyLine: parts.bodyLine };
}
