/**
 * The CMS's form (/admin/config.yml) against the schemas the build checks
 * pages with: a field the form lacks, requires differently or lets grow
 * longer would let editors save a page the build then refuses.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { z } from "zod";
import { cmsBackend } from "../../eleventy/features/cms/cmsBackend.ts";
import { cmsCampaigns, cmsChoices } from "../../eleventy/features/cms/cmsChoices.ts";
import {
  cmsConfig,
  fileTemplate,
  FRONT_MATTER_FORMAT,
  KIND_FIELD,
  PREVIEW_CONTEXT,
  previewPath,
} from "../../eleventy/features/cms/cmsConfig.ts";
import { decapFields, type DecapField } from "../../eleventy/features/cms/decapFields.ts";
import { contentTypeNames, contentTypeOf, contentTypes } from "../../eleventy/registry/contentTypes.ts";
import { fieldsOf, jsonSchemaOf, requiresField, type JsonSchema } from "../../eleventy/model/schemas/jsonSchema.ts";
import { topicList } from "../../eleventy/model/settings/topicList.ts";
import { NOTICES_FILE } from "../../eleventy/model/settings/notices.ts";
import { NOTICE_TYPES, noticeSchema } from "../../eleventy/model/settings/noticesSchema.ts";

const choices = cmsChoices();

/** What the form says of a field's length: the maximum in its pattern. */
const formMaxLength = (field: DecapField) => {
  const max = field.pattern ? /\{0,(\d+)\}\$$/.exec(field.pattern[0])?.[1] : undefined;
  return max === undefined ? undefined : Number(max);
};

interface Pair {
  name: string;
  /** What the schema says of the field, in its JSON Schema: what the form is made from. */
  node: JsonSchema;
  required: boolean;
  field: DecapField | undefined;
  inOptionalGroup: boolean;
}

/** Every schema field and the form's field for it, nested groups included, by dotted name. */
function pairs(group: JsonSchema, fields: DecapField[], prefix = "", inOptionalGroup = false): Pair[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return Object.entries(fieldsOf(group)).flatMap(([name, node]) => {
    const field = byName.get(name);
    const required = requiresField(group, name);
    const pair = { name: `${prefix}${name}`, node, required, field, inOptionalGroup };
    if (field?.widget !== "object") return [pair];
    return [pair, ...pairs(node, field["fields"] as DecapField[], `${prefix}${name}.`, inOptionalGroup || !required)];
  });
}

/** A content type's fields as zod itself has them: its object schema's public shape. */
function zodFieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  assert.ok(schema instanceof z.ZodObject, "a content type's schema is an object schema");
  return schema.shape as Record<string, z.ZodType>;
}

/**
 * Where a form and a schema disagree: each rule of the schema (required, a maximum length) that the form has no
 * counterpart for, or lets through what the schema refuses, as a line naming the field.
 */
function disagreements(schema: z.ZodType, fields: DecapField[]): string[] {
  const found: string[] = [];
  for (const { name, node, required, field, inOptionalGroup } of pairs(jsonSchemaOf(schema), fields)) {
    if (!field) {
      found.push(`${name}: no field in the form`);
      continue;
    }
    if (!inOptionalGroup && field.required !== required) found.push(`${name}: the form's required is ${field.required}`);
    const max = node.maxLength;
    if (max === undefined) continue;
    if (!field.pattern) {
      found.push(`${name}: the schema allows ${max} characters, the form any number`);
      continue;
    }
    const rule = new RegExp(field.pattern[0]);
    if (rule.test("x".repeat(max + 1))) found.push(`${name}: the form takes ${max + 1} characters, the schema ${max}`);
    if (!rule.test("x".repeat(max))) found.push(`${name}: the form refuses ${max} characters, which the schema takes`);
    if (/pattern/i.test(field.pattern[1])) found.push(`${name}: the form's message speaks of a pattern`);
  }
  return found;
}

test("a form made for another schema is caught: the check of the forms is not vacuous", () => {
  const schema = z.strictObject({ title: z.string().max(10).describe("a title, for example Roads") });
  const looser = decapFields(z.strictObject({ title: z.string().max(20).describe("a title") }), choices);
  assert.deepEqual(disagreements(schema, looser), ["title: the form takes 11 characters, the schema 10"]);
  const optional = decapFields(z.strictObject({ title: z.string().optional().describe("a title") }), choices);
  assert.deepEqual(disagreements(schema, optional), [
    "title: the form's required is false",
    "title: the schema allows 10 characters, the form any number",
  ]);
});

