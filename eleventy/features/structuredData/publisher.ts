/** The council, as schema.org's publisher and author of everything on the site. */
export function council(siteUrl: string) {
  return { "@type": "GovernmentOrganization", name: "Leicestershire County Council", url: `${siteUrl}/` } as const;
}
