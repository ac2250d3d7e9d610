import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { readSettingsFile } from "./readSettingsFile.ts";
import { contactSettingsSchema, type ContactSettings } from "./contactSettingsSchema.ts";
import { unsetSettingWarnings } from "./unsetSettings.ts";

export const CONTACT_SETTINGS_FILE = "content/settings/contact.yml";

/** What each page does while a contact detail is not set, and what to write: the build and the content lint warn with it. */
const WHILE_UNSET: Record<Exclude<keyof ContactSettings, "website">, string> = {
  email:
    "the contact page sends readers to the council's main website until it is. Write the council's contact email, for example email: name@example.gov.uk",
  phone: "the contact page gives no phone number until it is. Write the council's phone number, for example phone: 0116 496 0000",
  address:
    "the contact page gives no postal address until it is. Write the council's address under address:, one line of it a line, each starting with - (see the notes in the file)",
  accessibilityEmail:
    "the accessibility statement sends people reporting a problem to the council's main website until it is. Write the email address for accessibility problems, for example accessibilityEmail: name@example.gov.uk",
  privacyNotice:
    "the privacy page sends readers to the council's main website for its privacy notice until it is. Write the address of the council's privacy notice, for example privacyNotice: https://www.example.gov.uk/privacy",
};

/**
 * The council's contact details, from content/settings/contact.yml, checked: a mistake stops the build with its line.
 * The warnings name each detail still to be given.
 */
export function readContactSettings(root = "."): { settings: ContactSettings; warnings: ContentProblem[] } {
  const { data, lineOf, problems } = readSettingsFile(
    root,
    CONTACT_SETTINGS_FILE,
    contactSettingsSchema,
    "The council's contact details file is missing. Restore it from the repository's history.",
  );
  if (problems.length || !data) throw new ContentError(problems);
  return { settings: data, warnings: unsetSettingWarnings(CONTACT_SETTINGS_FILE, data, lineOf, WHILE_UNSET) };
}

export const contactSettings = (root = "."): ContactSettings => readContactSettings(root).settings;
