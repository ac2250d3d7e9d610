import { Parser } from "htmlparser2";

export interface PageLinks {
  /** The element ids of the page: what a #fragment may point at. */
  ids: Set<string>;
  /** Every address the page's elements name, as written (srcset split into its URLs). */
  urls: string[];
}

/** The attributes that hold an address a visitor's browser fetches or follows. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  iframe: ["src"],
  form: ["action"],
};

/** Reads a built page's links and ids in one pass of the parser. */
export function parsePageLinks(html: string): PageLinks {
  const page: PageLinks = { ids: new Set(), urls: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes["id"]) page.ids.add(attributes["id"]);
      // A page at an old address sends the browser on with a meta refresh (_includes/pages/moved.njk): where to is a link.
      const refresh =
        name === "meta" && attributes["http-equiv"]?.toLowerCase() === "refresh" ? attributes["content"] : undefined;
      const refreshTo = refresh === undefined ? undefined : /;\s*url=(.*)$/i.exec(refresh)?.[1];
      if (refreshTo !== undefined) page.urls.push(refreshTo.trim().replace(/^(["'])(.*)\1$/, "$2"));
      for (const attribute of URL_ATTRIBUTES[name] ?? []) {
        const value = attributes[attribute];
        if (value === undefined) continue;
        if (attribute === "srcset")
          page.urls.push(...value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? ""));
        else page.urls.push(value.trim());
      }
    },
  });
  parser.end(html);
  return page;
}
