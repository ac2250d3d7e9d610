// The internal link check (checkInternalLinks.ts) in a worker thread (started by checkInWorker.ts), so that Pagefind
// indexes the site on the other core meanwhile. Plain JavaScript: a worker does not inherit the TypeScript loader, so
// it registers it.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { checkInternalLinks } = await import("./checkInternalLinks.ts");
parentPort.postMessage(checkInternalLinks(workerData.root, workerData.only));
