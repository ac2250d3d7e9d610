import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { resolveImage } from "./imagePath.ts";

export interface ImageReference {
  inputPath: string;
  src: string;
}

const isContentFile = (file: string) => /\.(md|njk)$/.test(file) && path.basename(file) !== "README.md";

/** A content file's `image.src`, as written (the schema reports anything unusable). */
function imageOf(inputPath: string): ImageReference | undefined {
  const text = readFileSync(inputPath, "utf8");
  // Most pages have no image: leave their YAML unparsed (at thousands of pages, that is most of this step's time).
  if (!/^image\s*:/m.test(text)) return undefined;
  try {
    const image: unknown = readContentFile(inputPath).data["image"];
    const src = (image as { src?: unknown } | undefined)?.src;
    if (typeof src === "string") return { inputPath, src: src.trim() };
  } catch {
    // Front matter that is not valid YAML is reported, with its line, by the build itself.
  }
  return undefined;
}

/**
 * The `image` front matter of every content file under a folder. The first
 * call reads them all; after that, only the files Eleventy's watcher says
 * changed (`changed`) are read again, so that a save under `npm start` does
 * not read thousands of files.
 */
export class FrontMatterImages {
  /** By file name within the content folder. */
  private readonly byFile = new Map<string, ImageReference | undefined>();
  private scanned = false;

  constructor(private readonly inputDir: string) {}

  /** Those that name an image file that exists: looked for each time, since an image may be added after its page. */
  list(): ImageReference[] {
    if (!this.scanned) {
      for (const name of readdirSync(this.inputDir, { recursive: true, encoding: "utf8" })) {
        if (isContentFile(name)) this.read(name);
      }
      this.scanned = true;
    }
    return [...this.byFile.values()].filter(
      (reference): reference is ImageReference =>
        reference !== undefined && !resolveImage(reference.src, reference.inputPath).problem,
    );
  }

  /** Files added, changed or deleted since the last list(), as Eleventy's watcher names them. */
  changed(files: string[]): void {
    for (const file of files) {
      const name = path.relative(this.inputDir, file);
      if (!isContentFile(name) || name.startsWith("..") || path.isAbsolute(name)) continue;
      if (existsSync(file)) this.read(name);
      else this.byFile.delete(name);
    }
  }

  /** `name` is relative to the content folder. */
  private read(name: string): void {
    this.byFile.set(name, imageOf(path.join(this.inputDir, name)));
  }
}
