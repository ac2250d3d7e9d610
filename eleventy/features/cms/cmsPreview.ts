import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { CONTENT_FOLDER, contentPath } from "../../core/contentPaths.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { contentTypeNames, contentTypeOf, contentTypes, labelOf, nounOf, type ContentType } from "../../registry/contentTypes.ts";
import { publicationStatus } from "../../registry/publicationStatus.ts";
import type { CollectionItem } from "../../core/collectionItem.ts";
import { markdownPages } from "../contentFolder/markdownPages.ts";

/** The layouts the preview draws (previewTemplates.ts), by their names: a type with another layout is drawn as a campaign's hub. */
export const PREVIEW_LAYOUTS = ["news-article", "event", "campaign", "campaign-page"] as const;
export type PreviewLayout = (typeof PREVIEW_LAYOUTS)[number];

/** What the CMS's preview knows of the site, made by each build: each collection's page outline, and every page. */
export interface PreviewData {
  /** By the preview template's name (a collection's, or a campaign hub's file's): its layout, caption and noun. */
  collections: Record<string, { layout: PreviewLayout; caption: string; noun: string }>;
  /** By the file's path inside content/, as `related:` names it: its title, its kind, and whether the page lists it. */
  pages: Record<string, { title: string; label: string; shown: boolean }>;
}

function layoutOf(type: ContentType): PreviewLayout {
  const name = path.posix.basename(type.layout, ".njk");
  const layout = PREVIEW_LAYOUTS.find((known) => known === name);
  // A new type's layout with no outline of its own yet is previewed with the plainest (caption, title, lead, text), so
  // that adding a type stays its registry entry, schema, layout and README; previewTemplates.ts can give it its own.
  return layout ?? "campaign";
}

/**
 * The preview's data, from the registry and content/ as the build reads them: the captions and nouns the layouts
 * print (contentTypeLabel, contentTypeNoun), and each page's title and kind as the related list shows them, with
 * whether it is listed there at all (published and not withdrawn, as relatedPages.ts decides).
 */
export function previewData(campaigns: Array<{ folder: string; title: string }>, root = "."): PreviewData {
  const hubs = campaigns.map(
    ({ folder, title }) =>
      ({ inputPath: `./${CONTENT_FOLDER}/campaigns/${folder}/index.md`, data: { title } }) as unknown as CollectionItem,
  );
  const collections: PreviewData["collections"] = {};
  for (const name of contentTypeNames) {
    const type = contentTypes[name] as ContentType;
    const outline = { layout: layoutOf(type), noun: nounOf(name) };
    if (type.place === "folder") collections[type.cms.name] = { ...outline, caption: type.label };
    // Decap names a file collection's preview by the file, a campaign's hub by its folder (cmsConfig.ts).
    else if (type.place === "campaignHub")
      for (const { folder } of campaigns) collections[folder] = { ...outline, caption: type.label };
    else for (const { folder, title } of campaigns) collections[`${type.cms.name}-${folder}`] = { ...outline, caption: title };
  }
  const pages: PreviewData["pages"] = {};
  for (const file of markdownPages(path.join(root, CONTENT_FOLDER))) {
    const type = contentTypeOf(file);
    if (!type) continue;
    const data = readContentFile(file).data;
    const status = publicationStatus({ ...data, page: { inputPath: file } });
    pages[contentPath(file)] = {
      title: typeof data["title"] === "string" ? data["title"] : contentPath(file),
      label: labelOf(type, `./${CONTENT_FOLDER}/${contentPath(file)}`, hubs),
      shown: status.state === "published" && !status.withdrawn,
    };
  }
  return { collections, pages };
}

// esbuild bundles the TypeScript source: under compiled JavaScript (scripts/compile.js) this module runs from .compiled/.
const ENTRY = fileURLToPath(new URL("previewTemplates.ts", import.meta.url)).replace(`${path.sep}.compiled${path.sep}`, path.sep);

/** The preview's script, for the browser: previewTemplates.ts with the build's own date and event functions, and its data. */
export async function bundlePreview(outfile: string, data: PreviewData): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    // The build's clock (core/clock.ts reads SITE_NOW), so that the preview says what the build says of a past event.
    define: {
      PREVIEW_DATA: JSON.stringify(data),
      "process.env": JSON.stringify(process.env["SITE_NOW"] ? { SITE_NOW: process.env["SITE_NOW"] } : {}),
    },
  });
}
