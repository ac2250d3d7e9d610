/**
 * The accessibility statement, privacy and contact pages, built from the fixture content: they give the contact
 * details the council set in content/settings/ and no others, send readers to its main website for those it has not,
 * warn of each one unset without failing the build, and give the every-page checks' figures only from their reports.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { DomUtils, parseDocument } from "htmlparser2";
import { writeCheckReport } from "../../eleventy/features/checkReports/checkReports.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";
import { builtPages } from "../site/builtPages.ts";

const PAGES = {
  accessibility: "_site/accessibility/index.html",
  privacy: "_site/privacy/index.html",
  contact: "_site/contact/index.html",
};
const MAIN_WEBSITE = "https://www.leicestershire.gov.uk";
const UNSET_SETTINGS = [
  ["contact.yml", "email"],
  ["contact.yml", "phone"],
  ["contact.yml", "address"],
  ["contact.yml", "accessibilityEmail"],
  ["contact.yml", "privacyNotice"],
  ["accessibility.yml", "statementPrepared"],
  ["accessibility.yml", "statementReviewed"],
] as const;

/** A built page's <main>: its text, squashed, and the addresses of its links. */
function mainOf(project: ProjectCopy, file: string): { text: string; links: string[] } {
  const main = DomUtils.findOne((element) => element.name === "main", parseDocument(project.read(file)).children)!;
  return {
    text: DomUtils.textContent(main).replace(/\s+/g, " ").trim(),
    links: DomUtils.findAll((element) => element.name === "a", [main]).map((link) => link.attribs["href"] ?? ""),
  };
}

/** The warnings about settings (a copy of the project without git history also warns that it makes no redirects). */
const warningLines = (output: string) => output.split("\n").filter((line) => line.startsWith("Warning: content/settings/"));

describe("with the council's details not set, and the checks not yet run", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let output = "";
  before(() => {
    const build = project.buildFixtures();
    assert.ok(build.ok, build.output);
    output = build.output;
  });
  after(() => project.remove());

  test("the build passes, with one warning line for each unset setting, naming it and its line", () => {
    for (const [file, setting] of UNSET_SETTINGS) {
      const lines = warningLines(output).filter((line) => line.includes(` ${setting} is not set: `));
      assert.equal(lines.length, 1, `one warning for ${setting}:\n${output}`);
      assert.match(
        lines[0]!,
        new RegExp(`^Warning: content/settings/${file.replace(".", "\\.")}:\\d+: ${setting} is not set: .+ Write `),
      );
    }
    assert.equal(warningLines(output).length, UNSET_SETTINGS.length, output);
  });

  test("the contact page sends readers to the council's main website, and gives no email, phone or address", () => {
    const contact = mainOf(project, PAGES.contact);
    assert.ok(contact.links.includes(MAIN_WEBSITE), contact.links.join(", "));
    assert.match(contact.text, /use the contact details on the council’s main website, www\.leicestershire\.gov\.uk/);
    assert.doesNotMatch(contact.text, /Email|Phone|Post\b/);
  });

  test("no statutory page shows a contact detail the council did not give", () => {
    for (const file of Object.values(PAGES)) {
      const { text, links } = mainOf(project, file);
      assert.deepEqual(
        links.filter((href) => /^(mailto|tel):/.test(href)),
        [],
        file,
      );
      assert.doesNotMatch(text, /@|\b0\d{3} ?\d{3} ?\d{4}\b/, file);
    }
  });

  test("the accessibility statement sends reports of problems to the main website, and says it is not yet dated", () => {
    const { text, links } = mainOf(project, PAGES.accessibility);
    assert.ok(links.includes(MAIN_WEBSITE));
    assert.match(text, /The council has not yet recorded when this statement was prepared\. It has not yet been reviewed\./);
  });

  test("without the checks' reports, the statement gives this build's pages and says the figures follow", () => {
    const { text } = mainOf(project, PAGES.accessibility);
    const pages = (project.read("_site/sitemap.xml").match(/<loc>/g) ?? []).length;
    assert.match(
      text,
      new RegExp(
        `This copy of the website was built on \\d+ \\w+ \\d{4}, with ${pages} pages\\. The figures of these checks appear here once they have run on it\\.`,
      ),
    );
    assert.doesNotMatch(text, /last tested|found no/);
  });

  test("the privacy page sends readers to the main website for the council's privacy notice", () => {
    const { text, links } = mainOf(project, PAGES.privacy);
    assert.ok(links.includes(MAIN_WEBSITE));
    assert.match(text, /privacy notice, which explains .* is on the council’s main website/);
  });

  test("every public page's footer links to the three pages, which are in the sitemap", () => {
    for (const { file } of builtPages(path.join(project.root, "_site"))) {
      const footer = DomUtils.findOne(
        (element) => element.name === "footer",
        parseDocument(project.read(`_site/${file}`)).children,
      )!;
      const links = DomUtils.findAll((element) => element.name === "a", [footer]).map(
        (link) => `${DomUtils.textContent(link)} ${link.attribs["href"]}`,
      );
      for (const link of ["Accessibility statement /accessibility/", "Privacy and cookies /privacy/", "Contact /contact/"])
        assert.ok(links.includes(link), `${file}: ${links.join(", ")}`);
    }
    for (const url of ["/accessibility/", "/privacy/", "/contact/"])
      assert.match(project.read("_site/sitemap.xml"), new RegExp(`<loc>${MAIN_WEBSITE}${url}</loc>`));
  });
});

