import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { CONTENT_FOLDER } from "../../core/contentPaths.ts";
import { contentTypeNames, contentTypes, type ContentType, type ContentTypeName } from "../../registry/contentTypes.ts";
import { decapFields, type DecapField, type FieldChoices } from "./decapFields.ts";
import { noticesCollection } from "./noticesCollection.ts";

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

export const PREVIEW_CONTEXT = "preview-deploy";

/** The site as the CMS names it: its address, for "View live" links to published pages. */
export interface SiteForCms {
  url?: string;
}

/** What each page's form ends with: the text below the front matter. */
const BODY: DecapField = {
  name: "body",
  label: "Text",
  widget: "markdown",
  required: false,
  hint: "The page's text, in Markdown: headings, lists, links and quotes (no HTML).",
  modes: ["rich_text", "raw"],
  // The page's title is its only level-1 heading (the content check refuses another): headings start at level 2.
  buttons: ["bold", "italic", "link", "heading-two", "heading-three", "heading-four", "quote", "bulleted-list", "numbered-list"],
  sanitize_preview: true,
};

/**
 * The site's own front-matter format (assets/cms/site-cms.js, registered in the browser): it writes back only the
 * fields the editor changed, in the file's own order and without wrapping lines, and says what a file is (KIND),
 * which each collection's filter picks, so that a folder's README.md and a campaign's hub are not listed as pages.
 */
export const FRONT_MATTER_FORMAT = "site-frontmatter";
export const KIND_FIELD = "__kind";
/**
 * What the format says a file is (fromFile in site-cms.js): a page with an `order:` is a campaign's page, one without
 * a page of a folder of its own or a hub; a file with no front matter (README.md) is neither, so no list shows it.
 * Decap's `filter` matches one exact value, which is why the format says it rather than a field's own value.
 */
const KIND_OF: Record<ContentType["place"], string> = { folder: "page", campaignHub: "page", campaignPage: "campaign-page" };

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

/**
 * Which date is which, in the form's words: the schema's hints are written for someone typing YAML ("written as
 * YYYY-MM-DD"), and the form shows a date picker in the editor's own date format instead.
 */
function dateWords(type: ContentTypeName): Record<string, Pick<DecapField, "label" | "hint">> {
  const published = contentTypes[type].scheduledByDate
    ? 'The day it is published: the page says "Published" and this date. A day after today keeps it off the website until that day.'
    : `The day this page was first published, not the day of the ${contentTypes[type].label.toLowerCase()}.`;
  return {
    date: { label: "Publication date", hint: published },
    day: { label: "Day", hint: 'The day it happens. The page says "All day".' },
    start: { label: "Start", hint: "The day and time it starts, in UK time." },
    end: { label: "End", hint: "The day and time it ends, in UK time, if you know it: after Start. Leave it empty if not." },
  };
}

/** The form's field that holds an event's timing (site-cms.js turns it into day, or start and end, and back). */
export const TIMING = { field: "when", typeKey: "timing", allDay: "all-day", timed: "timed" } as const;

/**
 * An event is all day (day), or has a start and perhaps an end, never both: the form offers it as that choice, a
 * list of one item of either type, so that it cannot hold a day and a start at once. Decap has no field that
 * depends on another one.
 */
function withTimingChoice(fields: DecapField[]): DecapField[] {
  const [day, start, end] = ["day", "start", "end"].map((name) => fields.find((field) => field.name === name));
  if (!day || !start) return fields;
  const when: DecapField = {
    name: TIMING.field,
    label: "When",
    widget: "list",
    required: true,
    min: 1,
    max: 1,
    typeKey: TIMING.typeKey,
    collapsed: false,
    hint: "Add one: All day, with its day, or At a time, with when it starts (and ends, if you know it).",
    types: [
      {
        name: TIMING.allDay,
        label: "All day",
        widget: "object",
        summary: "All day, {{fields.day}}",
        fields: [{ ...day, required: true }],
      },
      {
        name: TIMING.timed,
        label: "At a time",
        widget: "object",
        summary: "{{fields.start}} to {{fields.end}}",
        fields: [{ ...start, required: true }, ...(end ? [{ ...end, required: false }] : [])],
      },
    ],
  };
  return fields.flatMap((field) => (field === day ? [when] : field === start || field === end ? [] : [field]));
}

