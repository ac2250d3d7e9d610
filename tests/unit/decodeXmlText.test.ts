import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeXmlText } from "../site/readXml.ts";

test("the checks read XML text as a feed reader does: XML's entities and numeric references, once", () => {
  assert.equal(decodeXmlText("the county&#39;s roads &#x2019; &amp; &lt;p&gt; &quot;&apos;"), "the county's roads ’ & <p> \"'");
  assert.equal(decodeXmlText("&amp;#39;"), "&#39;", "an escaped reference stays a reference");
  assert.equal(decodeXmlText("&nbsp;"), "&nbsp;", "HTML's entities are not XML's: left as written, to show");
});
