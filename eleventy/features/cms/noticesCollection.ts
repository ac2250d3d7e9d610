import { z } from "zod";
import { NOTICES_FILE } from "../../model/settings/notices.ts";
import { NOTICE_TYPE_LABELS, NOTICE_TYPES, noticeSchema } from "../../model/settings/noticesSchema.ts";
import { decapFields, hintOf, type DecapField, type FieldChoices } from "./decapFields.ts";

/** The CMS's name for the notices' file: its preview template (assets/js/cms-preview.js) is registered under it. */
export const NOTICES_CMS_FILE = "notices";

/**
 * A London date and time, as decapFields.ts gives an event's start: Decap keeps the figures it is given, with no time
 * zone, and the schema reads them as London's (the editor's computer's clock, in the UK). A new notice's start is the
 * time it is written (Decap's "{{now}}"), so that an emergency needs no time typed; its end is left empty.
 */
const londonTime = (startsNow: boolean) => ({
  widget: "datetime",
  format: "YYYY-MM-DD HH:mm",
  date_format: "YYYY-MM-DD",
  time_format: "HH:mm",
  default: startsNow ? "{{now}}" : "",
});

/** A field of the notice's schema, named as the form names it, with the schema's description as its hint. */
function described(name: keyof typeof noticeSchema.shape, required: boolean, widget: Record<string, unknown>): DecapField {
  const hint = hintOf(noticeSchema.shape[name].description);
  return {
    name,
    label: name.charAt(0).toUpperCase() + name.slice(1),
    required,
    ...(hint ? { hint } : {}),
    ...widget,
  } as DecapField;
}

/**
 * The form for content/settings/notices.yml: one list, each notice a group of its fields. decapFields.ts makes the
 * texts' fields from the schema as it does a page's; the kinds of field it has no widget for (a choice of one of
 * several values, an address checked by a rule of its own, the notice's own times, a list of groups) are written
 * here, each as the schema (model/settings/noticesSchema.ts) checks it, which tests/unit/cmsConfig.test.ts compares.
 */
export function noticeFields(choices: FieldChoices): DecapField[] {
  const { shape } = noticeSchema;
  const [heading, text] = decapFields(z.strictObject({ heading: shape.heading, text: shape.text }), choices);
  return [
    described("type", true, {
      widget: "select",
      options: NOTICE_TYPES.map((value) => ({ label: NOTICE_TYPE_LABELS[value], value })),
    }),
    heading!,
    text!,
    described("link", false, {
      widget: "string",
      pattern: [
        "^(/([a-z0-9-]+/)*(#[A-Za-z0-9_-]+)?|https://[^\\s/]+\\.[^\\s]+)$",
        "A page of this site, starting and ending with /, such as /news/, or an address starting with https://",
      ],
    }),
    described("start", true, londonTime(true)),
    described("end", false, londonTime(false)),
    described("sections", false, {
      widget: "list",
      field: { name: "section", label: "Section", widget: "string" },
    }),
  ];
}

/** The CMS's collection of the site's notices: one file, edited as one list, saved as a pull request like a page. */
export function noticesCollection(choices: FieldChoices): Record<string, unknown> {
  return {
    name: "settings",
    label: "Notices",
    delete: false,
    files: [
      {
        name: NOTICES_CMS_FILE,
        label: "Notices at the top of pages",
        file: NOTICES_FILE,
        fields: [
          {
            name: "notices",
            label: "Notices",
            label_singular: "notice",
            widget: "list",
            required: false,
            hint: "Each notice is shown from its start until its end (within a quarter of an hour of each), most serious first. The preview shows them all, whatever their times.",
            summary: "{{fields.heading}} ({{fields.type}}, from {{fields.start}})",
            fields: noticeFields(choices),
          },
        ],
      },
    ],
  };
}
