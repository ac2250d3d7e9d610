/**
 * The CMS's form (/admin/config.yml) against the schemas the build checks
 * pages with: a field the form lacks, requires differently or lets grow
 * longer would let editors save a page the build then refuses.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { z } from "zod";
import { cmsBackend } from "../../eleventy/features/cms/cmsBackend.ts";
import { cmsCampaigns, cmsChoices } from "../../eleventy/features/cms/cmsChoices.ts";
import { cmsConfig, fileTemplate } from "../../eleventy/features/cms/cmsConfig.ts";
import { decapFields, isRequired, maxLengthOf, type DecapField } from "../../eleventy/features/cms/decapFields.ts";
import { contentTypeNames, contentTypeOf, contentTypes } from "../../eleventy/registry/contentTypes.ts";
import { shapeOf } from "../../eleventy/model/schemas/schemaProblems.ts";
import { topicList } from "../../eleventy/model/settings/topicList.ts";
import { NOTICES_FILE } from "../../eleventy/model/settings/notices.ts";
import { NOTICE_TYPES, noticeSchema } from "../../eleventy/model/settings/noticesSchema.ts";

const choices = cmsChoices();

/** What the form says of a field's length: the maximum in its pattern. */
const formMaxLength = (field: DecapField) => {
  const max = field.pattern ? /\{0,(\d+)\}\$$/.exec(field.pattern[0])?.[1] : undefined;
  return max === undefined ? undefined : Number(max);
};

/** Every schema field and the form's field for it, nested groups included, by dotted name. */
function pairs(schema: z.ZodType, fields: DecapField[], prefix = "", inOptionalGroup = false) {
  const byName = new Map(fields.map((field) => [field.name, field]));
  const found: Array<{ name: string; schema: z.ZodType; field: DecapField | undefined; inOptionalGroup: boolean }> = [];
  for (const [name, fieldSchema] of Object.entries(shapeOf(schema))) {
    const field = byName.get(name);
    found.push({ name: `${prefix}${name}`, schema: fieldSchema, field, inOptionalGroup });
    if (field?.widget === "object") {
      const optional = inOptionalGroup || !isRequired(fieldSchema);
      found.push(...pairs(fieldSchema, field["fields"] as DecapField[], `${prefix}${name}.`, optional));
    }
  }
  return found;
}

for (const type of contentTypeNames) {
  describe(`the CMS's ${type} form`, () => {
    const { schema } = contentTypes[type];
    const fields = decapFields(schema, choices);

    test("has a field for every field of the schema, and no other", () => {
      assert.deepEqual(
        fields.map((field) => field.name),
        Object.keys(shapeOf(schema)),
      );
    });

    test("requires what the schema requires, allows the same length, and explains each field", () => {
      for (const { name, schema: fieldSchema, field, inOptionalGroup } of pairs(schema, fields)) {
        assert.ok(field, `${name}: no field in the form`);
        // An optional group's fields (an image's file and alt text) are checked by the build: Decap cannot require
        // them only when the group is filled in, so the hint says they are required.
        if (inOptionalGroup && isRequired(fieldSchema)) {
          assert.equal(field.required, false, name);
          assert.match(field.hint ?? "", /^Required with the rest of this group/, name);
        } else {
          assert.equal(field.required, isRequired(fieldSchema), `${name}: required`);
        }
        assert.equal(formMaxLength(field), maxLengthOf(unwrapped(fieldSchema)), `${name}: maximum length`);
        assert.ok(field.hint, `${name}: no hint`);
      }
    });

    test("names a new file as the registry does, so that the build knows its type", () => {
      const { folder, slug } = fileTemplate(type, "road-safety");
      const file = `${folder}/${slug}.md`.replace("{{year}}-{{month}}-{{day}}", "2019-03-04").replace("{{slug}}", "a-new-page");
      assert.equal(contentTypeOf(file), type, file);
    });
  });
}

/** The schema inside .optional() or .default(), where .max() is. */
function unwrapped(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return (def.type === "optional" || def.type === "default") && def.innerType ? unwrapped(def.innerType) : schema;
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
  const unknownKind = z.strictObject({ colour: z.enum(["red", "blue"]).describe("a colour, for example red") });
  assert.throws(() => decapFields(unknownKind, choices), /colour.*"enum".*eleventy\/cms\/decapFields\.ts/);
  const unknownRule = z.strictObject({ email: z.string().email().describe("an address, for example a@b.uk") });
  assert.throws(() => decapFields(unknownRule, choices), /cannot check a text's/);
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

test("each campaign's hub is a file to edit, and its pages a collection of their own", () => {
  const config = cmsConfig(cmsBackend(false, {}), choices, [{ folder: "road-safety", title: "Road safety" }]);
  const names = config.collections.map((collection) => collection.name);
  assert.deepEqual(names, ["news", "events", "campaigns", "campaign-road-safety", "settings"]);
  const pages = config.collections.at(-2) as { folder: string; label: string };
  assert.equal(pages.folder, "content/campaigns/road-safety");
  assert.equal(pages.label, "Pages of Road safety");
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
    for (const [name, schema] of Object.entries(shapeOf(noticeSchema))) {
      assert.equal(field(name).required, isRequired(schema), name);
      if (maxLengthOf(schema) !== undefined) assert.equal(formMaxLength(field(name)), maxLengthOf(schema), name);
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
