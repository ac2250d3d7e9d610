import { formatDate } from "../../core/dates.ts";
import type { PageUpdate } from "../../registry/pageHistory.ts";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A page's updates as HTML, after its text in a feed entry, so that a feed reader that shows the entry again shows
 * what changed: "Updates to this page", each update's day and note, newest first. Empty for a page with none.
 */
export function updatesHtml(updates: PageUpdate[]): string {
  if (!updates.length) return "";
  const items = updates.map((update) => `<li>${formatDate(update.date)}: ${escapeHtml(update.note)}</li>`).join("\n");
  return `\n<h2>Updates to this page</h2>\n<ul>\n${items}\n</ul>\n`;
}
