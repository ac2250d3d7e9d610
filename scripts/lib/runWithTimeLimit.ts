import { spawn } from "node:child_process";
import { killProcessTree } from "./killProcessTree.ts";

export interface Run {
  ok: boolean;
  /** What it printed on its standard output (a test runner's summary is read from it). */
  stdout: string;
  /** Its standard output and error together, as they came. */
  output: string;
  seconds: number;
  /** Whether it was still running at its time limit, and so was killed with every process it had started. */
  killed: boolean;
  /** Why it could not be started at all. */
  error?: Error;
}

// Once killed, its output ends at once; this is only against a pipe that something else still holds.
const AFTER_KILL_MS = 5000;

/**
 * Runs a command to its end, or to its time limit: then it is killed, and every process it started with it, so that
 * a test that hangs (a server it never stopped, a browser that never answers) cannot keep `npm test` waiting for ever.
 */
export function runWithTimeLimit(
  command: string,
  args: string[],
  { env = {}, limitSeconds }: { env?: NodeJS.ProcessEnv; limitSeconds: number },
): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let output = "";
    let killed = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => ((stdout += chunk), (output += chunk)));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    let finished = false;
    const finish = (ok: boolean, error?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(limit);
      resolve({ ok, stdout, output, seconds: (Date.now() - started) / 1000, killed, ...(error ? { error } : {}) });
    };
    const limit = setTimeout(() => {
      killed = true;
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) killProcessTree(child.pid);
      setTimeout(() => finish(false), AFTER_KILL_MS).unref();
    }, limitSeconds * 1000);
    child.once("error", (error) => finish(false, error));
    child.once("close", (status) => finish(status === 0 && !killed));
  });
}
