import { spawn } from "node:child_process";
import { constants, setPriority } from "node:os";
import { nodeScriptArgs } from "../../core/nodeScript.ts";

/**
 * indexSite in a child process (indexSiteProcess.ts) at the lowest CPU
 * priority: Pagefind takes seconds at thousands of pages, and a save made
 * meanwhile must not wait for a core. Settles to the number of pages indexed.
 */
export function indexInLowPriorityProcess(outputDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeScriptArgs(new URL("./indexSiteProcess.ts", import.meta.url)), outputDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      if (child.pid) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: it runs at normal priority, only slower to share.
    }
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const pages = Number(output.trim().split("\n").at(-1));
      if (code === 0 && Number.isInteger(pages)) resolve(pages);
      else reject(new Error(`Pagefind could not index ${outputDir}:\n${output.trim()}`));
    });
  });
}
