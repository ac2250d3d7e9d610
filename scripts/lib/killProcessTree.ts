import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Each process's children, from /proc on Linux, or from `ps` where there is no /proc (macOS). */
function childrenOf(): Map<number, number[]> {
  const pairs: Array<[pid: number, parent: number]> = [];
  if (existsSync("/proc/self/stat")) {
    for (const name of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
      try {
        // "pid (command) state ppid …": the command may hold spaces and brackets, so read after its last ")".
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        pairs.push([Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])]);
      } catch {
        // It ended while the list was read.
      }
    }
  } else {
    for (const line of spawnSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" }).stdout.split("\n")) {
      const [pid, parent] = line.trim().split(/\s+/).map(Number);
      if (pid && parent !== undefined) pairs.push([pid, parent]);
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, parent] of pairs) children.set(parent, [...(children.get(parent) ?? []), pid]);
  return children;
}

function treeOf(root: number): number[] {
  const children = childrenOf();
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already ended.
  }
}

/**
 * Ends a process and every process it started, however far down: a test's servers, browsers and their helpers. Not
 * by process group, since the tests start servers in groups of their own (to end them as npm would), and Playwright
 * starts Chromium in one. Each is stopped before the tree is read again, so that none can start another, or be
 * handed to init out of reach, before all of them are killed.
 */
export function killProcessTree(root: number): void {
  if (process.platform === "win32") {
    spawnSync("taskkill", ["/pid", String(root), "/T", "/F"], { stdio: "ignore" });
    return;
  }
  const stopped = new Set<number>();
  for (let fresh = treeOf(root); fresh.length; fresh = treeOf(root).filter((pid) => !stopped.has(pid))) {
    for (const pid of fresh) {
      signal(pid, "SIGSTOP");
      stopped.add(pid);
    }
  }
  for (const pid of stopped) signal(pid, "SIGKILL");
}
