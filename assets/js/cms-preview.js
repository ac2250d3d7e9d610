// The CMS's preview pane (/admin/) shows a page in the site's own style sheet, whose published name the page gives,
// and the notices (content/settings/notices.yml) as pages show them, with their notices' style sheet.
/* global CMS, h */
const { previewStyle, noticesStyle } = document.currentScript.dataset;
CMS.registerPreviewStyle(previewStyle);
CMS.registerPreviewStyle(noticesStyle);

// Most severe first, as the site orders them (eleventy/model/settings/noticesSchema.ts, NOTICE_TYPES).
const NOTICE_TYPES = ["emergency", "notable-death", "service", "announcement"];

/** When and where a notice shows: the preview shows every notice, whatever its times, so it says them. */
function showing(notice) {
  const when = `From ${notice.start || "(no start yet)"}${notice.end ? ` until ${notice.end}` : ", until it is deleted"}`;
  const sections = (notice.sections || []).filter(Boolean);
  return `${when}, ${sections.length ? `on ${sections.join(", ")} and the pages under ${sections.length > 1 ? "them" : "it"}` : "on every page"}.`;
}

CMS.registerPreviewTemplate("notices", ({ entry }) => {
  const listed = entry.getIn(["data", "notices"]);
  const notices = (listed && listed.toJS ? listed.toJS() : listed || []).map((notice, index) => ({ ...notice, index }));
  const rank = (notice) => (NOTICE_TYPES.includes(notice.type) ? NOTICE_TYPES.indexOf(notice.type) : NOTICE_TYPES.length);
  notices.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  if (!notices.length) return h("p", { className: "width-container" }, "There are no notices: pages show none.");
  return h(
    "div",
    { className: "site-notices" },
    notices.map((notice) =>
      h(
        "section",
        { key: notice.index, className: `site-notice site-notice--${notice.type}`, "aria-label": notice.heading || "Notice" },
        h(
          "div",
          { className: "width-container" },
          h("h2", { className: "site-notice__heading" }, notice.heading),
          h("p", { className: "site-notice__text" }, notice.text),
          notice.link ? h("p", { className: "site-notice__link" }, h("a", { href: notice.link }, "More information")) : null,
          h("p", { className: "site-notice__text" }, h("small", {}, showing(notice))),
        ),
      ),
    ),
  );
});
