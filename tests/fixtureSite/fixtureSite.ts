import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_SITE } from "../../scripts/lib/fixtureSite.ts";

/** A file of the built fixture site (_site.fixtures/), or an error saying how to build it. */
export function fixtureSitePath(file: string): string {
  if (!existsSync(path.join(FIXTURE_SITE, "index.html"))) {
    throw new Error(
      `${FIXTURE_SITE}/ has not been built: npm test builds it, or run "node scripts/run.js scripts/lib/fixtureSite.ts" first.`,
    );
  }
  return path.join(FIXTURE_SITE, file);
}

export function readFixtureSite(file: string): string {
  return readFileSync(fixtureSitePath(file), "utf8");
}
