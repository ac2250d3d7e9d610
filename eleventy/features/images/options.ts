/*
 * How every image on the site is published: Eleventy Image turns each source
 * file into AVIF, WebP and JPEG at a few widths, named by a hash of the file's
 * contents so that they can be cached for a year (a changed image gets a new name).
 */

/** Where the generated files are served from, inside the built site. */
export const IMAGE_URL_PATH = "/assets/images/generated/";

/** Widths in pixels. The text column is at most 40rem (640px) wide, so 1280px and more serve high-density screens. Narrower sources are not enlarged. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600];

/** Newest first: a browser takes the first it supports, and every browser reads JPEG. */
export const IMAGE_FORMATS = ["avif", "webp", "jpeg"] as const;

/** How wide the image is shown: the column (`.main > *` in site.css, 40rem) or, on a narrower screen, the screen. */
export const IMAGE_SIZES = "(min-width: 44rem) 40rem, 100vw";

/** The width social networks ask for: Facebook, LinkedIn and X show 1200×630 cards. */
export const SOCIAL_IMAGE_WIDTH = 1200;

/** The widest an image is shown, in CSS pixels: the text column (40rem). A source narrower than this looks blurred. */
export const COLUMN_WIDTH = 640;
