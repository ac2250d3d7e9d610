export type PaginationLink = { number: number; href: string; current: boolean } | { gap: true };

/**
 * The page links a listing shows, as GOV.UK's pagination component does: the
 * first and last pages, the current one and those either side of it, and a
 * gap (…) for each run of pages left out. Listing every page instead would
 * put a link to each of 1,000 pages on each of them: a million links.
 */
export function paginationLinks(hrefs: string[], pageNumber: number): PaginationLink[] {
  const last = hrefs.length - 1;
  const links: PaginationLink[] = [];
  hrefs.forEach((href, index) => {
    const shown = index === 0 || index === last || Math.abs(index - pageNumber) <= 1;
    if (shown) links.push({ number: index + 1, href, current: index === pageNumber });
    else if (!("gap" in (links.at(-1) ?? {}))) links.push({ gap: true });
  });
  return links;
}
