import { lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { IMAGE_EXTENSIONS } from "../../core/contentPaths.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { frontMatterFenceProblems } from "../../model/frontMatter/frontMatterFenceProblems.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { unsafeCharacterMessage, unsafeCharacters } from "../../model/frontMatter/unsafeCharacters.ts";
import { imageFileProblems } from "../images/imageFileProblems.ts";
import {
  fileNameProblem,
  isAllowedContentFile,
  MAX_MARKDOWN_BYTES,
  refusedFileMessage,
  SETTINGS_EXTENSION,
  settingsFileProblem,
} from "./contentFolderRules.ts";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The problems of one text file: invalid UTF-8, unsafe characters, front matter in another language than YAML. */
export function textFileProblems(file: string, bytes: Buffer): ContentProblem[] {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    return [
      {
        file,
        line,
        message:
          "This line has characters that are not UTF-8 text (the file was probably saved in another encoding, or is not text). Save the file as UTF-8, or retype the line.",
      },
    ];
  }
  const problems: ContentProblem[] = unsafeCharacters(text).map((found) => ({
    file,
    line: found.line,
    message: unsafeCharacterMessage(found),
  }));
  const language = /^---[ \t]*([^\s-]\S*)/.exec(text)?.[1];
  if (file.endsWith(".md") && language) {
    problems.push({
      file,
      line: 1,
      message: `The front matter starts with ---${language}, which would run it as code or read it in another language. Start it with --- alone on the first line, and write the fields in YAML (title: …).`,
    });
  } else if (file.endsWith(".md")) {
    problems.push(...frontMatterFenceProblems(text).map((problem) => ({ ...problem, file })));
  }
  return problems;
}

/** The line of the first byte that is not UTF-8: Node's lenient decoding turns it into U+FFFD. */
function firstInvalidUtf8Line(bytes: Buffer): number {
  const lenient = bytes.toString("utf8");
  return lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD"))).split("\n").length;
}

/** What was seen of each file last time, so that a save under `npm start` reads only what changed. */
const seen = new Map<string, { stamp: string; problems: ContentProblem[] }>();

/**
 * Every problem with the files under content/, before Eleventy reads any of
 * them: a file of a kind content/ may not hold (code, templates, data files),
 * a link, a Markdown file too large, not UTF-8, holding unsafe characters, or
 * whose front matter is not YAML, and a picture the site cannot publish (too
 * large, not a picture, an SVG that is not well-formed or too costly to draw).
 * Nothing an editor adds can run.
 */
export function checkContentFolder(root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      const file = `${root.replace(/\/$/, "")}/${relative}`;
      if (entry.isSymbolicLink()) {
        problems.push({
          file,
          message:
            "This is a link to another file or folder, which could publish files from outside content/. Replace it with the file itself.",
        });
      } else if (entry.isDirectory()) {
        walk(relative);
      } else if (!isAllowedContentFile(relative)) {
        problems.push({ file, message: refusedFileMessage(relative) });
      } else if (/\.md$/i.test(relative) || relative.endsWith(`.${SETTINGS_EXTENSION}`)) {
        const badName = /\.md$/i.test(relative)
          ? fileNameProblem(relative, () => writtenDate(file))
          : settingsFileProblem(relative);
        // Line 1: the name is the whole file's.
        if (badName) problems.push({ file, line: 1, message: badName });
        problems.push(...textFileCheck(file));
      } else if (IMAGE_EXTENSIONS.includes(path.extname(relative).slice(1).toLowerCase())) {
        problems.push(...imageFileCheck(file));
      }
    }
  };
  walk("");
  return problems;
}

/** The `date:` a page's front matter gives, if it can be read: a file too large to read is reported as that. */
function writtenDate(file: string): Date | undefined {
  if (lstatSync(file).size > MAX_MARKDOWN_BYTES) return undefined;
  const date = readContentFile(file).data["date"];
  return date instanceof Date ? date : undefined;
}

/** A picture's problems (features/images/imageFileProblems.ts), read again only once the file has changed. */
function imageFileCheck(file: string): ContentProblem[] {
  const stats = lstatSync(file);
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const known = seen.get(file);
  if (known?.stamp === stamp) return known.problems;
  const problems = imageFileProblems(file).map((problem) => ({ ...problem, file }));
  seen.set(file, { stamp, problems });
  return problems;
}

function textFileCheck(file: string): ContentProblem[] {
  const stats = lstatSync(file);
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const known = seen.get(file);
  if (known?.stamp === stamp) return known.problems;
  const problems =
    stats.size > MAX_MARKDOWN_BYTES
      ? [
          {
            file,
            message: `This file is ${(stats.size / 1024 / 1024).toFixed(1)} MB, and a page can be at most ${MAX_MARKDOWN_BYTES / 1024 / 1024} MB. Split it into several pages, or link to a document instead of pasting it in.`,
          },
        ]
      : textFileProblems(file, readFileSync(file));
  seen.set(file, { stamp, problems });
  return problems;
}
