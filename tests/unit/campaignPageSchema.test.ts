import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readdirSync } from "node:fs";
import { FIXTURES, frontMatterOf, realFileErrors, realFiles, validationErrors, withField } from "./contentFile.ts";

const CAMPAIGN = `${FIXTURES}/campaigns/tackling-loneliness`;
const campaignPage = frontMatterOf(realFiles(CAMPAIGN).find((file) => !file.endsWith("/index.md"))!);
/** Every real campaign's folder, whatever campaigns editors have started. */
const realCampaigns = readdirSync("content/campaigns", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `content/campaigns/${entry.name}`);
const errorsWith = (field: string, line: string | null) =>
  validationErrors("campaign-page", withField(campaignPage, field, line));

describe("a campaign's front matter", () => {
  test("every real campaign page and hub is valid", () => {
    for (const file of realCampaigns.flatMap(realFiles)) assert.equal(realFileErrors(file), "", file);
  });

  test("a provider may be left out", () => {
    assert.equal(errorsWith("provider", null), "");
  });

  test("order must be a whole number", () => {
    assert.match(errorsWith("order", "order: first"), /order: the text "first" is not a whole number/);
    assert.match(errorsWith("order", "order: 1.5"), /order: .*(whole number|integer)/i);
  });

  test("a hub's home-page panel must have its heading, text and link's words", () => {
    const hub = frontMatterOf(`${CAMPAIGN}/index.md`);
    assert.match(
      validationErrors("campaign", withField(hub, "promotion", "promotion:\n  heading: Road safety")),
      /promotion\.text: required.*\n.*promotion\.linkText: required/,
    );
  });
});

describe("content outside a content folder", () => {
  test("a Markdown file with no content type says where to move it", () => {
    assert.match(
      validationErrors("", campaignPage),
      /not in a content folder.*content\/news, content\/events, content\/campaigns\/<campaign>\/index\.md, content\/campaigns\/<campaign>/,
    );
  });
});