for (const type of contentTypeNames) {
  describe(`the CMS's ${type} form`, () => {
    const { schema } = contentTypes[type];
    const fields = decapFields(schema, choices);

    test("takes what the schema takes, and refuses what it refuses, in editors' words", () => {
      assert.deepEqual(disagreements(schema, fields), []);
    });

    test("has a field for every field of the schema, and no other", () => {
      assert.deepEqual(
        fields.map((field) => field.name),
        Object.keys(zodFieldsOf(schema)),
      );
    });

    test("requires what the schema requires, allows the same length, and explains each field", () => {
      for (const { name, node, required, field, inOptionalGroup } of pairs(jsonSchemaOf(schema), fields)) {
        assert.ok(field, `${name}: no field in the form`);
        // An optional group's fields (an image's file and alt text) are checked by the build: Decap cannot require
        // them only when the group is filled in, so the hint says they are required.
        if (inOptionalGroup && required) {
          assert.equal(field.required, false, name);
          assert.match(field.hint ?? "", /^Required with the rest of this group/, name);
        } else {
          assert.equal(field.required, required, `${name}: required`);
        }
        assert.equal(formMaxLength(field), node.maxLength, `${name}: maximum length`);
        assert.ok(field.hint, `${name}: no hint`);
      }
    });

    // The form is made from the JSON Schema: what it says must be what zod checks, as zod itself checks it.
    test("the JSON Schema the form is made from requires and limits what zod does", () => {
      const json = jsonSchemaOf(schema);
      for (const [name, fieldSchema] of Object.entries(zodFieldsOf(schema))) {
        assert.equal(requiresField(json, name), !fieldSchema.safeParse(undefined).success, `${name}: required`);
        const max = fieldsOf(json)[name]?.maxLength;
        if (max === undefined) continue;
        assert.equal(fieldSchema.safeParse("x".repeat(max)).success, true, `${name}: ${max} characters`);
        assert.equal(fieldSchema.safeParse("x".repeat(max + 1)).success, false, `${name}: ${max + 1} characters`);
      }
    });

    test("names a new file as the registry does, so that the build knows its type", () => {
      const { folder, slug } = fileTemplate(type, "road-safety");
      const file = `${folder}/${slug}.md`.replace("{{year}}-{{month}}-{{day}}", "2019-03-04").replace("{{slug}}", "a-new-page");
      assert.equal(contentTypeOf(file), type, file);
    });
  });
}

test("topics are chosen from content/settings/topics.yml, related pages from the files in content/", () => {
  const fields = decapFields(contentTypes.news.schema, choices);
  const topics = fields.find((field) => field.name === "topics");
  assert.deepEqual(
    topics?.["options"],
    topicList().map((topic) => topic.name),
  );
  const related = fields.find((field) => field.name === "related");
  const values = (related?.["options"] as Array<{ value: string }>).map((option) => option.value);
  assert.ok(values.length > 0);
  for (const value of values) assert.ok(contentTypeOf(`content/${value}`), value);
});

test("dates are dates, London times are London times, an image is an image widget", () => {
  const event = decapFields(contentTypes.event.schema, choices);
  const widget = (name: string, fields = event) => fields.find((field) => field.name === name);
  assert.equal(widget("date")?.["time_format"], false);
  assert.equal(widget("start")?.["format"], "YYYY-MM-DD HH:mm");
  const image = widget("image")?.["fields"] as DecapField[];
  assert.equal(widget("src", image)?.widget, "image");
  assert.equal(widget("alt", image)?.widget, "string");
});

