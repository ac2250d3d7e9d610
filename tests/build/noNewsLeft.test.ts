import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const ARTICLE = "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md";
const NAMING_IT = [
  "content/events/loneliness-summit.md",
  "content/campaigns/tackling-loneliness/social-workers.md",
  "content/campaigns/tackling-loneliness/emergency-services-joined-up-advice.md",
  "content/campaigns/tackling-loneliness/local-area-coordinators.md",
];

/*
 * The site with no news article (the last one moved into a campaign, say): /news/, which every page's menu links to,
 * says there is none, rather than being missing and failing the build with a broken link on every page, each blamed
 * on a template or on a page that does not write it.
 */
describe("a site with no news article left builds, and its news pages say there is none", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  let build: { ok: boolean; output: string };

  before(() => {
    const article = project.read(ARTICLE);
    project.delete(ARTICLE);
    // Moved into the campaign, as a page of it, with its picture's path from there.
    project.write(
      "content/campaigns/tackling-loneliness/new-approach.md",
      article
        .replace("src: images/loneliness-campaign.svg", "src: ../../news/images/loneliness-campaign.svg")
        .replace("date: 2018-11-26\n", "date: 2018-11-26\norder: 4\n"),
    );
    for (const file of NAMING_IT)
      project.write(file, project.read(file).replace(`  - ${ARTICLE.slice("content/".length)}\n`, ""));
    build = project.build();
  });
  after(() => project.remove());

  test("the build passes", () => {
    assert.ok(build.ok, build.output);
    assert.doesNotMatch(build.output, /Broken links/);
  });

  test("/news/ is there, and says there is no news", () => {
    const news = project.read("_site/news/index.html");
    assert.match(news, /<h1 class="heading-xl">News<\/h1>\s*<p>There is no news at the moment\.<\/p>/);
    assert.doesNotMatch(news, /content-list/);
  });

  test("the home page's latest news says so too, and still links to /news/", () => {
    const home = project.read("_site/index.html");
    assert.match(home, /Latest news<\/h2>\s*<p>There is no news at the moment\.<\/p>\s*<p><a href="\/news\/">All news<\/a><\/p>/);
  });
});