function fieldsOf(type: ContentTypeName, choices: FieldChoices): DecapField[] {
  const words = dateWords(type);
  const fields = decapFields(contentTypes[type].schema, choices).map((field) =>
    field.widget === "datetime" && words[field.name] ? { ...field, ...words[field.name] } : field,
  );
  return [...withTimingChoice(fields), BODY];
}

/** Images sit in an images/ folder beside the pages that use them, and pages name them from their own folder. */
const IMAGES_BESIDE = { media_folder: "images", public_folder: "images" };

/** A collection of files in one folder, new ones named by the registry's rule. */
/**
 * Where a page of a collection is on the site, in Decap's template words, for its "View live" and "View preview"
 * links (`preview_path`, after `site_url` or the pull request's preview): the registry's own address, worked out
 * for a file named `{{filename}}`. A news article's address drops the date its file name starts with, which no
 * template word of Decap's can do ({{filename}} keeps it, and its filters cannot cut it off): news has no link.
 */
export function previewPath(type: ContentTypeName, campaign?: string): string | undefined {
  if (contentTypes[type].datedFileNames) return undefined;
  // A campaign's hub is named by its campaign's folder; any other page by its file.
  const name = contentTypes[type].place === "campaignHub" ? (campaign ?? "") : "FILENAME";
  const file = contentTypes[type].scaffold.file(name, "", campaign);
  const address = contentTypes[type].permalink({
    inputPath: `./${CONTENT_FOLDER}/${file}`,
    fileSlug: path.posix.basename(file, ".md") === "index" ? name : "FILENAME",
    date: new Date(0),
  });
  return address.replace(/^\//, "").replaceAll("filename", "{{filename}}");
}

function folderCollection(
  name: string,
  label: string,
  type: ContentTypeName,
  choices: FieldChoices,
  campaign?: string,
): Record<string, unknown> {
  const { folder, slug } = fileTemplate(type, campaign);
  const preview = previewPath(type, campaign);
  return {
    name,
    label,
    label_singular: contentTypes[type].label,
    folder,
    slug,
    create: true,
    // Decap's "Delete published entry" commits straight to the published branch, with no pull request: a page is
    // taken down on GitHub instead (docs/editing.md, "Take a page down urgently").
    delete: false,
    extension: "md",
    format: FRONT_MATTER_FORMAT,
    summary: "{{title}}",
    ...(preview ? { preview_path: preview } : {}),
    sortable_fields: ["date", "title"],
    // Only pages are entries: not the folder's README.md, nor, in a campaign's folder, its hub (index.md).
    filter: { field: KIND_FIELD, value: KIND_OF[contentTypes[type].place] },
    // The same folder, named from the repository's root: Decap 3.16 reads a relative media_folder from the entry's
    // own path, and a new entry has none yet, so "Choose an image" looked in the pages' folder and found no images.
    media_folder: `/${folder}/${IMAGES_BESIDE.media_folder}`,
    public_folder: IMAGES_BESIDE.public_folder,
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
export function cmsConfig(
  backend: CmsBackend,
  choices: FieldChoices,
  campaigns: Array<{ folder: string; title: string }>,
  site: SiteForCms = {},
) {
  return {
    // The login screen shows the council's name (_includes/pages/admin-logo.njk makes the picture, relative to /admin/).
    logo: { src: "logo.svg", show_in_header: false },
    ...(site.url ? { site_url: site.url, display_url: site.url } : {}),
    backend: {
      name: "github",
      repo: backend.repo,
      branch: backend.branch,
      ...(backend.authUrl ? { base_url: backend.authUrl } : {}),
      squash_merges: true,
      // The commit status .github/workflows/preview.yml sets on a pull request, whose address is its preview's.
      preview_context: PREVIEW_CONTEXT,
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
        preview_path: previewPath(type, folder),
        format: FRONT_MATTER_FORMAT,
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
