import { readdirSync } from "node:fs";
import path from "node:path";

/** Every Markdown page under a folder, in name order: not the README.md notes for editors, which are not pages. */
export function markdownPages(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .map((file) => path.join(root, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") && path.basename(file).toLowerCase() !== "readme.md")
    .sort();
}
