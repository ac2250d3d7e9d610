import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTENT_FOLDER } from "../../core/contentPaths.ts";
import { contentTypeNames, contentTypes, type ContentType, type ContentTypeName } from "../../registry/contentTypes.ts";
import { decapFields, type DecapField, type FieldChoices } from "./decapFields.ts";
import { noticesCollection } from "./noticesCollection.ts";

/** Where the site's own copy of the CMS lives: a tool for staff, not a public page. */
export const ADMIN_URL = "/admin/";

/** How the CMS reaches the repository: GitHub, as the editor who signs in; or, under `npm start`, the local proxy. */
export interface CmsBackend {
  /** owner/name of the GitHub repository. */
  repo: string;
  /** The branch pages are published to. */
  branch: string;
  /** The OAuth proxy that signs editors in to GitHub (docs/deploying.md); GitHub's own Netlify one if not given. */
  authUrl?: string;
  /** The local proxy's API (decap-server), for `npm start` only: no sign-in, the working copy's git repository. */
  localProxyUrl?: string;
}

/** What each page's form ends with: the text below the front matter. */
const BODY: DecapField = {
  name: "body",
  label: "Text",
  widget: "markdown",
  required: false,
  hint: "The page's text, in Markdown: headings, lists, links and quotes (no HTML).",
  modes: ["rich_text", "raw"],
  sanitize_preview: true,
};

/**
 * A collection's file names, in Decap's template words, from the registry's
 * own rule for a new file (the one `npm run new` follows): news are
 * news/{{year}}-{{month}}-{{day}}-{{slug}}.md, events events/{{slug}}.md.
 */
export function fileTemplate(type: ContentTypeName, campaign?: string): { folder: string; slug: string } {
  const file = contentTypes[type].scaffold.file("{{slug}}", "{{year}}-{{month}}-{{day}}", campaign);
  return { folder: path.posix.join(CONTENT_FOLDER, path.posix.dirname(file)), slug: path.posix.basename(file, ".md") };
}

/** The campaigns, by their folders in content/campaigns/: each has a hub page and its own pages. */
export function campaignFolders(root = "."): string[] {
  const folder = path.join(root, CONTENT_FOLDER, "campaigns");
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(folder, entry.name, "index.md")))
    .map((entry) => entry.name)
    .sort();
}

function fieldsOf(type: ContentTypeName, choices: FieldChoices): DecapField[] {
  return [...decapFields(contentTypes[type].schema, choices), BODY];
}

/** Images sit in an images/ folder beside the pages that use them, and pages name them from their own folder. */
const IMAGES_BESIDE = { media_folder: "images", public_folder: "images" };

/** A collection of files in one folder, new ones named by the registry's rule. */
function folderCollection(
  name: string,
  label: string,
  type: ContentTypeName,
  choices: FieldChoices,
  campaign?: string,
): Record<string, unknown> {
  const { folder, slug } = fileTemplate(type, campaign);
  return {
    name,
    label,
    label_singular: contentTypes[type].label,
    folder,
    slug,
    create: true,
    delete: true,
    extension: "md",
    format: "frontmatter",
    summary: "{{title}}",
    sortable_fields: ["date", "title"],
    ...IMAGES_BESIDE,
    fields: fieldsOf(type, choices),
  };
}

/**
 * Decap CMS's configuration, made by the build from the content-type
 * registry and its schemas, so that the form and the build's check never
 * disagree. One collection per kind of page (its `cms` in the registry); a
 * campaign's pages are a collection of their own for each campaign, since they
 * live in its folder.
 * A campaign itself (a new folder, and usually the home page's settings) is
 * started by the web team with `npm run new -- campaign`, so hubs are edited
 * here but not created. Last, the notices at the top of pages
 * (content/settings/notices.yml), one list (noticesCollection.ts).
 */
export function cmsConfig(backend: CmsBackend, choices: FieldChoices, campaigns: Array<{ folder: string; title: string }>) {
  return {
    backend: {
      name: "github",
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      squash_merges: true,
      commit_messages: {
        create: "Add {{collection}} “{{slug}}”",
        update: "Change {{collection}} “{{slug}}”",
        delete: "Delete {{collection}} “{{slug}}”",
        uploadMedia: "Add image “{{path}}”",
        deleteMedia: "Delete image “{{path}}”",
      },
    },
    // Every change is a pull request, checked as any other before it is published.
    publish_mode: "editorial_workflow",
    ...(backend.localProxyUrl ? { local_backend: { url: backend.localProxyUrl } } : {}),
    media_folder: `${CONTENT_FOLDER}/news/images`,
    public_folder: "images",
    // Each kind of page in the registry's order, then the notices.
    collections: [...contentTypeCollections(choices, campaigns), noticesCollection(choices)],
  };
}

/** One collection per kind of page, in the registry's order, each type as its files sit in content/. */
function contentTypeCollections(
  choices: FieldChoices,
  campaigns: Array<{ folder: string; title: string }>,
): Array<Record<string, unknown>> {
  return contentTypeNames.flatMap((type): Array<Record<string, unknown>> => {
    const { place, cms, label } = contentTypes[type] as ContentType;
    if (place === "folder") return [folderCollection(cms.name, cms.label, type, choices)];
    if (place === "campaignHub") {
      const files = campaigns.map(({ folder, title }) => ({
        name: folder,
        label: title,
        file: `${CONTENT_FOLDER}/campaigns/${folder}/index.md`,
        ...IMAGES_BESIDE,
        fields: fieldsOf(type, choices),
      }));
      return files.length ? [{ name: cms.name, label: cms.label, label_singular: label, files, delete: false }] : [];
    }
    return campaigns.map(({ folder, title }) =>
      folderCollection(`${cms.name}-${folder}`, `${cms.label} ${title}`, type, choices, folder),
    );
  });
}
