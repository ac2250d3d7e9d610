// Every example of how loneliness is tackled: its content type, layout and address, /tackling-loneliness/<file name>/.
// A function, not a template string, since Markdown is not run through Nunjucks (.eleventy.ts).
import { slug } from "../../eleventy/slug.ts";

export default {
  contentType: "example",
  layout: "layouts/example.njk",
  permalink: (data) => `/tackling-loneliness/${slug(data.page.fileSlug)}/`,
};