test("a kind of field the converter does not know stops the build, naming the field", () => {
  const unknownKind = z.strictObject({ colour: z.literal("red").describe("a colour, for example red") });
  assert.throws(() => decapFields(unknownKind, choices), /colour.*"const".*eleventy\/features\/cms\/decapFields\.ts/);
  const numbers = z.strictObject({ size: z.enum({ small: 1, large: 2 }).describe("a size, for example 1") });
  assert.throws(() => decapFields(numbers, choices), /choice of words only, and size/);
  const unknownRule = z.strictObject({ email: z.string().email().describe("an address, for example a@b.uk") });
  assert.throws(() => decapFields(unknownRule, choices), /cannot check a text's "email" rule/);
  // A date has no JSON Schema: only the site's own, tagged in fields.ts, are known for what they are.
  const untaggedDate = z.strictObject({ when: z.date().describe("a date, for example 2018-11-26") });
  assert.throws(() => decapFields(untaggedDate, choices), /when.*no JSON Schema.*fields\.ts/);
});

test("every change is a pull request; the local proxy is npm start's alone", () => {
  const production = cmsConfig(cmsBackend(false, {}), choices, cmsCampaigns());
  assert.equal(production.publish_mode, "editorial_workflow");
  assert.equal(production.backend.name, "github");
  assert.equal("local_backend" in production, false);
  const preview = cmsConfig(cmsBackend(true, { CMS_PROXY_PORT: "9100" }), choices, cmsCampaigns());
  assert.deepEqual(preview.local_backend, { url: "http://127.0.0.1:9100/api/v1" });
  assert.equal(cmsBackend(false, { GITHUB_REPOSITORY: "council/news" }).repo, "council/news");
});

test("no published page is deleted from the CMS; saves use the site's format; headings start at level 2", () => {
  const config = cmsConfig(cmsBackend(false, {}), choices, [{ folder: "road-safety", title: "Road safety" }]);
  const folders = config.collections.filter((collection) => "folder" in collection);
  for (const collection of folders) {
    assert.equal(collection["delete"], false, `${String(collection["name"])}: no Delete published entry`);
    assert.equal(collection["format"], FRONT_MATTER_FORMAT);
    // Only pages are listed, as site-cms.js's fromFile marks them (tests/unit/cmsInBrowser.test.ts).
    const kind = String(collection["name"]).startsWith("campaign-") ? "campaign-page" : "page";
    assert.deepEqual(collection["filter"], { field: KIND_FIELD, value: kind });
    const body = (collection["fields"] as DecapField[]).find((field) => field.name === "body");
    assert.equal((body?.["buttons"] as string[]).includes("heading-one"), false);
  }
});

test("each campaign's hub is a file to edit, and its pages a collection of their own", () => {
  const config = cmsConfig(cmsBackend(false, {}), choices, [{ folder: "road-safety", title: "Road safety" }]);
  const names = config.collections.map((collection) => collection.name);
  assert.deepEqual(names, ["news", "events", "campaigns", "campaign-road-safety", "settings"]);
  const pages = config.collections.at(-2) as { folder: string; label: string };
  assert.equal(pages.folder, "content/campaigns/road-safety");
  assert.equal(pages.label, "Pages of Road safety");
});

describe("the fields of a page's life after it is published", () => {
  const field = (fields: DecapField[], name: string) => fields.find((candidate) => candidate.name === name);

  test("updates are a list of groups: each item a date picker and a note, both asked for when an item is added", () => {
    for (const type of contentTypeNames) {
      const updates = field(decapFields(contentTypes[type].schema, choices), "updates");
      assert.equal(updates?.widget, "list", type);
      assert.equal(updates.required, false, `${type}: a page needs no updates`);
      const [date, note] = updates["fields"] as DecapField[];
      assert.deepEqual([date?.name, date?.widget, date?.["time_format"], date?.required], ["date", "datetime", false, true]);
      assert.deepEqual([note?.name, note?.widget, note?.required], ["note", "text", true]);
      assert.equal(formMaxLength(note!), 200, "a note is as long as the schema allows");
      assert.match(date?.hint ?? "", /day the page was changed/);
      assert.equal(updates["summary"], "{{fields.date}}: {{fields.note}}");
    }
  });

  test("a withdrawal is a group of its date and reason, the reason required with the rest of the group", () => {
    const withdrawn = field(decapFields(contentTypes.news.schema, choices), "withdrawn");
    assert.equal(withdrawn?.widget, "object");
    const [date, reason] = withdrawn["fields"] as DecapField[];
    assert.equal(date?.widget, "datetime");
    assert.equal(reason?.required, false);
    assert.match(reason?.hint ?? "", /^Required with the rest of this group/);
  });

  test("expires and reviewBy are dates; featured is news's own switch; an event's status is chosen from its three words", () => {
    for (const type of contentTypeNames) {
      const fields = decapFields(contentTypes[type].schema, choices);
      for (const name of ["expires", "reviewBy"]) assert.equal(field(fields, name)?.["time_format"], false, `${type}: ${name}`);
      assert.equal(field(fields, "featured")?.widget, type === "news" ? "boolean" : undefined, `${type}: featured`);
      assert.equal(field(fields, "status") !== undefined, type === "event", `${type}: status`);
    }
    const event = decapFields(contentTypes.event.schema, choices);
    assert.deepEqual(field(event, "status")?.["options"], ["cancelled", "postponed", "rescheduled"]);
    assert.equal(field(event, "status")?.widget, "select");
    assert.equal(field(event, "previousDate")?.widget, "datetime");
  });

  test("the owner is chosen from the teams of content/settings/site.yml, or written in when the site lists none", () => {
    const withTeams = decapFields(contentTypes.campaign.schema, {
      ...choices,
      teams: ["Communications team", "Adult social care"],
    });
    assert.deepEqual(field(withTeams, "owner")?.["options"], ["Communications team", "Adult social care"]);
    assert.equal(field(withTeams, "owner")?.widget, "select");
    const withoutTeams = decapFields(contentTypes.campaign.schema, { ...choices, teams: [] });
    assert.equal(field(withoutTeams, "owner")?.widget, "string");
    assert.equal(formMaxLength(field(withoutTeams, "owner")!), 80);
  });
});

test("each page's address is linked from the CMS, and the preview's address comes from the status preview.yml sets", () => {
  assert.equal(previewPath("event"), "events/{{filename}}/");
  assert.equal(previewPath("campaign-page", "road-safety"), "road-safety/{{filename}}/");
  assert.equal(previewPath("campaign", "road-safety"), "road-safety/");
  // A news article's address drops its file's date, which Decap's templates cannot: no link rather than a wrong one.
  assert.equal(previewPath("news"), undefined);
  const workflow = readFileSync(".github/workflows/preview.yml", "utf8");
  assert.match(workflow, new RegExp(`context=${PREVIEW_CONTEXT} `));
  const config = cmsConfig(cmsBackend(false, {}), choices, [], { url: "https://www.example.gov.uk/" });
  assert.equal(config.backend.preview_context, PREVIEW_CONTEXT);
  assert.equal(config.site_url, "https://www.example.gov.uk/");
});

test("a new page's image field offers the pictures of its folder's images/, as the build finds them", () => {
  const config = cmsConfig(cmsBackend(false, {}), choices, [{ folder: "road-safety", title: "Road safety" }]);
  const folders = config.collections.filter((collection) => "folder" in collection);
  for (const collection of folders) {
    // Absolute (from the repository's root): Decap reads a relative one from the entry's path, which a new one lacks.
    assert.equal(collection["media_folder"], `/${String(collection["folder"])}/images`);
    assert.equal(collection["public_folder"], "images");
  }
});

describe("the notices are one list in the CMS, whose form asks for what the build checks", () => {
  const config = cmsConfig(cmsBackend(false, {}), choices, cmsCampaigns());
  const collection = config.collections.find((entry) => entry.name === "settings") as {
    files: Array<{ file: string; fields: DecapField[] }>;
  };
  const [file] = collection.files;
  const list = file!.fields[0]!;
  const fields = list["fields"] as DecapField[];
  const field = (name: string) => fields.find((entry) => entry.name === name)!;

  test("it edits content/settings/notices.yml as a list under notices:", () => {
    assert.equal(file!.file, NOTICES_FILE);
    assert.equal(list.name, "notices");
    assert.equal(list.widget, "list");
  });

  test("every field of a notice is in the form, required as the schema requires it", () => {
    assert.deepEqual(
      fields.map((entry) => entry.name),
      Object.keys(noticeSchema.shape),
    );
    const json = jsonSchemaOf(noticeSchema);
    for (const [name, node] of Object.entries(fieldsOf(json))) {
      assert.equal(field(name).required, requiresField(json, name), name);
      if (node.maxLength !== undefined) assert.equal(formMaxLength(field(name)), node.maxLength, name);
    }
  });

  test("the type is chosen from the kinds of notice; start and end are London times; an end starts empty", () => {
    const options = field("type")["options"] as Array<{ value: string }>;
    assert.deepEqual(
      options.map((option) => option.value),
      [...NOTICE_TYPES],
    );
    for (const name of ["start", "end"]) assert.equal(field(name)["format"], "YYYY-MM-DD HH:mm", name);
    assert.equal(field("end")["default"], "");
    assert.equal(field("start")["default"], "{{now}}", "a new notice starts now, unless the editor says otherwise");
  });

  test("the form's rule for a link takes what the schema takes, and refuses what it refuses", () => {
    const [pattern] = field("link")["pattern"] as [string, string];
    const formTakes = (value: string) => new RegExp(pattern).test(value);
    const schemaTakes = (value: string) => noticeSchema.shape.link.safeParse(value).success;
    for (const value of [
      "/news/",
      "/events/#past-events",
      "https://www.example.gov.uk/roads",
      "/news",
      "www.example.gov.uk",
      "http://example.gov.uk/",
    ]) {
      assert.equal(formTakes(value), schemaTakes(value), value);
    }
  });
});
