/**
 * `npm run due -- --since <time>`: whether the site needs building now because of the clock alone, for the Deploy
 * workflow's scheduled runs (.github/workflows/deploy.yml), which stop here, in seconds, when nothing is due.
 *
 * `--since` is the moment the published site was built for (the workflow records the clock of each build it
 * publishes); `--now` is the moment to decide for (the build's clock, core/clock.ts: $SITE_NOW or the real time).
 * Both are London dates and times (2026-12-08 07:00) or instants (2026-12-08T07:00:00Z). `--root` is the project
 * folder (the current one).
 *
 * It prints what fell due in between (a scheduled article published, an event moving to past events, a notice
 * going up or coming down) with its file and line, and the next change to come; with $GITHUB_OUTPUT set, it writes
 * due=true or due=false there. It builds when it cannot tell: no --since, or content with a mistake.
 */
import { appendFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseClock, siteNow } from "../eleventy/core/clock.ts";
import { dueDecision } from "../eleventy/features/schedule/scheduledChanges.ts";

const { values } = parseArgs({
  options: { since: { type: "string" }, now: { type: "string" }, root: { type: "string", default: "." } },
});

try {
  const since = values.since?.trim() ? parseClock(values.since) : undefined;
  const now = values.now ? parseClock(values.now) : siteNow();
  const decision = dueDecision(values.root, since, now);
  for (const line of decision.lines) console.log(line);
  const output = process.env["GITHUB_OUTPUT"];
  if (output) appendFileSync(output, `due=${decision.due}\n`);
} catch (error) {
  console.error(`npm run due: ${(error as Error).message.replace(/SITE_NOW/g, "the time")}`);
  process.exitCode = 2;
}
