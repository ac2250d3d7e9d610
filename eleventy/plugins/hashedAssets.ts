import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { buildsPreview } from "../core/runMode.ts";
import { HASHED_FOLDERS } from "../core/siteFolders.ts";

/** 10 hexadecimal digits of SHA-256: a changed file gets a new name, so browsers and CDNs can keep a file for a year. */
export function hashedPath(file: string, contents: Buffer | string): string {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  const extension = path.extname(file);
  return `${file.slice(0, file.length - extension.length)}.${hash}${extension}`;
}

/** Every CSS and JavaScript file of the site, by its URL (/assets/css/site.css), with the URL it is published at. */
export function hashedAssetUrls(root = "."): Map<string, string> {
  const urls = new Map<string, string>();
  for (const folder of HASHED_FOLDERS) {
    if (!existsSync(path.join(root, folder))) continue;
    for (const name of readdirSync(path.join(root, folder)).sort()) {
      if (!/\.(css|js)$/.test(name)) continue;
      const file = `${folder}/${name}`;
      urls.set(`/${file}`, `/${hashedPath(file, readFileSync(path.join(root, file)))}`);
    }
  }
  return urls;
}

/**
 * CSS and JavaScript for a CDN: the production build publishes
 * assets/css/site.css as /assets/css/site.<hash>.css (and so on), which
 * _headers lets browsers and CDNs keep for a year (content/pages/headers.njk).
 * Layouts name a file by its plain URL and print what `assetUrl` gives:
 *   <link rel="stylesheet" href="{{ '/assets/css/site.css' | assetUrl }}">
 * A URL that names no such file stops the build.
 *
 * `npm start` keeps the plain names, so that a change to the CSS shows at once,
 * without rebuilding every page to give it a new name.
 */
export default function hashedAssets(eleventyConfig: UserConfig): void {
  const hashed = !buildsPreview();
  const urls = hashedAssetUrls();
  for (const [url, published] of urls) {
    if (hashed) eleventyConfig.addPassthroughCopy({ [url.slice(1)]: published.slice(1) });
    else eleventyConfig.addPassthroughCopy(url.slice(1));
  }

  eleventyConfig.addFilter("assetUrl", (url: string) => {
    const published = urls.get(url);
    if (!published) {
      throw new Error(
        `assetUrl: "${url}" is not a CSS or JavaScript file of the site: name one in ${HASHED_FOLDERS.join(" or ")}, such as /assets/css/site.css`,
      );
    }
    return hashed ? published : url;
  });
}
