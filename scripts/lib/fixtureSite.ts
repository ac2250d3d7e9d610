/**
 * The fixture site: tests/fixtures/content built with the production build
 * into _site.fixtures/, for the tests that need pages they know (search
 * counts, filters, reader journeys, exact feed entries): tests/fixtureSite/
 * and the browser tests in tests/browser/fixtureSite/. `npm test` builds it;
 * to run those tests on their own, build it first:
 *
 *   node scripts/run.js scripts/lib/fixtureSite.ts
 */
import { cpSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FIXTURE_SITE, ProjectCopy } from "./projectCopy.ts";

export { FIXTURE_SITE };

/**
 * Builds the fixture content in a copy of the project and puts the site in
 * `output`, and what the build said in `output`.log (for the tests that take
 * this build as theirs: ProjectCopy.buildFixtures). The old ones are removed
 * first, so that a failed build leaves no site for tests to pass on by mistake.
 */
export function buildFixtureSite(output = FIXTURE_SITE): { ok: boolean; output: string } {
  // The copy starts from the images of the last fixture site, which its build reuses: making them again is half of its time.
  const project = new ProjectCopy({ prefix: "site-fixtures-", content: "fixtures" });
  try {
    rmSync(output, { recursive: true, force: true });
    rmSync(`${output}.log`, { force: true });
    const build = project.build();
    if (build.ok) {
      cpSync(path.join(project.root, "_site"), output, { recursive: true });
      writeFileSync(`${output}.log`, build.output);
    }
    return build;
  } finally {
    project.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const build = buildFixtureSite();
  if (build.ok) console.log(`Built the fixture content (tests/fixtures/content) into ${FIXTURE_SITE}/.`);
  else console.error(`The build of the fixture content failed:\n${build.output}`);
  process.exitCode = build.ok ? 0 : 1;
}
