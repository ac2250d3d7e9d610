/*
 * What makes a picture's description (its alt text) useful to someone who
 * cannot see it. One rule for both kinds of picture: the front matter's image
 * (checked by its schema, eleventy/model/schemas/fields.ts) and images in the text
 * (checked as the Markdown is rendered, and by the content lint).
 */

/** Words that say only that there is a picture, not what it shows. */
const SAYS_NOTHING = new Set(["image", "photo", "photograph", "picture", "graphic", "img", "pic"]);

/**
 * What is wrong with an alt text, in an editor's words, or undefined when
 * nothing is. An empty alt text is a separate matter: the callers decide
 * whether the picture may be decorative.
 */
export function altTextProblem(alt: string): string | undefined {
  const text = alt.trim();
  if (!text) return undefined;
  if (/^[\w.-]+\.(avif|gif|jpe?g|png|svg|webp|heic)$/i.test(text) || /^(img|dsc|pxl|image)[_-]?\d+/i.test(text)) {
    return `The description "${text}" is a file name, which tells people who cannot see the picture nothing. Write what the picture shows instead, for example "A crowd at the loneliness summit".`;
  }
  if (SAYS_NOTHING.has(text.toLowerCase().replace(/[.!]$/, ""))) {
    return `The description "${text}" says only that there is a picture. Write what it shows instead, for example "A crowd at the loneliness summit".`;
  }
  const lead = /^(an? )?(image|picture|photo|photograph) of\s+/i.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length);
    return `The description starts "${lead[0].trim()}", which screen readers already say. Start with what it shows: "${rest.charAt(0).toUpperCase()}${rest.slice(1)}".`;
  }
  return undefined;
}

/** What an editor is told about an image in the text that does not describe itself, by the build and by the content lint. */
export function missingAltMessage(src: string): string {
  return (
    `The image "${src}" has no description (alt text). ` +
    `Write what it shows between the square brackets, for people who cannot see it, for example ![A crowd at the loneliness summit](${src}).`
  );
}
