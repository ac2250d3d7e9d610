import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { formatTimeAndDate } from "../../core/dates.ts";
import { ContentError, type ContentProblem } from "../frontMatter/contentProblem.ts";
import { NOTICE_TYPES, noticesSchema, noticeTime, type NoticeSetting } from "./noticesSchema.ts";
import { readSettingsFile } from "./readSettingsFile.ts";

export const NOTICES_FILE = "content/settings/notices.yml";

/** A notice as the file gives it, with the lines of its fields, for the messages of the checks that need the built site. */
export interface Notice extends NoticeSetting {
  /** Its place in the file's list, from 0: the order among notices of one kind. */
  index: number;
  /** The line it starts on (its `- type:`), and those of its link and each of its sections. */
  line: number | undefined;
  linkLine: number | undefined;
  sectionLines: Array<number | undefined>;
}

/** The list as last read, and the file's size and time then: the content check, the build and `npm run due` ask for it. */
let read: { stamp: string; notices: Notice[] } | undefined;

/**
 * The notices of content/settings/notices.yml, checked as far as the file alone can tell: each field as its schema
 * says, and no notice ending before it starts. Whether each section and link is a page of the site is known once the
 * site's pages are (features/notices/noticeProblems.ts). No file means no notices.
 */
export function readNotices(root = "."): Notice[] {
  const file = path.join(root, NOTICES_FILE);
  if (!existsSync(file)) return [];
  const stats = statSync(file);
  const stamp = `${path.resolve(file)}:${stats.size}:${stats.mtimeMs}`;
  if (read?.stamp === stamp) return read.notices;
  const { data, written, lineOf, problems } = readSettingsFile(root, NOTICES_FILE, noticesSchema, "");
  const notices = (data?.notices ?? []).map((notice, index) => ({
    ...notice,
    index,
    line: lineOf(["notices", index]),
    linkLine: lineOf(["notices", index, "link"]),
    sectionLines: notice.sections.map((_section, at) => lineOf(["notices", index, "sections", at])),
  }));
  // Each notice's times are compared even when another field of the file has a mistake: every problem at once.
  const listed = Array.isArray(written["notices"]) ? (written["notices"] as unknown[]) : [];
  for (const [index, notice] of listed.entries()) {
    const times = notice && typeof notice === "object" ? (notice as Record<string, unknown>) : {};
    const start = noticeTime.safeParse(times["start"]);
    const end = noticeTime.safeParse(times["end"]);
    if (start.success && end.success && end.data <= start.data) {
      problems.push({
        file: NOTICES_FILE,
        line: lineOf(["notices", index, "end"]),
        message: `notices.${index}.end: ${formatTimeAndDate(end.data)} is not after the notice's start, ${formatTimeAndDate(start.data)}, so it would never be shown. Write an end after its start, or delete the end: line to show it until it is deleted from the list.`,
      });
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length || !data) throw new ContentError(problems);
  read = { stamp, notices };
  return notices;
}

/** Whether a notice is up at the moment `now`: from its start, until its end (not at it). */
export function isShowing(notice: Pick<Notice, "start" | "end">, now: Date): boolean {
  return notice.start <= now && (!notice.end || now < notice.end);
}

/** Whether a notice covers the page at `url`: every page, without sections; otherwise a section's page and those under it. */
export function covers(notice: Pick<Notice, "sections">, url: string): boolean {
  return notice.sections.length === 0 || notice.sections.some((section) => url.startsWith(section));
}

/** The notices showing at `now`, most severe first (NOTICE_TYPES' order), then in the file's order. */
export function showingNotices(notices: Notice[], now: Date): Notice[] {
  const rank = (notice: Notice) => NOTICE_TYPES.indexOf(notice.type);
  return notices.filter((notice) => isShowing(notice, now)).sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

/** Every problem with the notices file that can be found without building, for the content check. */
export function noticeFileProblems(root = "."): ContentProblem[] {
  try {
    readNotices(root);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
