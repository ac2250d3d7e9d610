import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import * as pagefind from "pagefind";

/** Longer than Pagefind ever takes to stop once told; only against waiting for ever. */
const STOP_TIMEOUT_MS = 10_000;

/**
 * This process's children that are Pagefind's program and still running
 * (not yet ended: a child that has ended but not been reaped is state Z).
 * From /proc; empty where there is none (not Linux), where waiting is left to the system.
 */
export function runningPagefindPrograms(): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return [];
  }
  const children = tasks.flatMap((task) => {
    try {
      return readFileSync(`/proc/self/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
  return children.filter((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      return name.startsWith("pagefind") && stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
    } catch {
      return false;
    }
  });
}

/**
 * Stops the program Pagefind's Node API started, and waits until it has ended.
 * The API starts it unwaited for (unref'd) and leaves it running: without
 * this, it outlives the build or `npm start`'s reindex, holding its memory
 * after the build has said it is done, where no one timing the build sees it.
 */
export async function stopPagefind(): Promise<void> {
  await pagefind.close();
  const until = Date.now() + STOP_TIMEOUT_MS;
  while (runningPagefindPrograms().length && Date.now() < until) await sleep(5);
}
