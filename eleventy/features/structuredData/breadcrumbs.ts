export interface Crumb {
  text: string;
  href: string;
}

interface PageLike {
  url: string | false;
  data: { title?: unknown };
}

// Each page asks for its breadcrumbs with the whole collection: index it once per build, not once per page.
const titlesOf = new WeakMap<PageLike[], Map<string, string>>();

function titlesByUrl(pages: PageLike[]): Map<string, string> {
  let titles = titlesOf.get(pages);
  if (!titles) {
    titles = new Map(
      pages.filter((page) => typeof page.url === "string").map((page) => [page.url as string, String(page.data.title ?? "")]),
    );
    titlesOf.set(pages, titles);
  }
  return titles;
}

/**
 * The pages above a page, from the home page down to its parent, found by
 * trimming its address: /news/2018/11/story/ sits under /news/ (the pages
 * /news/2018/ and /news/2018/11/ do not exist, so they are skipped).
 */
export function breadcrumbsFor(url: string, pages: PageLike[]): Crumb[] {
  if (url === "/") return [];
  const titles = titlesByUrl(pages);
  const segments = url.split("/").filter(Boolean);
  const crumbs: Crumb[] = [{ text: "Home", href: "/" }];
  for (let depth = 1; depth < segments.length; depth++) {
    const href = `/${segments.slice(0, depth).join("/")}/`;
    const title = titles.get(href);
    if (title) crumbs.push({ text: title, href });
  }
  return crumbs;
}

/** schema.org BreadcrumbList: the trail and the page itself. */
export function breadcrumbList(crumbs: Crumb[], current: { title: string; url: string }, absolute: (path: string) => string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: [...crumbs, { text: current.title, href: current.url }].map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.text,
      item: absolute(crumb.href),
    })),
  };
}
