/*
 * Images made by one production build are reused by the next. Eleventy Image
 * skips a file that already exists in the output (its name is a hash of the
 * source's contents and the encoding options), and making AVIF, WebP and JPEG
 * at four widths is the slowest step of a small site's build. scripts/build.ts
 * starts each build from the last one's generated images; the build then
 * removes those that no published page uses any more, so that a deleted or
 * unpublished image does not stay online.
 */
import { existsSync, readdirSync, rmSync } from "node:fs";
import { cp } from "node:fs/promises";
import path from "node:path";
import { IMAGE_URL_PATH } from "./options.ts";

/** The file names, in IMAGE_URL_PATH, of the images this build's pages use, whether made now or reused. */
const used = new Set<string>();

export function forgetUsedImages(): void {
  used.clear();
}

export function markImageUsed(fileName: string): void {
  used.add(fileName);
}

/** Eleventy Image's own file name (`<hash>-<width>.<format>`), noted as used. */
export function usedImageFilename(hash: string, _src: string, width: number, format: string): string {
  const fileName = `${hash}-${width}.${format}`;
  used.add(fileName);
  return fileName;
}

/** Copies the generated images of the site in `from` into the build being written in `to`. */
export async function reuseImages(from: string, to: string): Promise<void> {
  const folder = path.join(from, IMAGE_URL_PATH);
  // With their times, so that a server reports an unchanged image as unchanged (Last-Modified).
  if (existsSync(folder)) await cp(folder, path.join(to, IMAGE_URL_PATH), { recursive: true, preserveTimestamps: true });
}

/** Deletes the generated images in `outputDir` that no page of this build used. */
export function removeUnusedImages(outputDir: string): void {
  const folder = path.join(outputDir, IMAGE_URL_PATH);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (!used.has(name)) rmSync(path.join(folder, name));
}
