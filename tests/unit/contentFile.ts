import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateContentFile } from "../../eleventy/features/contentFolder/contentFileProblems.ts";
import { FIXTURE_CONTENT } from "../../scripts/lib/projectCopy.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "content-"));
// Each test file runs in a process of its own: the scratch folder goes with it.
process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
// A copy of the fixture content, so that the pages a test page names in related: are there.
cpSync(FIXTURE_CONTENT, path.join(scratch, "content"), { recursive: true });

/** Where a file of each type goes, inside a content/ folder: the type comes from the folder, as in the build. */
const FOLDERS: Record<string, string> = {
  news: "content/news",
  event: "content/events",
  campaign: "content/campaigns/a-campaign",
  "campaign-page": "content/campaigns/a-campaign",
  "": "content/stories",
};

/**
 * The frozen copy of the seed content that tests vary (tests/fixtures/content): editors may change or retire
 * the real files, and a test's starting point must not move with them.
 */
export const FIXTURES = FIXTURE_CONTENT;

/** Every real content file of a type, by its path. */
export function realFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => `${folder}/${name}`);
}

/** The front matter of a content file (a fixture, to vary in tests, or a real one), as YAML text. */
export function frontMatterOf(file: string): string {
  const text = readFileSync(file, "utf8");
  return text.split(/^---$/m)[1]!.trim();
}

/** Validates a Markdown file with this front matter as the build would; returns the error message, or "" when valid. */
export function validationErrors(contentType: string, frontMatter: string, name = "page.md"): string {
  const folder = path.join(scratch, FOLDERS[contentType] ?? "content/stories");
  mkdirSync(folder, { recursive: true });
  // Image paths are read from the content file's folder: the fixture article's images/ resolve from here as from content/news/.
  if (!existsSync(path.join(folder, "images")))
    symlinkSync(path.resolve(FIXTURES, "news/images"), path.join(folder, "images"), "dir");
  const file = path.join(folder, contentType === "campaign" ? "index.md" : name);
  writeFileSync(file, `---\n${frontMatter}\n---\nBody text.\n`);
  // A campaign's page belongs to a campaign: its folder has the campaign's main page.
  const hub = contentType === "campaign-page" ? path.join(folder, "index.md") : undefined;
  if (hub) writeFileSync(hub, "---\ntitle: A campaign\ndescription: A campaign.\ndate: 2018-11-26\n---\nText.\n");
  try {
    validateContentFile({ page: { inputPath: file } });
    return "";
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(file);
    if (hub) rmSync(hub);
  }
}

/** Replaces a top-level field's line (or adds it when absent); `null` removes it. */
export function withField(frontMatter: string, field: string, line: string | null): string {
  const pattern = new RegExp(`^${field}:.*(\\n[ -].*)*`, "m");
  if (line === null) return frontMatter.replace(pattern, "").trim();
  return pattern.test(frontMatter) ? frontMatter.replace(pattern, line) : `${frontMatter}\n${line}`;
}

/** Validates a real content file where it is, as the build would (its images beside it); "" when valid. */
export function realFileErrors(file: string): string {
  try {
    validateContentFile({ page: { inputPath: file } });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}
