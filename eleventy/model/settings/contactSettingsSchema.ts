import { z } from "zod";

/** An address people write to: something@somewhere.something. */
const emailAddress = (what: string) =>
  z
    .email({ error: "an email address, such as name@example.gov.uk" })
    .nullish()
    .describe(`${what}, for example name@example.gov.uk`);

/**
 * content/settings/contact.yml: the council's contact details, which only the council can give. Every one but the
 * main website may be left empty: the pages then send readers to the main website, and the build warns
 * (contactSettings.ts). Each description is what an error says was expected.
 */
export const contactSettingsSchema = z.strictObject({
  website: z
    .url({ protocol: /^https$/, error: "a web address starting with https://, such as https://www.leicestershire.gov.uk" })
    .describe("the address of the council's main website, for example https://www.leicestershire.gov.uk"),
  email: emailAddress("the email address for the public to contact the council"),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ]{5,18}[0-9]$/, "a phone number of digits and spaces, such as 0116 496 0000")
    .nullish()
    .describe("the phone number for the public to call the council, for example 0116 496 0000"),
  address: z
    .array(z.string().trim().min(1).max(80))
    .min(2)
    .max(8)
    .nullish()
    .describe(
      "the council's postal address, one line of it a line, each starting with - , for example:\n  address:\n    - Council Offices\n    - Leicester",
    ),
  accessibilityEmail: emailAddress("the email address for reporting a problem with the accessibility of this website"),
  privacyNotice: z
    .url({ protocol: /^https$/, error: "a web address starting with https://" })
    .nullish()
    .describe("the address of the council's privacy notice, for example https://www.example.gov.uk/privacy"),
});

export type ContactSettings = z.infer<typeof contactSettingsSchema>;
