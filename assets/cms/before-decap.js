// Loaded before Decap's bundle (_includes/pages/admin.njk): Decap starts itself as soon as its bundle runs, and read
// the entries of a collection opened by its address before site-cms.js (a module, so run later) had registered the
// site's front-matter format: every entry then came out empty ("No formatter available with name: site-frontmatter").
// site-cms.js starts Decap once it has registered everything.
window.CMS_MANUAL_INIT = true;
