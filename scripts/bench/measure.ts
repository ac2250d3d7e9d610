import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE_SIZE = 4096;

export interface Measured {
  ok: boolean;
  seconds: number;
  /** The highest sum of resident memory over the process and all its descendants, in MB, sampled every 100 ms. */
  peakMemoryMB: number;
  output: string;
}

/** Each process's parent, from /proc/PID/stat (the field after the command name, which may hold spaces). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return parentOf;
}

/** Resident memory of a process and its descendants, in bytes. */
export function treeRss(root: number): number {
  const parentOf = parents();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of inTree) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** Runs a command to its end, timing it and sampling its process tree's memory from /proc. */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({
        ok: code === 0,
        seconds: (performance.now() - started) / 1000,
        peakMemoryMB: peak / 1024 / 1024,
        output,
      });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs a step once, saying how long it took. */
export async function run<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  console.error(`  ${label} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Runs a step `times` times and returns every result, failing on the first that fails. */
export async function repeat<T>(times: number, label: string, step: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let number = 1; number <= times; number++)
    results.push(await run(`${label}: run ${number} of ${times}`, () => step(number)));
  return results;
}

/**
 * Writes out what the system still holds in memory for the disk, before a
 * timed step: otherwise the files a step wrote or deleted (a build replaces
 * thousands) are written out while the next step runs, and slow it.
 */
export async function settleDisk(projectRoot: string): Promise<void> {
  // A production build deletes the site it replaced in the background (scripts/build.ts): let that finish first.
  const replacedSites = () => readdirSync(projectRoot).filter((name) => name.startsWith("_site.previous-"));
  while (replacedSites().length) await new Promise((resolve) => setTimeout(resolve, 100));
  spawnSync("sync");
}
