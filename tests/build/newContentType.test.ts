import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { npmScriptNodeArgs } from "../../scripts/lib/npmScript.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * A new kind of page is four files: its registry entry (eleventy/registry/contentTypes.ts), its schema, its layout and
 * its folder's README.md for editors (README.md, "Adding a content type"). This test adds consultations to a copy of
 * the project with those alone, and a page, then looks for everything a type gets: the page, a listing, the sitemap,
 * search, the CMS and `npm run new`. A type that needs any other file edited fails here.
 */

const SCHEMA = `import { z } from "zod";
import { baseFields, calendarDate } from "./fields.ts";

/** A consultation: what the council asks residents, until the day responses close. */
export const consultationSchema = z.strictObject({
  ...baseFields,
  closes: calendarDate.describe("the last day to respond, written as YYYY-MM-DD, for example 2019-02-28"),
});
`;

const LAYOUT = `{%- extends "layouts/content-page.njk" %}
{%- block metadata %}
  <p class="metadata">Responses close on <time datetime="{{ closes | isoDate }}">{{ closes | formatDate }}</time></p>
{%- endblock %}
`;

const README = `# Consultations

Each Markdown file in this folder is one consultation, at \`/consultations/<file name>/\`, with the fields of every page
and \`closes\`, the last day to respond, as \`YYYY-MM-DD\`.
`;

const IMPORT = `import { consultationSchema } from "../model/schemas/consultationSchema.ts";\n`;

const ENTRY = `  consultation: {
    label: "Consultation",
    folder: "content/consultations",
    files: /^consultations\\/[^/]+\\.md$/,
    place: "folder",
    datedFileNames: false,
    cms: { name: "consultations", label: "Consultations" },
    schema: consultationSchema,
    layout: "layouts/consultation.njk",
    collection: "consultations",
    permalink: (page) => \`/consultations/\${slug(page.fileSlug)}/\`,
    order: newestFirst,
    scheduledByDate: false,
    openGraphType: "website",
    listedDate: "published",
    listing: {
      url: "/consultations/",
      title: "Consultations",
      description: "What Leicestershire County Council is asking residents, newest first.",
    },
    scaffold: {
      usage: "a consultation, in content/consultations/",
      file: (name) => \`consultations/\${name}.md\`,
      values: { closes: ({ today }) => today },
    },
  },
`;

/** Where the entry goes: after the last type, inside the registry's object. */
const REGISTRY_END = "} as const satisfies Record<string, ContentType>;";

const PAGE = `---
title: Have your say on library opening hours
description: Tell us when you would use your local library, before its opening hours for next year are set.
date: 2019-01-10
closes: 2019-02-28
---

We are asking residents when they would use their library.
`;

/** What Pagefind's index holds of a page. */
interface SearchFragment {
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const PAGE_URL = "/consultations/have-your-say-on-library-opening-hours/";
const SITE = "https://www.leicestershire.gov.uk";

describe("a content type added with its registry entry, schema, layout and README alone", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let scaffolded = "";
  let buildOutput = "";

  before(() => {
    const registry = project.read("eleventy/registry/contentTypes.ts");
    assert.ok(registry.includes(REGISTRY_END), "the registry's object ends as this test expects");
    project
      .write("eleventy/registry/contentTypes.ts", IMPORT + registry.replace(REGISTRY_END, ENTRY + REGISTRY_END))
      .write("eleventy/model/schemas/consultationSchema.ts", SCHEMA)
      .write("_includes/layouts/consultation.njk", LAYOUT)
      .write("content/consultations/README.md", README)
      .write("content/consultations/have-your-say-on-library-opening-hours.md", PAGE);
    // npm run new, before the build, so that the one build checks the file it writes too.
    const made = spawnSync(process.execPath, [...npmScriptNodeArgs(project.root, "new"), "consultation", "Some title"], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(made.status, 0, made.stderr);
    scaffolded = made.stdout.split("\n")[0]!;
    const build = project.build();
    assert.ok(build.ok, build.output);
    buildOutput = build.output;
  });
  after(() => project.remove());

  test("its page is at its address, in its own layout", () => {
    const page = project.read(`_site${PAGE_URL}index.html`);
    assert.match(page, /<h1 class="heading-xl">Have your say on library opening hours<\/h1>/);
    assert.match(page, /Responses close on <time datetime="2019-02-28">28 February 2019<\/time>/);
    assert.match(page, /We are asking residents when they would use their library\./);
    assert.match(page, /<p class="caption" data-pagefind-ignore>Consultation<\/p>/);
  });

  test("its listing lists it, and is the page's parent in its breadcrumbs", () => {
    const listing = project.read("_site/consultations/index.html");
    assert.match(listing, /<title>Consultations – Leicestershire County Council<\/title>/);
    assert.match(listing, /<h1 class="heading-xl">Consultations<\/h1>/);
    assert.match(listing, new RegExp(`<a href="${PAGE_URL}">Have your say on library opening hours</a>`));
    assert.match(
      project.read(`_site${PAGE_URL}index.html`),
      /<a class="breadcrumbs__link" href="\/consultations\/">Consultations<\/a>/,
    );
  });

  test("the sitemap has the page and the listing", () => {
    const sitemap = project.read("_site/sitemap.xml");
    assert.ok(sitemap.includes(`<loc>${SITE}/consultations/</loc>`), "the listing");
    assert.ok(sitemap.includes(`<loc>${SITE}${PAGE_URL}</loc>`), "the page");
  });

  test("search labels it with its type, and offers the type as a filter", () => {
    // Each page's fragment of the index is its JSON after Pagefind's signature.
    const fragment = project
      .searchIndexText()
      .split("\n")
      .map((text) => JSON.parse(text.slice(text.indexOf("{"))) as SearchFragment)
      .find((entry) => entry.url === PAGE_URL);
    assert.ok(fragment, "the page is in the search index");
    assert.deepEqual(fragment.filters["type"], ["Consultation"]);
    assert.equal(fragment.meta["type"], "Consultation");
    assert.match(project.read("_site/search/index.html"), /value="Consultation"/);
  });

  test("the CMS has a collection for it, with its own fields", () => {
    const config = JSON.parse(project.read("_site/admin/config.yml")) as {
      collections: Array<{ name: string; label: string; folder?: string; fields: Array<{ name: string }> }>;
    };
    const collection = config.collections.find((item) => item.name === "consultations");
    assert.ok(collection, "a collection named consultations");
    assert.equal(collection.label, "Consultations");
    assert.equal(collection.folder, "content/consultations");
    assert.ok(
      collection.fields.some((field) => field.name === "closes"),
      "its closes field",
    );
  });

  test("npm run new starts one, as a draft that passes the content check", () => {
    assert.equal(scaffolded, "content/consultations/some-title.md");
    assert.match(project.read(scaffolded), /^closes: \d{4}-\d{2}-\d{2}$/m);
    // The build checked its front matter with every page's (the build passed), then left it out as a draft.
    assert.match(buildOutput, /Not published: content\/consultations\/some-title\.md, because it is a draft/);
  });
});
