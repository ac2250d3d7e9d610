import path from "node:path";
import { CONTENT_FOLDER } from "../../core/contentPaths.ts";
import { formatTimeAndDate, publicationMoment, toLondonDateTime } from "../../core/dates.ts";
import type { ContentProblem } from "../../model/frontMatter/contentProblem.ts";
import { readContentFile } from "../../model/frontMatter/readContentFile.ts";
import { eventWhen } from "../../model/schemas/eventWhen.ts";
import { NOTICES_FILE, readNotices } from "../../model/settings/notices.ts";
import { contentTypeOf, contentTypes } from "../../registry/contentTypes.ts";
import { markdownPages } from "../contentFolder/markdownPages.ts";

/**
 * A moment at which the site built from the same files changes by itself, with no one merging anything: a scheduled
 * news article is published, an event moves from "upcoming" to "past", a notice goes up or comes down. The build
 * works each out from its clock (registry/publicationStatus.ts, filters/upcomingAndPast.ts, plugins/notices.ts);
 * these are the same rules, read as the moments they change their answer.
 */
export interface ScheduledChange {
  at: Date;
  /** The file and line that schedule it, relative to the project. */
  file: string;
  line: number | undefined;
  what: string;
}

/** Every scheduled change the content under `root` holds, past and to come, in time order. */
export function scheduledChanges(root = "."): ScheduledChange[] {
  const changes: ScheduledChange[] = [];
  const relative = (file: string) => path.relative(root, file).split(path.sep).join("/");
  for (const file of markdownPages(path.join(root, CONTENT_FOLDER))) {
    const type = contentTypeOf(file);
    if (!type) continue;
    const { data, lineOf } = readContentFile(file);
    if (data["draft"] === true) continue;
    const title = typeof data["title"] === "string" ? `"${data["title"]}"` : relative(file);
    if (contentTypes[type].scheduledByDate) {
      const at = publicationMoment(data["date"]);
      if (at) changes.push({ at, file: relative(file), line: lineOf(["date"]), what: `${title} is published` });
    }
    // A type listed by when it happens (events: registry/contentTypes.ts) has upcoming and past pages, which turn
    // over the day after each ends (filters/upcomingAndPast.ts).
    if (contentTypes[type].listedDate === "when") {
      const ends = eventEnd(data);
      if (ends) {
        const at = toLondonDateTime(ends).startOf("day").plus({ days: 1 }).toJSDate();
        changes.push({
          at,
          file: relative(file),
          line: lineOf([data["end"] ? "end" : data["day"] ? "day" : "start"]),
          what: `${title} moves to past events`,
        });
      }
    }
  }
  for (const notice of readNotices(root)) {
    const where = { file: NOTICES_FILE };
    changes.push({ ...where, at: notice.start, line: notice.line, what: `the notice "${notice.heading}" goes up` });
    if (notice.end)
      changes.push({ ...where, at: notice.end, line: notice.line, what: `the notice "${notice.heading}" comes down` });
  }
  return changes.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** When an event is over (its end, or its start or day), as filters/upcomingAndPast.ts reads it; undefined if it cannot tell. */
function eventEnd(data: Record<string, unknown>): Date | undefined {
  try {
    const { startsAt } = eventWhen(data);
    return data["end"] ? eventWhen({ start: data["end"] }).startsAt : startsAt;
  } catch {
    return undefined; // a timing the content check refuses, and the build with it
  }
}

/** The changes after `since` (the moment the published site was built) and up to `now`: what a build now would show anew. */
export function dueChanges(changes: ScheduledChange[], since: Date, now: Date): ScheduledChange[] {
  return changes.filter((change) => change.at > since && change.at <= now);
}

/** The first change after `now`, if any: when the site next changes by itself. */
export function nextChange(changes: ScheduledChange[], now: Date): ScheduledChange | undefined {
  return changes.find((change) => change.at > now);
}

/** One change as the command prints it: `08:00 on 8 December 2026: content/settings/notices.yml:3: the notice … goes up`. */
export function describeChange(change: ScheduledChange): string {
  return `${formatTimeAndDate(change.at)}: ${change.file}${change.line ? `:${change.line}` : ""}: ${change.what}`;
}

/** Whether the site should be built now, and why, in the command's words. */
export interface DueDecision {
  due: boolean;
  lines: string[];
}

/**
 * The scheduled build's decision: build if the site was never recorded as published (`since` undefined), if the
 * content has a mistake (the build then says what it is), or if any change fell due since it was; otherwise not.
 */
export function dueDecision(root: string, since: Date | undefined, now: Date): DueDecision {
  let changes: ScheduledChange[];
  try {
    changes = scheduledChanges(root);
  } catch (error) {
    const problems = (error as { problems?: ContentProblem[] }).problems;
    if (!problems) throw error;
    return {
      due: true,
      lines: [`The content has ${problems.length === 1 ? "a mistake" : "mistakes"}, which the build will report: building.`],
    };
  }
  const next = nextChange(changes, now);
  const after = next ? `Next: ${describeChange(next)}.` : "Nothing else is scheduled.";
  if (!since) return { due: true, lines: ["There is no record of when the site was last published: building.", after] };
  const due = dueChanges(changes, since, now);
  const published = `The site was last built for ${formatTimeAndDate(since)} (London time).`;
  if (!due.length) return { due: false, lines: [published, "Nothing has fallen due since: no build is needed.", after] };
  return {
    due: true,
    lines: [
      published,
      `Due since then, so the site is to be built (${due.length} ${due.length === 1 ? "change" : "changes"}):`,
      ...due.map((change) => `  ${describeChange(change)}`),
      after,
    ],
  };
}
