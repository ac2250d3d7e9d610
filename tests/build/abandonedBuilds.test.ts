import assert from "node:assert/strict";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

// The fixture content: a build of whatever editors have published could fail for reasons of its own.
const project = new ProjectCopy({ content: "fixtures" });
after(() => project.remove());

test("a killed build's staging folder is removed by the next build, and a running build's is left alone", async () => {
  // Process ids are below 2^22 on Linux: this one is running no build.
  const abandoned = path.join(project.root, "_site.building-4194303");
  const running = path.join(project.root, `_site.building-${process.pid}`);
  for (const folder of [abandoned, running]) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "index.html"), "half a site");
  }
  const build = project.build();
  assert.ok(build.ok, build.output);
  for (let waited = 0; existsSync(abandoned) && waited < 20_000; waited += 200) await sleep(200);
  assert.equal(existsSync(abandoned), false, "the abandoned folder is gone");
  assert.equal(existsSync(running), true, "the folder of a build still running stays");
});
