import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { npmStartNodeArgs } from "../lib/npmScript.ts";

export interface EditMeasurement {
  /** How long `npm start`'s first build took, to its server answering with the home page. */
  startSeconds: number;
  /** For each edit: from saving the file to the server sending the changed page. */
  editSeconds: number[];
}

/**
 * `npm start` in a project folder (the command in its package.json, on
 * another port), then saves a change to an article `edits` times, and times
 * each until the server sends the changed page, as the browser would show it
 * after its live reload.
 */
export async function measureEdits(
  projectRoot: string,
  article: { file: string; url: string },
  port: number,
  edits = 3,
): Promise<EditMeasurement> {
  const args = npmStartNodeArgs(projectRoot, port);
  const started = performance.now();
  const server = spawn(process.execPath, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const pageUrl = `http://localhost:${port}${article.url}`;
  const fetchText = async (url: string) => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      return response.ok ? await response.text() : undefined;
    } catch {
      return undefined;
    }
  };
  try {
    const deadline = performance.now() + 30 * 60_000;
    while (!(await fetchText(pageUrl))) {
      if (server.exitCode !== null || performance.now() > deadline) throw new Error(`npm start did not serve the site:\n${log}`);
      await sleep(200);
    }
    const startSeconds = (performance.now() - started) / 1000;
    // Let the first build's work in the background (the search index) end before timing edits.
    await sleep(5000);

    const file = path.join(projectRoot, article.file);
    const original = readFileSync(file, "utf8");
    const editSeconds: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      const marker = `Benchmark edit ${edit} ${Date.now()}`;
      const savedAt = performance.now();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      let seen = false;
      while (!seen && performance.now() - savedAt < 600_000) {
        seen = (await fetchText(pageUrl))?.includes(marker) ?? false;
        if (!seen) await sleep(20);
      }
      if (!seen) throw new Error(`The edit did not show within 10 minutes:\n${log.slice(-3000)}`);
      editSeconds.push((performance.now() - savedAt) / 1000);
      console.error(`  npm start: edit ${edit} of ${edits} showed after ${editSeconds.at(-1)!.toFixed(2)} s`);
      // Let the rebuild (and any search index update after it) settle before the next save.
      await sleep(8000);
    }
    writeFileSync(file, original);
    return { startSeconds, editSeconds };
  } finally {
    // The whole process group: Eleventy, its server and Pagefind's.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
