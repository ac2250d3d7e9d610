import { z } from "zod";
import { siteAddress } from "./siteAddress.ts";

/** One entry of content/settings/redirects.yml: an old address, and the page that replaces it. */
export const namedRedirectSchema = z.strictObject({
  from: siteAddress.describe(
    "the old address, starting and ending with /, of a page that was deleted or moved, for example /events/library-open-day/",
  ),
  to: siteAddress.describe(
    "the address, starting and ending with /, of the page on the site today that replaces it, for example /events/",
  ),
});

/** content/settings/redirects.yml: the pages editors name to replace pages that were deleted. */
export const redirectsSchema = z.strictObject({
  redirects: z
    .array(namedRedirectSchema)
    .default([])
    .describe(
      "a list of old addresses and the pages that replace them, for example:\n  redirects:\n    - from: /events/library-open-day/\n      to: /events/",
    ),
});

export type NamedRedirectSetting = z.infer<typeof namedRedirectSchema>;
