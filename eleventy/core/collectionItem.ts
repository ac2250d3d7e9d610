/** A page as Eleventy's collections give it to code: the fields of it that the site reads. */
export interface CollectionItem {
  url: string;
  inputPath: string;
  date: Date;
  data: Record<string, unknown> & { title?: string; description?: string; contentType?: string };
}
