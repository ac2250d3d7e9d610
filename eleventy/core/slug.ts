import slugify from "@sindresorhus/slugify";

/** Already a slug: lowercase letters and digits in words joined by single hyphens, which slugify gives back unchanged. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cache = new Map<string, string>();

/**
 * The slug of a text, exactly as Eleventy's own `slugify` filter makes it
 * (@sindresorhus/slugify, not decamelised), but fast: slugify builds its
 * transliteration patterns anew on every call, which at thousands of pages
 * is seconds of a build. A text that is already a slug, as a content file's
 * name is, is returned as it is; any other is worked out once and remembered.
 */
export function slug(text: string): string {
  if (SLUG.test(text)) return text;
  let made = cache.get(text);
  if (made === undefined) {
    made = slugify(text, { decamelize: false });
    cache.set(text, made);
  }
  return made;
}
