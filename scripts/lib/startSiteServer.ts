import { spawn } from "node:child_process";
import { nodeScriptArgs } from "../../eleventy/core/nodeScript.ts";

export interface SiteServer {
  /** Where it serves the site, such as http://127.0.0.1:4173 (no slash at the end). */
  url: string;
  /** Stops the server; settles once it has stopped. */
  stop(): Promise<void>;
}

export interface SiteServerOptions {
  port: number;
  /** The project folder to serve from (the tests serve a copy of the project); the current one if not given. */
  cwd?: string;
  /** The built site, relative to `cwd`. */
  dir?: string;
  /** The path it was built under (PATH_PREFIX), if not the root: /previews/pr-42/. */
  prefix?: string;
}

const SERVE_SCRIPT = new URL("../serve.ts", import.meta.url);
/** What scripts/serve.ts prints once it listens, and so answers. */
const READY_LINE = "Serving ";
// Starting on a machine busy with a build can take seconds: this is only against waiting for ever.
const START_TIMEOUT_MS = 30_000;

/**
 * Starts scripts/serve.ts, the built site as a CDN serves it (with the headers
 * of its _headers file), in a child process, for the scripts and tests that
 * point a browser or Lighthouse at the site. Resolves once it answers; rejects,
 * with what it said, if it stops first (no site built, the port taken).
 */
export function startSiteServer({
  port,
  cwd = process.cwd(),
  dir = "_site",
  prefix = "/",
}: SiteServerOptions): Promise<SiteServer> {
  const url = `http://127.0.0.1:${port}`;
  const args = ["--port", String(port), "--dir", dir, "--prefix", prefix];
  const child = spawn(process.execPath, [...nodeScriptArgs(SERVE_SCRIPT), ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stopped = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const server: SiteServer = {
    url,
    stop: () => {
      child.kill();
      return stopped;
    },
  };

  return new Promise((resolve, reject) => {
    let output = "";
    let ready = false;
    const timer = setTimeout(() => {
      reject(new Error(`scripts/serve.ts did not start serving ${dir}/ at ${url}/ within ${START_TIMEOUT_MS / 1000} seconds.`));
      child.kill();
    }, START_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (ready || !output.includes(READY_LINE)) return;
      ready = true;
      clearTimeout(timer);
      resolve(server);
    });
    // Kept until it is ready, for the error if it stops before; after that, shown as it comes.
    child.stderr.on("data", (chunk: Buffer) => {
      if (ready) process.stderr.write(chunk);
      else output += chunk.toString();
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.ts could not be started: ${error.message}`));
    });
    child.once("exit", (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      const how = signal ? `was stopped by ${signal}` : `stopped with exit code ${code}`;
      reject(new Error(`scripts/serve.ts ${how} before it served ${dir}/ at ${url}/:\n${output.trim() || "(it said nothing)"}`));
    });
  });
}
