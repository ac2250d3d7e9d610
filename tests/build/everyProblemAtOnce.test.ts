import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * Deleting a page that others link to, or making several mistakes in several
 * files, is fixed in one round: the build names every problem of every file
 * in one run, each on its line, rather than one file a build.
 */
describe("the build reports every problem of every file in one run", () => {
  // The fixture content, whose pages naming the summit are known, whatever editors have published since.
  const project = new ProjectCopy({ content: "fixtures" });
  after(() => project.remove());

  test("a deleted event that four pages name, a YAML mistake, a missing field and a misspelt topic, all at once", () => {
    project.delete("content/events/loneliness-summit.md");
    project.write(
      "content/news/2018-11-27-colon.md",
      "---\ntitle: Summit: what to expect\ndescription: D.\ndate: 2018-11-27\n---\nText.\n",
    );
    project.write("content/news/2018-11-28-no-description.md", "---\ntitle: A title\ndate: 2018-11-28\n---\nText.\n");
    project.write(
      "content/news/2018-11-29-topic.md",
      "---\ntitle: A title\ndescription: D.\ndate: 2018-11-29\ntopics:\n  - Lonliness and social isolation\n---\nText.\n",
    );
    project.write(
      "content/news/2018-11-30-blank-first.md",
      "\n---\ntitle: A title\ndescription: D.\ndate: 2018-11-30\n---\nText.\n",
    );
    project.write("content/news/2018-12-01-not-closed.md", "---\ntitle: A title\ndescription: D.\ndate: 2018-12-01\nText.\n");
    const { ok, output } = project.build();
    assert.equal(ok, false);
    const named = output
      .split("\n")
      .filter((line) => /related: "events\/loneliness-summit\.md" is not a page of this site/.test(line))
      .map((line) => /^(content\/[^:]+\.md):\d+: related:/.exec(line)?.[1]);
    // The article and the three campaign pages each name the summit.
    assert.deepEqual(
      named.sort(),
      [
        "content/campaigns/tackling-loneliness/emergency-services-joined-up-advice.md",
        "content/campaigns/tackling-loneliness/local-area-coordinators.md",
        "content/campaigns/tackling-loneliness/social-workers.md",
        "content/news/2018-11-26-new-approach-to-tackle-loneliness-to-be-discussed.md",
      ],
      output,
    );
    assert.match(output, /^content\/news\/2018-11-27-colon\.md:2: /m);
    assert.match(output, /^content\/news\/2018-11-28-no-description\.md:2: description: required/m);
    assert.match(output, /^content\/news\/2018-11-30-blank-first\.md:1: The first line of the file must be ---/m);
    assert.match(output, /^content\/news\/2018-12-01-not-closed\.md:5: The front matter is not closed/m);
    assert.match(output, /^content\/news\/2018-11-29-topic\.md:6: topics: .*Did you mean "Loneliness and social isolation"\?/m);
  });
});
