/*
 * The folders of the built site that code fills, not editors: what the build copies there from the project, the CMS,
 * the search index and the previews of pull requests. Each is named once, here, for the code that writes it and for
 * the check that keeps content's addresses out of them (registry/reservedAddresses.ts).
 */

/** CSS and JavaScript, published under names that carry a hash of their contents (plugins/hashedAssets.ts). */
export const HASHED_FOLDERS = ["assets/css", "assets/js"];

/** The site's own pictures, copied into the built site as they are (.eleventy.ts). */
export const COPIED_FOLDERS = ["assets/images"];

/** Where the site's own copy of the CMS lives: a tool for staff, not a public page (plugins/cmsAdmin.ts). */
export const ADMIN_URL = "/admin/";

/** The folder of the built site that Pagefind writes its search index into (features/search/). */
export const PAGEFIND_FOLDER = "pagefind";

/**
 * The folder of the published site under which each pull request's preview is served, at /previews/pr-<number>/:
 * .github/workflows/preview.yml builds them there and .github/workflows/deploy.yml adds them to the site
 * (docs/deploying.md, "Previews of pull requests").
 */
export const PREVIEWS_FOLDER = "previews";
