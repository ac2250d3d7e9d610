/**
 * `npm run check:external-links`: checks that every link from the built site
 * to another website still answers. It needs the network, so it is not part
 * of `npm test` (CI has none); run it before a release or on a schedule.
 * The site's own links, and its own public address (canonical links, the
 * social-media images, the feed), are checked on every build instead: before
 * the site is live, its public address does not answer yet.
 *
 * `--dir folder` checks another built site than _site/.
 */
import { parseArgs } from "node:util";
import { check, LinkState, type LinkResult } from "linkinator";
import { siteUrl } from "../eleventy/core/siteUrl.ts";

const { values } = parseArgs({ options: { dir: { type: "string", default: "_site" } } });
const ownAddress = `${siteUrl()}/`;

const result = await check({
  path: values.dir,
  recurse: true,
  concurrency: 10,
  timeout: 15_000,
  retry: true,
  linksToSkip: async (link) => link.includes("/pagefind/") || link === siteUrl() || link.startsWith(ownAddress),
});

// linkinator serves the site itself on localhost: those are the site's own links.
const isExternal = (url: string) => /^https?:\/\//.test(url) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url);
const external = result.links.filter((link) => link.state !== LinkState.SKIPPED && isExternal(link.url));
const broken = external.filter((link) => link.state === LinkState.BROKEN);
/** No HTTP answer at all: the name did not resolve, or nothing listened (status 0). */
const unanswered = (link: LinkResult) => !link.status;

if (broken.length && broken.length === external.length && broken.every(unanswered)) {
  // Every link failing without an answer means this computer is offline, not that every site has gone.
  console.log(
    `Could not check the external links: none of the ${external.length} links to other websites got an answer, so this computer seems to have no network connection (or a proxy or firewall blocks it). Nothing has been found broken; run it again where the internet can be reached.`,
  );
  process.exitCode = 2;
} else {
  for (const link of broken) {
    const answer = link.status ? `answered ${link.status}` : "did not answer";
    console.log(`${link.parent ?? "?"}: ${link.url} ${answer}`);
  }
  console.log(`external links: ${external.length} checked, ${broken.length} broken`);
  process.exitCode = broken.length ? 1 : 0;
}
