import { Worker } from "node:worker_threads";
import { checkInternalLinks, type LinkReport } from "./checkInternalLinks.ts";

/**
 * checkInternalLinks in a worker thread (linkCheckWorker.mjs), so that the
 * build's other work, Pagefind's indexing, goes on meanwhile on the other
 * core; in this thread if a worker cannot start.
 */
export function checkInternalLinksInWorker(root: string, only?: string[]): Promise<LinkReport> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./linkCheckWorker.mjs", import.meta.url), { workerData: { root, only } });
    } catch {
      resolve(checkInternalLinks(root, only));
      return;
    }
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The link check stopped before it finished (exit code ${code})`)));
  });
}