describe("with the council's details set, and the checks' reports written", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let output = "";
  before(() => {
    project.write(
      "content/settings/contact.yml",
      [
        "website: https://www.leicestershire.gov.uk",
        "email: enquiries@council.example",
        "phone: 0116 496 0123",
        "address:",
        "  - Council Offices",
        "  - Example Road",
        "accessibilityEmail: access@council.example",
        "privacyNotice: https://www.council.example/privacy-notice",
        "",
      ].join("\n"),
    );
    project.write("content/settings/accessibility.yml", "statementPrepared: 2025-01-31\nstatementReviewed: 2025-06-30\n");
    const checkedAt = "2025-07-01T09:30:00.000Z";
    writeCheckReport(
      "axe",
      {
        tool: "axe-core",
        version: "9.8.7",
        browser: "Chromium 123.4",
        pages: 17,
        views: 36,
        widths: [1280, 320],
        failures: 0,
        checkedAt,
      },
      project.root,
    );
    writeCheckReport(
      "htmlValidate",
      { tool: "html-validate", version: "6.5.4", pages: 18, failures: 2, checkedAt },
      project.root,
    );
    const build = project.build();
    assert.ok(build.ok, build.output);
    output = build.output;
  });
  after(() => project.remove());

  test("no warning", () => {
    assert.deepEqual(warningLines(output), []);
  });

  test("the contact page gives the email, phone and postal address", () => {
    const { text, links } = mainOf(project, PAGES.contact);
    assert.ok(links.includes("mailto:enquiries@council.example"));
    assert.ok(links.includes("tel:01164960123"));
    assert.match(text, /Email enquiries@council\.example Phone 0116 496 0123 Post Council Offices Example Road/);
    assert.doesNotMatch(text, /Other ways to contact the council/);
  });

  test("the accessibility statement gives the accessibility contact and its dates", () => {
    const { text, links } = mainOf(project, PAGES.accessibility);
    assert.ok(links.includes("mailto:access@council.example"));
    assert.ok(!links.includes("mailto:enquiries@council.example"), "the general email is not the accessibility contact");
    assert.match(text, /This statement was prepared on 31 January 2025\. It was last reviewed on 30 June 2025\./);
  });

  test("the statement's figures are the reports'", () => {
    const { text } = mainOf(project, PAGES.accessibility);
    assert.match(text, /This website was last tested on 1 July 2025\./);
    assert.match(
      text,
      /On 1 July 2025, axe-core 9\.8\.7 in Chromium 123\.4 checked 17 pages at 1280 and 320 pixels wide \(36 checks in all\), and found no failures\./,
    );
    assert.match(text, /On 1 July 2025, html-validate 6\.5\.4 checked 18 pages, and found 2 errors\./);
    assert.doesNotMatch(text, /appear here once/);
    // A report with failures changes what the statement claims.
    assert.doesNotMatch(text, /We know of no/);
  });

  test("the privacy page links to the council's privacy notice", () => {
    assert.ok(mainOf(project, PAGES.privacy).links.includes("https://www.council.example/privacy-notice"));
  });
});

describe("a contact detail written wrongly", () => {
  test("stops the build, naming the file, the line and what to write", () => {
    const project = new ProjectCopy({ content: "fixtures" });
    try {
      project.write(
        "content/settings/contact.yml",
        project.read("content/settings/contact.yml").replace(/^email:$/m, "email: enquiries.council.example"),
      );
      const build = project.build();
      assert.equal(build.ok, false);
      assert.match(
        build.output,
        /content\/settings\/contact\.yml:11: email: the text "enquiries\.council\.example" is not an email address, such as name@example\.gov\.uk/,
      );
    } finally {
      project.remove();
    }
  });
});
