// The internal link check (internalLinks.ts) in a worker thread, so that Pagefind indexes the site on the
// other core meanwhile. Plain JavaScript: a worker does not inherit the TypeScript loader, so it registers it.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { checkInternalLinks } = await import("./internalLinks.ts");
parentPort.postMessage(checkInternalLinks(workerData.root, workerData.only));
