import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { nodeScriptArgs } from "../../core/nodeScript.ts";
import { localProxyPort } from "./cmsBackend.ts";
import { prepareCheckout } from "./proxyCheckout.ts";

let proxy: ChildProcess | undefined;

/**
 * Starts Decap's proxy for `npm start`, in git mode, on a checkout of its own
 * (proxyCheckout.ts): the CMS's editorial workflow then works as it does on
 * GitHub, each change on a branch of its own (cms/<collection>/<file>) until
 * it is published, which merges that branch into the checkout's `branch` and
 * fast-forwards the working copy to it. Once per process: Eleventy reads its
 * configuration again when it changes.
 */
export function startLocalProxy(root = process.cwd(), branch = "main"): void {
  if (proxy) return;
  const inRepository = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: root, encoding: "utf8" });
  if (inRepository.stdout.trim() !== "true") {
    console.log("[cms] /admin/ needs the site to be a git repository (git init), so it is not available here.");
    return;
  }
  let checkout: string;
  try {
    checkout = prepareCheckout(root, branch);
  } catch (error) {
    console.log(`[cms] /admin/ is not available: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const port = localProxyPort();
  const child = spawn(process.execPath, nodeScriptArgs(new URL("./localProxyProcess.ts", import.meta.url)), {
    cwd: root,
    env: {
      ...process.env,
      MODE: "git",
      PORT: String(port),
      BIND_HOST: "127.0.0.1",
      GIT_REPO_DIRECTORY: checkout,
      CMS_WORKING_COPY: root,
      CMS_BRANCH: branch,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code) => {
    if (code) console.log(`[cms] The CMS's local proxy stopped (exit code ${code}): is port ${port} in use? Set CMS_PROXY_PORT.`);
  });
  proxy = child;
  // Eleventy ends on Ctrl+C or when npm ends (stopWhenParentEnds) by letting its work run out, which a child it waits
  // for would stop: it does not wait for the proxy, and ends it as it exits.
  child.unref();
  process.on("exit", () => child.kill());
}
