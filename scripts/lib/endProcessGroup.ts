import type { ChildProcess } from "node:child_process";

/**
 * Ends a process started with `detached: true` and every process in its group (`npm start`: Eleventy, its server,
 * the search indexing, the CMS's proxy), as Ctrl+C in a terminal would; nothing if they have all ended already, so
 * that a test's clean-up goes on to its next step either way.
 */
export function endProcessGroup(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM"): void {
  if (!child?.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already ended.
  }
}
