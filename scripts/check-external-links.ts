/**
 * `npm run check:external-links`: checks that every link from the built site
 * to another website still answers. It needs the network, so it is not part
 * of `npm test` (CI has none); run it before a release or on a schedule.
 * Internal links are checked on every build instead.
 */
import { check, LinkState } from "linkinator";

const result = await check({
  path: "_site",
  recurse: true,
  concurrency: 10,
  timeout: 15_000,
  retry: true,
  linksToSkip: async (link) => link.includes("/pagefind/"),
});

// linkinator serves _site itself on localhost: the site's own links are checked by every build.
const isExternal = (url: string) => /^https?:\/\//.test(url) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url);
const external = result.links.filter((link) => link.state !== LinkState.SKIPPED && isExternal(link.url));
const broken = external.filter((link) => link.state === LinkState.BROKEN);
for (const link of broken) console.log(`${link.parent ?? "?"}: ${link.url} answered ${link.status ?? "nothing"}`);
console.log(`external links: ${external.length} checked, ${broken.length} broken`);
process.exitCode = broken.length ? 1 : 0;
