import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { endProcessGroup } from "../../scripts/lib/endProcessGroup.ts";
import { freePort } from "../../scripts/lib/freePort.ts";
import { ProjectCopy } from "../../scripts/lib/projectCopy.ts";

/*
 * `npm start` and `npm run serve` run node under a shell under npm. Ending npm
 * (a Stop button, a script, `kill`) must end the server too, not leave it
 * holding its port with nobody to stop it: the next `npm start` would fail
 * with "address in use", or show an old site.
 */
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => Promise<boolean>, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await condition()) return true;
    await sleep(250);
  }
  return condition();
}

describe("ending npm's process ends the server it started", () => {
  const project = new ProjectCopy({ content: "fixtures" });
  const started: ChildProcess[] = [];

  /** Runs `npm run <script>` in the copy, its port changed to a free one; resolves once the server answers. */
  async function runNpm(script: string): Promise<{ npmProcess: ChildProcess; url: string }> {
    const port = await freePort(0);
    const packageJson = JSON.parse(project.read("package.json")) as { scripts: Record<string, string> };
    packageJson.scripts[script] = packageJson.scripts[script]!.replace(/--port(=| )\d+/, `--port$1${port}`);
    project.write("package.json", JSON.stringify(packageJson, null, 2));
    // A group of its own, so that `after` can end whatever is left of it if a test fails.
    const npmProcess = spawn(npm, ["run", "--silent", script], { cwd: project.root, stdio: "ignore", detached: true });
    started.push(npmProcess);
    const url = `http://127.0.0.1:${port}/`;
    assert.ok(await waitUntil(() => answers(url), 90), `npm run ${script} did not start serving at ${url}`);
    return { npmProcess, url };
  }

  before(() => {
    const build = project.buildFixtures();
    assert.ok(build.ok, build.output);
  });
  after(() => {
    // Whatever is left of each npm's group: nothing, unless a test failed.
    for (const child of started) endProcessGroup(child, "SIGKILL");
    project.remove();
  });

  for (const script of ["start", "serve"]) {
    test(`npm ${script === "start" ? "start" : "run serve"}: its server stops answering once npm is ended`, async () => {
      const { npmProcess, url } = await runNpm(script);
      // npm alone, as a Stop button or `kill <pid>` ends it: not its process group, as Ctrl+C in a terminal would.
      npmProcess.kill("SIGTERM");
      assert.ok(await waitUntil(async () => !(await answers(url)), 10), `${url} still answers after npm was ended`);
    });
  }
});
