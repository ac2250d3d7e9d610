import { z } from "zod";

/** An address of a page on this site, as settings write it: starting and ending with /, such as /news/. */
export const siteAddress = z.string().regex(/^\/([a-z0-9-]+\/)*$/, "an address on this site, such as /news/");
