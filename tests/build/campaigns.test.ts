import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/** The words an editor writes in place of npm run new's placeholders, and the draft line taken out: ready to publish. */
function finished(text: string, words: string): string {
  return text
    .replace(/^draft: true\n/m, "")
    .replace(/"Replace this: one sentence summing up the page\."/, `${words}.`)
    .replace(/Replace this: write the page here[^\n]*/, `${words}, in more words.`);
}

/*
 * A campaign is content: an editor starts one, and its pages, with npm run
 * new, and the hub lists its pages; nothing else needs a developer.
 */
describe("a campaign started with npm run new", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  const newFile = (...args: string[]) => {
    const result = spawnSync(process.execPath, ["scripts/run.js", "scripts/new.ts", ...args], {
      cwd: project.root,
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.split("\n")[0]!;
  };
  let hubFile = "";
  let pageFile = "";

  before(() => {
    hubFile = newFile("campaign", "Road safety");
    pageFile = newFile("campaign-page", "road-safety", "School crossing patrols");
  });
  after(() => project.remove());

  test("is a hub at /road-safety/ and a page at /road-safety/school-crossing-patrols/, shown as drafts by npm start", () => {
    assert.equal(hubFile, "content/campaigns/road-safety/index.md");
    assert.equal(pageFile, "content/campaigns/road-safety/school-crossing-patrols.md");
    const preview = project.buildAsPreview();
    assert.ok(preview.ok, preview.output);
    const hub = project.read("_dev/road-safety/index.html");
    assert.match(hub, /<h1 class="heading-xl">Road safety<\/h1>/);
    assert.match(hub, /<a href="\/road-safety\/school-crossing-patrols\/">School crossing patrols<\/a>/);
    assert.match(hub, /Draft: not published/);
    assert.match(project.read("_dev/road-safety/school-crossing-patrols/index.html"), /Draft: not published/);
  });

  test("is not published while it is a draft", () => {
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.ok(!project.list("_site").some((file) => file.startsWith("road-safety")));
  });

  test("a finished page waits for its campaign's hub: it is not published while the hub is a draft, and says why", () => {
    project.write(pageFile, finished(project.read(pageFile), "Patrols help children cross the road"));
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.ok(!project.list("_site").some((file) => file.startsWith("road-safety")));
    assert.match(
      build.output,
      /Not published: content\/campaigns\/road-safety\/school-crossing-patrols\.md, because its campaign's main page, content\/campaigns\/road-safety\/index\.md, is not published yet/,
    );
  });

  test("once finished, is published: the hub lists its page, the page is labelled with its campaign, the home page shows it", () => {
    project.write(hubFile, finished(project.read(hubFile), "How the county keeps its roads safe"));
    project.write(
      "content/settings/site.yml",
      project.read("content/settings/site.yml").replace("homeCampaigns:\n", "homeCampaigns:\n  - road-safety\n"),
    );
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.match(
      project.read("_site/road-safety/index.html"),
      /<a href="\/road-safety\/school-crossing-patrols\/">School crossing patrols<\/a>/,
    );
    const page = project.read("_site/road-safety/school-crossing-patrols/index.html");
    assert.match(page, /data-pagefind-filter="type:Road safety"/);
    assert.match(page, /<p class="caption" data-pagefind-ignore>Road safety<\/p>/);
    assert.match(page, /<a href="\/road-safety\/">Road safety<\/a>/, "the way back to its hub");
    const home = project.read("_site/index.html");
    assert.match(
      home,
      /<h2 id="campaign-1-heading" class="heading-l">Road safety<\/h2>[\s\S]*<a href="\/road-safety\/">Road safety<\/a>/,
    );
    assert.match(home, /<a href="\/tackling-loneliness\/">/, "the campaigns already there stay");
    assert.match(project.read("_site/sitemap.xml"), /\/road-safety\/school-crossing-patrols\//);
  });

  test("a campaign on the home page that does not exist is named, with its line in the settings", () => {
    project.write(
      "content/settings/site.yml",
      project.read("content/settings/site.yml").replace("  - road-safety\n", "  - road-saftey\n"),
    );
    const build = project.build();
    assert.equal(build.ok, false);
    assert.match(build.output, /content\/settings\/site\.yml:\d+: homeCampaigns: there is no campaign "road-saftey"/);
  });
});
