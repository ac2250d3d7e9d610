// Every news article: its content type, layout and address, /news/2018/11/<file name without the date>/.
// A function, not a template string, since Markdown is not run through Nunjucks (.eleventy.ts).
import { permalinkYearMonth } from "../../eleventy/filters/dates.ts";
import { slug } from "../../eleventy/slug.ts";

export default {
  contentType: "news",
  layout: "layouts/news-article.njk",
  permalink: (data) => `/news/${permalinkYearMonth(data.page.date)}/${slug(data.page.fileSlug)}/`,
};
