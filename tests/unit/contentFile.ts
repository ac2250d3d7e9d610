import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateContentFile } from "../../eleventy/plugins/contentValidation.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "content-"));
// Each test file runs in a process of its own: the scratch folder goes with it.
process.once("exit", () => rmSync(scratch, { recursive: true, force: true }));
// Image paths are read from the content file's folder: the real article's images/ resolve from here as from content/news/.
symlinkSync(path.resolve("content/news/images"), path.join(scratch, "images"), "dir");

/** The front matter of a real content file, as YAML text, to vary in tests. */
export function frontMatterOf(file: string): string {
  const text = readFileSync(file, "utf8");
  return text.split(/^---$/m)[1]!.trim();
}

/** Validates a Markdown file with this front matter as the build would; returns the error message, or "" when valid. */
export function validationErrors(contentType: string, frontMatter: string, name = "page.md"): string {
  const file = path.join(scratch, name);
  writeFileSync(file, `---\n${frontMatter}\n---\nBody text.\n`);
  try {
    validateContentFile({ contentType, page: { inputPath: file } });
    return "";
  } catch (error) {
    return (error as Error).message;
  }
}

/** Replaces a top-level field's line (or adds it when absent); `null` removes it. */
export function withField(frontMatter: string, field: string, line: string | null): string {
  const pattern = new RegExp(`^${field}:.*(\\n[ -].*)*`, "m");
  if (line === null) return frontMatter.replace(pattern, "").trim();
  return pattern.test(frontMatter) ? frontMatter.replace(pattern, line) : `${frontMatter}\n${line}`;
}
