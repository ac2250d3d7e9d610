// html-validate's settings for the built pages (tests/site/validHtml.test.ts, or `npx html-validate _site`).
export default {
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: {
    // Same-origin files cannot be swapped by a third party, so SRI is only required on resources from other origins.
    "require-sri": ["error", { target: "crossorigin" }],
    // Off: a title is the page's own title plus " – Leicestershire County Council", and the words of a title are the editors' to choose.
    "long-title": "off",
    // A notice at the top of a page (_includes/partials/notices.njk) is a region with an <h2>, before the page's <h1>, as
    // GOV.UK's emergency banner is: the first heading may be an <h2>. Every page still has its one <h1> (the browser
    // checks count it), and headings still go down one level at a time.
    "heading-level": ["error", { minInitialRank: "h2" }],
  },
};
