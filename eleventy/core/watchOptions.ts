/**
 * How `npm start`'s watcher (chokidar, which Eleventy runs) waits for a saved file to be still before it rebuilds:
 * 50 ms, not Eleventy's 150, which is a tenth of a second off every save. A file that git replaces (a checkout, or the
 * CMS saving and publishing an entry) can be missing for a moment, while chokidar waits or sets up its watcher; the
 * chokidar patch in patches/ keeps it from losing such a file (tests/unit/watchSeesReplacedFiles.test.ts).
 */
export const WATCH_OPTIONS = { awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } };
