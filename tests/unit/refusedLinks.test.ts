import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedLinkProblems } from "../../eleventy/features/markdown/refusedLinks.ts";

/** "line: address" of each link or picture refused in a body that starts on the file's line 6. */
const refused = (body: string) =>
  refusedLinkProblems("content/news/x.md", body, 6).map(({ line, message }) => `${line}: ${/"([^"]*)"/.exec(message)?.[1]}`);

test("links and pictures the site publishes are not refused", () => {
  assert.deepEqual(
    refused(
      "[A page](/events/loneliness-summit/) [A site](https://www.leicestershire.gov.uk) [Mail](mailto:a@example.gov.uk) " +
        "[Call](tel:01164960000) [Top](#top) [Relative](../social-workers/) ![A hall](images/hall.jpg)\n\n" +
        "Data protection, a profile and the script of the play, & more.\n",
    ),
    [],
  );
});

test("every way of writing a script address is refused on its line: case, entities, escapes, spaces, autolinks", () => {
  assert.deepEqual(
    refused(
      [
        "[a](JAVASCRIPT:a) [b](jav&#x61;script:b) [c](javascript&colon;c)",
        "[d](javascript\\:d) [e]( javascript:e) [f](<javascript:f>)",
        "<VBScript:g> [j](&#106;avascript&#58;j)",
        "",
        "- in a list [h](vbscript:h)",
        "",
        "| column |",
        "| ------ |",
        "| [i](javascript:i) |",
      ].join("\n"),
    ),
    [
      "6: JAVASCRIPT:a",
      "6: javascript:b",
      "6: javascript:c",
      "7: javascript:d",
      "7: javascript:e",
      "7: javascript:f",
      "8: VBScript:g",
      "8: javascript:j",
      "10: vbscript:h",
      "14: javascript:i",
    ],
  );
});

test("data: and file: addresses are refused for links and pictures alike", () => {
  const problems = refusedLinkProblems(
    "content/news/x.md",
    "[A page](data:text/html,hi) ![A dot](data:image/png;base64,iVBORw0KGgo=) [Passwords](file:///etc/passwd)\n",
    6,
  );
  assert.deepEqual(
    problems.map(({ message }) => message.split(",")[0]),
    [
      'The link to "data:text/html',
      'The picture "data:image/png;base64',
      'The link to "file:///etc/passwd" would open a file on the reader\'s own computer',
    ],
  );
  assert.match(problems[1]!.message, /A picture in the text is a file kept beside the page/);
});

test("a reference's address is refused where it is written, once however often it is used", () => {
  assert.deepEqual(
    refused("See [the form][Form] and [the form][form].\n\n[form]: javascript:alert(1)\n[unused]: data:text/html,x\n"),
    ["8: javascript:alert(1)", "9: data:text/html,x"],
  );
});
