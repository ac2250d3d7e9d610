// Every event: its content type, layout and address, /events/<file name>/.
// A function, not a template string, since Markdown is not run through Nunjucks (.eleventy.ts).
import { slug } from "../../eleventy/slug.ts";

export default {
  contentType: "event",
  layout: "layouts/event.njk",
  permalink: (data) => `/events/${slug(data.page.fileSlug)}/`,
};
