import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

const event = (title: string, day: string, topic = "Communities") =>
  `---\ntitle: ${title}\ndescription: ${title}, a test event.\ndate: 2018-01-01\nday: ${day}\nvenue:\n  name: County Hall\norganisers:\n  - Leicestershire County Council\ntopics:\n  - ${topic}\n---\nText.\n`;

/** The titles a listing shows, in order. */
const titlesIn = (html: string, heading: string) => {
  const section = html.slice(html.indexOf(heading));
  return [...section.slice(0, section.indexOf("</section>")).matchAll(/content-list__title"><a href="[^"]+">([^<]+)</g)].map(
    ([, title]) => title,
  );
};

/*
 * Events as they are: the home page shows what is coming, soonest first, and a
 * past event's page says it has taken place; and topics named with characters
 * HTML escapes. One copy of the fixture content (whose only event to come is
 * the open day in 2099), built once for both; the test without upcoming events
 * builds it again after deleting them. Fixture events are far in the past and
 * the future, so that the tests hold whatever day they run.
 */
const project = new ProjectCopy({ content: "fixtures" });
before(() => {
  project
    .write("content/events/old-fair.md", event("Old fair", "2016-05-01"))
    .write("content/events/older-fair.md", event("Older fair", "2015-05-01"))
    .write("content/events/far-fair.md", event("Far fair", "2099-07-01"))
    .write("content/events/near-fair.md", event("Near fair", "2098-07-01"))
    .write(
      "content/settings/topics.yml",
      `${project.read("content/settings/topics.yml")}  - name: Health & wellbeing\n    description: Staying well.\n  - name: Children's services\n    description: Services for children.\n`,
    )
    // Past events, so that they stay off the listing of events to come.
    .write("content/events/fair.md", event("A fair", "2017-01-01", "Health & wellbeing"))
    .write("content/events/other-fair.md", event("Another fair", "2017-01-02", "Children's services"));
  const build = project.build();
  assert.ok(build.ok, build.output);
});
after(() => project.remove());

describe("upcoming and past events", () => {
  test("the home page lists upcoming events, soonest first, and no past ones", () => {
    assert.deepEqual(titlesIn(project.read("_site/index.html"), "Upcoming events"), [
      "Near fair",
      "County Hall open day",
      "Far fair",
    ]);
  });

  test("a past event's page says it has finished and when, and offers no calendar file; one to come does", () => {
    const old = project.read("_site/events/old-fair/index.html");
    assert.match(old, /This event has finished\.<\/strong> It took place on Sunday 1 May 2016\./);
    assert.doesNotMatch(old, /Add this event to your calendar/);
    // What search shows as the excerpt, and what a screen reader reads: sentences, not "When Sunday … Where County Hall".
    const text = old.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    assert.match(text, /When: Sunday 1 May 2016, all day\. Where: County Hall\. Organised by:/);
    const near = project.read("_site/events/near-fair/index.html");
    assert.doesNotMatch(near, /This event has finished/);
    assert.match(near, /Add this event to your calendar/);
  });
});

describe("a topic whose name has & or ' is named right everywhere", () => {
  test("its page's heading, title and breadcrumb data show it escaped once", () => {
    const html = project.read("_site/topics/health-and-wellbeing/index.html");
    assert.match(html, /<h1 class="heading-xl">Health &amp; wellbeing<\/h1>/);
    assert.match(html, /<title>Health &amp; wellbeing – /);
    assert.doesNotMatch(html, /&amp;amp;|\\u0026amp;/);
    const ld = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) =>
      JSON.parse(json!),
    );
    assert.ok(JSON.stringify(ld).includes('"name":"Health & wellbeing"'));
    const other = project.read("_site/topics/childrens-services/index.html");
    assert.match(other, /<h1 class="heading-xl">Children&#39;s services<\/h1>/);
    assert.doesNotMatch(other, /&amp;#39;/);
  });
});

// Last: it deletes the events to come from the copy the tests above read.
describe("with no events to come", () => {
  test("the home page says so and links to the past ones", () => {
    for (const file of ["far-fair", "near-fair", "county-hall-open-day"]) project.delete(`content/events/${file}.md`);
    const build = project.build();
    assert.ok(build.ok, build.output);
    assert.match(
      project.read("_site/index.html"),
      /There are no upcoming events at the moment\. <a href="\/events\/#past-events">See past events<\/a>\./,
    );
  });
});
